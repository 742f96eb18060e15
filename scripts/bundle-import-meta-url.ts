import { pathToFileURL } from 'node:url';

// Injected into the CommonJS bundles (scripts/build.ts: the server and its loader), where it stands for the sources' `import.meta.url`:
// the bundle's own file, as it was when the bundle was an ES module.
export const bundleUrl = pathToFileURL(__filename).href;

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signDevToken } from '../../src/core/jwt.js';
import { startServerProcess } from '../../test/support/server-processes.js';
import { repoRoot } from '../generate/paths.js';

// `npm run test:sdk:java`: compiles the generated Java SDKs and the smoke program (sdk-tests/java, one Maven
// reactor), starts a server of its own, and runs the program against it. Maven runs offline once every plugin
// and dependency is in the local repository, online the first time.

const project = join(repoRoot, 'sdk-tests', 'java');
if (!existsSync(join(repoRoot, 'sdk', 'java'))) {
  console.error('test:sdk:java: no Java SDKs in sdk/java; run npm run generate:sdk first');
  process.exit(1);
}

const build = (offline: boolean) =>
  spawnSync('mvn', ['-q', ...(offline ? ['-o'] : []), '-f', join(project, 'pom.xml'), '-DskipTests', '-Dmaven.javadoc.skip=true', '-Dmaven.source.skip=true', 'package'], {
    stdio: offline ? ['ignore', 'ignore', 'ignore'] : 'inherit',
  }).status === 0;
if (!build(true) && !build(false)) {
  console.error('test:sdk:java: the Java SDKs or the smoke program do not compile (Maven output above)');
  process.exit(1);
}

const classes = join(project, 'smoke', 'target', 'classes');
const classpath = `${classes}:${readFileSync(join(project, 'smoke', 'target', 'classpath.txt'), 'utf8').trim()}`;
const secret = randomBytes(32).toString('base64url');
const server = await startServerProcess({ JWT_SECRET: secret, ORCHESTRATOR_DEMO_USER: 'on' });
try {
  const user = `sdk-java-${Date.now().toString(36)}`;
  const token = await signDevToken(secret, user, 600);
  const run = spawnSync('java', ['-cp', classpath, 'dev.agentapis.sdk.smoke.SdkSmoke'], {
    env: { ...process.env, SDK_SERVER: server.base, SDK_TOKEN: token, SDK_USER: user },
    stdio: 'inherit',
  });
  process.exitCode = run.status ?? 1;
} finally {
  await server.stop();
}

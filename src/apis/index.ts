import type { ApiPlugin } from '../core/api-plugin.js';
import { hybridPlugin } from './hybrid/plugin.js';
import { hypershiftPlugin } from './hypershift/plugin.js';
import { lenserfightPlugin } from './lenserfight/plugin.js';
import { lightningPlugin } from './lightning/plugin.js';
import { orchestratorPlugin } from './orchestrator/plugin.js';
import type { PluginDeps } from './plugin-deps.js';

/** Every API this server can mount. */
export function allPlugins(deps: PluginDeps): ApiPlugin[] {
  return [lenserfightPlugin(deps), lightningPlugin(), hybridPlugin(deps), hypershiftPlugin(), orchestratorPlugin(deps)];
}

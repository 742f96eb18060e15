import { loadConfig, type AppConfig } from '../config.js';
import { edgeOf, queuesOf } from '../core/api-module.js';
import type { ApiPlugin } from '../core/api-plugin.js';
import { hybridModule } from './hybrid/module.js';
import { hypershiftModule } from './hypershift/module.js';
import { lenserfightModule } from './lenserfight/module.js';
import { lightningModule } from './lightning/module.js';
import { orchestratorModule } from './orchestrator/module.js';
import type { PluginDeps } from './plugin-deps.js';
import type { Module } from './shared-deps.js';

/** Every API this server can mount, in start-up order. */
export function allModules(): Module<unknown>[] {
  return [lenserfightModule, lightningModule, hybridModule, hypershiftModule, orchestratorModule] as Module<unknown>[];
}

/** The migration folders of `modules` (every API's by default), for opening a database all of them can use. */
export function migrationDirsOf(modules: Module<unknown>[] = allModules()): string[] {
  return modules.flatMap((m) => (m.migrationsDir ? [m.migrationsDir] : []));
}

/** The pg-boss queues `modules` (every API's by default) declare with the settings in `config` (the defaults by default). */
export function declaredQueues(modules: Module<unknown>[] = allModules(), config: AppConfig = loadConfig({})): string[] {
  const deps: PluginDeps = {
    config,
    jwt: () => {
      throw new Error('queue names are read without a token verifier');
    },
  };
  return modules.flatMap((m) => queuesOf(m, deps));
}

/** Every API's edge alone, without services or a database: for tools that read routes, specs and envelopes. */
export function allPlugins(deps: PluginDeps): ApiPlugin[] {
  return allModules().map((m) => edgeOf(m, deps, undefined));
}

import type { components } from '../../../generated/hypershift/types.js';
import { isBlank } from '../../core/blank.js';

/** The contract's own types, so services speak exactly what the spec documents. */
export type Schemas = components['schemas'];
export type Tier = Schemas['Tier'];
export type RunStatus = Schemas['RunStatus'];
export type AgentName = Schemas['AgentName'];
export type UserIntent = Schemas['UserIntent'];

/**
 * Decision 11: an optional intent field sent as `null`, empty or blank counts as absent, and is not stored or echoed;
 * properties the contract does not name are ignored, so the agents, the run and its webhooks never carry them.
 */
export function storedIntent({ description, target, constraints }: Schemas['UserIntentRequest']): UserIntent {
  return {
    description,
    ...(isBlank(target) ? {} : { target: target as string }),
    ...(isBlank(constraints) ? {} : { constraints: constraints as string }),
  };
}
export type Run = Schemas['Run'];
export type AuditAction = Schemas['AuditAction'];
export type ArchitectOutput = Schemas['ArchitectOutput'];
export type BuilderOutput = Schemas['BuilderOutput'];
export type SentinelOutput = Schemas['SentinelOutput'];
export type SreOutput = Schemas['SreOutput'];
export type FinopsOutput = Schemas['FinopsOutput'];
export type BuildArtifact = Schemas['BuildArtifact'];

/** Pipeline order; `current_step` is the 1-based index into it. */
export const AGENTS: readonly AgentName[] = ['architect', 'builder', 'sentinel', 'sre', 'finops'];
export const stepOf = (agent: AgentName) => AGENTS.indexOf(agent) + 1;
export const agentAt = (step: number): AgentName => AGENTS[step - 1];

/** The acting user of pipeline actions (decision 7). */
export const SYSTEM_ACTOR = 'system';

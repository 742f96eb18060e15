/**
 * generated — do not edit: produced by scripts/generate (orval).
 */
import {
  useMutation,
  useQuery
} from '@tanstack/react-query';
import type {
  DataTag,
  DefinedInitialDataOptions,
  DefinedUseQueryResult,
  MutationFunction,
  QueryClient,
  QueryFunction,
  QueryKey,
  UndefinedInitialDataOptions,
  UseMutationOptions,
  UseMutationResult,
  UseQueryOptions,
  UseQueryResult
} from '@tanstack/react-query';

import { apiFetch } from './fetch';
/**
 * Optional display name, stored trimmed; defaults to `My Workspace`, also when `null`, empty or blank (decision 12).
 * @maxLength 200
 */
export type CreateWorkspaceRequestName = string | null;

/**
 * Body of `POST /workspaces`. The body itself, and `name`, are optional.
 */
export interface CreateWorkspaceRequest {
  /**
   * Optional display name, stored trimmed; defaults to `My Workspace`, also when `null`, empty or blank (decision 12).
   * @maxLength 200
   */
  name?: CreateWorkspaceRequestName;
}

/**
 * Workspace billing tier. `free` allows 10 runs per calendar month (UTC), `pro` allows 1000.

 */
export type Tier = typeof Tier[keyof typeof Tier];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const Tier = {
  free: 'free',
  pro: 'pro',
} as const;

/**
 * A tenant. Its `id` is what clients send as `X-Workspace-Id`.
 */
export interface Workspace {
  /**
   * Workspace id (`ws-` prefix). Use it as `X-Workspace-Id`.
   * @minLength 1
   */
  id: string;
  /** Display name. `My Workspace` when none was given at creation. */
  name: string;
  tier: Tier;
  created_at: string;
}

/**
 * Machine-readable error code carried in `Error.code`. The list is closed (decision 2): a client that
switches on it sees no other value.

| code | status | meaning |
| --- | --- | --- |
| `INVALID_JSON` | 400 | The request body is not parseable JSON. |
| `VALIDATION_ERROR` | 400, 405, 413, 415 | A parameter or body field has the wrong type, is out of range or is missing (400); the path does not serve the method (405); the body is over the size limit (413) or not JSON (415). The status tells these apart. |
| `INVALID_USER_INTENT` | 400 | `user_intent` is missing, not an object, or its `description` is empty or blank. |
| `INVALID_TIER` | 400 | `tier` is not `free` or `pro`. |
| `RUN_NOT_PENDING` | 400 | `POST /runs/{run_id}/start` on a run whose status is not `pending`. |
| `UNAUTHORIZED` | 401 | `X-Webhook-Secret` missing or wrong while the server has a tier-update secret configured. |
| `RUN_LIMIT_EXCEEDED` | 402 | The workspace has used its monthly run allowance. |
| `WORKSPACE_NOT_FOUND` | 404 | No workspace with that id. |
| `RUN_NOT_FOUND` | 404 | No run with that id in the caller's workspace. |
| `DEPLOYMENT_NOT_FOUND` | 404 | No deployment of that run on the local target. |
| `NOT_FOUND` | 404 | No such route. |
| `RUN_NOT_AWAITING_APPROVAL` | 409 | Approve/reject on a run that is not blocked at the approval gate. |
| `INTERNAL_ERROR` | 500 | Unexpected server failure. |

 */
export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ErrorCode = {
  INVALID_JSON: 'INVALID_JSON',
  VALIDATION_ERROR: 'VALIDATION_ERROR',
  INVALID_USER_INTENT: 'INVALID_USER_INTENT',
  INVALID_TIER: 'INVALID_TIER',
  RUN_NOT_PENDING: 'RUN_NOT_PENDING',
  UNAUTHORIZED: 'UNAUTHORIZED',
  RUN_LIMIT_EXCEEDED: 'RUN_LIMIT_EXCEEDED',
  WORKSPACE_NOT_FOUND: 'WORKSPACE_NOT_FOUND',
  RUN_NOT_FOUND: 'RUN_NOT_FOUND',
  DEPLOYMENT_NOT_FOUND: 'DEPLOYMENT_NOT_FOUND',
  NOT_FOUND: 'NOT_FOUND',
  RUN_NOT_AWAITING_APPROVAL: 'RUN_NOT_AWAITING_APPROVAL',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;

/**
 * The error body of every non-2xx response: a human-readable `error` message and, where the
server knows it, a machine-readable `code`. Clients must branch on the HTTP status and `code`,
never on the wording of `error`.

 */
export interface ErrorResponse {
  /**
   * Human-readable description of what went wrong.
   * @minLength 1
   */
  error: string;
  code?: ErrorCode;
}

/**
 * Body of `PATCH /workspaces/{id}/tier`.
 */
export interface UpdateWorkspaceTierRequest {
  tier: Tier;
}

/**
 * Lifecycle state of a run.

- `pending` — created, pipeline not started (`POST /runs/{run_id}/start` moves it to `running`).
- `running` — an agent step is executing; see `current_step`.
- `blocked` — the pipeline is stopped: either at the approval gate (`require_approval` is true,
  sentinel passed, waiting for approve/reject — a rejected run stays `blocked` with `rejected_at`
  set) or because the sentinel agent blocked the plan (`sentinel_output.verdict` = `block`).
- `completed` — all five agents finished; `deployment_url` is set when the SRE step deployed.
- `failed` — an agent step failed; `error` says why and the failed step is the one at `current_step`.

 */
export type RunStatus = typeof RunStatus[keyof typeof RunStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const RunStatus = {
  pending: 'pending',
  running: 'running',
  blocked: 'blocked',
  completed: 'completed',
  failed: 'failed',
} as const;

export type RunSummaryCodename = string | null;

/**
 * A run as listed by `GET /runs`.
 */
export interface RunSummary {
  id: string;
  status: RunStatus;
  created_at: string;
  codename: RunSummaryCodename;
  tags: string[];
}

/**
 * Runs of one workspace, newest first.
 */
export interface RunList {
  runs: RunSummary[];
}

/**
 * Target environment, e.g. `production`, `staging`, `preview`; `null`, empty or blank counts as absent.
 * @maxLength 200
 */
export type UserIntentRequestTarget = string | null;

/**
 * Free-text constraints (budget, provider, region, compliance...); `null`, empty or blank counts as absent.
 * @maxLength 4000
 */
export type UserIntentRequestConstraints = string | null;

/**
 * `user_intent` as a request sends it (`POST /runs`, `POST /what-if`): a `UserIntent` whose optional
`target` and `constraints` may also be `null`, as clients that serialize an unset field send them. `null`
counts as absent, and so does an empty or blank string (a cleared form field): the run's stored intent
(`UserIntent`) leaves the field out (decision 11). A missing/non-object `user_intent` or an empty or
blank (whitespace-only) `description` is rejected with `400 INVALID_USER_INTENT`. Properties other than these three are ignored (not stored or echoed).

 */
export interface UserIntentRequest {
  /**
   * Free-text description of what to build and deploy; it must contain more than whitespace.
   * @minLength 1
   * @maxLength 4000
   * @pattern \S
   */
  description: string;
  /**
   * Target environment, e.g. `production`, `staging`, `preview`; `null`, empty or blank counts as absent.
   * @maxLength 200
   */
  target?: UserIntentRequestTarget;
  /**
   * Free-text constraints (budget, provider, region, compliance...); `null`, empty or blank counts as absent.
   * @maxLength 4000
   */
  constraints?: UserIntentRequestConstraints;
}

/**
 * Optional human-friendly name for the run; `null`, empty or blank leaves the run without one.
 * @maxLength 100
 */
export type CreateRunRequestCodename = string | null;

/**
 * Optional labels; `GET /runs?tag=` filters on them. `null` counts as absent (no tags).
 * @maxItems 20
 */
export type CreateRunRequestTags = string[] | null;

/**
 * When `true`, the pipeline stops with status `blocked` after the sentinel step and waits for
`POST /runs/{run_id}/approve` (production deploy gate) before the SRE step deploys. `null` counts as absent (`false`).

 */
export type CreateRunRequestRequireApproval = boolean | null;

/**
 * Body of `POST /runs`. The run is created in status `pending`; call `POST /runs/{run_id}/start` to run the pipeline.
 */
export interface CreateRunRequest {
  user_intent: UserIntentRequest;
  /**
   * Optional human-friendly name for the run; `null`, empty or blank leaves the run without one.
   * @maxLength 100
   */
  codename?: CreateRunRequestCodename;
  /**
   * Optional labels; `GET /runs?tag=` filters on them. `null` counts as absent (no tags).
   * @maxItems 20
   */
  tags?: CreateRunRequestTags;
  /** When `true`, the pipeline stops with status `blocked` after the sentinel step and waits for
`POST /runs/{run_id}/approve` (production deploy gate) before the SRE step deploys. `null` counts as absent (`false`).
 */
  require_approval?: CreateRunRequestRequireApproval;
}

/**
 * Returned by `POST /runs` and `POST /runs/{run_id}/replay`.
 */
export interface RunCreated {
  /**
   * Id of the new run (`req-` prefix).
   * @minLength 1
   */
  run_id: string;
}

export type RunLimitExceededErrorAllOf = {
  code: 'RUN_LIMIT_EXCEEDED';
  /**
   * Runs already created in the workspace during `period`.
   * @minimum 0
   */
  current: number;
  /**
   * Monthly run allowance of the workspace's tier (free = 10, pro = 1000).
   * @minimum 0
   */
  limit: number;
  /** First day (UTC) of the calendar month the limit applies to. */
  period: string;
  tier?: Tier;
};

/**
 * Body of `402 Payment Required`: the `Error` fields plus the workspace's usage for the
current period (`current` runs already created out of `limit` in `period`).

 */
export type RunLimitExceededError = ErrorResponse & RunLimitExceededErrorAllOf;

/**
 * What the user wants deployed, in their own words. It is the input of the architect agent and is
copied unchanged by replay. `description` is the only required field; a missing/non-object
`user_intent` or an empty `description` is rejected with `400 INVALID_USER_INTENT`.

 */
export interface UserIntent {
  /**
   * Free-text description of what to build and deploy.
   * @minLength 1
   * @maxLength 4000
   */
  description: string;
  /**
   * Target environment, e.g. `production`, `staging`, `preview`.
   * @maxLength 200
   */
  target?: string;
  /**
   * Free-text constraints (budget, provider, region, compliance...).
   * @maxLength 4000
   */
  constraints?: string;
}

export type ArchitectComponentKind = typeof ArchitectComponentKind[keyof typeof ArchitectComponentKind];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ArchitectComponentKind = {
  frontend: 'frontend',
  backend: 'backend',
  database: 'database',
  cache: 'cache',
  queue: 'queue',
  storage: 'storage',
  cdn: 'cdn',
  other: 'other',
} as const;

/**
 * One building block of the architecture proposed by the architect agent.
 */
export interface ArchitectComponent {
  name: string;
  kind: ArchitectComponentKind;
  description?: string;
}

export type ArchitectOutputRegion = string | null;

export type ArchitectOutputComplexity = typeof ArchitectOutputComplexity[keyof typeof ArchitectOutputComplexity];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ArchitectOutputComplexity = {
  low: 'low',
  medium: 'medium',
  high: 'high',
} as const;

/**
 * Result of step 1 (`architect`): the plan derived from `user_intent`. Agents may add further
fields; clients must ignore properties they do not know.

 */
export interface ArchitectOutput {
  summary: string;
  components: ArchitectComponent[];
  /** Hosting provider chosen for the deployment. */
  provider: string;
  region?: ArchitectOutputRegion;
  /** Environment the plan targets (from `user_intent.target`, `production` when absent). */
  target?: string;
  complexity?: ArchitectOutputComplexity;
}

export type BuildArtifactType = typeof BuildArtifactType[keyof typeof BuildArtifactType];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const BuildArtifactType = {
  dockerfile: 'dockerfile',
  iac: 'iac',
  manifest: 'manifest',
  ci: 'ci',
  config: 'config',
  source: 'source',
} as const;

/**
 * A file produced by the builder agent.
 */
export interface BuildArtifact {
  path: string;
  type: BuildArtifactType;
  description?: string;
  /** The file's text, as generated; what the local deployment target serves. */
  content?: string;
}

export type BuilderOutputBuildCommand = string | null;

/**
 * Container image reference, when one was built.
 */
export type BuilderOutputImage = string | null;

/**
 * Result of step 2 (`builder`): the artifacts generated from the architect's plan. Agents may add
further fields; clients must ignore properties they do not know.

 */
export interface BuilderOutput {
  summary: string;
  artifacts: BuildArtifact[];
  build_command?: BuilderOutputBuildCommand;
  /** Container image reference, when one was built. */
  image?: BuilderOutputImage;
}

/**
 * Ordered risk scale used by the sentinel agent and by what-if estimates.
 */
export type RiskLevel = typeof RiskLevel[keyof typeof RiskLevel];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const RiskLevel = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  critical: 'critical',
} as const;

export type SentinelFindingCategory = typeof SentinelFindingCategory[keyof typeof SentinelFindingCategory];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const SentinelFindingCategory = {
  security: 'security',
  compliance: 'compliance',
  reliability: 'reliability',
  cost: 'cost',
  policy: 'policy',
} as const;

/**
 * Path of the builder artifact the finding refers to, if any.
 */
export type SentinelFindingArtifact = string | null;

/**
 * One issue raised by the sentinel (security/policy) agent.
 */
export interface SentinelFinding {
  severity: RiskLevel;
  category: SentinelFindingCategory;
  message: string;
  /** Path of the builder artifact the finding refers to, if any. */
  artifact?: SentinelFindingArtifact;
}

export type SentinelOutputVerdict = typeof SentinelOutputVerdict[keyof typeof SentinelOutputVerdict];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const SentinelOutputVerdict = {
  pass: 'pass',
  warn: 'warn',
  block: 'block',
} as const;

/**
 * Result of step 3 (`sentinel`): security and policy review of the builder's artifacts.
`verdict` = `block` stops the pipeline with run status `blocked` (this is not the approval gate
and cannot be approved). Agents may add further fields; clients must ignore properties they do not know.

 */
export interface SentinelOutput {
  verdict: SentinelOutputVerdict;
  risk_level: RiskLevel;
  findings: SentinelFinding[];
  summary?: string;
}

/**
 * Public URL of the deployment; also copied to `Run.deployment_url`.
 */
export type SreOutputDeploymentUrl = string | null;

export type SreOutputStrategy = typeof SreOutputStrategy[keyof typeof SreOutputStrategy];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const SreOutputStrategy = {
  rolling: 'rolling',
  blue_green: 'blue_green',
  canary: 'canary',
  recreate: 'recreate',
} as const;

export type SreOutputHealthCheck = typeof SreOutputHealthCheck[keyof typeof SreOutputHealthCheck];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const SreOutputHealthCheck = {
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
} as const;

/**
 * Result of step 4 (`sre`): the deployment. When `require_approval` is true this step only runs
after `POST /runs/{run_id}/approve`. Agents may add further fields; clients must ignore
properties they do not know.

 */
export interface SreOutput {
  deployed: boolean;
  /** Public URL of the deployment; also copied to `Run.deployment_url`. */
  deployment_url: SreOutputDeploymentUrl;
  /** Deployment target that deployed it (`local` for the default target, decision 23). */
  target?: string;
  environment?: string;
  strategy?: SreOutputStrategy;
  health_check: SreOutputHealthCheck;
  rollback_plan?: string;
  summary?: string;
}

/**
 * One line of the finops agent's cost estimate.
 */
export interface CostLineItem {
  item: string;
  /** @minimum 0 */
  monthly_cost_usd: number;
}

/**
 * Result of step 5 (`finops`): cost estimate of what was deployed. Agents may add further fields;
clients must ignore properties they do not know.

 */
export interface FinopsOutput {
  /** @minimum 0 */
  estimated_monthly_cost_usd: number;
  currency?: 'USD';
  /** Whether the estimate respects `user_intent.constraints`. */
  within_constraints: boolean;
  breakdown: CostLineItem[];
  recommendations?: string[];
  summary?: string;
}

/**
 * Failure reason when `status` is `failed` (or why the sentinel blocked), else `null`.
 */
export type RunError = string | null;

export type RunArchitectOutput = ArchitectOutput | null;

export type RunBuilderOutput = BuilderOutput | null;

export type RunSentinelOutput = SentinelOutput | null;

export type RunSreOutput = SreOutput | null;

export type RunFinopsOutput = FinopsOutput | null;

export type RunDeploymentUrl = string | null;

export type RunCodename = string | null;

export type RunApprovedAt = string | null;

/**
 * Actor (`X-User-Id`/`X-Actor`, `anonymous` if neither was sent) who approved.
 */
export type RunApprovedBy = string | null;

export type RunRejectedAt = string | null;

/**
 * Actor (`X-User-Id`/`X-Actor`, `anonymous` if neither was sent) who rejected.
 */
export type RunRejectedBy = string | null;

/**
 * Full state of a run. Each `*_output` is `null` until its agent step has finished.
`current_step` is the 1-based index of the step executing (or last executed) — 1 `architect`,
2 `builder`, 3 `sentinel`, 4 `sre`, 5 `finops` — and `0` while the run is `pending`.
At the approval gate the run is `blocked` with `current_step` = 4 and `sre_output` = `null`.

 */
export interface Run {
  id: string;
  /** Workspace that owns the run. */
  workspace_id: string;
  status: RunStatus;
  /**
   * @minimum 0
   * @maximum 5
   */
  current_step: number;
  /** Failure reason when `status` is `failed` (or why the sentinel blocked), else `null`. */
  error: RunError;
  user_intent: UserIntent;
  architect_output: RunArchitectOutput;
  builder_output: RunBuilderOutput;
  sentinel_output: RunSentinelOutput;
  sre_output: RunSreOutput;
  finops_output: RunFinopsOutput;
  created_at: string;
  updated_at: string;
  deployment_url: RunDeploymentUrl;
  codename: RunCodename;
  tags: string[];
  require_approval: boolean;
  approved_at: RunApprovedAt;
  /** Actor (`X-User-Id`/`X-Actor`, `anonymous` if neither was sent) who approved. */
  approved_by: RunApprovedBy;
  rejected_at: RunRejectedAt;
  /** Actor (`X-User-Id`/`X-Actor`, `anonymous` if neither was sent) who rejected. */
  rejected_by: RunRejectedBy;
}

/**
 * Returned by `POST /runs/{run_id}/start`; the pipeline continues in the background.
 */
export const StartRunResponseValue = {
  message: 'Run started',
} as const;
export type StartRunResponse = typeof StartRunResponseValue;

export interface ApproveRunResponse {
  message: 'Approved';
  run_id: string;
}

export interface RejectRunResponse {
  message: 'Rejected';
  run_id: string;
}

/**
 * Returned by `POST /runs/{run_id}/rollback`. The rollback is a mock; only the audit entry is written.
 */
export interface RollbackResponse {
  message: string;
  /** `true` once the `run.rollback` audit entry has been written. */
  audit_recorded: boolean;
}

/**
 * Kind of audit log entry.

- `run.created` — run created (`POST /runs` or replay).
- `run.started` — pipeline started.
- `step.started` / `step.completed` / `step.failed` — an agent step began, finished or failed (`details.step`).
- `run.blocked` — pipeline stopped at the approval gate or by the sentinel (`details.reason`).
- `run.approved` / `run.rejected` — approval gate decision (`details.actor`).
- `run.completed` / `run.failed` — terminal outcome.
- `deploy.succeeded` — the SRE step deployed (`details.deployment_url`).
- `run.rollback` — rollback requested (mock, `details.actor`).
- `run.replayed` — written on the original run when it is replayed (`details.new_run_id`).

 */
export type AuditAction = typeof AuditAction[keyof typeof AuditAction];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const AuditAction = {
  runcreated: 'run.created',
  runstarted: 'run.started',
  stepstarted: 'step.started',
  stepcompleted: 'step.completed',
  stepfailed: 'step.failed',
  runblocked: 'run.blocked',
  runapproved: 'run.approved',
  runrejected: 'run.rejected',
  runcompleted: 'run.completed',
  runfailed: 'run.failed',
  deploysucceeded: 'deploy.succeeded',
  runrollback: 'run.rollback',
  runreplayed: 'run.replayed',
} as const;

/**
 * The five pipeline agents, in execution order. Step numbers (`Run.current_step`) are 1-based:
1 `architect`, 2 `builder`, 3 `sentinel`, 4 `sre`, 5 `finops`.

 */
export type AgentName = typeof AgentName[keyof typeof AgentName];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const AgentName = {
  architect: 'architect',
  builder: 'builder',
  sentinel: 'sentinel',
  sre: 'sre',
  finops: 'finops',
} as const;

/**
 * Action-specific details. All properties are optional; which ones appear depends on `action`
(see `AuditAction`). Further properties may appear and must be ignored by clients.

 */
export interface AuditLogDetails {
  /** Who caused the action (`X-User-Id`/`X-Actor`, `anonymous` when absent, `system` for pipeline events). */
  actor?: string;
  workspace_id?: string;
  step?: AgentName;
  status?: RunStatus;
  reason?: string;
  error?: string;
  deployment_url?: string;
  /** @minimum 0 */
  duration_ms?: number;
  /** On `run.created` of a replay, the id of the original run. */
  replayed_from?: string;
  /** On `run.replayed`, the id of the run created by the replay. */
  new_run_id?: string;
  user_intent?: UserIntent;
  /**
   * On `step.started`, which claim of the step this is; above 1 when the step was taken over from a lost worker or handed back by a stopping server.
   * @minimum 1
   */
  attempt?: number;
}

export interface AuditLogEntry {
  /**
   * Monotonically increasing entry id.
   * @minimum 1
   */
  id: number;
  run_id: string;
  created_at: string;
  action: AuditAction;
  details: AuditLogDetails;
}

/**
 * Audit log of one run, oldest entry first.
 */
export interface RunLogs {
  run_id: string;
  logs: AuditLogEntry[];
}

/**
 * Run usage of a workspace in the current calendar month (UTC) against its tier's limit.
 */
export interface Usage {
  workspace_id: string;
  /** First day (UTC) of the current calendar month. */
  period: string;
  /**
   * Runs created in the workspace during `period` (replays included).
   * @minimum 0
   */
  runs: number;
  /**
   * Monthly run allowance (free = 10, pro = 1000). `POST /runs` answers 402 once `runs` reaches it.
   * @minimum 0
   */
  limit: number;
  tier: Tier;
}

export type RunOutcomeStatus = typeof RunOutcomeStatus[keyof typeof RunOutcomeStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const RunOutcomeStatus = {
  completed: 'completed',
  failed: 'failed',
  blocked: 'blocked',
} as const;

/**
 * Time from start to the outcome; `null` if the run never started.
 * @minimum 0
 */
export type RunOutcomeDurationMs = number | null;

/**
 * Agent whose step failed; `null` unless `status` is `failed`.
 */
export type RunOutcomeFailedStep = AgentName | null;

/**
 * When the run reached this outcome (for `blocked`, when it stopped).
 */
export type RunOutcomeCompletedAt = string | null;

/**
 * Outcome of one run that has left the pipeline (`completed`, `failed` or `blocked`).
 */
export interface RunOutcome {
  run_id: string;
  status: RunOutcomeStatus;
  /**
   * Time from start to the outcome; `null` if the run never started.
   * @minimum 0
   */
  duration_ms: RunOutcomeDurationMs;
  /** Agent whose step failed; `null` unless `status` is `failed`. */
  failed_step: RunOutcomeFailedStep;
  /** When the run reached this outcome (for `blocked`, when it stopped). */
  completed_at: RunOutcomeCompletedAt;
}

/**
 * Outcomes of the workspace's finished or blocked runs, most recent first.
 */
export interface RunOutcomes {
  workspace_id: string;
  outcomes: RunOutcome[];
}

/**
 * @minimum 0
 * @maximum 1
 */
export type SloReportSuccessRate = number | null;

/**
 * @minimum 0
 */
export type SloReportAvgDurationMs = number | null;

/**
 * Success rate and average duration of the workspace's runs created in the last `days` days.
Only runs with an outcome count: `total_runs` = `success_count` + `failure_count` + `blocked_count`
(pending and running runs are excluded). `success_rate` = `success_count / total_runs` and
`avg_duration_ms` (over completed and failed runs) are `null` when there is nothing to average.

 */
export interface SloReport {
  workspace_id: string;
  /**
   * @minimum 1
   * @maximum 30
   */
  days: number;
  /** @minimum 0 */
  total_runs: number;
  /** @minimum 0 */
  success_count: number;
  /** @minimum 0 */
  failure_count: number;
  /** @minimum 0 */
  blocked_count: number;
  /**
   * @minimum 0
   * @maximum 1
   */
  success_rate: SloReportSuccessRate;
  /** @minimum 0 */
  avg_duration_ms: SloReportAvgDurationMs;
}

/**
 * Liveness. Any 200 means the process is up; nothing else is checked.
 */
export interface HealthResponse {
  status: 'ok';
  ts?: string;
}

/**
 * The most recent successful deployment (SRE step) of the caller's workspace.
 */
export interface LastDeploy {
  run_id: string;
  deployment_url: string;
  deployed_at: string;
}

/**
 * `degraded` when the database or an agent is unreachable.
 */
export type StatusResponseStatus = typeof StatusResponseStatus[keyof typeof StatusResponseStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const StatusResponseStatus = {
  operational: 'operational',
  degraded: 'degraded',
} as const;

/**
 * Operational status. `last_deploy` is present only once the workspace has a successful deployment.
 */
export interface StatusResponse {
  /** `degraded` when the database or an agent is unreachable. */
  status: StatusResponseStatus;
  ts: string;
  last_deploy?: LastDeploy;
}

/**
 * The change to evaluate ("what if we also add ..."). When omitted, `null`, empty or blank, the intent alone is estimated.
 * @maxLength 4000
 */
export type WhatIfRequestAddition = string | null;

/**
 * Body of `POST /what-if`. Nothing is created or counted against the run limit.
 */
export interface WhatIfRequest {
  user_intent: UserIntentRequest;
  /**
   * The change to evaluate ("what if we also add ..."). When omitted, `null`, empty or blank, the intent alone is estimated.
   * @maxLength 4000
   */
  addition?: WhatIfRequestAddition;
}

/**
 * The `addition` that was evaluated, `null` when none was sent.
 */
export type WhatIfEstimateAddition = string | null;

/**
 * Cost/risk estimate for `user_intent` plus `addition`. Currently a stub (`stub` is `true`); figures are indicative only.
 */
export interface WhatIfEstimate {
  /** The `addition` that was evaluated, `null` when none was sent. */
  addition?: WhatIfEstimateAddition;
  /**
   * Estimated monthly cost of the intent with the addition.
   * @minimum 0
   */
  estimated_monthly_cost_usd: number;
  /** Monthly cost change caused by the addition (0 without addition). */
  cost_delta_usd: number;
  risk_level: RiskLevel;
  risks?: string[];
  summary: string;
  /** `true` while the estimator is a stub. */
  stub: boolean;
}

export type HealthState = typeof HealthState[keyof typeof HealthState];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const HealthState = {
  healthy: 'healthy',
  degraded: 'degraded',
  down: 'down',
} as const;

/**
 * Health of the pipeline's orchestrator (this server) and of its database.
 */
export interface OrchestratorHealth {
  status: HealthState;
  /** @minimum 0 */
  uptime_s?: number;
  database?: HealthState;
}

/**
 * Round-trip time of the health probe; `null` when the agent did not answer.
 * @minimum 0
 */
export type AgentHealthLatencyMs = number | null;

export type AgentHealthError = string | null;

/**
 * Health of one pipeline agent.
 */
export interface AgentHealth {
  agent: AgentName;
  status: HealthState;
  /**
   * Round-trip time of the health probe; `null` when the agent did not answer.
   * @minimum 0
   */
  latency_ms: AgentHealthLatencyMs;
  error?: AgentHealthError;
}

/**
 * Health of the orchestrator and of the five agents (always all five, in pipeline order).
`status` is `healthy` when everything is healthy, `down` when the orchestrator is down, and
`degraded` otherwise.

 */
export interface FleetHealth {
  status: HealthState;
  orchestrator: OrchestratorHealth;
  /**
   * @minItems 5
   * @maxItems 5
   */
  agents: AgentHealth[];
  checked_at: string;
}

export type DeploymentArtifactType = typeof DeploymentArtifactType[keyof typeof DeploymentArtifactType];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const DeploymentArtifactType = {
  dockerfile: 'dockerfile',
  iac: 'iac',
  manifest: 'manifest',
  ci: 'ci',
  config: 'config',
  source: 'source',
} as const;

/**
 * One file of a build as the local deployment target serves it.
 */
export interface DeploymentArtifact {
  path: string;
  type: DeploymentArtifactType;
  content: string;
}

/**
 * A run's build artifacts as the local deployment target serves them.
 */
export interface Deployment {
  run_id: string;
  /** The deployment target that holds it; always `local` here. */
  target: 'local';
  environment: string;
  deployed_at: string;
  artifacts: DeploymentArtifact[];
}

/**
 * Outgoing webhook event names; also sent as the `X-HyperShift-Event` header.
 */
export type WebhookEventType = typeof WebhookEventType[keyof typeof WebhookEventType];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const WebhookEventType = {
  runcreated: 'run.created',
  runstarted: 'run.started',
  runcompleted: 'run.completed',
  deploysucceeded: 'deploy.succeeded',
} as const;

export interface RunCreatedPayload {
  run_id: string;
  workspace_id: string;
  user_intent: UserIntent;
}

/**
 * Body of the `run.created` webhook POST: `{ event, payload, ts }`.
 */
export interface RunCreatedWebhook {
  event: 'run.created';
  payload: RunCreatedPayload;
  /** When the event was emitted (ISO 8601, UTC). */
  ts: string;
}

export interface RunStartedPayload {
  run_id: string;
  workspace_id: string;
}

/**
 * Body of the `run.started` webhook POST: `{ event, payload, ts }`.
 */
export interface RunStartedWebhook {
  event: 'run.started';
  payload: RunStartedPayload;
  /** When the event was emitted (ISO 8601, UTC). */
  ts: string;
}

export type RunCompletedPayloadStatus = typeof RunCompletedPayloadStatus[keyof typeof RunCompletedPayloadStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const RunCompletedPayloadStatus = {
  completed: 'completed',
  failed: 'failed',
} as const;

export type RunCompletedPayloadDeploymentUrl = string | null;

export type RunCompletedPayloadError = string | null;

/**
 * Sent when a run reaches `completed` or `failed` (not when it is `blocked`). `failed_step` is
present only when `status` is `failed`.

 */
export interface RunCompletedPayload {
  run_id: string;
  status: RunCompletedPayloadStatus;
  deployment_url: RunCompletedPayloadDeploymentUrl;
  /** @minimum 0 */
  duration_ms: number;
  error: RunCompletedPayloadError;
  failed_step?: AgentName;
}

/**
 * Body of the `run.completed` webhook POST: `{ event, payload, ts }`.
 */
export interface RunCompletedWebhook {
  event: 'run.completed';
  payload: RunCompletedPayload;
  /** When the event was emitted (ISO 8601, UTC). */
  ts: string;
}

export interface DeploySucceededPayload {
  run_id: string;
  deployment_url: string;
}

/**
 * Body of the `deploy.succeeded` webhook POST: `{ event, payload, ts }`.
 */
export interface DeploySucceededWebhook {
  event: 'deploy.succeeded';
  payload: DeploySucceededPayload;
  /** When the event was emitted (ISO 8601, UTC). */
  ts: string;
}

/**
 * The request body is larger than the server accepts (`BODY_LIMIT_BYTES`, 1 MiB by default).
 */
export type PayloadTooLargeResponse = ErrorResponse;

/**
 * The request body's `Content-Type` is not `application/json`.
 */
export type UnsupportedMediaTypeResponse = ErrorResponse;

/**
 * Unexpected server error (e.g. the database is unreachable).
 */
export type InternalErrorResponse = ErrorResponse;

/**
 * Bad input — a path or query parameter or a header is malformed or out of range.
 */
export type InvalidParameterResponse = ErrorResponse;

/**
 * Workspace not found.
 */
export type WorkspaceNotFoundResponse = ErrorResponse;

/**
 * Run limit exceeded for the period — the workspace already created `limit` runs this calendar
month (free = 10, pro = 1000). Upgrade with `PATCH /workspaces/{id}/tier` or wait for the next period.

 */
export type RunLimitExceededResponse = RunLimitExceededError;

/**
 * Run not found — no run with this id exists in the caller's workspace (runs of other workspaces
are reported as not found).

 */
export type RunNotFoundResponse = ErrorResponse;

/**
 * Bad input — a header value is out of range. The operation takes no body; whatever body is sent is
ignored (decision 3).

 */
export type BadRequestNoBodyResponse = ErrorResponse;

/**
 * Invalid state transition — the run is not waiting at the approval gate (it is not `blocked`,
`require_approval` is false, it was blocked by the sentinel, or it was already approved or rejected).

 */
export type NotAwaitingApprovalResponse = ErrorResponse;

/**
 * Only runs whose `tags` contain this exact tag. Empty (`?tag=`, a cleared filter) counts as absent: every run
is listed.

 */
export type TagQueryParameter = string;

/**
 * Workspace to list; overrides `X-Workspace-Id` / `X-Org-Id` when present. Empty (`?workspace_id=`) counts as
absent, as an empty header does: the headers decide.

 */
export type WorkspaceIdQueryParameter = string;

/**
 * Maximum number of items returned (newest first).
 */
export type LimitQueryParameter = number;

/**
 * Pagination: only runs listed after this run (older than it, in the list's order). Pass the `id` of the last
run of the previous page to get the next one; a page shorter than `limit` is the last (decision 15). A run id
that is not a run of the listed workspace is `400 VALIDATION_ERROR`; empty (`?before=`) counts as absent: the first page.

 */
export type BeforeQueryParameter = string;

/**
 * Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
treated as an implicit `free`-tier workspace. An empty value counts as absent;
a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
which applies only when this header is absent.)

 */
export type WorkspaceIdHeaderParameter = string;

/**
 * Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
(the header sent twice) is `400 VALIDATION_ERROR`.

 */
export type OrgIdHeaderParameter = string;

/**
 * Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence
over `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;
a value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.

 */
export type UserIdHeaderParameter = string;

/**
 * Alias of `X-User-Id`, used only when `X-User-Id` is absent.
 */
export type ActorHeaderParameter = string;

/**
 * Window size in days, counted back from now (1–30).
 */
export type DaysQueryParameter = number;

/**
 * Outgoing webhook event names; also sent as the `X-HyperShift-Event` header.
 */
export type HyperShiftEventHeaderParameter = typeof HyperShiftEventHeaderParameter[keyof typeof HyperShiftEventHeaderParameter];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const HyperShiftEventHeaderParameter = {
  runcreated: 'run.created',
  runstarted: 'run.started',
  runcompleted: 'run.completed',
  deploysucceeded: 'deploy.succeeded',
} as const;

export type ListRunsParams = {
/**
 * Only runs whose `tags` contain this exact tag. Empty (`?tag=`, a cleared filter) counts as absent: every run
is listed.

 */
tag?: TagQueryParameter;
/**
 * Workspace to list; overrides `X-Workspace-Id` / `X-Org-Id` when present. Empty (`?workspace_id=`) counts as
absent, as an empty header does: the headers decide.

 * @maxLength 128
 */
workspace_id?: WorkspaceIdQueryParameter;
/**
 * Maximum number of items returned (newest first).
 * @minimum 1
 * @maximum 100
 */
limit?: LimitQueryParameter;
/**
 * Pagination: only runs listed after this run (older than it, in the list's order). Pass the `id` of the last
run of the previous page to get the next one; a page shorter than `limit` is the last (decision 15). A run id
that is not a run of the listed workspace is `400 VALIDATION_ERROR`; empty (`?before=`) counts as absent: the first page.

 * @maxLength 200
 */
before?: BeforeQueryParameter;
};

export type ListRunOutcomesParams = {
/**
 * Maximum number of items returned (newest first).
 * @minimum 1
 * @maximum 100
 */
limit?: LimitQueryParameter;
};

export type GetSloParams = {
/**
 * Window size in days, counted back from now (1–30).
 * @minimum 1
 * @maximum 30
 */
days?: DaysQueryParameter;
};

type SecondParameter<T extends (...args: never) => unknown> = Parameters<T>[1];



/**
 * Creates a `free`-tier workspace. Used by the dashboard when a user signs up (default workspace)
or creates a new team. The returned `id` is what clients send as `X-Workspace-Id` on all
subsequent run and usage requests. The body is optional; without `name` the workspace is
called `My Workspace`.

 * @summary Create workspace
 */
export type createWorkspaceResponse201 = {
  data: Workspace
  status: 201
}

export type createWorkspaceResponse400 = {
  data: ErrorResponse
  status: 400
}

export type createWorkspaceResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type createWorkspaceResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type createWorkspaceResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type createWorkspaceResponseSuccess = (createWorkspaceResponse201) & {
  headers: Headers;
};
export type createWorkspaceResponseError = (createWorkspaceResponse400 | createWorkspaceResponse413 | createWorkspaceResponse415 | createWorkspaceResponse500) & {
  headers: Headers;
};

export type createWorkspaceResponse = (createWorkspaceResponseSuccess | createWorkspaceResponseError)

export const getCreateWorkspaceUrl = () => {


  

  return `/workspaces`
}

export const createWorkspace = async (createWorkspaceRequest?: CreateWorkspaceRequest, options?: RequestInit): Promise<createWorkspaceResponse> => {
  
  return apiFetch<createWorkspaceResponse>(getCreateWorkspaceUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      createWorkspaceRequest,)
  }
);}




export const getCreateWorkspaceMutationOptions = <TError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createWorkspace>>, TError,{data: CreateWorkspaceRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createWorkspace>>, TError,{data: CreateWorkspaceRequest}, TContext> => {

const mutationKey = ['createWorkspace'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createWorkspace>>, {data: CreateWorkspaceRequest}> = (props) => {
          const {data} = props ?? {};

          return  createWorkspace(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateWorkspaceMutationResult = NonNullable<Awaited<ReturnType<typeof createWorkspace>>>
    export type CreateWorkspaceMutationBody = CreateWorkspaceRequest
    export type CreateWorkspaceMutationError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse

    /**
 * @summary Create workspace
 */
export const useCreateWorkspace = <TError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createWorkspace>>, TError,{data: CreateWorkspaceRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createWorkspace>>,
        TError,
        {data: CreateWorkspaceRequest},
        TContext
      > => {

      const mutationOptions = getCreateWorkspaceMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Returns the workspace created with `POST /workspaces`.
 * @summary Get workspace
 */
export type getWorkspaceResponse200 = {
  data: Workspace
  status: 200
}

export type getWorkspaceResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type getWorkspaceResponse404 = {
  data: WorkspaceNotFoundResponse
  status: 404
}

export type getWorkspaceResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getWorkspaceResponseSuccess = (getWorkspaceResponse200) & {
  headers: Headers;
};
export type getWorkspaceResponseError = (getWorkspaceResponse400 | getWorkspaceResponse404 | getWorkspaceResponse500) & {
  headers: Headers;
};

export type getWorkspaceResponse = (getWorkspaceResponseSuccess | getWorkspaceResponseError)

export const getGetWorkspaceUrl = (id: string,) => {


  

  return `/workspaces/${id}`
}

export const getWorkspace = async (id: string, options?: RequestInit): Promise<getWorkspaceResponse> => {
  
  return apiFetch<getWorkspaceResponse>(getGetWorkspaceUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetWorkspaceQueryKey = (id?: string,) => {
    return [`/workspaces/${id}`] as const;
    }

    
export const getGetWorkspaceQueryOptions = <TData = Awaited<ReturnType<typeof getWorkspace>>, TError = InvalidParameterResponse | WorkspaceNotFoundResponse | InternalErrorResponse>(id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkspace>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetWorkspaceQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getWorkspace>>> = ({ signal }) => getWorkspace(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getWorkspace>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetWorkspaceQueryResult = NonNullable<Awaited<ReturnType<typeof getWorkspace>>>
export type GetWorkspaceQueryError = InvalidParameterResponse | WorkspaceNotFoundResponse | InternalErrorResponse


export function useGetWorkspace<TData = Awaited<ReturnType<typeof getWorkspace>>, TError = InvalidParameterResponse | WorkspaceNotFoundResponse | InternalErrorResponse>(
 id: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkspace>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getWorkspace>>,
          TError,
          Awaited<ReturnType<typeof getWorkspace>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetWorkspace<TData = Awaited<ReturnType<typeof getWorkspace>>, TError = InvalidParameterResponse | WorkspaceNotFoundResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkspace>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getWorkspace>>,
          TError,
          Awaited<ReturnType<typeof getWorkspace>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetWorkspace<TData = Awaited<ReturnType<typeof getWorkspace>>, TError = InvalidParameterResponse | WorkspaceNotFoundResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkspace>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get workspace
 */

export function useGetWorkspace<TData = Awaited<ReturnType<typeof getWorkspace>>, TError = InvalidParameterResponse | WorkspaceNotFoundResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkspace>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetWorkspaceQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Sets the workspace's tier (`pro` = 1000 runs/month, `free` = 10). Called by the dashboard after
Stripe checkout or a subscription change (typically from its Stripe webhook handler).

**Secret:** `X-Webhook-Secret` is enforced only when the server has a secret configured
(`WORKSPACE_TIER_UPDATE_SECRET`). In that case a missing or wrong value gets `401`. When no
secret is configured the header is ignored and the call is unauthenticated.

The new limit applies immediately to the current period; runs already created are kept.

 * @summary Update workspace tier
 */
export type updateWorkspaceTierResponse200 = {
  data: Workspace
  status: 200
}

export type updateWorkspaceTierResponse400 = {
  data: ErrorResponse
  status: 400
}

export type updateWorkspaceTierResponse401 = {
  data: ErrorResponse
  status: 401
}

export type updateWorkspaceTierResponse404 = {
  data: WorkspaceNotFoundResponse
  status: 404
}

export type updateWorkspaceTierResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type updateWorkspaceTierResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type updateWorkspaceTierResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type updateWorkspaceTierResponseSuccess = (updateWorkspaceTierResponse200) & {
  headers: Headers;
};
export type updateWorkspaceTierResponseError = (updateWorkspaceTierResponse400 | updateWorkspaceTierResponse401 | updateWorkspaceTierResponse404 | updateWorkspaceTierResponse413 | updateWorkspaceTierResponse415 | updateWorkspaceTierResponse500) & {
  headers: Headers;
};

export type updateWorkspaceTierResponse = (updateWorkspaceTierResponseSuccess | updateWorkspaceTierResponseError)

export const getUpdateWorkspaceTierUrl = (id: string,) => {


  

  return `/workspaces/${id}/tier`
}

export const updateWorkspaceTier = async (id: string,
    updateWorkspaceTierRequest: UpdateWorkspaceTierRequest, options?: RequestInit): Promise<updateWorkspaceTierResponse> => {
  
  return apiFetch<updateWorkspaceTierResponse>(getUpdateWorkspaceTierUrl(id),
  {      
    ...options,
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      updateWorkspaceTierRequest,)
  }
);}




export const getUpdateWorkspaceTierMutationOptions = <TError = ErrorResponse | ErrorResponse | WorkspaceNotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof updateWorkspaceTier>>, TError,{id: string;data: UpdateWorkspaceTierRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof updateWorkspaceTier>>, TError,{id: string;data: UpdateWorkspaceTierRequest}, TContext> => {

const mutationKey = ['updateWorkspaceTier'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof updateWorkspaceTier>>, {id: string;data: UpdateWorkspaceTierRequest}> = (props) => {
          const {id,data} = props ?? {};

          return  updateWorkspaceTier(id,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type UpdateWorkspaceTierMutationResult = NonNullable<Awaited<ReturnType<typeof updateWorkspaceTier>>>
    export type UpdateWorkspaceTierMutationBody = UpdateWorkspaceTierRequest
    export type UpdateWorkspaceTierMutationError = ErrorResponse | ErrorResponse | WorkspaceNotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse

    /**
 * @summary Update workspace tier
 */
export const useUpdateWorkspaceTier = <TError = ErrorResponse | ErrorResponse | WorkspaceNotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof updateWorkspaceTier>>, TError,{id: string;data: UpdateWorkspaceTierRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof updateWorkspaceTier>>,
        TError,
        {id: string;data: UpdateWorkspaceTierRequest},
        TContext
      > => {

      const mutationOptions = getUpdateWorkspaceTierMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Creates a run in status `pending` in the caller's workspace (`X-Workspace-Id` / `X-Org-Id`,
default `ws-default`). The pipeline does not start until `POST /runs/{run_id}/start`.
Each created run counts against the workspace's monthly run limit (free = 10, pro = 1000);
when the limit is already reached the run is not created and `402` is returned.
Emits the `run.created` webhook and writes a `run.created` audit entry with the actor.

 * @summary Create run
 */
export type createRunResponse201 = {
  data: RunCreated
  status: 201
}

export type createRunResponse400 = {
  data: ErrorResponse
  status: 400
}

export type createRunResponse402 = {
  data: RunLimitExceededResponse
  status: 402
}

export type createRunResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type createRunResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type createRunResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type createRunResponseSuccess = (createRunResponse201) & {
  headers: Headers;
};
export type createRunResponseError = (createRunResponse400 | createRunResponse402 | createRunResponse413 | createRunResponse415 | createRunResponse500) & {
  headers: Headers;
};

export type createRunResponse = (createRunResponseSuccess | createRunResponseError)

export const getCreateRunUrl = () => {


  

  return `/runs`
}

export const createRun = async (createRunRequest: CreateRunRequest, options?: RequestInit): Promise<createRunResponse> => {
  
  return apiFetch<createRunResponse>(getCreateRunUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      createRunRequest,)
  }
);}




export const getCreateRunMutationOptions = <TError = ErrorResponse | RunLimitExceededResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createRun>>, TError,{data: CreateRunRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createRun>>, TError,{data: CreateRunRequest}, TContext> => {

const mutationKey = ['createRun'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createRun>>, {data: CreateRunRequest}> = (props) => {
          const {data} = props ?? {};

          return  createRun(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateRunMutationResult = NonNullable<Awaited<ReturnType<typeof createRun>>>
    export type CreateRunMutationBody = CreateRunRequest
    export type CreateRunMutationError = ErrorResponse | RunLimitExceededResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse

    /**
 * @summary Create run
 */
export const useCreateRun = <TError = ErrorResponse | RunLimitExceededResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createRun>>, TError,{data: CreateRunRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createRun>>,
        TError,
        {data: CreateRunRequest},
        TContext
      > => {

      const mutationOptions = getCreateRunMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Lists the runs of a workspace, newest first. The workspace is `workspace_id` when given,
otherwise `X-Workspace-Id` / `X-Org-Id`, otherwise `ws-default`.

 * @summary List runs
 */
export type listRunsResponse200 = {
  data: RunList
  status: 200
}

export type listRunsResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type listRunsResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type listRunsResponseSuccess = (listRunsResponse200) & {
  headers: Headers;
};
export type listRunsResponseError = (listRunsResponse400 | listRunsResponse500) & {
  headers: Headers;
};

export type listRunsResponse = (listRunsResponseSuccess | listRunsResponseError)

export const getListRunsUrl = (params?: ListRunsParams,) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString())
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/runs?${stringifiedParams}` : `/runs`
}

export const listRuns = async (params?: ListRunsParams, options?: RequestInit): Promise<listRunsResponse> => {
  
  return apiFetch<listRunsResponse>(getListRunsUrl(params),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getListRunsQueryKey = (params?: ListRunsParams,) => {
    return [`/runs`, ...(params ? [params]: [])] as const;
    }

    
export const getListRunsQueryOptions = <TData = Awaited<ReturnType<typeof listRuns>>, TError = InvalidParameterResponse | InternalErrorResponse>(params?: ListRunsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listRuns>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getListRunsQueryKey(params);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof listRuns>>> = ({ signal }) => listRuns(params, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof listRuns>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type ListRunsQueryResult = NonNullable<Awaited<ReturnType<typeof listRuns>>>
export type ListRunsQueryError = InvalidParameterResponse | InternalErrorResponse


export function useListRuns<TData = Awaited<ReturnType<typeof listRuns>>, TError = InvalidParameterResponse | InternalErrorResponse>(
 params: undefined |  ListRunsParams, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof listRuns>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof listRuns>>,
          TError,
          Awaited<ReturnType<typeof listRuns>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListRuns<TData = Awaited<ReturnType<typeof listRuns>>, TError = InvalidParameterResponse | InternalErrorResponse>(
 params?: ListRunsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listRuns>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof listRuns>>,
          TError,
          Awaited<ReturnType<typeof listRuns>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListRuns<TData = Awaited<ReturnType<typeof listRuns>>, TError = InvalidParameterResponse | InternalErrorResponse>(
 params?: ListRunsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listRuns>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary List runs
 */

export function useListRuns<TData = Awaited<ReturnType<typeof listRuns>>, TError = InvalidParameterResponse | InternalErrorResponse>(
 params?: ListRunsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listRuns>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getListRunsQueryOptions(params,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Full state of a run of the caller's workspace, including every agent's output so far.
 * @summary Get run
 */
export type getRunResponse200 = {
  data: Run
  status: 200
}

export type getRunResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type getRunResponse404 = {
  data: RunNotFoundResponse
  status: 404
}

export type getRunResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getRunResponseSuccess = (getRunResponse200) & {
  headers: Headers;
};
export type getRunResponseError = (getRunResponse400 | getRunResponse404 | getRunResponse500) & {
  headers: Headers;
};

export type getRunResponse = (getRunResponseSuccess | getRunResponseError)

export const getGetRunUrl = (runId: string,) => {


  

  return `/runs/${runId}`
}

export const getRun = async (runId: string, options?: RequestInit): Promise<getRunResponse> => {
  
  return apiFetch<getRunResponse>(getGetRunUrl(runId),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetRunQueryKey = (runId?: string,) => {
    return [`/runs/${runId}`] as const;
    }

    
export const getGetRunQueryOptions = <TData = Awaited<ReturnType<typeof getRun>>, TError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse>(runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRun>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetRunQueryKey(runId);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getRun>>> = ({ signal }) => getRun(runId, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(runId), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getRun>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetRunQueryResult = NonNullable<Awaited<ReturnType<typeof getRun>>>
export type GetRunQueryError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse


export function useGetRun<TData = Awaited<ReturnType<typeof getRun>>, TError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse>(
 runId: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRun>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getRun>>,
          TError,
          Awaited<ReturnType<typeof getRun>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetRun<TData = Awaited<ReturnType<typeof getRun>>, TError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRun>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getRun>>,
          TError,
          Awaited<ReturnType<typeof getRun>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetRun<TData = Awaited<ReturnType<typeof getRun>>, TError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRun>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get run
 */

export function useGetRun<TData = Awaited<ReturnType<typeof getRun>>, TError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRun>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetRunQueryOptions(runId,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Starts the five-agent pipeline (architect → builder → sentinel → [approval gate] → sre → finops)
for a `pending` run. Returns immediately; the pipeline runs in the background — poll
`GET /runs/{run_id}` or subscribe to webhooks. Emits `run.started`.

 * @summary Start run
 */
export type startRunResponse202 = {
  data: StartRunResponse
  status: 202
}

export type startRunResponse400 = {
  data: ErrorResponse
  status: 400
}

export type startRunResponse404 = {
  data: RunNotFoundResponse
  status: 404
}

export type startRunResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type startRunResponseSuccess = (startRunResponse202) & {
  headers: Headers;
};
export type startRunResponseError = (startRunResponse400 | startRunResponse404 | startRunResponse500) & {
  headers: Headers;
};

export type startRunResponse = (startRunResponseSuccess | startRunResponseError)

export const getStartRunUrl = (runId: string,) => {


  

  return `/runs/${runId}/start`
}

export const startRun = async (runId: string, options?: RequestInit): Promise<startRunResponse> => {
  
  return apiFetch<startRunResponse>(getStartRunUrl(runId),
  {      
    ...options,
    method: 'POST'
    
    
  }
);}




export const getStartRunMutationOptions = <TError = ErrorResponse | RunNotFoundResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof startRun>>, TError,{runId: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof startRun>>, TError,{runId: string}, TContext> => {

const mutationKey = ['startRun'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof startRun>>, {runId: string}> = (props) => {
          const {runId} = props ?? {};

          return  startRun(runId,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type StartRunMutationResult = NonNullable<Awaited<ReturnType<typeof startRun>>>
    
    export type StartRunMutationError = ErrorResponse | RunNotFoundResponse | InternalErrorResponse

    /**
 * @summary Start run
 */
export const useStartRun = <TError = ErrorResponse | RunNotFoundResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof startRun>>, TError,{runId: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof startRun>>,
        TError,
        {runId: string},
        TContext
      > => {

      const mutationOptions = getStartRunMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Approves a run waiting at the approval gate — status `blocked`, `require_approval` true, not yet
approved or rejected. Sets `approved_at` / `approved_by` (the actor), writes a `run.approved`
audit entry, sets the run back to `running` and resumes the pipeline from the SRE step in
the background. Any other state gets `409`.

 * @summary Approve run (production deploy gate)
 */
export type approveRunResponse200 = {
  data: ApproveRunResponse
  status: 200
}

export type approveRunResponse400 = {
  data: BadRequestNoBodyResponse
  status: 400
}

export type approveRunResponse404 = {
  data: RunNotFoundResponse
  status: 404
}

export type approveRunResponse409 = {
  data: NotAwaitingApprovalResponse
  status: 409
}

export type approveRunResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type approveRunResponseSuccess = (approveRunResponse200) & {
  headers: Headers;
};
export type approveRunResponseError = (approveRunResponse400 | approveRunResponse404 | approveRunResponse409 | approveRunResponse500) & {
  headers: Headers;
};

export type approveRunResponse = (approveRunResponseSuccess | approveRunResponseError)

export const getApproveRunUrl = (runId: string,) => {


  

  return `/runs/${runId}/approve`
}

export const approveRun = async (runId: string, options?: RequestInit): Promise<approveRunResponse> => {
  
  return apiFetch<approveRunResponse>(getApproveRunUrl(runId),
  {      
    ...options,
    method: 'POST'
    
    
  }
);}




export const getApproveRunMutationOptions = <TError = BadRequestNoBodyResponse | RunNotFoundResponse | NotAwaitingApprovalResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof approveRun>>, TError,{runId: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof approveRun>>, TError,{runId: string}, TContext> => {

const mutationKey = ['approveRun'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof approveRun>>, {runId: string}> = (props) => {
          const {runId} = props ?? {};

          return  approveRun(runId,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type ApproveRunMutationResult = NonNullable<Awaited<ReturnType<typeof approveRun>>>
    
    export type ApproveRunMutationError = BadRequestNoBodyResponse | RunNotFoundResponse | NotAwaitingApprovalResponse | InternalErrorResponse

    /**
 * @summary Approve run (production deploy gate)
 */
export const useApproveRun = <TError = BadRequestNoBodyResponse | RunNotFoundResponse | NotAwaitingApprovalResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof approveRun>>, TError,{runId: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof approveRun>>,
        TError,
        {runId: string},
        TContext
      > => {

      const mutationOptions = getApproveRunMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Rejects a run waiting at the approval gate. Sets `rejected_at` / `rejected_by` (the actor) and
writes a `run.rejected` audit entry; the run stays `blocked` for good (nothing is deployed, no
webhook is sent). A run not awaiting approval — including one already approved or rejected —
gets `409`.

 * @summary Reject run
 */
export type rejectRunResponse200 = {
  data: RejectRunResponse
  status: 200
}

export type rejectRunResponse400 = {
  data: BadRequestNoBodyResponse
  status: 400
}

export type rejectRunResponse404 = {
  data: RunNotFoundResponse
  status: 404
}

export type rejectRunResponse409 = {
  data: NotAwaitingApprovalResponse
  status: 409
}

export type rejectRunResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type rejectRunResponseSuccess = (rejectRunResponse200) & {
  headers: Headers;
};
export type rejectRunResponseError = (rejectRunResponse400 | rejectRunResponse404 | rejectRunResponse409 | rejectRunResponse500) & {
  headers: Headers;
};

export type rejectRunResponse = (rejectRunResponseSuccess | rejectRunResponseError)

export const getRejectRunUrl = (runId: string,) => {


  

  return `/runs/${runId}/reject`
}

export const rejectRun = async (runId: string, options?: RequestInit): Promise<rejectRunResponse> => {
  
  return apiFetch<rejectRunResponse>(getRejectRunUrl(runId),
  {      
    ...options,
    method: 'POST'
    
    
  }
);}




export const getRejectRunMutationOptions = <TError = BadRequestNoBodyResponse | RunNotFoundResponse | NotAwaitingApprovalResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof rejectRun>>, TError,{runId: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof rejectRun>>, TError,{runId: string}, TContext> => {

const mutationKey = ['rejectRun'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof rejectRun>>, {runId: string}> = (props) => {
          const {runId} = props ?? {};

          return  rejectRun(runId,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type RejectRunMutationResult = NonNullable<Awaited<ReturnType<typeof rejectRun>>>
    
    export type RejectRunMutationError = BadRequestNoBodyResponse | RunNotFoundResponse | NotAwaitingApprovalResponse | InternalErrorResponse

    /**
 * @summary Reject run
 */
export const useRejectRun = <TError = BadRequestNoBodyResponse | RunNotFoundResponse | NotAwaitingApprovalResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof rejectRun>>, TError,{runId: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof rejectRun>>,
        TError,
        {runId: string},
        TContext
      > => {

      const mutationOptions = getRejectRunMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Records a rollback of the run's deployment in the audit log (`run.rollback`, with the actor).
This is a mock: no infrastructure is changed and the run's status is not modified. Accepted
for a run in any status.

 * @summary Rollback run
 */
export type rollbackRunResponse200 = {
  data: RollbackResponse
  status: 200
}

export type rollbackRunResponse400 = {
  data: BadRequestNoBodyResponse
  status: 400
}

export type rollbackRunResponse404 = {
  data: RunNotFoundResponse
  status: 404
}

export type rollbackRunResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type rollbackRunResponseSuccess = (rollbackRunResponse200) & {
  headers: Headers;
};
export type rollbackRunResponseError = (rollbackRunResponse400 | rollbackRunResponse404 | rollbackRunResponse500) & {
  headers: Headers;
};

export type rollbackRunResponse = (rollbackRunResponseSuccess | rollbackRunResponseError)

export const getRollbackRunUrl = (runId: string,) => {


  

  return `/runs/${runId}/rollback`
}

export const rollbackRun = async (runId: string, options?: RequestInit): Promise<rollbackRunResponse> => {
  
  return apiFetch<rollbackRunResponse>(getRollbackRunUrl(runId),
  {      
    ...options,
    method: 'POST'
    
    
  }
);}




export const getRollbackRunMutationOptions = <TError = BadRequestNoBodyResponse | RunNotFoundResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof rollbackRun>>, TError,{runId: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof rollbackRun>>, TError,{runId: string}, TContext> => {

const mutationKey = ['rollbackRun'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof rollbackRun>>, {runId: string}> = (props) => {
          const {runId} = props ?? {};

          return  rollbackRun(runId,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type RollbackRunMutationResult = NonNullable<Awaited<ReturnType<typeof rollbackRun>>>
    
    export type RollbackRunMutationError = BadRequestNoBodyResponse | RunNotFoundResponse | InternalErrorResponse

    /**
 * @summary Rollback run
 */
export const useRollbackRun = <TError = BadRequestNoBodyResponse | RunNotFoundResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof rollbackRun>>, TError,{runId: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof rollbackRun>>,
        TError,
        {runId: string},
        TContext
      > => {

      const mutationOptions = getRollbackRunMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Creates a new run in the same workspace with the same `user_intent` (and the original's `tags`
and `require_approval`; `codename` is not copied) and starts it immediately. The original run
may be in any status and is not modified apart from a `run.replayed` audit entry. The new run
counts against the monthly run limit, so `402` is possible. Emits `run.created` and `run.started`
for the new run.

 * @summary Replay run
 */
export type replayRunResponse201 = {
  data: RunCreated
  status: 201
}

export type replayRunResponse400 = {
  data: BadRequestNoBodyResponse
  status: 400
}

export type replayRunResponse402 = {
  data: RunLimitExceededResponse
  status: 402
}

export type replayRunResponse404 = {
  data: RunNotFoundResponse
  status: 404
}

export type replayRunResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type replayRunResponseSuccess = (replayRunResponse201) & {
  headers: Headers;
};
export type replayRunResponseError = (replayRunResponse400 | replayRunResponse402 | replayRunResponse404 | replayRunResponse500) & {
  headers: Headers;
};

export type replayRunResponse = (replayRunResponseSuccess | replayRunResponseError)

export const getReplayRunUrl = (runId: string,) => {


  

  return `/runs/${runId}/replay`
}

export const replayRun = async (runId: string, options?: RequestInit): Promise<replayRunResponse> => {
  
  return apiFetch<replayRunResponse>(getReplayRunUrl(runId),
  {      
    ...options,
    method: 'POST'
    
    
  }
);}




export const getReplayRunMutationOptions = <TError = BadRequestNoBodyResponse | RunLimitExceededResponse | RunNotFoundResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof replayRun>>, TError,{runId: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof replayRun>>, TError,{runId: string}, TContext> => {

const mutationKey = ['replayRun'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof replayRun>>, {runId: string}> = (props) => {
          const {runId} = props ?? {};

          return  replayRun(runId,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type ReplayRunMutationResult = NonNullable<Awaited<ReturnType<typeof replayRun>>>
    
    export type ReplayRunMutationError = BadRequestNoBodyResponse | RunLimitExceededResponse | RunNotFoundResponse | InternalErrorResponse

    /**
 * @summary Replay run
 */
export const useReplayRun = <TError = BadRequestNoBodyResponse | RunLimitExceededResponse | RunNotFoundResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof replayRun>>, TError,{runId: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof replayRun>>,
        TError,
        {runId: string},
        TContext
      > => {

      const mutationOptions = getReplayRunMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Audit log of a run of the caller's workspace, oldest entry first.
 * @summary Get run logs (audit)
 */
export type getRunLogsResponse200 = {
  data: RunLogs
  status: 200
}

export type getRunLogsResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type getRunLogsResponse404 = {
  data: RunNotFoundResponse
  status: 404
}

export type getRunLogsResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getRunLogsResponseSuccess = (getRunLogsResponse200) & {
  headers: Headers;
};
export type getRunLogsResponseError = (getRunLogsResponse400 | getRunLogsResponse404 | getRunLogsResponse500) & {
  headers: Headers;
};

export type getRunLogsResponse = (getRunLogsResponseSuccess | getRunLogsResponseError)

export const getGetRunLogsUrl = (runId: string,) => {


  

  return `/runs/${runId}/logs`
}

export const getRunLogs = async (runId: string, options?: RequestInit): Promise<getRunLogsResponse> => {
  
  return apiFetch<getRunLogsResponse>(getGetRunLogsUrl(runId),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetRunLogsQueryKey = (runId?: string,) => {
    return [`/runs/${runId}/logs`] as const;
    }

    
export const getGetRunLogsQueryOptions = <TData = Awaited<ReturnType<typeof getRunLogs>>, TError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse>(runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRunLogs>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetRunLogsQueryKey(runId);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getRunLogs>>> = ({ signal }) => getRunLogs(runId, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(runId), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getRunLogs>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetRunLogsQueryResult = NonNullable<Awaited<ReturnType<typeof getRunLogs>>>
export type GetRunLogsQueryError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse


export function useGetRunLogs<TData = Awaited<ReturnType<typeof getRunLogs>>, TError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse>(
 runId: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRunLogs>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getRunLogs>>,
          TError,
          Awaited<ReturnType<typeof getRunLogs>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetRunLogs<TData = Awaited<ReturnType<typeof getRunLogs>>, TError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRunLogs>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getRunLogs>>,
          TError,
          Awaited<ReturnType<typeof getRunLogs>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetRunLogs<TData = Awaited<ReturnType<typeof getRunLogs>>, TError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRunLogs>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get run logs (audit)
 */

export function useGetRunLogs<TData = Awaited<ReturnType<typeof getRunLogs>>, TError = InvalidParameterResponse | RunNotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRunLogs>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetRunLogsQueryOptions(runId,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Runs created this calendar month (UTC) and the monthly limit for the caller's workspace
(`X-Workspace-Id` / `X-Org-Id`, default `ws-default`).

 * @summary Get usage
 */
export type getUsageResponse200 = {
  data: Usage
  status: 200
}

export type getUsageResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type getUsageResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getUsageResponseSuccess = (getUsageResponse200) & {
  headers: Headers;
};
export type getUsageResponseError = (getUsageResponse400 | getUsageResponse500) & {
  headers: Headers;
};

export type getUsageResponse = (getUsageResponseSuccess | getUsageResponseError)

export const getGetUsageUrl = () => {


  

  return `/usage`
}

export const getUsage = async ( options?: RequestInit): Promise<getUsageResponse> => {
  
  return apiFetch<getUsageResponse>(getGetUsageUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetUsageQueryKey = () => {
    return [`/usage`] as const;
    }

    
export const getGetUsageQueryOptions = <TData = Awaited<ReturnType<typeof getUsage>>, TError = InvalidParameterResponse | InternalErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getUsage>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetUsageQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getUsage>>> = ({ signal }) => getUsage({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getUsage>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetUsageQueryResult = NonNullable<Awaited<ReturnType<typeof getUsage>>>
export type GetUsageQueryError = InvalidParameterResponse | InternalErrorResponse


export function useGetUsage<TData = Awaited<ReturnType<typeof getUsage>>, TError = InvalidParameterResponse | InternalErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getUsage>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getUsage>>,
          TError,
          Awaited<ReturnType<typeof getUsage>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetUsage<TData = Awaited<ReturnType<typeof getUsage>>, TError = InvalidParameterResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getUsage>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getUsage>>,
          TError,
          Awaited<ReturnType<typeof getUsage>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetUsage<TData = Awaited<ReturnType<typeof getUsage>>, TError = InvalidParameterResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getUsage>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get usage
 */

export function useGetUsage<TData = Awaited<ReturnType<typeof getUsage>>, TError = InvalidParameterResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getUsage>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetUsageQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Outcomes (success/failure, duration, failed step) of the workspace's runs that are
`completed`, `failed` or `blocked`, most recent outcome first.

 * @summary List run outcomes
 */
export type listRunOutcomesResponse200 = {
  data: RunOutcomes
  status: 200
}

export type listRunOutcomesResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type listRunOutcomesResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type listRunOutcomesResponseSuccess = (listRunOutcomesResponse200) & {
  headers: Headers;
};
export type listRunOutcomesResponseError = (listRunOutcomesResponse400 | listRunOutcomesResponse500) & {
  headers: Headers;
};

export type listRunOutcomesResponse = (listRunOutcomesResponseSuccess | listRunOutcomesResponseError)

export const getListRunOutcomesUrl = (params?: ListRunOutcomesParams,) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString())
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/observability/outcomes?${stringifiedParams}` : `/observability/outcomes`
}

export const listRunOutcomes = async (params?: ListRunOutcomesParams, options?: RequestInit): Promise<listRunOutcomesResponse> => {
  
  return apiFetch<listRunOutcomesResponse>(getListRunOutcomesUrl(params),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getListRunOutcomesQueryKey = (params?: ListRunOutcomesParams,) => {
    return [`/observability/outcomes`, ...(params ? [params]: [])] as const;
    }

    
export const getListRunOutcomesQueryOptions = <TData = Awaited<ReturnType<typeof listRunOutcomes>>, TError = InvalidParameterResponse | InternalErrorResponse>(params?: ListRunOutcomesParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listRunOutcomes>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getListRunOutcomesQueryKey(params);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof listRunOutcomes>>> = ({ signal }) => listRunOutcomes(params, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof listRunOutcomes>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type ListRunOutcomesQueryResult = NonNullable<Awaited<ReturnType<typeof listRunOutcomes>>>
export type ListRunOutcomesQueryError = InvalidParameterResponse | InternalErrorResponse


export function useListRunOutcomes<TData = Awaited<ReturnType<typeof listRunOutcomes>>, TError = InvalidParameterResponse | InternalErrorResponse>(
 params: undefined |  ListRunOutcomesParams, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof listRunOutcomes>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof listRunOutcomes>>,
          TError,
          Awaited<ReturnType<typeof listRunOutcomes>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListRunOutcomes<TData = Awaited<ReturnType<typeof listRunOutcomes>>, TError = InvalidParameterResponse | InternalErrorResponse>(
 params?: ListRunOutcomesParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listRunOutcomes>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof listRunOutcomes>>,
          TError,
          Awaited<ReturnType<typeof listRunOutcomes>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListRunOutcomes<TData = Awaited<ReturnType<typeof listRunOutcomes>>, TError = InvalidParameterResponse | InternalErrorResponse>(
 params?: ListRunOutcomesParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listRunOutcomes>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary List run outcomes
 */

export function useListRunOutcomes<TData = Awaited<ReturnType<typeof listRunOutcomes>>, TError = InvalidParameterResponse | InternalErrorResponse>(
 params?: ListRunOutcomesParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listRunOutcomes>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getListRunOutcomesQueryOptions(params,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Success rate and average duration of the workspace's runs created in the last `days` days
(1–30, default 7). A `days` outside 1–30 or not an integer gets `400`.

 * @summary Get SLO report
 */
export type getSloResponse200 = {
  data: SloReport
  status: 200
}

export type getSloResponse400 = {
  data: ErrorResponse
  status: 400
}

export type getSloResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getSloResponseSuccess = (getSloResponse200) & {
  headers: Headers;
};
export type getSloResponseError = (getSloResponse400 | getSloResponse500) & {
  headers: Headers;
};

export type getSloResponse = (getSloResponseSuccess | getSloResponseError)

export const getGetSloUrl = (params?: GetSloParams,) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString())
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/observability/slo?${stringifiedParams}` : `/observability/slo`
}

export const getSlo = async (params?: GetSloParams, options?: RequestInit): Promise<getSloResponse> => {
  
  return apiFetch<getSloResponse>(getGetSloUrl(params),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetSloQueryKey = (params?: GetSloParams,) => {
    return [`/observability/slo`, ...(params ? [params]: [])] as const;
    }

    
export const getGetSloQueryOptions = <TData = Awaited<ReturnType<typeof getSlo>>, TError = ErrorResponse | InternalErrorResponse>(params?: GetSloParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getSlo>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetSloQueryKey(params);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getSlo>>> = ({ signal }) => getSlo(params, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getSlo>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetSloQueryResult = NonNullable<Awaited<ReturnType<typeof getSlo>>>
export type GetSloQueryError = ErrorResponse | InternalErrorResponse


export function useGetSlo<TData = Awaited<ReturnType<typeof getSlo>>, TError = ErrorResponse | InternalErrorResponse>(
 params: undefined |  GetSloParams, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getSlo>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getSlo>>,
          TError,
          Awaited<ReturnType<typeof getSlo>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetSlo<TData = Awaited<ReturnType<typeof getSlo>>, TError = ErrorResponse | InternalErrorResponse>(
 params?: GetSloParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getSlo>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getSlo>>,
          TError,
          Awaited<ReturnType<typeof getSlo>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetSlo<TData = Awaited<ReturnType<typeof getSlo>>, TError = ErrorResponse | InternalErrorResponse>(
 params?: GetSloParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getSlo>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get SLO report
 */

export function useGetSlo<TData = Awaited<ReturnType<typeof getSlo>>, TError = ErrorResponse | InternalErrorResponse>(
 params?: GetSloParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getSlo>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetSloQueryOptions(params,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Answers 200 whenever the process is up. Checks nothing else (see `/fleet-health`).
 * @summary Liveness probe
 */
export type getHealthResponse200 = {
  data: HealthResponse
  status: 200
}

export type getHealthResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getHealthResponseSuccess = (getHealthResponse200) & {
  headers: Headers;
};
export type getHealthResponseError = (getHealthResponse500) & {
  headers: Headers;
};

export type getHealthResponse = (getHealthResponseSuccess | getHealthResponseError)

export const getGetHealthUrl = () => {


  

  return `/health`
}

export const getHealth = async ( options?: RequestInit): Promise<getHealthResponse> => {
  
  return apiFetch<getHealthResponse>(getGetHealthUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetHealthQueryKey = () => {
    return [`/health`] as const;
    }

    
export const getGetHealthQueryOptions = <TData = Awaited<ReturnType<typeof getHealth>>, TError = InternalErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetHealthQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getHealth>>> = ({ signal }) => getHealth({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetHealthQueryResult = NonNullable<Awaited<ReturnType<typeof getHealth>>>
export type GetHealthQueryError = InternalErrorResponse


export function useGetHealth<TData = Awaited<ReturnType<typeof getHealth>>, TError = InternalErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getHealth>>,
          TError,
          Awaited<ReturnType<typeof getHealth>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetHealth<TData = Awaited<ReturnType<typeof getHealth>>, TError = InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getHealth>>,
          TError,
          Awaited<ReturnType<typeof getHealth>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetHealth<TData = Awaited<ReturnType<typeof getHealth>>, TError = InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Liveness probe
 */

export function useGetHealth<TData = Awaited<ReturnType<typeof getHealth>>, TError = InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetHealthQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Operational status of the orchestrator and, once the caller's workspace has a successful
deployment, `last_deploy` (absent otherwise).

 * @summary Operational status
 */
export type getStatusResponse200 = {
  data: StatusResponse
  status: 200
}

export type getStatusResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type getStatusResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getStatusResponseSuccess = (getStatusResponse200) & {
  headers: Headers;
};
export type getStatusResponseError = (getStatusResponse400 | getStatusResponse500) & {
  headers: Headers;
};

export type getStatusResponse = (getStatusResponseSuccess | getStatusResponseError)

export const getGetStatusUrl = () => {


  

  return `/status`
}

export const getStatus = async ( options?: RequestInit): Promise<getStatusResponse> => {
  
  return apiFetch<getStatusResponse>(getGetStatusUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetStatusQueryKey = () => {
    return [`/status`] as const;
    }

    
export const getGetStatusQueryOptions = <TData = Awaited<ReturnType<typeof getStatus>>, TError = InvalidParameterResponse | InternalErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getStatus>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetStatusQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getStatus>>> = ({ signal }) => getStatus({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getStatus>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetStatusQueryResult = NonNullable<Awaited<ReturnType<typeof getStatus>>>
export type GetStatusQueryError = InvalidParameterResponse | InternalErrorResponse


export function useGetStatus<TData = Awaited<ReturnType<typeof getStatus>>, TError = InvalidParameterResponse | InternalErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getStatus>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getStatus>>,
          TError,
          Awaited<ReturnType<typeof getStatus>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetStatus<TData = Awaited<ReturnType<typeof getStatus>>, TError = InvalidParameterResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getStatus>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getStatus>>,
          TError,
          Awaited<ReturnType<typeof getStatus>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetStatus<TData = Awaited<ReturnType<typeof getStatus>>, TError = InvalidParameterResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getStatus>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Operational status
 */

export function useGetStatus<TData = Awaited<ReturnType<typeof getStatus>>, TError = InvalidParameterResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getStatus>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetStatusQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Estimates the cost and risk of `user_intent` plus an `addition` without creating a run or
counting against the run limit. The estimator is currently a stub (`stub: true`).

 * @summary What-if cost/risk estimate
 */
export type whatIfResponse200 = {
  data: WhatIfEstimate
  status: 200
}

export type whatIfResponse400 = {
  data: ErrorResponse
  status: 400
}

export type whatIfResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type whatIfResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type whatIfResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type whatIfResponseSuccess = (whatIfResponse200) & {
  headers: Headers;
};
export type whatIfResponseError = (whatIfResponse400 | whatIfResponse413 | whatIfResponse415 | whatIfResponse500) & {
  headers: Headers;
};

export type whatIfResponse = (whatIfResponseSuccess | whatIfResponseError)

export const getWhatIfUrl = () => {


  

  return `/what-if`
}

export const whatIf = async (whatIfRequest: WhatIfRequest, options?: RequestInit): Promise<whatIfResponse> => {
  
  return apiFetch<whatIfResponse>(getWhatIfUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      whatIfRequest,)
  }
);}




export const getWhatIfMutationOptions = <TError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof whatIf>>, TError,{data: WhatIfRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof whatIf>>, TError,{data: WhatIfRequest}, TContext> => {

const mutationKey = ['whatIf'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof whatIf>>, {data: WhatIfRequest}> = (props) => {
          const {data} = props ?? {};

          return  whatIf(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type WhatIfMutationResult = NonNullable<Awaited<ReturnType<typeof whatIf>>>
    export type WhatIfMutationBody = WhatIfRequest
    export type WhatIfMutationError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse

    /**
 * @summary What-if cost/risk estimate
 */
export const useWhatIf = <TError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof whatIf>>, TError,{data: WhatIfRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof whatIf>>,
        TError,
        {data: WhatIfRequest},
        TContext
      > => {

      const mutationOptions = getWhatIfMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Health of the orchestrator (and its database) and of each of the five agents. Always `200`
when the orchestrator can answer; the overall state is in `status`.

 * @summary Fleet health
 */
export type getFleetHealthResponse200 = {
  data: FleetHealth
  status: 200
}

export type getFleetHealthResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getFleetHealthResponseSuccess = (getFleetHealthResponse200) & {
  headers: Headers;
};
export type getFleetHealthResponseError = (getFleetHealthResponse500) & {
  headers: Headers;
};

export type getFleetHealthResponse = (getFleetHealthResponseSuccess | getFleetHealthResponseError)

export const getGetFleetHealthUrl = () => {


  

  return `/fleet-health`
}

export const getFleetHealth = async ( options?: RequestInit): Promise<getFleetHealthResponse> => {
  
  return apiFetch<getFleetHealthResponse>(getGetFleetHealthUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetFleetHealthQueryKey = () => {
    return [`/fleet-health`] as const;
    }

    
export const getGetFleetHealthQueryOptions = <TData = Awaited<ReturnType<typeof getFleetHealth>>, TError = InternalErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getFleetHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetFleetHealthQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getFleetHealth>>> = ({ signal }) => getFleetHealth({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getFleetHealth>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetFleetHealthQueryResult = NonNullable<Awaited<ReturnType<typeof getFleetHealth>>>
export type GetFleetHealthQueryError = InternalErrorResponse


export function useGetFleetHealth<TData = Awaited<ReturnType<typeof getFleetHealth>>, TError = InternalErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getFleetHealth>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getFleetHealth>>,
          TError,
          Awaited<ReturnType<typeof getFleetHealth>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetFleetHealth<TData = Awaited<ReturnType<typeof getFleetHealth>>, TError = InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getFleetHealth>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getFleetHealth>>,
          TError,
          Awaited<ReturnType<typeof getFleetHealth>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetFleetHealth<TData = Awaited<ReturnType<typeof getFleetHealth>>, TError = InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getFleetHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Fleet health
 */

export function useGetFleetHealth<TData = Awaited<ReturnType<typeof getFleetHealth>>, TError = InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getFleetHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetFleetHealthQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * What the **local** deployment target serves for a run its SRE step deployed: the build artifacts the
builder agent produced, as stored at deploy time. This is the `deployment_url` of runs deployed to the
local target (decision 23); runs deployed by another target are served by that target, not here.
Public like any deployed site: no workspace header is needed.

 * @summary Get a local deployment
 */
export type getDeploymentResponse200 = {
  data: Deployment
  status: 200
}

export type getDeploymentResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type getDeploymentResponse404 = {
  data: ErrorResponse
  status: 404
}

export type getDeploymentResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getDeploymentResponseSuccess = (getDeploymentResponse200) & {
  headers: Headers;
};
export type getDeploymentResponseError = (getDeploymentResponse400 | getDeploymentResponse404 | getDeploymentResponse500) & {
  headers: Headers;
};

export type getDeploymentResponse = (getDeploymentResponseSuccess | getDeploymentResponseError)

export const getGetDeploymentUrl = (runId: string,) => {


  

  return `/deployments/${runId}`
}

export const getDeployment = async (runId: string, options?: RequestInit): Promise<getDeploymentResponse> => {
  
  return apiFetch<getDeploymentResponse>(getGetDeploymentUrl(runId),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetDeploymentQueryKey = (runId?: string,) => {
    return [`/deployments/${runId}`] as const;
    }

    
export const getGetDeploymentQueryOptions = <TData = Awaited<ReturnType<typeof getDeployment>>, TError = InvalidParameterResponse | ErrorResponse | InternalErrorResponse>(runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getDeployment>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetDeploymentQueryKey(runId);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getDeployment>>> = ({ signal }) => getDeployment(runId, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(runId), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getDeployment>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetDeploymentQueryResult = NonNullable<Awaited<ReturnType<typeof getDeployment>>>
export type GetDeploymentQueryError = InvalidParameterResponse | ErrorResponse | InternalErrorResponse


export function useGetDeployment<TData = Awaited<ReturnType<typeof getDeployment>>, TError = InvalidParameterResponse | ErrorResponse | InternalErrorResponse>(
 runId: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getDeployment>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getDeployment>>,
          TError,
          Awaited<ReturnType<typeof getDeployment>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetDeployment<TData = Awaited<ReturnType<typeof getDeployment>>, TError = InvalidParameterResponse | ErrorResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getDeployment>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getDeployment>>,
          TError,
          Awaited<ReturnType<typeof getDeployment>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetDeployment<TData = Awaited<ReturnType<typeof getDeployment>>, TError = InvalidParameterResponse | ErrorResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getDeployment>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get a local deployment
 */

export function useGetDeployment<TData = Awaited<ReturnType<typeof getDeployment>>, TError = InvalidParameterResponse | ErrorResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getDeployment>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetDeploymentQueryOptions(runId,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}

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
 * @maxLength 2000
 */
export type AgentDescription = string | null;

/**
 * Time of the latest successful deployment; `null` if never deployed.
 */
export type AgentDeployedAt = string | null;

/**
 * Container of the current deployment; `null` when the agent is not deployed.
 */
export type AgentContainerId = string | null;

/**
 * An AI agent. The same shape is returned by list, get, create and update.
 */
export interface Agent {
  id: string;
  /**
   * @minLength 1
   * @maxLength 100
   */
  name: string;
  /** @maxLength 2000 */
  description: AgentDescription;
  owner_type: OwnerType;
  /** Id of the owning user or organization (per `owner_type`). */
  owner_id: string;
  framework: AgentFramework;
  agent_type: AgentType;
  status: AgentStatus;
  version: SemanticVersion;
  created_at: string;
  updated_at: string;
  /** Time of the latest successful deployment; `null` if never deployed. */
  deployed_at: AgentDeployedAt;
  /** Container of the current deployment; `null` when the agent is not deployed. */
  container_id: AgentContainerId;
  resource_limits: ResourceLimits;
  metadata: AgentMetadata;
}

/**
 * Agent framework the agent and its workflows run on.
 */
export type AgentFramework = typeof AgentFramework[keyof typeof AgentFramework];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const AgentFramework = {
  langgraph: 'langgraph',
  agno: 'agno',
  crewai: 'crewai',
  n8n: 'n8n',
} as const;

export type AgentListResponseAllOf = {
  agents: Agent[];
};

/**
 * One page of agents.
 */
export type AgentListResponse = PaginatedResponse & AgentListResponseAllOf;

/**
 * Server-computed facts about the agent. Further keys may appear.
 */
export interface AgentMetadata {
  /**
   * Number of nodes across the agent's active workflows.
   * @minimum 0
   */
  node_count?: number;
  /**
   * Average execution time of recent executions, as a duration string such as `2.5s`.
   * @pattern ^[0-9]+(\.[0-9]+)?(ms|s|m|h)$
   */
  execution_time?: string;
  [key: string]: unknown;
 }

/**
 * Lifecycle status of an agent: `draft` (never deployed), `active` (deployed, container running),
`inactive` (undeployed), `error` (deployment or container failed).

 */
export type AgentStatus = typeof AgentStatus[keyof typeof AgentStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const AgentStatus = {
  draft: 'draft',
  active: 'active',
  inactive: 'inactive',
  error: 'error',
} as const;

/**
 * How the agent is authored: in the visual builder or as code.
 */
export type AgentType = typeof AgentType[keyof typeof AgentType];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const AgentType = {
  visual: 'visual',
  code: 'code',
} as const;

/**
 * Result of the latest container health check (`unknown` before the first check).
 */
export type ContainerHealthStatus = typeof ContainerHealthStatus[keyof typeof ContainerHealthStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ContainerHealthStatus = {
  healthy: 'healthy',
  unhealthy: 'unhealthy',
  starting: 'starting',
  unknown: 'unknown',
} as const;

/**
 * One container log entry.
 */
export interface ContainerLogEntry {
  timestamp: string;
  level: ContainerLogLevel;
  message: string;
  /** Emitter of the entry, e.g. `container` (runtime), `agent` (framework) or `workflow` (a workflow node). */
  source: string;
}

/**
 * Severity of a container log entry.
 */
export type ContainerLogLevel = typeof ContainerLogLevel[keyof typeof ContainerLogLevel];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ContainerLogLevel = {
  DEBUG: 'DEBUG',
  INFO: 'INFO',
  WARNING: 'WARNING',
  ERROR: 'ERROR',
  CRITICAL: 'CRITICAL',
} as const;

/**
 * Container log entries, oldest first.
 */
export interface ContainerLogsResponse {
  logs: ContainerLogEntry[];
}

/**
 * Current resource usage of a container.
 */
export interface ContainerResourceUsage {
  /**
   * CPU usage in percent of one core (can exceed 100 with several cores).
   * @minimum 0
   */
  cpu_percent: number;
  /**
   * Memory in use, MiB.
   * @minimum 0
   */
  memory_usage: number;
  /**
   * Memory limit, MiB.
   * @minimum 0
   */
  memory_limit: number;
  /**
   * Bytes received since the container started.
   * @minimum 0
   */
  network_rx: number;
  /**
   * Bytes sent since the container started.
   * @minimum 0
   */
  network_tx: number;
}

/**
 * State of an agent container.
 */
export type ContainerState = typeof ContainerState[keyof typeof ContainerState];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ContainerState = {
  creating: 'creating',
  running: 'running',
  restarting: 'restarting',
  stopped: 'stopped',
  error: 'error',
} as const;

export type ContainerStatusLastHealthCheck = string | null;

/**
 * Status of the agent's container.
 */
export interface ContainerStatus {
  container_id: string;
  status: ContainerState;
  resource_usage: ContainerResourceUsage;
  health_status: ContainerHealthStatus;
  last_health_check: ContainerStatusLastHealthCheck;
  /**
   * The latest log messages (at most 20), oldest first. Use `GET /agents/{id}/container/logs` for structured, filterable logs.
   * @maxItems 20
   */
  logs: string[];
}

/**
 * @maxLength 2000
 */
export type CreateAgentRequestDescription = string | null;

/**
 * A new agent. It starts in status `draft` at version `1.0.0`.
For `owner_type: organization`, `owner_id` (the organization id) is required and the caller needs role
`owner`, `admin` or `member` in it. For `owner_type: user`, `owner_id` may be omitted and, if sent, must be the caller's id.

 */
export interface CreateAgentRequest {
  /**
   * At least one character other than whitespace (decision 32).
   * @minLength 1
   * @maxLength 100
   * @pattern \S
   */
  name: string;
  /** @maxLength 2000 */
  description?: CreateAgentRequestDescription;
  owner_type?: OwnerType;
  owner_id?: string;
  framework: AgentFramework;
  agent_type?: AgentType;
  resource_limits?: ResourceLimits;
}

/**
 * A new organization. The caller becomes its `owner`.
 */
export interface CreateOrganizationRequest {
  /**
   * At least one character other than whitespace (decision 32).
   * @minLength 1
   * @maxLength 100
   * @pattern \S
   */
  name: string;
  /**
   * Unique slug. Derived from `name` when omitted (accents dropped, lower-cased, non-alphanumerics replaced by `-`).
   * @minLength 3
   * @maxLength 63
   * @pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$
   */
  slug?: string;
  subscription_tier?: SubscriptionTier;
}

/**
 * @maxLength 2000
 */
export type CreateWorkflowRequestDescription = string | null;

/**
 * A new workflow for the agent, created at version `1.0.0`.
`framework` defaults to the agent's framework and, if sent, must equal it.

 */
export interface CreateWorkflowRequest {
  /**
   * At least one character other than whitespace (decision 32).
   * @minLength 1
   * @maxLength 100
   * @pattern \S
   */
  name: string;
  /** @maxLength 2000 */
  description?: CreateWorkflowRequestDescription;
  workflow_data: WorkflowData;
  workflow_type?: WorkflowType;
  framework?: AgentFramework;
  is_active?: boolean;
}

/**
 * An ISO 8601 date (`2024-12-01`) or date-time (`2024-12-19T23:59:59Z`).
 */
export type DateOrDateTime = string;

export type DeployAgentResponseStatus = typeof DeployAgentResponseStatus[keyof typeof DeployAgentResponseStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const DeployAgentResponseStatus = {
  active: 'active',
} as const;

/**
 * Result of a successful deployment.
 */
export interface DeployAgentResponse {
  /** Agent id. */
  id: string;
  status: DeployAgentResponseStatus;
  container_id: string;
  deployed_at: string;
  /** Log lines of the deployment, oldest first. */
  deployment_logs: string[];
}

/**
 * Machine-readable error code. Each code is sent with exactly one HTTP status:

| code | HTTP status |
| --- | --- |
| `VALIDATION_ERROR` | 400 (request validation failed, including malformed JSON) |
| `AUTHENTICATION_ERROR` | 401 |
| `AUTHORIZATION_ERROR` | 403 |
| `NOT_FOUND` | 404 |
| `CONFLICT` | 409 |
| `RATE_LIMIT_EXCEEDED` | 429 |
| `INTERNAL_ERROR` | 500 |
| `SERVICE_UNAVAILABLE` | 503 |

 */
export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ErrorCode = {
  VALIDATION_ERROR: 'VALIDATION_ERROR',
  AUTHENTICATION_ERROR: 'AUTHENTICATION_ERROR',
  AUTHORIZATION_ERROR: 'AUTHORIZATION_ERROR',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMIT_EXCEEDED: 'RATE_LIMIT_EXCEEDED',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;

/**
 * One problem found in the request. `field` is present when the problem is tied to one input field.
 */
export interface ErrorDetail {
  /** Dotted path of the offending input. Body fields are named as in the body (`email`, `pricing.amount`);
query and path parameters by their name (`limit`, `id`).
 */
  field?: string;
  /** Human-readable description of the problem. */
  message: string;
}

/**
 * The error object inside `ErrorResponse` (also sent by the WebSocket `error` message).
 */
export interface ErrorObject {
  code: ErrorCode;
  /** Human-readable summary of the error. */
  message: string;
  /** Itemised problems (validation errors). Always present; empty when there is nothing to itemise. */
  details: ErrorDetail[];
  /** When the error was produced (UTC). */
  timestamp: string;
  /** Identifier of the request, to quote when reporting a problem. */
  correlation_id: string;
}

/**
 * The single error envelope sent with every 4xx/5xx response of this API:
`{"error": {"code", "message", "details", "timestamp", "correlation_id"}}`.
`correlation_id` is also sent in the `X-Correlation-ID` response header.

 */
export interface ErrorResponse {
  error: ErrorObject;
}

/**
 * Free-form input handed to the workflow's entry node.
 */
export type ExecuteWorkflowRequestInputData = { [key: string]: unknown };

/**
 * Input of a workflow execution. The body may be omitted to run with empty input and default options.
 */
export interface ExecuteWorkflowRequest {
  /** Free-form input handed to the workflow's entry node. */
  input_data?: ExecuteWorkflowRequestInputData;
  execution_options?: ExecutionOptions;
}

export type ExecutionAllOf = {
  execution_data: ExecutionData;
};

/**
 * A workflow execution with its input, output and step trace.
 */
export type Execution = ExecutionSummary & ExecutionAllOf;

/**
 * The `input_data` the execution was started with.
 */
export type ExecutionDataInput = { [key: string]: unknown };

/**
 * Workflow output; `null` until the execution completes (and when it fails or is cancelled).
 */
export type ExecutionDataOutputAnyOf = { [key: string]: unknown };

/**
 * Workflow output; `null` until the execution completes (and when it fails or is cancelled).
 */
export type ExecutionDataOutput = ExecutionDataOutputAnyOf | null;

/**
 * Input, output and step trace of an execution.
 */
export interface ExecutionData {
  /** The `input_data` the execution was started with. */
  input: ExecutionDataInput;
  /** Workflow output; `null` until the execution completes (and when it fails or is cancelled). */
  output: ExecutionDataOutput;
  /** Steps in the order they started. */
  steps: ExecutionStep[];
}

export type ExecutionListResponseAllOf = {
  executions: ExecutionSummary[];
};

/**
 * One page of executions, newest first.
 */
export type ExecutionListResponse = PaginatedResponse & ExecutionListResponseAllOf;

/**
 * Per-execution options.
 */
export interface ExecutionOptions {
  /**
   * Time limit for the whole execution in milliseconds; the execution fails when exceeded.
   * @minimum 1000
   * @maximum 300000
   */
  timeout?: number;
  /**
   * How many times a failed step is retried before the execution fails.
   * @minimum 0
   * @maximum 10
   */
  retry_count?: number;
}

/**
 * Resources consumed by an execution.
 */
export interface ExecutionResourceUsage {
  /**
   * CPU time in seconds.
   * @minimum 0
   */
  cpu_time: number;
  /**
   * Peak memory in MiB.
   * @minimum 0
   */
  memory_peak: number;
  /**
   * Wall-clock duration in seconds.
   * @minimum 0
   */
  execution_time: number;
}

/**
 * `pending` when queued behind other executions of the agent, otherwise `running`.
 */
export type ExecutionStartedStatus = typeof ExecutionStartedStatus[keyof typeof ExecutionStartedStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ExecutionStartedStatus = {
  pending: 'pending',
  running: 'running',
} as const;

/**
 * An accepted execution. Follow it with `GET /executions/{id}` or the WebSocket `execution_update` events.
 */
export interface ExecutionStarted {
  execution_id: string;
  /** `pending` when queued behind other executions of the agent, otherwise `running`. */
  status: ExecutionStartedStatus;
  /** When the execution was accepted. */
  started_at: string;
  /** Correlation id of the request that started the execution; also in the `X-Correlation-ID` header. */
  correlation_id: string;
}

/**
 * Status of a workflow execution. `pending` (queued) -> `running` -> `completed` | `failed` | `cancelled`.
Executions are cancelled when their agent is undeployed or deleted while they run.

 */
export type ExecutionStatus = typeof ExecutionStatus[keyof typeof ExecutionStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ExecutionStatus = {
  pending: 'pending',
  running: 'running',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'cancelled',
} as const;

export type ExecutionStepStatus = typeof ExecutionStepStatus[keyof typeof ExecutionStepStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ExecutionStepStatus = {
  pending: 'pending',
  running: 'running',
  completed: 'completed',
  failed: 'failed',
  skipped: 'skipped',
} as const;

export type ExecutionStepStartedAt = string | null;

export type ExecutionStepCompletedAt = string | null;

/**
 * Output of the node, if any. Recorded when the execution ends; while it is `running`, its steps show status
and times, and `output` is `null` (decision 34).

 */
export type ExecutionStepOutputAnyOf = { [key: string]: unknown };

/**
 * Output of the node, if any. Recorded when the execution ends; while it is `running`, its steps show status
and times, and `output` is `null` (decision 34).

 */
export type ExecutionStepOutput = ExecutionStepOutputAnyOf | null;

/**
 * Trace of one workflow node run during an execution. Framework-specific keys are allowed.
 */
export interface ExecutionStep {
  /** Id of the workflow node. */
  node_id: string;
  status: ExecutionStepStatus;
  started_at?: ExecutionStepStartedAt;
  completed_at?: ExecutionStepCompletedAt;
  /** Output of the node, if any. Recorded when the execution ends; while it is `running`, its steps show status
and times, and `output` is `null` (decision 34).
 */
  output?: ExecutionStepOutput;
  /** Present (`true`) on a step of a finished execution whose `output` is `null` because the step outputs before
it already filled the final record's budget of 1 MiB (decision 35). The workflow's `output` is always kept.
 */
  output_omitted?: true;
  [key: string]: unknown;
 }

/**
 * When the execution reached a final status; `null` while `pending` or `running`.
 */
export type ExecutionSummaryCompletedAt = string | null;

/**
 * Resource usage; `null` until the execution finishes.
 */
export type ExecutionSummaryResourceUsage = ExecutionResourceUsage | null;

/**
 * Why the execution failed or was cancelled; `null` otherwise.
 */
export type ExecutionSummaryErrorMessage = string | null;

/**
 * A workflow execution without its data, as listed by `GET /executions`.
 */
export interface ExecutionSummary {
  id: string;
  workflow_id: string;
  agent_id: string;
  status: ExecutionStatus;
  started_at: string;
  /** When the execution reached a final status; `null` while `pending` or `running`. */
  completed_at: ExecutionSummaryCompletedAt;
  /** Resource usage; `null` until the execution finishes. */
  resource_usage: ExecutionSummaryResourceUsage;
  /** Why the execution failed or was cancelled; `null` otherwise. */
  error_message: ExecutionSummaryErrorMessage;
  correlation_id: string;
}

/**
 * E-mail/password credentials.
 */
export interface LoginRequest {
  /** @maxLength 254 */
  email: string;
  /**
   * @minLength 1
   * @maxLength 1024
   */
  password: string;
}

export type LoginResponseTokenType = typeof LoginResponseTokenType[keyof typeof LoginResponseTokenType];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const LoginResponseTokenType = {
  Bearer: 'Bearer',
} as const;

/**
 * Tokens issued at login plus the logged-in user.
 */
export interface LoginResponse {
  /** JWT to send as `Authorization: Bearer <access_token>`. */
  access_token: string;
  /** Opaque-to-clients JWT for `POST /auth/refresh`; valid for 30 days or until logout. */
  refresh_token: string;
  /**
   * Lifetime of the access token in seconds (3600).
   * @minimum 1
   */
  expires_in: number;
  token_type: LoginResponseTokenType;
  user: User;
}

/**
 * Time of the latest unpublication; `null` while published.
 */
export type MarketplaceIntegrationUnpublishedAt = string | null;

/**
 * The agent's marketplace integration.
 */
export interface MarketplaceIntegration {
  integration_id: string;
  marketplace_name: MarketplaceName;
  marketplace_agent_id: string;
  status: MarketplaceIntegrationStatus;
  marketplace_url: string;
  pricing: MarketplacePricing;
  tags: string[];
  /** Time of the latest publication. */
  published_at: string;
  /** Time of the latest unpublication; `null` while published. */
  unpublished_at: MarketplaceIntegrationUnpublishedAt;
  usage_metrics: UsageMetrics;
}

/**
 * Whether the agent is currently listed on the marketplace.
 */
export type MarketplaceIntegrationStatus = typeof MarketplaceIntegrationStatus[keyof typeof MarketplaceIntegrationStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const MarketplaceIntegrationStatus = {
  published: 'published',
  unpublished: 'unpublished',
} as const;

/**
 * Target marketplace. `hyphrki` is the only marketplace supported.
 */
export type MarketplaceName = typeof MarketplaceName[keyof typeof MarketplaceName];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const MarketplaceName = {
  hyphrki: 'hyphrki',
} as const;

export type MarketplacePricingType = typeof MarketplacePricingType[keyof typeof MarketplacePricingType];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const MarketplacePricingType = {
  free: 'free',
  one_time: 'one_time',
  subscription: 'subscription',
} as const;

/**
 * Billing interval of a subscription.
 */
export type MarketplacePricingInterval = typeof MarketplacePricingInterval[keyof typeof MarketplacePricingInterval];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const MarketplacePricingInterval = {
  monthly: 'monthly',
  yearly: 'yearly',
} as const;

/**
 * Price of the agent on the marketplace. `amount` and `currency` are required unless `type` is `free`;
`interval` is required for (and only meaningful with) `subscription`. A `one_time` or `subscription` price is
0.01 to 999999.99 in whole cents (decision 37).

 */
export type MarketplacePricing = unknown & unknown & {
  type: MarketplacePricingType;
  /**
   * Price in `currency` units (e.g. 29.99), at most 999999.99 and in whole cents: a third decimal (`0.001`) is
400 `VALIDATION_ERROR` naming `pricing.amount` (decision 37).

   * @minimum 0
   * @maximum 999999.99
   */
  amount?: number;
  /**
   * ISO 4217 currency code.
   * @pattern ^[A-Z]{3}$
   */
  currency?: string;
  /** Billing interval of a subscription. */
  interval?: MarketplacePricingInterval;
} & Required<Pick<unknown & unknown & {
  type: MarketplacePricingType;
  /**
   * Price in `currency` units (e.g. 29.99), at most 999999.99 and in whole cents: a third decimal (`0.001`) is
400 `VALIDATION_ERROR` naming `pricing.amount` (decision 37).

   * @minimum 0
   * @maximum 999999.99
   */
  amount?: number;
  /**
   * ISO 4217 currency code.
   * @pattern ^[A-Z]{3}$
   */
  currency?: string;
  /** Billing interval of a subscription. */
  interval?: MarketplacePricingInterval;
}, 'type'>>;

/**
 * A plain confirmation message.
 */
export interface MessageResponse {
  message: string;
}

/**
 * An organization that can own agents.
 */
export interface Organization {
  id: string;
  /**
   * @minLength 1
   * @maxLength 100
   */
  name: string;
  /**
   * URL-safe unique identifier of the organization.
   * @minLength 3
   * @maxLength 63
   * @pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$
   */
  slug: string;
  subscription_tier: SubscriptionTier;
  created_at: string;
}

export type OrganizationDetailAllOf = {
  members: OrganizationMember[];
};

/**
 * An organization with its members.
 */
export type OrganizationDetail = Organization & OrganizationDetailAllOf;

/**
 * The organizations the caller is a member of (not paginated).
 */
export interface OrganizationListResponse {
  organizations: OrganizationSummary[];
}

/**
 * Membership of a user in an organization.
 */
export interface OrganizationMember {
  /** Identifier of the membership. */
  id: string;
  user_id: string;
  email: string;
  role: OrganizationRole;
  joined_at: string;
}

/**
 * Role of a user in an organization.
`owner` and `admin` manage everything, including deleting and (un)publishing agents;
`member` creates, edits, deploys and runs agents and workflows; `viewer` has read-only access.

 */
export type OrganizationRole = typeof OrganizationRole[keyof typeof OrganizationRole];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const OrganizationRole = {
  owner: 'owner',
  admin: 'admin',
  member: 'member',
  viewer: 'viewer',
} as const;

export type OrganizationSummaryAllOf = {
  role: OrganizationRole;
};

/**
 * An organization as listed for the caller, with the caller's role in it.
 */
export type OrganizationSummary = Organization & OrganizationSummaryAllOf;

/**
 * Whether an agent belongs to a single user or to an organization.
 */
export type OwnerType = typeof OwnerType[keyof typeof OwnerType];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const OwnerType = {
  user: 'user',
  organization: 'organization',
} as const;

/**
 * Shape shared by paginated lists: the items under a resource-named array (`agents`, `executions`)
next to a `pagination` object. Concrete list responses extend this schema.

 */
export interface PaginatedResponse {
  pagination: Pagination;
}

/**
 * Page metadata of a paginated list.
 */
export interface Pagination {
  /**
   * The page returned (1-based), as requested.
   * @minimum 1
   * @maximum 2147483647
   */
  page: number;
  /**
   * Page size, as requested.
   * @minimum 1
   * @maximum 100
   */
  limit: number;
  /**
   * Number of items matching the filters, over all pages.
   * @minimum 0
   */
  total: number;
  /**
   * Number of pages, `ceil(total / limit)`; 0 when nothing matches.
   * @minimum 0
   */
  pages: number;
}

/**
 * Listing of the agent on the marketplace.
 */
export interface PublishAgentRequest {
  marketplace_name?: MarketplaceName;
  pricing: MarketplacePricing;
  /**
   * Marketplace description; defaults to the agent's description.
   * @minLength 1
   * @maxLength 5000
   */
  description?: string;
  /** @maxItems 20 */
  tags?: string[];
}

export type PublishAgentResponseStatus = typeof PublishAgentResponseStatus[keyof typeof PublishAgentResponseStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const PublishAgentResponseStatus = {
  published: 'published',
} as const;

/**
 * Result of publishing an agent.
 */
export interface PublishAgentResponse {
  /** Id of the agent's marketplace integration (kept across unpublish/republish). */
  integration_id: string;
  /** Id of the listing on the marketplace. */
  marketplace_agent_id: string;
  status: PublishAgentResponseStatus;
  published_at: string;
  marketplace_url: string;
}

/**
 * A refresh token obtained from `POST /auth/login`.
 */
export interface RefreshRequest {
  /** @minLength 1 */
  refresh_token: string;
}

export type RefreshResponseTokenType = typeof RefreshResponseTokenType[keyof typeof RefreshResponseTokenType];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const RefreshResponseTokenType = {
  Bearer: 'Bearer',
} as const;

/**
 * A new access token. The refresh token is not rotated and stays valid.
 */
export interface RefreshResponse {
  access_token: string;
  /**
   * Lifetime of the access token in seconds (3600).
   * @minimum 1
   */
  expires_in: number;
  token_type: RefreshResponseTokenType;
}

/**
 * `shared`: container shares the platform agent network; `isolated`: dedicated network with egress only.
 */
export type ResourceLimitsNetworkIsolation = typeof ResourceLimitsNetworkIsolation[keyof typeof ResourceLimitsNetworkIsolation];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ResourceLimitsNetworkIsolation = {
  shared: 'shared',
  isolated: 'isolated',
} as const;

/**
 * Resources granted to the agent's container.
 */
export interface ResourceLimits {
  /**
   * CPU limit in vCPU cores.
   * @maximum 64
   */
  cpu: number;
  /**
   * Memory limit in MiB.
   * @minimum 128
   * @maximum 262144
   */
  memory: number;
  /** `shared`: container shares the platform agent network; `isolated`: dedicated network with egress only. */
  network_isolation: ResourceLimitsNetworkIsolation;
}

export type RestartContainerResponseStatus = typeof RestartContainerResponseStatus[keyof typeof RestartContainerResponseStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const RestartContainerResponseStatus = {
  restarting: 'restarting',
} as const;

/**
 * An accepted container restart.
 */
export interface RestartContainerResponse {
  container_id: string;
  status: RestartContainerResponseStatus;
  restarted_at: string;
}

/**
 * Semantic version `MAJOR.MINOR.PATCH`, managed by the server.
 * @pattern ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$
 */
export type SemanticVersion = string;

/**
 * Subscription tier of a user or an organization.
 */
export type SubscriptionTier = typeof SubscriptionTier[keyof typeof SubscriptionTier];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const SubscriptionTier = {
  free: 'free',
  pro: 'pro',
  enterprise: 'enterprise',
} as const;

export type UndeployAgentResponseStatus = typeof UndeployAgentResponseStatus[keyof typeof UndeployAgentResponseStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const UndeployAgentResponseStatus = {
  inactive: 'inactive',
} as const;

/**
 * Result of a successful undeployment.
 */
export interface UndeployAgentResponse {
  /** Agent id. */
  id: string;
  status: UndeployAgentResponseStatus;
  undeployed_at: string;
}

export type UnpublishAgentResponseStatus = typeof UnpublishAgentResponseStatus[keyof typeof UnpublishAgentResponseStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const UnpublishAgentResponseStatus = {
  unpublished: 'unpublished',
} as const;

/**
 * Result of unpublishing an agent.
 */
export interface UnpublishAgentResponse {
  integration_id: string;
  status: UnpublishAgentResponseStatus;
  unpublished_at: string;
}

/**
 * @maxLength 2000
 */
export type UpdateAgentRequestDescription = string | null;

/**
 * Fields of the agent to change (at least one). Omitted fields keep their value. Framework, owner and type are immutable.
New `resource_limits` apply from the next deployment. A successful update bumps the agent's minor version.

 */
export interface UpdateAgentRequest {
  /**
   * At least one character other than whitespace (decision 32).
   * @minLength 1
   * @maxLength 100
   * @pattern \S
   */
  name?: string;
  /** @maxLength 2000 */
  description?: UpdateAgentRequestDescription;
  resource_limits?: ResourceLimits;
}

/**
 * Fields of the caller's profile to change. At least one field; omitted fields keep their value. E-mail and tier cannot be changed here.
 */
export interface UpdateUserRequest {
  /**
   * @minLength 1
   * @maxLength 100
   */
  first_name?: string;
  /**
   * @minLength 1
   * @maxLength 100
   */
  last_name?: string;
}

/**
 * @maxLength 2000
 */
export type UpdateWorkflowRequestDescription = string | null;

/**
 * Fields of the workflow to change (at least one); omitted fields keep their value. `workflow_data` is replaced
as a whole. Every successful update bumps the minor version (`1.0.0` -> `1.1.0`). Type and framework are immutable.

 */
export interface UpdateWorkflowRequest {
  /**
   * At least one character other than whitespace (decision 32).
   * @minLength 1
   * @maxLength 100
   * @pattern \S
   */
  name?: string;
  /** @maxLength 2000 */
  description?: UpdateWorkflowRequestDescription;
  workflow_data?: WorkflowData;
  is_active?: boolean;
}

/**
 * Marketplace usage of a published agent, cumulative since first publication.
 */
export interface UsageMetrics {
  /** @minimum 0 */
  total_downloads: number;
  /** @minimum 0 */
  active_users: number;
  /**
   * Revenue in the listing's pricing currency.
   * @minimum 0
   */
  revenue: number;
}

/**
 * Time of the previous successful login; `null` if the user never logged in before.
 */
export type UserLastLoginAt = string | null;

/**
 * A platform user. Returned by `GET /users/me`, `PUT /users/me` and inside the login response.
 */
export interface User {
  id: string;
  /** @maxLength 254 */
  email: string;
  /** @maxLength 100 */
  first_name: string;
  /** @maxLength 100 */
  last_name: string;
  subscription_tier: SubscriptionTier;
  /** Whether the user confirmed their e-mail address. */
  email_verified: boolean;
  created_at: string;
  updated_at: string;
  /** Time of the previous successful login; `null` if the user never logged in before. */
  last_login_at: UserLastLoginAt;
}

export type WorkflowAllOf = {
  workflow_data: WorkflowData;
};

/**
 * A workflow with its graph.
 */
export type Workflow = WorkflowSummary & WorkflowAllOf;

/**
 * Workflow-wide settings (entry node, model defaults, ...).
 */
export type WorkflowDataSettings = { [key: string]: unknown };

/**
 * The workflow graph, with no cycles (decision 29), of at most 200 nodes and 1000 edges (decision 33). Further
framework-specific top-level keys are allowed.

 */
export interface WorkflowData {
  /**
   * At most 200 nodes (decision 33); a larger graph is 400 `VALIDATION_ERROR` naming `workflow_data.nodes`.
   * @maxItems 200
   */
  nodes: WorkflowNode[];
  /**
   * At most 1000 edges (decision 33); more is 400 `VALIDATION_ERROR` naming `workflow_data.edges`.
   * @maxItems 1000
   */
  edges: WorkflowEdge[];
  /** Workflow-wide settings (entry node, model defaults, ...). */
  settings?: WorkflowDataSettings;
  [key: string]: unknown;
 }

/**
 * Optional routing condition evaluated on the source node's output; at most 2000 characters (decision 38).
 * @maxLength 2000
 */
export type WorkflowEdgeCondition = string | null;

/**
 * A directed edge between two nodes. Framework-specific keys are allowed.
 */
export interface WorkflowEdge {
  /**
   * Edge id, at most 128 characters (decision 38).
   * @maxLength 128
   */
  id?: string;
  /**
   * Id of the node the edge starts at (node ids are at most 128 characters).
   * @maxLength 128
   */
  source: string;
  /**
   * Id of the node the edge ends at (node ids are at most 128 characters).
   * @maxLength 128
   */
  target: string;
  /**
   * Optional routing condition evaluated on the source node's output; at most 2000 characters (decision 38).
   * @maxLength 2000
   */
  condition?: WorkflowEdgeCondition;
  [key: string]: unknown;
 }

/**
 * All workflows of an agent, newest first (not paginated).
 */
export interface WorkflowListResponse {
  workflows: WorkflowSummary[];
}

/**
 * Node configuration (prompt, model, tool parameters, ...).
 */
export type WorkflowNodeData = { [key: string]: unknown };

/**
 * Canvas position in the visual builder.
 */
export type WorkflowNodePosition = {
  x: number;
  y: number;
};

/**
 * One node of a workflow graph. Framework-specific keys are allowed.
 */
export interface WorkflowNode {
  /**
   * Node id, unique within the workflow: at most 128 characters, at least one of them visible, no control
characters (decision 38).

   * @minLength 1
   * @maxLength 128
   * @pattern ^[^\S\x00-\x1F\x7F]*[^\s\x00-\x1F\x7F][^\x00-\x1F\x7F]*$
   */
  id: string;
  /**
   * Node kind, e.g. `llm`, `tool`, `router`, `input`, `output`; at most 64 characters (decision 38).
   * @minLength 1
   * @maxLength 64
   * @pattern ^[^\S\x00-\x1F\x7F]*[^\s\x00-\x1F\x7F][^\x00-\x1F\x7F]*$
   */
  type: string;
  /** Node configuration (prompt, model, tool parameters, ...). */
  data?: WorkflowNodeData;
  /** Canvas position in the visual builder. */
  position?: WorkflowNodePosition;
  [key: string]: unknown;
 }

/**
 * @maxLength 2000
 */
export type WorkflowSummaryDescription = string | null;

/**
 * A workflow without its graph, as listed for an agent.
 */
export interface WorkflowSummary {
  id: string;
  agent_id: string;
  /**
   * @minLength 1
   * @maxLength 100
   */
  name: string;
  /** @maxLength 2000 */
  description: WorkflowSummaryDescription;
  workflow_type: WorkflowType;
  framework: AgentFramework;
  version: SemanticVersion;
  /** Only active workflows can be executed. */
  is_active: boolean;
  created_at: string;
  updated_at: string;
}

/**
 * How the workflow is authored: in the visual builder or as code.
 */
export type WorkflowType = typeof WorkflowType[keyof typeof WorkflowType];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const WorkflowType = {
  visual: 'visual',
  code: 'code',
} as const;

/**
 * Request validation failed (invalid or missing fields, unknown body fields, bad query/path parameters) or the body is not well-formed JSON.
 */
export type BadRequestResponse = ErrorResponse;

/**
 * The request conflicts with the current state of the resource.
 */
export type ConflictResponse = ErrorResponse;

/**
 * The caller can see the resource but their organization role does not allow this action.
 */
export type ForbiddenResponse = ErrorResponse;

/**
 * Unexpected server error.
 */
export type InternalErrorResponse = ErrorResponse;

/**
 * The resource does not exist or is not visible to the caller.
 */
export type NotFoundResponse = ErrorResponse;

/**
 * A backing service (container runtime, execution engine or marketplace) is temporarily unavailable. Retry after `Retry-After` seconds.
 */
export type ServiceUnavailableResponse = ErrorResponse;

/**
 * Rate limit exceeded. Retry after the number of seconds in `Retry-After`.
 */
export type TooManyRequestsResponse = ErrorResponse;

/**
 * Missing, malformed, expired or revoked credentials.
 */
export type UnauthorizedResponse = ErrorResponse;

/**
 * The request body is larger than the server accepts (`BODY_LIMIT_BYTES`, 1 MiB by default).
 */
export type PayloadTooLargeResponse = ErrorResponse;

/**
 * The request body's `Content-Type` is not `application/json`.
 */
export type UnsupportedMediaTypeResponse = ErrorResponse;

/**
 * Page size (at most 100).
 */
export type LimitParameter = number;

/**
 * 1-based page number, at most 2147483647 (decision 14). A page past the last one returns an empty list.
 */
export type PageParameter = number;

export type ListAgentsParams = {
/**
 * Only agents owned by a user (the caller) or by organizations.
 */
owner_type?: OwnerType;
/**
 * Only agents of this owner (the caller's user id or one of their organizations' ids).
 */
owner_id?: string;
/**
 * Only agents on this framework.
 */
framework?: AgentFramework;
/**
 * Only agents in this status.
 */
status?: AgentStatus;
/**
 * 1-based page number, at most 2147483647 (decision 14). A page past the last one returns an empty list.
 * @minimum 1
 * @maximum 2147483647
 */
page?: PageParameter;
/**
 * Page size (at most 100).
 * @minimum 1
 * @maximum 100
 */
limit?: LimitParameter;
};

export type ListExecutionsParams = {
/**
 * Only executions of this workflow.
 */
workflow_id?: string;
/**
 * Only executions of this agent's workflows.
 */
agent_id?: string;
/**
 * Only executions in this status.
 */
status?: ExecutionStatus;
/**
 * Only executions started at or after this ISO 8601 date or date-time.
 */
start_date?: DateOrDateTime;
/**
 * Only executions started at or before this ISO 8601 date (end of that day, UTC) or date-time. Must not precede `start_date`.
 */
end_date?: DateOrDateTime;
/**
 * 1-based page number, at most 2147483647 (decision 14). A page past the last one returns an empty list.
 * @minimum 1
 * @maximum 2147483647
 */
page?: PageParameter;
/**
 * Page size (at most 100).
 * @minimum 1
 * @maximum 100
 */
limit?: LimitParameter;
};

export type GetAgentContainerLogsParams = {
/**
 * Only entries at or after this ISO 8601 timestamp.
 */
since?: string;
/**
 * Only entries at or before this ISO 8601 timestamp. Must not precede `since`.
 */
until?: string;
/**
 * Maximum number of (most recent) entries to return.
 * @minimum 1
 * @maximum 10000
 */
tail?: number;
};

type SecondParameter<T extends (...args: never) => unknown> = Parameters<T>[1];



/**
 * Exchanges e-mail/password credentials for an access token (JWT, 1 hour) and a refresh token (30 days).
Wrong e-mail and wrong password both yield the same 401 after the same work. Attempts are rate limited per
client address and per account (429, decision 22).

 * @summary Log in with e-mail and password
 */
export type loginResponse200 = {
  data: LoginResponse
  status: 200
}

export type loginResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type loginResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type loginResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type loginResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type loginResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type loginResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type loginResponseSuccess = (loginResponse200) & {
  headers: Headers;
};
export type loginResponseError = (loginResponse400 | loginResponse401 | loginResponse413 | loginResponse415 | loginResponse429 | loginResponse500) & {
  headers: Headers;
};

export type loginResponse = (loginResponseSuccess | loginResponseError)

export const getLoginUrl = () => {


  

  return `/auth/login`
}

export const login = async (loginRequest: LoginRequest, options?: RequestInit): Promise<loginResponse> => {
  
  return apiFetch<loginResponse>(getLoginUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      loginRequest,)
  }
);}




export const getLoginMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof login>>, TError,{data: LoginRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof login>>, TError,{data: LoginRequest}, TContext> => {

const mutationKey = ['login'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof login>>, {data: LoginRequest}> = (props) => {
          const {data} = props ?? {};

          return  login(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type LoginMutationResult = NonNullable<Awaited<ReturnType<typeof login>>>
    export type LoginMutationBody = LoginRequest
    export type LoginMutationError = BadRequestResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Log in with e-mail and password
 */
export const useLogin = <TError = BadRequestResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof login>>, TError,{data: LoginRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof login>>,
        TError,
        {data: LoginRequest},
        TContext
      > => {

      const mutationOptions = getLoginMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Issues a new access token. The refresh token is not rotated: it stays valid until it expires (30 days after
login) or until `POST /auth/logout`.

 * @summary Get a new access token from a refresh token
 */
export type refreshTokenResponse200 = {
  data: RefreshResponse
  status: 200
}

export type refreshTokenResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type refreshTokenResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type refreshTokenResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type refreshTokenResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type refreshTokenResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type refreshTokenResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type refreshTokenResponseSuccess = (refreshTokenResponse200) & {
  headers: Headers;
};
export type refreshTokenResponseError = (refreshTokenResponse400 | refreshTokenResponse401 | refreshTokenResponse413 | refreshTokenResponse415 | refreshTokenResponse429 | refreshTokenResponse500) & {
  headers: Headers;
};

export type refreshTokenResponse = (refreshTokenResponseSuccess | refreshTokenResponseError)

export const getRefreshTokenUrl = () => {


  

  return `/auth/refresh`
}

export const refreshToken = async (refreshRequest: RefreshRequest, options?: RequestInit): Promise<refreshTokenResponse> => {
  
  return apiFetch<refreshTokenResponse>(getRefreshTokenUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      refreshRequest,)
  }
);}




export const getRefreshTokenMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof refreshToken>>, TError,{data: RefreshRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof refreshToken>>, TError,{data: RefreshRequest}, TContext> => {

const mutationKey = ['refreshToken'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof refreshToken>>, {data: RefreshRequest}> = (props) => {
          const {data} = props ?? {};

          return  refreshToken(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type RefreshTokenMutationResult = NonNullable<Awaited<ReturnType<typeof refreshToken>>>
    export type RefreshTokenMutationBody = RefreshRequest
    export type RefreshTokenMutationError = BadRequestResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Get a new access token from a refresh token
 */
export const useRefreshToken = <TError = BadRequestResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof refreshToken>>, TError,{data: RefreshRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof refreshToken>>,
        TError,
        {data: RefreshRequest},
        TContext
      > => {

      const mutationOptions = getRefreshTokenMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Revokes the session of the presented access token: that access token and the refresh token issued with it
stop working immediately (later use yields 401). No request body.

 * @summary Log out and invalidate tokens
 */
export type logoutResponse200 = {
  data: MessageResponse
  status: 200
}

export type logoutResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type logoutResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type logoutResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type logoutResponseSuccess = (logoutResponse200) & {
  headers: Headers;
};
export type logoutResponseError = (logoutResponse401 | logoutResponse429 | logoutResponse500) & {
  headers: Headers;
};

export type logoutResponse = (logoutResponseSuccess | logoutResponseError)

export const getLogoutUrl = () => {


  

  return `/auth/logout`
}

export const logout = async ( options?: RequestInit): Promise<logoutResponse> => {
  
  return apiFetch<logoutResponse>(getLogoutUrl(),
  {      
    ...options,
    method: 'POST'
    
    
  }
);}




export const getLogoutMutationOptions = <TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof logout>>, TError,void, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof logout>>, TError,void, TContext> => {

const mutationKey = ['logout'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof logout>>, void> = () => {
          

          return  logout(requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type LogoutMutationResult = NonNullable<Awaited<ReturnType<typeof logout>>>
    
    export type LogoutMutationError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Log out and invalidate tokens
 */
export const useLogout = <TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof logout>>, TError,void, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof logout>>,
        TError,
        void,
        TContext
      > => {

      const mutationOptions = getLogoutMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * @summary Get the current user's profile
 */
export type getCurrentUserResponse200 = {
  data: User
  status: 200
}

export type getCurrentUserResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getCurrentUserResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type getCurrentUserResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getCurrentUserResponseSuccess = (getCurrentUserResponse200) & {
  headers: Headers;
};
export type getCurrentUserResponseError = (getCurrentUserResponse401 | getCurrentUserResponse429 | getCurrentUserResponse500) & {
  headers: Headers;
};

export type getCurrentUserResponse = (getCurrentUserResponseSuccess | getCurrentUserResponseError)

export const getGetCurrentUserUrl = () => {


  

  return `/users/me`
}

export const getCurrentUser = async ( options?: RequestInit): Promise<getCurrentUserResponse> => {
  
  return apiFetch<getCurrentUserResponse>(getGetCurrentUserUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetCurrentUserQueryKey = () => {
    return [`/users/me`] as const;
    }

    
export const getGetCurrentUserQueryOptions = <TData = Awaited<ReturnType<typeof getCurrentUser>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getCurrentUser>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetCurrentUserQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getCurrentUser>>> = ({ signal }) => getCurrentUser({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getCurrentUser>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetCurrentUserQueryResult = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>
export type GetCurrentUserQueryError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse


export function useGetCurrentUser<TData = Awaited<ReturnType<typeof getCurrentUser>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getCurrentUser>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getCurrentUser>>,
          TError,
          Awaited<ReturnType<typeof getCurrentUser>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetCurrentUser<TData = Awaited<ReturnType<typeof getCurrentUser>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getCurrentUser>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getCurrentUser>>,
          TError,
          Awaited<ReturnType<typeof getCurrentUser>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetCurrentUser<TData = Awaited<ReturnType<typeof getCurrentUser>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getCurrentUser>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get the current user's profile
 */

export function useGetCurrentUser<TData = Awaited<ReturnType<typeof getCurrentUser>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getCurrentUser>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetCurrentUserQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Changes the caller's first and/or last name and returns the whole updated profile.
 * @summary Update the current user's profile
 */
export type updateCurrentUserResponse200 = {
  data: User
  status: 200
}

export type updateCurrentUserResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type updateCurrentUserResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type updateCurrentUserResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type updateCurrentUserResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type updateCurrentUserResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type updateCurrentUserResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type updateCurrentUserResponseSuccess = (updateCurrentUserResponse200) & {
  headers: Headers;
};
export type updateCurrentUserResponseError = (updateCurrentUserResponse400 | updateCurrentUserResponse401 | updateCurrentUserResponse413 | updateCurrentUserResponse415 | updateCurrentUserResponse429 | updateCurrentUserResponse500) & {
  headers: Headers;
};

export type updateCurrentUserResponse = (updateCurrentUserResponseSuccess | updateCurrentUserResponseError)

export const getUpdateCurrentUserUrl = () => {


  

  return `/users/me`
}

export const updateCurrentUser = async (updateUserRequest: UpdateUserRequest, options?: RequestInit): Promise<updateCurrentUserResponse> => {
  
  return apiFetch<updateCurrentUserResponse>(getUpdateCurrentUserUrl(),
  {      
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      updateUserRequest,)
  }
);}




export const getUpdateCurrentUserMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof updateCurrentUser>>, TError,{data: UpdateUserRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof updateCurrentUser>>, TError,{data: UpdateUserRequest}, TContext> => {

const mutationKey = ['updateCurrentUser'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof updateCurrentUser>>, {data: UpdateUserRequest}> = (props) => {
          const {data} = props ?? {};

          return  updateCurrentUser(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type UpdateCurrentUserMutationResult = NonNullable<Awaited<ReturnType<typeof updateCurrentUser>>>
    export type UpdateCurrentUserMutationBody = UpdateUserRequest
    export type UpdateCurrentUserMutationError = BadRequestResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Update the current user's profile
 */
export const useUpdateCurrentUser = <TError = BadRequestResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof updateCurrentUser>>, TError,{data: UpdateUserRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof updateCurrentUser>>,
        TError,
        {data: UpdateUserRequest},
        TContext
      > => {

      const mutationOptions = getUpdateCurrentUserMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * All organizations the caller is a member of, with the caller's role in each, ordered by name. Not paginated.
 * @summary List the caller's organizations
 */
export type listOrganizationsResponse200 = {
  data: OrganizationListResponse
  status: 200
}

export type listOrganizationsResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type listOrganizationsResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type listOrganizationsResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type listOrganizationsResponseSuccess = (listOrganizationsResponse200) & {
  headers: Headers;
};
export type listOrganizationsResponseError = (listOrganizationsResponse401 | listOrganizationsResponse429 | listOrganizationsResponse500) & {
  headers: Headers;
};

export type listOrganizationsResponse = (listOrganizationsResponseSuccess | listOrganizationsResponseError)

export const getListOrganizationsUrl = () => {


  

  return `/organizations`
}

export const listOrganizations = async ( options?: RequestInit): Promise<listOrganizationsResponse> => {
  
  return apiFetch<listOrganizationsResponse>(getListOrganizationsUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getListOrganizationsQueryKey = () => {
    return [`/organizations`] as const;
    }

    
export const getListOrganizationsQueryOptions = <TData = Awaited<ReturnType<typeof listOrganizations>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listOrganizations>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getListOrganizationsQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof listOrganizations>>> = ({ signal }) => listOrganizations({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof listOrganizations>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type ListOrganizationsQueryResult = NonNullable<Awaited<ReturnType<typeof listOrganizations>>>
export type ListOrganizationsQueryError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse


export function useListOrganizations<TData = Awaited<ReturnType<typeof listOrganizations>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof listOrganizations>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof listOrganizations>>,
          TError,
          Awaited<ReturnType<typeof listOrganizations>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListOrganizations<TData = Awaited<ReturnType<typeof listOrganizations>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listOrganizations>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof listOrganizations>>,
          TError,
          Awaited<ReturnType<typeof listOrganizations>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListOrganizations<TData = Awaited<ReturnType<typeof listOrganizations>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listOrganizations>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary List the caller's organizations
 */

export function useListOrganizations<TData = Awaited<ReturnType<typeof listOrganizations>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listOrganizations>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getListOrganizationsQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Creates an organization; the caller becomes its `owner`. Slugs are unique platform-wide.
 * @summary Create an organization
 */
export type createOrganizationResponse201 = {
  data: Organization
  status: 201
}

export type createOrganizationResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type createOrganizationResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type createOrganizationResponse409 = {
  data: ConflictResponse
  status: 409
}

export type createOrganizationResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type createOrganizationResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type createOrganizationResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type createOrganizationResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type createOrganizationResponseSuccess = (createOrganizationResponse201) & {
  headers: Headers;
};
export type createOrganizationResponseError = (createOrganizationResponse400 | createOrganizationResponse401 | createOrganizationResponse409 | createOrganizationResponse413 | createOrganizationResponse415 | createOrganizationResponse429 | createOrganizationResponse500) & {
  headers: Headers;
};

export type createOrganizationResponse = (createOrganizationResponseSuccess | createOrganizationResponseError)

export const getCreateOrganizationUrl = () => {


  

  return `/organizations`
}

export const createOrganization = async (createOrganizationRequest: CreateOrganizationRequest, options?: RequestInit): Promise<createOrganizationResponse> => {
  
  return apiFetch<createOrganizationResponse>(getCreateOrganizationUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      createOrganizationRequest,)
  }
);}




export const getCreateOrganizationMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ConflictResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createOrganization>>, TError,{data: CreateOrganizationRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createOrganization>>, TError,{data: CreateOrganizationRequest}, TContext> => {

const mutationKey = ['createOrganization'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createOrganization>>, {data: CreateOrganizationRequest}> = (props) => {
          const {data} = props ?? {};

          return  createOrganization(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateOrganizationMutationResult = NonNullable<Awaited<ReturnType<typeof createOrganization>>>
    export type CreateOrganizationMutationBody = CreateOrganizationRequest
    export type CreateOrganizationMutationError = BadRequestResponse | UnauthorizedResponse | ConflictResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Create an organization
 */
export const useCreateOrganization = <TError = BadRequestResponse | UnauthorizedResponse | ConflictResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createOrganization>>, TError,{data: CreateOrganizationRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createOrganization>>,
        TError,
        {data: CreateOrganizationRequest},
        TContext
      > => {

      const mutationOptions = getCreateOrganizationMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Any member may read the organization. Organizations the caller is not a member of yield 404.
 * @summary Get an organization with its members
 */
export type getOrganizationResponse200 = {
  data: OrganizationDetail
  status: 200
}

export type getOrganizationResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type getOrganizationResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getOrganizationResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type getOrganizationResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type getOrganizationResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getOrganizationResponseSuccess = (getOrganizationResponse200) & {
  headers: Headers;
};
export type getOrganizationResponseError = (getOrganizationResponse400 | getOrganizationResponse401 | getOrganizationResponse404 | getOrganizationResponse429 | getOrganizationResponse500) & {
  headers: Headers;
};

export type getOrganizationResponse = (getOrganizationResponseSuccess | getOrganizationResponseError)

export const getGetOrganizationUrl = (id: string,) => {


  

  return `/organizations/${id}`
}

export const getOrganization = async (id: string, options?: RequestInit): Promise<getOrganizationResponse> => {
  
  return apiFetch<getOrganizationResponse>(getGetOrganizationUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetOrganizationQueryKey = (id?: string,) => {
    return [`/organizations/${id}`] as const;
    }

    
export const getGetOrganizationQueryOptions = <TData = Awaited<ReturnType<typeof getOrganization>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getOrganization>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetOrganizationQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getOrganization>>> = ({ signal }) => getOrganization(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getOrganization>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetOrganizationQueryResult = NonNullable<Awaited<ReturnType<typeof getOrganization>>>
export type GetOrganizationQueryError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse


export function useGetOrganization<TData = Awaited<ReturnType<typeof getOrganization>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getOrganization>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getOrganization>>,
          TError,
          Awaited<ReturnType<typeof getOrganization>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetOrganization<TData = Awaited<ReturnType<typeof getOrganization>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getOrganization>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getOrganization>>,
          TError,
          Awaited<ReturnType<typeof getOrganization>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetOrganization<TData = Awaited<ReturnType<typeof getOrganization>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getOrganization>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get an organization with its members
 */

export function useGetOrganization<TData = Awaited<ReturnType<typeof getOrganization>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getOrganization>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetOrganizationQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Agents visible to the caller: those they own and those of organizations they are a member of,
newest first (`created_at` descending). All filters are optional and combine with AND.

 * @summary List the caller's agents
 */
export type listAgentsResponse200 = {
  data: AgentListResponse
  status: 200
}

export type listAgentsResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type listAgentsResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type listAgentsResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type listAgentsResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type listAgentsResponseSuccess = (listAgentsResponse200) & {
  headers: Headers;
};
export type listAgentsResponseError = (listAgentsResponse400 | listAgentsResponse401 | listAgentsResponse429 | listAgentsResponse500) & {
  headers: Headers;
};

export type listAgentsResponse = (listAgentsResponseSuccess | listAgentsResponseError)

export const getListAgentsUrl = (params?: ListAgentsParams,) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString())
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/agents?${stringifiedParams}` : `/agents`
}

export const listAgents = async (params?: ListAgentsParams, options?: RequestInit): Promise<listAgentsResponse> => {
  
  return apiFetch<listAgentsResponse>(getListAgentsUrl(params),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getListAgentsQueryKey = (params?: ListAgentsParams,) => {
    return [`/agents`, ...(params ? [params]: [])] as const;
    }

    
export const getListAgentsQueryOptions = <TData = Awaited<ReturnType<typeof listAgents>>, TError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(params?: ListAgentsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listAgents>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getListAgentsQueryKey(params);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof listAgents>>> = ({ signal }) => listAgents(params, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof listAgents>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type ListAgentsQueryResult = NonNullable<Awaited<ReturnType<typeof listAgents>>>
export type ListAgentsQueryError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse


export function useListAgents<TData = Awaited<ReturnType<typeof listAgents>>, TError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
 params: undefined |  ListAgentsParams, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof listAgents>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof listAgents>>,
          TError,
          Awaited<ReturnType<typeof listAgents>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListAgents<TData = Awaited<ReturnType<typeof listAgents>>, TError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
 params?: ListAgentsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listAgents>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof listAgents>>,
          TError,
          Awaited<ReturnType<typeof listAgents>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListAgents<TData = Awaited<ReturnType<typeof listAgents>>, TError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
 params?: ListAgentsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listAgents>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary List the caller's agents
 */

export function useListAgents<TData = Awaited<ReturnType<typeof listAgents>>, TError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
 params?: ListAgentsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listAgents>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getListAgentsQueryOptions(params,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Creates an agent in status `draft` at version `1.0.0`, owned by the caller or by one of their organizations
(`owner_type: organization` + `owner_id`; needs role `owner`, `admin` or `member`). `resource_limits` default
to the owner's subscription tier allowance.

 * @summary Create an agent
 */
export type createAgentResponse201 = {
  data: Agent
  status: 201
}

export type createAgentResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type createAgentResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type createAgentResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type createAgentResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type createAgentResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type createAgentResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type createAgentResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type createAgentResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type createAgentResponseSuccess = (createAgentResponse201) & {
  headers: Headers;
};
export type createAgentResponseError = (createAgentResponse400 | createAgentResponse401 | createAgentResponse403 | createAgentResponse404 | createAgentResponse413 | createAgentResponse415 | createAgentResponse429 | createAgentResponse500) & {
  headers: Headers;
};

export type createAgentResponse = (createAgentResponseSuccess | createAgentResponseError)

export const getCreateAgentUrl = () => {


  

  return `/agents`
}

export const createAgent = async (createAgentRequest: CreateAgentRequest, options?: RequestInit): Promise<createAgentResponse> => {
  
  return apiFetch<createAgentResponse>(getCreateAgentUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      createAgentRequest,)
  }
);}




export const getCreateAgentMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createAgent>>, TError,{data: CreateAgentRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createAgent>>, TError,{data: CreateAgentRequest}, TContext> => {

const mutationKey = ['createAgent'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createAgent>>, {data: CreateAgentRequest}> = (props) => {
          const {data} = props ?? {};

          return  createAgent(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateAgentMutationResult = NonNullable<Awaited<ReturnType<typeof createAgent>>>
    export type CreateAgentMutationBody = CreateAgentRequest
    export type CreateAgentMutationError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Create an agent
 */
export const useCreateAgent = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createAgent>>, TError,{data: CreateAgentRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createAgent>>,
        TError,
        {data: CreateAgentRequest},
        TContext
      > => {

      const mutationOptions = getCreateAgentMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Any user who can see the agent (its owner, or any member of its owning organization) may read it.
 * @summary Get an agent
 */
export type getAgentResponse200 = {
  data: Agent
  status: 200
}

export type getAgentResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type getAgentResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getAgentResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type getAgentResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type getAgentResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getAgentResponseSuccess = (getAgentResponse200) & {
  headers: Headers;
};
export type getAgentResponseError = (getAgentResponse400 | getAgentResponse401 | getAgentResponse404 | getAgentResponse429 | getAgentResponse500) & {
  headers: Headers;
};

export type getAgentResponse = (getAgentResponseSuccess | getAgentResponseError)

export const getGetAgentUrl = (id: string,) => {


  

  return `/agents/${id}`
}

export const getAgent = async (id: string, options?: RequestInit): Promise<getAgentResponse> => {
  
  return apiFetch<getAgentResponse>(getGetAgentUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetAgentQueryKey = (id?: string,) => {
    return [`/agents/${id}`] as const;
    }

    
export const getGetAgentQueryOptions = <TData = Awaited<ReturnType<typeof getAgent>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgent>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetAgentQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getAgent>>> = ({ signal }) => getAgent(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getAgent>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetAgentQueryResult = NonNullable<Awaited<ReturnType<typeof getAgent>>>
export type GetAgentQueryError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse


export function useGetAgent<TData = Awaited<ReturnType<typeof getAgent>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgent>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getAgent>>,
          TError,
          Awaited<ReturnType<typeof getAgent>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetAgent<TData = Awaited<ReturnType<typeof getAgent>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgent>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getAgent>>,
          TError,
          Awaited<ReturnType<typeof getAgent>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetAgent<TData = Awaited<ReturnType<typeof getAgent>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgent>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get an agent
 */

export function useGetAgent<TData = Awaited<ReturnType<typeof getAgent>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgent>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetAgentQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Partially updates name, description and/or resource limits and returns the whole agent; its minor version is bumped.
New resource limits take effect at the next deployment. Organization agents need role `owner`, `admin` or `member`.

 * @summary Update an agent
 */
export type updateAgentResponse200 = {
  data: Agent
  status: 200
}

export type updateAgentResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type updateAgentResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type updateAgentResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type updateAgentResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type updateAgentResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type updateAgentResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type updateAgentResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type updateAgentResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type updateAgentResponseSuccess = (updateAgentResponse200) & {
  headers: Headers;
};
export type updateAgentResponseError = (updateAgentResponse400 | updateAgentResponse401 | updateAgentResponse403 | updateAgentResponse404 | updateAgentResponse413 | updateAgentResponse415 | updateAgentResponse429 | updateAgentResponse500) & {
  headers: Headers;
};

export type updateAgentResponse = (updateAgentResponseSuccess | updateAgentResponseError)

export const getUpdateAgentUrl = (id: string,) => {


  

  return `/agents/${id}`
}

export const updateAgent = async (id: string,
    updateAgentRequest: UpdateAgentRequest, options?: RequestInit): Promise<updateAgentResponse> => {
  
  return apiFetch<updateAgentResponse>(getUpdateAgentUrl(id),
  {      
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      updateAgentRequest,)
  }
);}




export const getUpdateAgentMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof updateAgent>>, TError,{id: string;data: UpdateAgentRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof updateAgent>>, TError,{id: string;data: UpdateAgentRequest}, TContext> => {

const mutationKey = ['updateAgent'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof updateAgent>>, {id: string;data: UpdateAgentRequest}> = (props) => {
          const {id,data} = props ?? {};

          return  updateAgent(id,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type UpdateAgentMutationResult = NonNullable<Awaited<ReturnType<typeof updateAgent>>>
    export type UpdateAgentMutationBody = UpdateAgentRequest
    export type UpdateAgentMutationError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Update an agent
 */
export const useUpdateAgent = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof updateAgent>>, TError,{id: string;data: UpdateAgentRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof updateAgent>>,
        TError,
        {id: string;data: UpdateAgentRequest},
        TContext
      > => {

      const mutationOptions = getUpdateAgentMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Deletes the agent with its workflows and execution history. A deployed (`active`) or marketplace-published
agent must be undeployed / unpublished first (409). Organization agents need role `owner` or `admin`. The
container an agent in `error` still has is stopped (decision 39).

 * @summary Delete an agent
 */
export type deleteAgentResponse200 = {
  data: MessageResponse
  status: 200
}

export type deleteAgentResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type deleteAgentResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type deleteAgentResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type deleteAgentResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type deleteAgentResponse409 = {
  data: ConflictResponse
  status: 409
}

export type deleteAgentResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type deleteAgentResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type deleteAgentResponseSuccess = (deleteAgentResponse200) & {
  headers: Headers;
};
export type deleteAgentResponseError = (deleteAgentResponse400 | deleteAgentResponse401 | deleteAgentResponse403 | deleteAgentResponse404 | deleteAgentResponse409 | deleteAgentResponse429 | deleteAgentResponse500) & {
  headers: Headers;
};

export type deleteAgentResponse = (deleteAgentResponseSuccess | deleteAgentResponseError)

export const getDeleteAgentUrl = (id: string,) => {


  

  return `/agents/${id}`
}

export const deleteAgent = async (id: string, options?: RequestInit): Promise<deleteAgentResponse> => {
  
  return apiFetch<deleteAgentResponse>(getDeleteAgentUrl(id),
  {      
    ...options,
    method: 'DELETE'
    
    
  }
);}




export const getDeleteAgentMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof deleteAgent>>, TError,{id: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof deleteAgent>>, TError,{id: string}, TContext> => {

const mutationKey = ['deleteAgent'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof deleteAgent>>, {id: string}> = (props) => {
          const {id} = props ?? {};

          return  deleteAgent(id,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type DeleteAgentMutationResult = NonNullable<Awaited<ReturnType<typeof deleteAgent>>>
    
    export type DeleteAgentMutationError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Delete an agent
 */
export const useDeleteAgent = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof deleteAgent>>, TError,{id: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof deleteAgent>>,
        TError,
        {id: string},
        TContext
      > => {

      const mutationOptions = getDeleteAgentMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Creates and starts the agent's container with its active workflows and returns when the agent is running;
the agent becomes `active`. Allowed from `draft`, `inactive` and `error`; needs at least one active workflow.
No request body. If the container cannot be started the agent goes to status `error`. From `error`, the
container the agent kept is replaced and stopped, and its pending executions run on the new one (decision 40).
Organization agents need role `owner`, `admin` or `member`.

 * @summary Deploy an agent
 */
export type deployAgentResponse200 = {
  data: DeployAgentResponse
  status: 200
}

export type deployAgentResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type deployAgentResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type deployAgentResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type deployAgentResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type deployAgentResponse409 = {
  data: ConflictResponse
  status: 409
}

export type deployAgentResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type deployAgentResponse500 = {
  data: InternalErrorResponse
  status: 500
}

export type deployAgentResponse503 = {
  data: ServiceUnavailableResponse
  status: 503
}
    
export type deployAgentResponseSuccess = (deployAgentResponse200) & {
  headers: Headers;
};
export type deployAgentResponseError = (deployAgentResponse400 | deployAgentResponse401 | deployAgentResponse403 | deployAgentResponse404 | deployAgentResponse409 | deployAgentResponse429 | deployAgentResponse500 | deployAgentResponse503) & {
  headers: Headers;
};

export type deployAgentResponse = (deployAgentResponseSuccess | deployAgentResponseError)

export const getDeployAgentUrl = (id: string,) => {


  

  return `/agents/${id}/deploy`
}

export const deployAgent = async (id: string, options?: RequestInit): Promise<deployAgentResponse> => {
  
  return apiFetch<deployAgentResponse>(getDeployAgentUrl(id),
  {      
    ...options,
    method: 'POST'
    
    
  }
);}




export const getDeployAgentMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof deployAgent>>, TError,{id: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof deployAgent>>, TError,{id: string}, TContext> => {

const mutationKey = ['deployAgent'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof deployAgent>>, {id: string}> = (props) => {
          const {id} = props ?? {};

          return  deployAgent(id,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type DeployAgentMutationResult = NonNullable<Awaited<ReturnType<typeof deployAgent>>>
    
    export type DeployAgentMutationError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse

    /**
 * @summary Deploy an agent
 */
export const useDeployAgent = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof deployAgent>>, TError,{id: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof deployAgent>>,
        TError,
        {id: string},
        TContext
      > => {

      const mutationOptions = getDeployAgentMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Stops and removes the agent's container; the agent becomes `inactive` and its `container_id` `null`.
Pending and running executions of the agent are cancelled. Allowed from `active` and `error`. No request body.
Organization agents need role `owner`, `admin` or `member`.

 * @summary Undeploy an agent
 */
export type undeployAgentResponse200 = {
  data: UndeployAgentResponse
  status: 200
}

export type undeployAgentResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type undeployAgentResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type undeployAgentResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type undeployAgentResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type undeployAgentResponse409 = {
  data: ConflictResponse
  status: 409
}

export type undeployAgentResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type undeployAgentResponse500 = {
  data: InternalErrorResponse
  status: 500
}

export type undeployAgentResponse503 = {
  data: ServiceUnavailableResponse
  status: 503
}
    
export type undeployAgentResponseSuccess = (undeployAgentResponse200) & {
  headers: Headers;
};
export type undeployAgentResponseError = (undeployAgentResponse400 | undeployAgentResponse401 | undeployAgentResponse403 | undeployAgentResponse404 | undeployAgentResponse409 | undeployAgentResponse429 | undeployAgentResponse500 | undeployAgentResponse503) & {
  headers: Headers;
};

export type undeployAgentResponse = (undeployAgentResponseSuccess | undeployAgentResponseError)

export const getUndeployAgentUrl = (id: string,) => {


  

  return `/agents/${id}/undeploy`
}

export const undeployAgent = async (id: string, options?: RequestInit): Promise<undeployAgentResponse> => {
  
  return apiFetch<undeployAgentResponse>(getUndeployAgentUrl(id),
  {      
    ...options,
    method: 'POST'
    
    
  }
);}




export const getUndeployAgentMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof undeployAgent>>, TError,{id: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof undeployAgent>>, TError,{id: string}, TContext> => {

const mutationKey = ['undeployAgent'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof undeployAgent>>, {id: string}> = (props) => {
          const {id} = props ?? {};

          return  undeployAgent(id,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type UndeployAgentMutationResult = NonNullable<Awaited<ReturnType<typeof undeployAgent>>>
    
    export type UndeployAgentMutationError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse

    /**
 * @summary Undeploy an agent
 */
export const useUndeployAgent = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof undeployAgent>>, TError,{id: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof undeployAgent>>,
        TError,
        {id: string},
        TContext
      > => {

      const mutationOptions = getUndeployAgentMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * All workflows of the agent without their graphs, newest first. Not paginated.
 * @summary List an agent's workflows
 */
export type listAgentWorkflowsResponse200 = {
  data: WorkflowListResponse
  status: 200
}

export type listAgentWorkflowsResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type listAgentWorkflowsResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type listAgentWorkflowsResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type listAgentWorkflowsResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type listAgentWorkflowsResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type listAgentWorkflowsResponseSuccess = (listAgentWorkflowsResponse200) & {
  headers: Headers;
};
export type listAgentWorkflowsResponseError = (listAgentWorkflowsResponse400 | listAgentWorkflowsResponse401 | listAgentWorkflowsResponse404 | listAgentWorkflowsResponse429 | listAgentWorkflowsResponse500) & {
  headers: Headers;
};

export type listAgentWorkflowsResponse = (listAgentWorkflowsResponseSuccess | listAgentWorkflowsResponseError)

export const getListAgentWorkflowsUrl = (agentId: string,) => {


  

  return `/agents/${agentId}/workflows`
}

export const listAgentWorkflows = async (agentId: string, options?: RequestInit): Promise<listAgentWorkflowsResponse> => {
  
  return apiFetch<listAgentWorkflowsResponse>(getListAgentWorkflowsUrl(agentId),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getListAgentWorkflowsQueryKey = (agentId?: string,) => {
    return [`/agents/${agentId}/workflows`] as const;
    }

    
export const getListAgentWorkflowsQueryOptions = <TData = Awaited<ReturnType<typeof listAgentWorkflows>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(agentId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listAgentWorkflows>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getListAgentWorkflowsQueryKey(agentId);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof listAgentWorkflows>>> = ({ signal }) => listAgentWorkflows(agentId, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(agentId), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof listAgentWorkflows>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type ListAgentWorkflowsQueryResult = NonNullable<Awaited<ReturnType<typeof listAgentWorkflows>>>
export type ListAgentWorkflowsQueryError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse


export function useListAgentWorkflows<TData = Awaited<ReturnType<typeof listAgentWorkflows>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 agentId: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof listAgentWorkflows>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof listAgentWorkflows>>,
          TError,
          Awaited<ReturnType<typeof listAgentWorkflows>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListAgentWorkflows<TData = Awaited<ReturnType<typeof listAgentWorkflows>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 agentId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listAgentWorkflows>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof listAgentWorkflows>>,
          TError,
          Awaited<ReturnType<typeof listAgentWorkflows>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListAgentWorkflows<TData = Awaited<ReturnType<typeof listAgentWorkflows>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 agentId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listAgentWorkflows>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary List an agent's workflows
 */

export function useListAgentWorkflows<TData = Awaited<ReturnType<typeof listAgentWorkflows>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 agentId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listAgentWorkflows>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getListAgentWorkflowsQueryOptions(agentId,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Creates a workflow at version `1.0.0`. `framework` defaults to the agent's framework; a different framework is
rejected with 400. Organization agents need role `owner`, `admin` or `member`.

 * @summary Create a workflow for an agent
 */
export type createWorkflowResponse201 = {
  data: Workflow
  status: 201
}

export type createWorkflowResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type createWorkflowResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type createWorkflowResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type createWorkflowResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type createWorkflowResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type createWorkflowResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type createWorkflowResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type createWorkflowResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type createWorkflowResponseSuccess = (createWorkflowResponse201) & {
  headers: Headers;
};
export type createWorkflowResponseError = (createWorkflowResponse400 | createWorkflowResponse401 | createWorkflowResponse403 | createWorkflowResponse404 | createWorkflowResponse413 | createWorkflowResponse415 | createWorkflowResponse429 | createWorkflowResponse500) & {
  headers: Headers;
};

export type createWorkflowResponse = (createWorkflowResponseSuccess | createWorkflowResponseError)

export const getCreateWorkflowUrl = (agentId: string,) => {


  

  return `/agents/${agentId}/workflows`
}

export const createWorkflow = async (agentId: string,
    createWorkflowRequest: CreateWorkflowRequest, options?: RequestInit): Promise<createWorkflowResponse> => {
  
  return apiFetch<createWorkflowResponse>(getCreateWorkflowUrl(agentId),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      createWorkflowRequest,)
  }
);}




export const getCreateWorkflowMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createWorkflow>>, TError,{agentId: string;data: CreateWorkflowRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createWorkflow>>, TError,{agentId: string;data: CreateWorkflowRequest}, TContext> => {

const mutationKey = ['createWorkflow'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createWorkflow>>, {agentId: string;data: CreateWorkflowRequest}> = (props) => {
          const {agentId,data} = props ?? {};

          return  createWorkflow(agentId,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateWorkflowMutationResult = NonNullable<Awaited<ReturnType<typeof createWorkflow>>>
    export type CreateWorkflowMutationBody = CreateWorkflowRequest
    export type CreateWorkflowMutationError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Create a workflow for an agent
 */
export const useCreateWorkflow = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createWorkflow>>, TError,{agentId: string;data: CreateWorkflowRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createWorkflow>>,
        TError,
        {agentId: string;data: CreateWorkflowRequest},
        TContext
      > => {

      const mutationOptions = getCreateWorkflowMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * @summary Get a workflow
 */
export type getWorkflowResponse200 = {
  data: Workflow
  status: 200
}

export type getWorkflowResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type getWorkflowResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getWorkflowResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type getWorkflowResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type getWorkflowResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getWorkflowResponseSuccess = (getWorkflowResponse200) & {
  headers: Headers;
};
export type getWorkflowResponseError = (getWorkflowResponse400 | getWorkflowResponse401 | getWorkflowResponse404 | getWorkflowResponse429 | getWorkflowResponse500) & {
  headers: Headers;
};

export type getWorkflowResponse = (getWorkflowResponseSuccess | getWorkflowResponseError)

export const getGetWorkflowUrl = (id: string,) => {


  

  return `/workflows/${id}`
}

export const getWorkflow = async (id: string, options?: RequestInit): Promise<getWorkflowResponse> => {
  
  return apiFetch<getWorkflowResponse>(getGetWorkflowUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetWorkflowQueryKey = (id?: string,) => {
    return [`/workflows/${id}`] as const;
    }

    
export const getGetWorkflowQueryOptions = <TData = Awaited<ReturnType<typeof getWorkflow>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetWorkflowQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getWorkflow>>> = ({ signal }) => getWorkflow(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetWorkflowQueryResult = NonNullable<Awaited<ReturnType<typeof getWorkflow>>>
export type GetWorkflowQueryError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse


export function useGetWorkflow<TData = Awaited<ReturnType<typeof getWorkflow>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getWorkflow>>,
          TError,
          Awaited<ReturnType<typeof getWorkflow>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetWorkflow<TData = Awaited<ReturnType<typeof getWorkflow>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getWorkflow>>,
          TError,
          Awaited<ReturnType<typeof getWorkflow>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetWorkflow<TData = Awaited<ReturnType<typeof getWorkflow>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get a workflow
 */

export function useGetWorkflow<TData = Awaited<ReturnType<typeof getWorkflow>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetWorkflowQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Partially updates the workflow (`workflow_data` is replaced as a whole) and bumps its minor version
(`1.0.0` -> `1.1.0`). Returns the whole workflow. A deployed agent picks the new version up at its next
deployment or container restart; executions started later use the new version.
Organization agents need role `owner`, `admin` or `member`.

 * @summary Update a workflow
 */
export type updateWorkflowResponse200 = {
  data: Workflow
  status: 200
}

export type updateWorkflowResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type updateWorkflowResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type updateWorkflowResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type updateWorkflowResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type updateWorkflowResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type updateWorkflowResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type updateWorkflowResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type updateWorkflowResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type updateWorkflowResponseSuccess = (updateWorkflowResponse200) & {
  headers: Headers;
};
export type updateWorkflowResponseError = (updateWorkflowResponse400 | updateWorkflowResponse401 | updateWorkflowResponse403 | updateWorkflowResponse404 | updateWorkflowResponse413 | updateWorkflowResponse415 | updateWorkflowResponse429 | updateWorkflowResponse500) & {
  headers: Headers;
};

export type updateWorkflowResponse = (updateWorkflowResponseSuccess | updateWorkflowResponseError)

export const getUpdateWorkflowUrl = (id: string,) => {


  

  return `/workflows/${id}`
}

export const updateWorkflow = async (id: string,
    updateWorkflowRequest: UpdateWorkflowRequest, options?: RequestInit): Promise<updateWorkflowResponse> => {
  
  return apiFetch<updateWorkflowResponse>(getUpdateWorkflowUrl(id),
  {      
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      updateWorkflowRequest,)
  }
);}




export const getUpdateWorkflowMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof updateWorkflow>>, TError,{id: string;data: UpdateWorkflowRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof updateWorkflow>>, TError,{id: string;data: UpdateWorkflowRequest}, TContext> => {

const mutationKey = ['updateWorkflow'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof updateWorkflow>>, {id: string;data: UpdateWorkflowRequest}> = (props) => {
          const {id,data} = props ?? {};

          return  updateWorkflow(id,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type UpdateWorkflowMutationResult = NonNullable<Awaited<ReturnType<typeof updateWorkflow>>>
    export type UpdateWorkflowMutationBody = UpdateWorkflowRequest
    export type UpdateWorkflowMutationError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Update a workflow
 */
export const useUpdateWorkflow = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof updateWorkflow>>, TError,{id: string;data: UpdateWorkflowRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof updateWorkflow>>,
        TError,
        {id: string;data: UpdateWorkflowRequest},
        TContext
      > => {

      const mutationOptions = getUpdateWorkflowMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Starts an asynchronous execution of the workflow's current version in the agent's container and returns at once
(202). Progress arrives as WebSocket `execution_update` events; the result is read with `GET /executions/{id}`.
The workflow must be active (`is_active: true`) and its agent deployed (`active`). The body may be omitted.
Organization agents need role `owner`, `admin` or `member`.

 * @summary Execute a workflow
 */
export type executeWorkflowResponse202 = {
  data: ExecutionStarted
  status: 202
}

export type executeWorkflowResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type executeWorkflowResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type executeWorkflowResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type executeWorkflowResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type executeWorkflowResponse409 = {
  data: ConflictResponse
  status: 409
}

export type executeWorkflowResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type executeWorkflowResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type executeWorkflowResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type executeWorkflowResponse500 = {
  data: InternalErrorResponse
  status: 500
}

export type executeWorkflowResponse503 = {
  data: ServiceUnavailableResponse
  status: 503
}
    
export type executeWorkflowResponseSuccess = (executeWorkflowResponse202) & {
  headers: Headers;
};
export type executeWorkflowResponseError = (executeWorkflowResponse400 | executeWorkflowResponse401 | executeWorkflowResponse403 | executeWorkflowResponse404 | executeWorkflowResponse409 | executeWorkflowResponse413 | executeWorkflowResponse415 | executeWorkflowResponse429 | executeWorkflowResponse500 | executeWorkflowResponse503) & {
  headers: Headers;
};

export type executeWorkflowResponse = (executeWorkflowResponseSuccess | executeWorkflowResponseError)

export const getExecuteWorkflowUrl = (id: string,) => {


  

  return `/workflows/${id}/execute`
}

export const executeWorkflow = async (id: string,
    executeWorkflowRequest?: ExecuteWorkflowRequest, options?: RequestInit): Promise<executeWorkflowResponse> => {
  
  return apiFetch<executeWorkflowResponse>(getExecuteWorkflowUrl(id),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      executeWorkflowRequest,)
  }
);}




export const getExecuteWorkflowMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof executeWorkflow>>, TError,{id: string;data: ExecuteWorkflowRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof executeWorkflow>>, TError,{id: string;data: ExecuteWorkflowRequest}, TContext> => {

const mutationKey = ['executeWorkflow'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof executeWorkflow>>, {id: string;data: ExecuteWorkflowRequest}> = (props) => {
          const {id,data} = props ?? {};

          return  executeWorkflow(id,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type ExecuteWorkflowMutationResult = NonNullable<Awaited<ReturnType<typeof executeWorkflow>>>
    export type ExecuteWorkflowMutationBody = ExecuteWorkflowRequest
    export type ExecuteWorkflowMutationError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse

    /**
 * @summary Execute a workflow
 */
export const useExecuteWorkflow = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof executeWorkflow>>, TError,{id: string;data: ExecuteWorkflowRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof executeWorkflow>>,
        TError,
        {id: string;data: ExecuteWorkflowRequest},
        TContext
      > => {

      const mutationOptions = getExecuteWorkflowMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Executions of all agents visible to the caller, newest first (`started_at` descending), without
`execution_data`. Filters are optional and combine with AND. `start_date`/`end_date` bound `started_at`
inclusively; a bare date (`2024-12-19`) means the whole UTC day.

 * @summary List executions with filtering
 */
export type listExecutionsResponse200 = {
  data: ExecutionListResponse
  status: 200
}

export type listExecutionsResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type listExecutionsResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type listExecutionsResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type listExecutionsResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type listExecutionsResponseSuccess = (listExecutionsResponse200) & {
  headers: Headers;
};
export type listExecutionsResponseError = (listExecutionsResponse400 | listExecutionsResponse401 | listExecutionsResponse429 | listExecutionsResponse500) & {
  headers: Headers;
};

export type listExecutionsResponse = (listExecutionsResponseSuccess | listExecutionsResponseError)

export const getListExecutionsUrl = (params?: ListExecutionsParams,) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString())
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/executions?${stringifiedParams}` : `/executions`
}

export const listExecutions = async (params?: ListExecutionsParams, options?: RequestInit): Promise<listExecutionsResponse> => {
  
  return apiFetch<listExecutionsResponse>(getListExecutionsUrl(params),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getListExecutionsQueryKey = (params?: ListExecutionsParams,) => {
    return [`/executions`, ...(params ? [params]: [])] as const;
    }

    
export const getListExecutionsQueryOptions = <TData = Awaited<ReturnType<typeof listExecutions>>, TError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(params?: ListExecutionsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listExecutions>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getListExecutionsQueryKey(params);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof listExecutions>>> = ({ signal }) => listExecutions(params, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof listExecutions>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type ListExecutionsQueryResult = NonNullable<Awaited<ReturnType<typeof listExecutions>>>
export type ListExecutionsQueryError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse


export function useListExecutions<TData = Awaited<ReturnType<typeof listExecutions>>, TError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
 params: undefined |  ListExecutionsParams, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof listExecutions>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof listExecutions>>,
          TError,
          Awaited<ReturnType<typeof listExecutions>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListExecutions<TData = Awaited<ReturnType<typeof listExecutions>>, TError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
 params?: ListExecutionsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listExecutions>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof listExecutions>>,
          TError,
          Awaited<ReturnType<typeof listExecutions>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListExecutions<TData = Awaited<ReturnType<typeof listExecutions>>, TError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
 params?: ListExecutionsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listExecutions>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary List executions with filtering
 */

export function useListExecutions<TData = Awaited<ReturnType<typeof listExecutions>>, TError = BadRequestResponse | UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
 params?: ListExecutionsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listExecutions>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getListExecutionsQueryOptions(params,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * @summary Get execution status and results
 */
export type getExecutionResponse200 = {
  data: Execution
  status: 200
}

export type getExecutionResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type getExecutionResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getExecutionResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type getExecutionResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type getExecutionResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getExecutionResponseSuccess = (getExecutionResponse200) & {
  headers: Headers;
};
export type getExecutionResponseError = (getExecutionResponse400 | getExecutionResponse401 | getExecutionResponse404 | getExecutionResponse429 | getExecutionResponse500) & {
  headers: Headers;
};

export type getExecutionResponse = (getExecutionResponseSuccess | getExecutionResponseError)

export const getGetExecutionUrl = (id: string,) => {


  

  return `/executions/${id}`
}

export const getExecution = async (id: string, options?: RequestInit): Promise<getExecutionResponse> => {
  
  return apiFetch<getExecutionResponse>(getGetExecutionUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetExecutionQueryKey = (id?: string,) => {
    return [`/executions/${id}`] as const;
    }

    
export const getGetExecutionQueryOptions = <TData = Awaited<ReturnType<typeof getExecution>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getExecution>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetExecutionQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getExecution>>> = ({ signal }) => getExecution(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getExecution>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetExecutionQueryResult = NonNullable<Awaited<ReturnType<typeof getExecution>>>
export type GetExecutionQueryError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse


export function useGetExecution<TData = Awaited<ReturnType<typeof getExecution>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getExecution>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getExecution>>,
          TError,
          Awaited<ReturnType<typeof getExecution>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetExecution<TData = Awaited<ReturnType<typeof getExecution>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getExecution>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getExecution>>,
          TError,
          Awaited<ReturnType<typeof getExecution>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetExecution<TData = Awaited<ReturnType<typeof getExecution>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getExecution>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get execution status and results
 */

export function useGetExecution<TData = Awaited<ReturnType<typeof getExecution>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getExecution>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetExecutionQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Lists the deployed (`active`) agent on the marketplace. Republishing an unpublished agent reuses its
integration (same `integration_id` and `marketplace_agent_id`) with the new listing data.
Organization agents need role `owner` or `admin`.

 * @summary Publish an agent to the marketplace
 */
export type publishAgentResponse200 = {
  data: PublishAgentResponse
  status: 200
}

export type publishAgentResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type publishAgentResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type publishAgentResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type publishAgentResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type publishAgentResponse409 = {
  data: ConflictResponse
  status: 409
}

export type publishAgentResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type publishAgentResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type publishAgentResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type publishAgentResponse500 = {
  data: InternalErrorResponse
  status: 500
}

export type publishAgentResponse503 = {
  data: ServiceUnavailableResponse
  status: 503
}
    
export type publishAgentResponseSuccess = (publishAgentResponse200) & {
  headers: Headers;
};
export type publishAgentResponseError = (publishAgentResponse400 | publishAgentResponse401 | publishAgentResponse403 | publishAgentResponse404 | publishAgentResponse409 | publishAgentResponse413 | publishAgentResponse415 | publishAgentResponse429 | publishAgentResponse500 | publishAgentResponse503) & {
  headers: Headers;
};

export type publishAgentResponse = (publishAgentResponseSuccess | publishAgentResponseError)

export const getPublishAgentUrl = (id: string,) => {


  

  return `/agents/${id}/publish`
}

export const publishAgent = async (id: string,
    publishAgentRequest: PublishAgentRequest, options?: RequestInit): Promise<publishAgentResponse> => {
  
  return apiFetch<publishAgentResponse>(getPublishAgentUrl(id),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      publishAgentRequest,)
  }
);}




export const getPublishAgentMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof publishAgent>>, TError,{id: string;data: PublishAgentRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof publishAgent>>, TError,{id: string;data: PublishAgentRequest}, TContext> => {

const mutationKey = ['publishAgent'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof publishAgent>>, {id: string;data: PublishAgentRequest}> = (props) => {
          const {id,data} = props ?? {};

          return  publishAgent(id,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type PublishAgentMutationResult = NonNullable<Awaited<ReturnType<typeof publishAgent>>>
    export type PublishAgentMutationBody = PublishAgentRequest
    export type PublishAgentMutationError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse

    /**
 * @summary Publish an agent to the marketplace
 */
export const usePublishAgent = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof publishAgent>>, TError,{id: string;data: PublishAgentRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof publishAgent>>,
        TError,
        {id: string;data: PublishAgentRequest},
        TContext
      > => {

      const mutationOptions = getPublishAgentMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * The agent's marketplace integration, published or unpublished, with usage metrics. Agents that were never
published yield 404.

 * @summary Get the agent's marketplace integration status
 */
export type getAgentMarketplaceIntegrationResponse200 = {
  data: MarketplaceIntegration
  status: 200
}

export type getAgentMarketplaceIntegrationResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type getAgentMarketplaceIntegrationResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getAgentMarketplaceIntegrationResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type getAgentMarketplaceIntegrationResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type getAgentMarketplaceIntegrationResponse500 = {
  data: InternalErrorResponse
  status: 500
}

export type getAgentMarketplaceIntegrationResponse503 = {
  data: ServiceUnavailableResponse
  status: 503
}
    
export type getAgentMarketplaceIntegrationResponseSuccess = (getAgentMarketplaceIntegrationResponse200) & {
  headers: Headers;
};
export type getAgentMarketplaceIntegrationResponseError = (getAgentMarketplaceIntegrationResponse400 | getAgentMarketplaceIntegrationResponse401 | getAgentMarketplaceIntegrationResponse404 | getAgentMarketplaceIntegrationResponse429 | getAgentMarketplaceIntegrationResponse500 | getAgentMarketplaceIntegrationResponse503) & {
  headers: Headers;
};

export type getAgentMarketplaceIntegrationResponse = (getAgentMarketplaceIntegrationResponseSuccess | getAgentMarketplaceIntegrationResponseError)

export const getGetAgentMarketplaceIntegrationUrl = (id: string,) => {


  

  return `/agents/${id}/marketplace`
}

export const getAgentMarketplaceIntegration = async (id: string, options?: RequestInit): Promise<getAgentMarketplaceIntegrationResponse> => {
  
  return apiFetch<getAgentMarketplaceIntegrationResponse>(getGetAgentMarketplaceIntegrationUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetAgentMarketplaceIntegrationQueryKey = (id?: string,) => {
    return [`/agents/${id}/marketplace`] as const;
    }

    
export const getGetAgentMarketplaceIntegrationQueryOptions = <TData = Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetAgentMarketplaceIntegrationQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>> = ({ signal }) => getAgentMarketplaceIntegration(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetAgentMarketplaceIntegrationQueryResult = NonNullable<Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>>
export type GetAgentMarketplaceIntegrationQueryError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse


export function useGetAgentMarketplaceIntegration<TData = Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>,
          TError,
          Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetAgentMarketplaceIntegration<TData = Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>,
          TError,
          Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetAgentMarketplaceIntegration<TData = Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get the agent's marketplace integration status
 */

export function useGetAgentMarketplaceIntegration<TData = Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentMarketplaceIntegration>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetAgentMarketplaceIntegrationQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Removes the listing; the integration is kept with status `unpublished`. No request body. Organization agents need role `owner` or `admin`.
 * @summary Unpublish an agent from the marketplace
 */
export type unpublishAgentResponse200 = {
  data: UnpublishAgentResponse
  status: 200
}

export type unpublishAgentResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type unpublishAgentResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type unpublishAgentResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type unpublishAgentResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type unpublishAgentResponse409 = {
  data: ConflictResponse
  status: 409
}

export type unpublishAgentResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type unpublishAgentResponse500 = {
  data: InternalErrorResponse
  status: 500
}

export type unpublishAgentResponse503 = {
  data: ServiceUnavailableResponse
  status: 503
}
    
export type unpublishAgentResponseSuccess = (unpublishAgentResponse200) & {
  headers: Headers;
};
export type unpublishAgentResponseError = (unpublishAgentResponse400 | unpublishAgentResponse401 | unpublishAgentResponse403 | unpublishAgentResponse404 | unpublishAgentResponse409 | unpublishAgentResponse429 | unpublishAgentResponse500 | unpublishAgentResponse503) & {
  headers: Headers;
};

export type unpublishAgentResponse = (unpublishAgentResponseSuccess | unpublishAgentResponseError)

export const getUnpublishAgentUrl = (id: string,) => {


  

  return `/agents/${id}/unpublish`
}

export const unpublishAgent = async (id: string, options?: RequestInit): Promise<unpublishAgentResponse> => {
  
  return apiFetch<unpublishAgentResponse>(getUnpublishAgentUrl(id),
  {      
    ...options,
    method: 'POST'
    
    
  }
);}




export const getUnpublishAgentMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof unpublishAgent>>, TError,{id: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof unpublishAgent>>, TError,{id: string}, TContext> => {

const mutationKey = ['unpublishAgent'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof unpublishAgent>>, {id: string}> = (props) => {
          const {id} = props ?? {};

          return  unpublishAgent(id,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type UnpublishAgentMutationResult = NonNullable<Awaited<ReturnType<typeof unpublishAgent>>>
    
    export type UnpublishAgentMutationError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse

    /**
 * @summary Unpublish an agent from the marketplace
 */
export const useUnpublishAgent = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof unpublishAgent>>, TError,{id: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof unpublishAgent>>,
        TError,
        {id: string},
        TContext
      > => {

      const mutationOptions = getUnpublishAgentMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * @summary Get the agent's container status
 */
export type getAgentContainerResponse200 = {
  data: ContainerStatus
  status: 200
}

export type getAgentContainerResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type getAgentContainerResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getAgentContainerResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type getAgentContainerResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type getAgentContainerResponse500 = {
  data: InternalErrorResponse
  status: 500
}

export type getAgentContainerResponse503 = {
  data: ServiceUnavailableResponse
  status: 503
}
    
export type getAgentContainerResponseSuccess = (getAgentContainerResponse200) & {
  headers: Headers;
};
export type getAgentContainerResponseError = (getAgentContainerResponse400 | getAgentContainerResponse401 | getAgentContainerResponse404 | getAgentContainerResponse429 | getAgentContainerResponse500 | getAgentContainerResponse503) & {
  headers: Headers;
};

export type getAgentContainerResponse = (getAgentContainerResponseSuccess | getAgentContainerResponseError)

export const getGetAgentContainerUrl = (id: string,) => {


  

  return `/agents/${id}/container`
}

export const getAgentContainer = async (id: string, options?: RequestInit): Promise<getAgentContainerResponse> => {
  
  return apiFetch<getAgentContainerResponse>(getGetAgentContainerUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetAgentContainerQueryKey = (id?: string,) => {
    return [`/agents/${id}/container`] as const;
    }

    
export const getGetAgentContainerQueryOptions = <TData = Awaited<ReturnType<typeof getAgentContainer>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentContainer>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetAgentContainerQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getAgentContainer>>> = ({ signal }) => getAgentContainer(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getAgentContainer>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetAgentContainerQueryResult = NonNullable<Awaited<ReturnType<typeof getAgentContainer>>>
export type GetAgentContainerQueryError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse


export function useGetAgentContainer<TData = Awaited<ReturnType<typeof getAgentContainer>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentContainer>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getAgentContainer>>,
          TError,
          Awaited<ReturnType<typeof getAgentContainer>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetAgentContainer<TData = Awaited<ReturnType<typeof getAgentContainer>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentContainer>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getAgentContainer>>,
          TError,
          Awaited<ReturnType<typeof getAgentContainer>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetAgentContainer<TData = Awaited<ReturnType<typeof getAgentContainer>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentContainer>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get the agent's container status
 */

export function useGetAgentContainer<TData = Awaited<ReturnType<typeof getAgentContainer>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentContainer>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetAgentContainerQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Starts an asynchronous restart and returns at once (202) with status `restarting`; the container returns to
`running` (announced by an `agent_status_update` WebSocket event). Running executions of the agent fail.
No request body. Organization agents need role `owner`, `admin` or `member`.

 * @summary Restart the agent's container
 */
export type restartAgentContainerResponse202 = {
  data: RestartContainerResponse
  status: 202
}

export type restartAgentContainerResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type restartAgentContainerResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type restartAgentContainerResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type restartAgentContainerResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type restartAgentContainerResponse409 = {
  data: ConflictResponse
  status: 409
}

export type restartAgentContainerResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type restartAgentContainerResponse500 = {
  data: InternalErrorResponse
  status: 500
}

export type restartAgentContainerResponse503 = {
  data: ServiceUnavailableResponse
  status: 503
}
    
export type restartAgentContainerResponseSuccess = (restartAgentContainerResponse202) & {
  headers: Headers;
};
export type restartAgentContainerResponseError = (restartAgentContainerResponse400 | restartAgentContainerResponse401 | restartAgentContainerResponse403 | restartAgentContainerResponse404 | restartAgentContainerResponse409 | restartAgentContainerResponse429 | restartAgentContainerResponse500 | restartAgentContainerResponse503) & {
  headers: Headers;
};

export type restartAgentContainerResponse = (restartAgentContainerResponseSuccess | restartAgentContainerResponseError)

export const getRestartAgentContainerUrl = (id: string,) => {


  

  return `/agents/${id}/container/restart`
}

export const restartAgentContainer = async (id: string, options?: RequestInit): Promise<restartAgentContainerResponse> => {
  
  return apiFetch<restartAgentContainerResponse>(getRestartAgentContainerUrl(id),
  {      
    ...options,
    method: 'POST'
    
    
  }
);}




export const getRestartAgentContainerMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof restartAgentContainer>>, TError,{id: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof restartAgentContainer>>, TError,{id: string}, TContext> => {

const mutationKey = ['restartAgentContainer'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof restartAgentContainer>>, {id: string}> = (props) => {
          const {id} = props ?? {};

          return  restartAgentContainer(id,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type RestartAgentContainerMutationResult = NonNullable<Awaited<ReturnType<typeof restartAgentContainer>>>
    
    export type RestartAgentContainerMutationError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse

    /**
 * @summary Restart the agent's container
 */
export const useRestartAgentContainer = <TError = BadRequestResponse | UnauthorizedResponse | ForbiddenResponse | NotFoundResponse | ConflictResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof restartAgentContainer>>, TError,{id: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof restartAgentContainer>>,
        TError,
        {id: string},
        TContext
      > => {

      const mutationOptions = getRestartAgentContainerMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Log entries of the agent's current container, oldest first. `since`/`until` bound the entries' timestamps
inclusively; of the matching entries the last `tail` are returned.

 * @summary Get the agent's container logs
 */
export type getAgentContainerLogsResponse200 = {
  data: ContainerLogsResponse
  status: 200
}

export type getAgentContainerLogsResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type getAgentContainerLogsResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getAgentContainerLogsResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type getAgentContainerLogsResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type getAgentContainerLogsResponse500 = {
  data: InternalErrorResponse
  status: 500
}

export type getAgentContainerLogsResponse503 = {
  data: ServiceUnavailableResponse
  status: 503
}
    
export type getAgentContainerLogsResponseSuccess = (getAgentContainerLogsResponse200) & {
  headers: Headers;
};
export type getAgentContainerLogsResponseError = (getAgentContainerLogsResponse400 | getAgentContainerLogsResponse401 | getAgentContainerLogsResponse404 | getAgentContainerLogsResponse429 | getAgentContainerLogsResponse500 | getAgentContainerLogsResponse503) & {
  headers: Headers;
};

export type getAgentContainerLogsResponse = (getAgentContainerLogsResponseSuccess | getAgentContainerLogsResponseError)

export const getGetAgentContainerLogsUrl = (id: string,
    params?: GetAgentContainerLogsParams,) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString())
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/agents/${id}/container/logs?${stringifiedParams}` : `/agents/${id}/container/logs`
}

export const getAgentContainerLogs = async (id: string,
    params?: GetAgentContainerLogsParams, options?: RequestInit): Promise<getAgentContainerLogsResponse> => {
  
  return apiFetch<getAgentContainerLogsResponse>(getGetAgentContainerLogsUrl(id,params),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetAgentContainerLogsQueryKey = (id?: string,
    params?: GetAgentContainerLogsParams,) => {
    return [`/agents/${id}/container/logs`, ...(params ? [params]: [])] as const;
    }

    
export const getGetAgentContainerLogsQueryOptions = <TData = Awaited<ReturnType<typeof getAgentContainerLogs>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(id: string,
    params?: GetAgentContainerLogsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentContainerLogs>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetAgentContainerLogsQueryKey(id,params);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getAgentContainerLogs>>> = ({ signal }) => getAgentContainerLogs(id,params, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getAgentContainerLogs>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetAgentContainerLogsQueryResult = NonNullable<Awaited<ReturnType<typeof getAgentContainerLogs>>>
export type GetAgentContainerLogsQueryError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse


export function useGetAgentContainerLogs<TData = Awaited<ReturnType<typeof getAgentContainerLogs>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string,
    params: undefined |  GetAgentContainerLogsParams, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentContainerLogs>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getAgentContainerLogs>>,
          TError,
          Awaited<ReturnType<typeof getAgentContainerLogs>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetAgentContainerLogs<TData = Awaited<ReturnType<typeof getAgentContainerLogs>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string,
    params?: GetAgentContainerLogsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentContainerLogs>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getAgentContainerLogs>>,
          TError,
          Awaited<ReturnType<typeof getAgentContainerLogs>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetAgentContainerLogs<TData = Awaited<ReturnType<typeof getAgentContainerLogs>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string,
    params?: GetAgentContainerLogsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentContainerLogs>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get the agent's container logs
 */

export function useGetAgentContainerLogs<TData = Awaited<ReturnType<typeof getAgentContainerLogs>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | TooManyRequestsResponse | InternalErrorResponse | ServiceUnavailableResponse>(
 id: string,
    params?: GetAgentContainerLogsParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getAgentContainerLogs>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetAgentContainerLogsQueryOptions(id,params,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}

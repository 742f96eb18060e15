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
export type ApiExecutionModeResponseFormat = typeof ApiExecutionModeResponseFormat[keyof typeof ApiExecutionModeResponseFormat];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ApiExecutionModeResponseFormat = {
  json: 'json',
} as const;

/**
 * Settings used when the workflow runs through this API.
 */
export interface ApiExecutionMode {
  response_format?: ApiExecutionModeResponseFormat;
  /**
   * Default `callbackUrl` for `POST /run-workflow` requests that do not
give one. Checked like a `callbackUrl` when the workflow is stored: one
webhooks may not reach is `400` at `POST /workflows` (decision 26).

   * @pattern ^https?://
   */
  webhook_url?: string;
}

/**
 * `pending` while attempts remain, `delivered` after a 2XX, `failed` once every attempt failed.
 */
export type CallbackDeliveryStatus = typeof CallbackDeliveryStatus[keyof typeof CallbackDeliveryStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const CallbackDeliveryStatus = {
  pending: 'pending',
  delivered: 'delivered',
  failed: 'failed',
} as const;

/**
 * HTTP status of the last attempt; `null` before the first or when no answer came.
 */
export type CallbackDeliveryLastStatusCode = number | null;

/**
 * Why the last attempt failed; `null` when it succeeded or none was made.
 */
export type CallbackDeliveryLastError = string | null;

/**
 * Where the job's final state is being (or was) delivered: the callback's
delivery through the signed, retried webhook service. Present on
`GET /jobs/{jobId}` only for jobs with a callback URL, and only once the job
is final (the delivery is queued in the transaction that finishes the job).

 */
export interface CallbackDelivery {
  /** The callback URL. */
  url: string;
  /** `pending` while attempts remain, `delivered` after a 2XX, `failed` once every attempt failed. */
  status: CallbackDeliveryStatus;
  /**
   * Attempts made so far (at most 4).
   * @minimum 0
   */
  attempts: number;
  /** HTTP status of the last attempt; `null` before the first or when no answer came. */
  lastStatusCode: CallbackDeliveryLastStatusCode;
  /** Why the last attempt failed; `null` when it succeeded or none was made. */
  lastError: CallbackDeliveryLastError;
}

export type CliExecutionModeOutputFormat = typeof CliExecutionModeOutputFormat[keyof typeof CliExecutionModeOutputFormat];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const CliExecutionModeOutputFormat = {
  obsidian_markdown: 'obsidian_markdown',
  json: 'json',
} as const;

/**
 * Settings used when the workflow runs from the CLI.
 */
export interface CliExecutionMode {
  output_format?: CliExecutionModeOutputFormat;
  output_path?: string;
}

/**
 * Machine-readable error code carried in `ErrorResponse.code`.

| code | HTTP status | meaning |
| --- | --- | --- |
| `invalid_request` | 400 | Malformed JSON, wrong `Content-Type`, or a body / query / path value that violates this contract. |
| `unauthorized` | 401 | Missing, malformed, expired or badly signed bearer JWT. |
| `forbidden` | 403 | Authenticated, but the `userId` in the request is not the token's subject. |
| `not_found` | 404 | The job, workflow or model does not exist (or belongs to another user). |
| `rate_limited` | 429 | A rate-limit window is exhausted; see `Retry-After`. |
| `model_error` | – | Error from a model provider. Provider failures happen asynchronously inside a job and are reported in `HybridJobState.results[*].error` / `errorInfo`; no operation of this version returns it as an HTTP error. Kept for compatibility with the seed. |
| `internal_error` | 500 | Unexpected server failure. |

 */
export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ErrorCode = {
  invalid_request: 'invalid_request',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  not_found: 'not_found',
  rate_limited: 'rate_limited',
  model_error: 'model_error',
  internal_error: 'internal_error',
} as const;

/**
 * Additional, error-specific details. For `invalid_request` caused by
schema validation it carries `errors`, a list of `{location, path, message}`
(`location` is `body`, `path`, `query` or `header`; `path` a JSON pointer);
for malformed JSON it carries `parseError`; for `rate_limited` it
carries `limit`, `windowSeconds` and `retryAfterSeconds`.

 */
export type ErrorResponseDetails = { [key: string]: unknown };

/**
 * The single error body of this API, used by every 4xx/5xx response:
`{code, message, details}`. `details` is always an object (`{}` when
there is nothing to add).

 */
export interface ErrorResponse {
  code: ErrorCode;
  /**
   * Human-readable error message.
   * @minLength 1
   */
  message: string;
  /** Additional, error-specific details. For `invalid_request` caused by
schema validation it carries `errors`, a list of `{location, path, message}`
(`location` is `body`, `path`, `query` or `header`; `path` a JSON pointer);
for malformed JSON it carries `parseError`; for `rate_limited` it
carries `limit`, `windowSeconds` and `retryAfterSeconds`.
 */
  details: ErrorResponseDetails;
}

/**
 * Per-surface execution settings of a workflow. All optional.
 */
export interface ExecutionModes {
  web?: WebExecutionMode;
  cli?: CliExecutionMode;
  api?: ApiExecutionMode;
}

/**
 * The generate stage. A model ID may appear in at most one step (400
otherwise), so job `results` stay keyed by model ID.

 */
export interface GenerateStage {
  /** Whether to run steps in parallel */
  parallel?: boolean;
  /** @minItems 1 */
  steps: GenerateStep[];
}

/**
 * One step of the generate stage.
 */
export interface GenerateStep {
  /**
   * Step name
   * @minLength 1
   */
  name: string;
  /**
   * Array of model IDs
   * @minItems 1
   */
  models: string[];
  /**
   * Path or key to prompt template
   * @minLength 1
   */
  prompt_template: string;
  /**
   * Variable name for output
   * @minLength 1
   */
  output_var: string;
  /** Variables to substitute */
  input_vars?: string[];
}

export type HybridJobFinalStateAllOfStatus = typeof HybridJobFinalStateAllOfStatus[keyof typeof HybridJobFinalStateAllOfStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const HybridJobFinalStateAllOfStatus = {
  completed: 'completed',
  failed: 'failed',
} as const;

export type HybridJobFinalStateAllOf = {
  status?: HybridJobFinalStateAllOfStatus;
};

/**
 * Webhook payload: the `HybridJobState` of a job that has reached a final
status (`completed` or `failed`).

 */
export type HybridJobFinalState = HybridJobState & HybridJobFinalStateAllOf;

/**
 * Name of YAML workflow if used; `null` for direct prompt jobs.
 */
export type HybridJobStateWorkflowName = string | null;

/**
 * Raw prompt if direct prompt mode; `null` for workflow jobs.
 */
export type HybridJobStatePromptText = string | null;

/**
 * Map from modelId to response or error (`null` while that model is still pending).
 */
export type HybridJobStateResults = {[key: string]: ModelResult | null};

/**
 * Final synthesis result (`null` until synthesis has finished).
 */
export type HybridJobStateSynthesisResult = ModelResult | null;

/**
 * Error details if job failed; `null` otherwise.
 */
export type HybridJobStateErrorInfo = string | null;

/**
 * Workflow jobs only: the value of every variable so far, by name — the
input variables, each generate step's `output_var` (the successful
outputs of the step's models, each headed by its model ID) and the
synthesize step's `output_var`. Absent for direct prompt jobs.

 */
export type HybridJobStateVariables = {[key: string]: string};

/**
 * Full state of a hybrid-prompt or workflow job. Every property is always
present; properties that do not apply are `null`.

- Exactly one of `workflowName` (workflow job) and `promptText` (direct
  prompt job) is non-null.
- `results` has one key per entry of `requestedModels`, initially `null`,
  replaced by a `ModelResponse` or a `ModelError` as each model finishes.
- `synthesisResult` is `null` until the synthesis step has finished.
- A job is `failed` when every generate call failed, when synthesis
  failed, or on an internal error; `errorInfo` is then non-null. If only
  some models fail, synthesis runs on the successful outputs and the job
  can still complete.

 */
export interface HybridJobState {
  /** Unique job identifier (UUID) */
  jobId: string;
  /** ID of requesting user */
  userId: string;
  /** Name of YAML workflow if used; `null` for direct prompt jobs. */
  workflowName: HybridJobStateWorkflowName;
  /** Raw prompt if direct prompt mode; `null` for workflow jobs. */
  promptText: HybridJobStatePromptText;
  /** Array of model IDs. For workflow jobs: the distinct models of the
workflow's generate steps, in declaration order.
 */
  requestedModels: string[];
  /** Map from modelId to response or error (`null` while that model is still pending). */
  results: HybridJobStateResults;
  /** Final synthesis result (`null` until synthesis has finished). */
  synthesisResult: HybridJobStateSynthesisResult;
  status: HybridJobStatus;
  /** ISO timestamp of job creation */
  createdAt: string;
  /** ISO timestamp of last update */
  updatedAt: string;
  /** Error details if job failed; `null` otherwise. */
  errorInfo: HybridJobStateErrorInfo;
  /** Workflow jobs only: the value of every variable so far, by name — the
input variables, each generate step's `output_var` (the successful
outputs of the step's models, each headed by its model ID) and the
synthesize step's `output_var`. Absent for direct prompt jobs.
 */
  variables?: HybridJobStateVariables;
  callbackDelivery?: CallbackDelivery;
}

/**
 * Current job status. Lifecycle: `pending` (queued) → `generating` (generate
stage running; `results` fill in per model) → `synthesizing` (synthesis
model running) → `completed`, or `failed` from any non-final state.
`completed` and `failed` are final.

 */
export type HybridJobStatus = typeof HybridJobStatus[keyof typeof HybridJobStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const HybridJobStatus = {
  pending: 'pending',
  generating: 'generating',
  synthesizing: 'synthesizing',
  completed: 'completed',
  failed: 'failed',
} as const;

/**
 * Acknowledgement of an accepted job submission. Poll `GET /jobs/{jobId}` or wait for the callback.
 */
export interface JobAccepted {
  /** Unique job ID. */
  jobId: string;
}

/**
 * Model type
 */
export type ModelType = typeof ModelType[keyof typeof ModelType];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ModelType = {
  api: 'api',
  browser: 'browser',
  local: 'local',
} as const;

/**
 * One entry of `GET /models`.
 */
export interface Model {
  /** Model ID */
  id: string;
  /** Model type */
  type: ModelType;
  /** Provider name */
  provider: string;
  /** Human-readable name */
  name: string;
  capabilities: ModelCapabilities;
}

/**
 * What a model supports.
 */
export interface ModelCapabilities {
  streaming: boolean;
  /** @minimum 1 */
  maxTokens: number;
}

/**
 * Failure of one model call. It has exactly one property, `error`
(`additionalProperties: false`), so it can never also match
`ModelResponse`, which requires `content`.

 */
export interface ModelError {
  /**
   * Provider or execution error message for this model.
   * @minLength 1
   */
  error: string;
}

/**
 * Health of one model. An unreachable or misconfigured provider is reported
as `ready: false` with an explanation in `details`, not as an HTTP error.

 */
export interface ModelHealth {
  ready: boolean;
  /** Human-readable explanation of the health state. */
  details: string;
}

/**
 * Successful output of one model call. `content`, `provider` and `model`
are always present; requiring `content` is what distinguishes this
schema from `ModelError` (which may not carry `content`).

 */
export interface ModelResponse {
  /** Optional correlation ID */
  id?: string;
  /** Full text output from the model */
  content: string;
  /** Provider name (e.g., 'openai', 'anthropic') */
  provider: string;
  /** Model identifier (e.g., 'gpt-4', 'claude-sonnet') */
  model: string;
  tokensUsed?: TokenUsage;
  /**
   * Cost in USD
   * @minimum 0
   */
  cost?: number;
}

/**
 * Outcome of one model call: either a `ModelResponse` or a `ModelError`.
The branches are mutually exclusive (`ModelResponse` requires `content`,
`ModelError` forbids every property but `error`), so exactly one matches.
The seed's third branch, `type: 'null'`, is expressed where the result is
used (`anyOf: [ModelResult, null]`).

 */
export type ModelResult = ModelResponse | ModelError;

/**
 * Body of `POST /run-hybrid`.
 */
export interface RunHybridRequest {
  /**
   * User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).
   * @minLength 1
   */
  userId: string;
  /**
   * Prompt text sent to every requested model; whitespace alone is `400` (decision 10).
   * @minLength 1
   * @pattern \S
   */
  promptText: string;
  /**
   * Array of model IDs (as listed by `GET /models`). Unknown IDs are rejected with 400.
   * @minItems 1
   */
  requestedModels: string[];
  /**
   * Optional webhook URL for results. When set, the final job state
(`HybridJobFinalState`) is POSTed to it once the job is `completed`
or `failed`; see the `jobFinished` callback.

   * @pattern ^https?://
   */
  callbackUrl?: string;
}

/**
 * Input variables for workflow, substituted into the prompt templates.
Every variable named in a generate step's `input_vars` that is not
produced by an earlier step must be supplied (400 otherwise).

 */
export type RunWorkflowRequestInputVariables = {[key: string]: string};

/**
 * Body of `POST /run-workflow`.
 */
export interface RunWorkflowRequest {
  /**
   * User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).
   * @minLength 1
   */
  userId: string;
  /**
   * Workflow name (the `workflow_name` of a stored workflow). Unknown names are answered with 404.
   * @minLength 1
   */
  workflowName: string;
  /** Input variables for workflow, substituted into the prompt templates.
Every variable named in a generate step's `input_vars` that is not
produced by an earlier step must be supplied (400 otherwise).
 */
  inputVariables?: RunWorkflowRequestInputVariables;
  /**
   * Optional webhook URL for results. Defaults to the workflow's
`execution_modes.api.webhook_url` when omitted. The final job state
is POSTed to it once the job is `completed` or `failed`.

   * @pattern ^https?://
   */
  callbackUrl?: string;
}

export type StatusResponseStatus = typeof StatusResponseStatus[keyof typeof StatusResponseStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const StatusResponseStatus = {
  success: 'success',
} as const;

/**
 * Generic success acknowledgement.
 */
export interface StatusResponse {
  status: StatusResponseStatus;
}

/**
 * Body of `POST /tokens`. Storing a token for a (userId, providerId) pair that already has one replaces it.
 */
export interface StoreTokenRequest {
  /**
   * User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).
   * @minLength 1
   */
  userId: string;
  /**
   * Provider ID (e.g., 'openai', 'anthropic', 'browser:chatgpt'). At most
255 characters (decision 27).

   * @minLength 1
   * @maxLength 255
   */
  providerId: string;
  tokenData: TokenData;
}

/**
 * The synthesis step that combines the generate stage's outputs.
 */
export interface SynthesizeStage {
  /**
   * Synthesis step name
   * @minLength 1
   */
  name: string;
  /**
   * Model ID for synthesis
   * @minLength 1
   */
  model: string;
  /**
   * Path or key to synthesis prompt
   * @minLength 1
   */
  prompt_template: string;
  /** Variables from previous stages */
  input_vars?: string[];
  /**
   * Variable name for synthesis output
   * @minLength 1
   */
  output_var: string;
}

/**
 * Type of token.
 */
export type TokenDataType = typeof TokenDataType[keyof typeof TokenDataType];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const TokenDataType = {
  api: 'api',
  oauth: 'oauth',
  browser: 'browser',
  local: 'local',
} as const;

/**
 * Credentials for one provider. Stored encrypted at rest and never returned
by any operation.

 */
export interface TokenData {
  /**
   * Provider identifier (e.g., 'openai', 'browser:chatgpt'). Optional
inside `tokenData`; when present it must equal the request's
top-level `providerId` (400 `invalid_request` otherwise).

   * @minLength 1
   * @maxLength 255
   */
  providerId?: string;
  /**
   * Access token or API key. It is sent to the provider in an HTTP header
(`Authorization: Bearer <accessToken>`), so it may hold only characters
a header value can carry: no line break or other control character
(U+0000–U+001F, U+007F–U+009F, tab included) and nothing above U+00FF.
It must hold a character other than a space (U+0020, or the no-break
space U+00A0): a key of spaces alone is no key. Such a value is
`400 invalid_request` (decision 25).

   * @minLength 1
   * @pattern ^[\x20-\x7E\xA0-\xFF]*[\x21-\x7E\xA1-\xFF][\x20-\x7E\xA0-\xFF]*$
   */
  accessToken: string;
  /**
   * Refresh token (for OAuth providers).
   * @minLength 1
   */
  refreshToken?: string;
  /**
   * Unix timestamp (ms) when token expires. Omit for tokens that do not expire.
   * @minimum 0
   */
  expiresAt?: number;
  /** Type of token. */
  type: TokenDataType;
  /** OAuth or API scopes. */
  scopes?: string[];
}

/**
 * Token counts of one model call.
 */
export interface TokenUsage {
  /**
   * Input token count
   * @minimum 0
   */
  input: number;
  /**
   * Output token count
   * @minimum 0
   */
  output: number;
  /**
   * Total token count (input + output)
   * @minimum 0
   */
  total: number;
}

export type WebExecutionModePersistence = typeof WebExecutionModePersistence[keyof typeof WebExecutionModePersistence];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const WebExecutionModePersistence = {
  database: 'database',
  none: 'none',
} as const;

/**
 * Settings used when the workflow runs from the web app.
 */
export interface WebExecutionMode {
  realtime_updates?: boolean;
  persistence?: WebExecutionModePersistence;
}

/**
 * A YAML workflow, exchanged as JSON: a `generate` stage whose steps run
(optionally in parallel) on one or more models, followed by a
`synthesize` step that combines their outputs. `POST /workflows` upserts
by `workflow_name`.

 */
export interface WorkflowDefinition {
  /**
   * Unique workflow name. Used as the `{name}` path segment, hence URL-safe.
   * @pattern ^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$
   */
  workflow_name: string;
  /** Human-readable description */
  description?: string;
  stages: WorkflowStages;
  execution_modes?: ExecutionModes;
}

export type WorkflowSavedStatus = typeof WorkflowSavedStatus[keyof typeof WorkflowSavedStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const WorkflowSavedStatus = {
  success: 'success',
} as const;

/**
 * Acknowledgement of `POST /workflows`.
 */
export interface WorkflowSaved {
  status: WorkflowSavedStatus;
  /** The stored workflow's `workflow_name`. */
  name: string;
}

/**
 * The two stages of a workflow; both are required.
 */
export interface WorkflowStages {
  generate: GenerateStage;
  synthesize: SynthesizeStage;
}

/**
 * One entry of `GET /workflows`.
 */
export interface WorkflowSummary {
  /** The workflow's `workflow_name`. */
  name: string;
  /** The workflow's `description` (empty string when it has none). */
  description: string;
}

/**
 * A `WorkflowDefinition` written as YAML (`Content-Type: application/yaml`).
It is parsed (YAML 1.2, the `yaml` package) and then checked exactly like the
JSON form; a document that does not parse, or is not a mapping, is `400`.

 * @minLength 1
 */
export type WorkflowYaml = string;

/**
 * Forbidden — the `userId` in the request is not the subject (`sub`) of the bearer JWT.
 */
export type ForbiddenResponse = ErrorResponse;

/**
 * Internal server error.
 */
export type InternalErrorResponse = ErrorResponse;

/**
 * Rate limit exceeded — 60 requests per minute per user, or 10 job
submissions per minute per user on `POST /run-hybrid` and
`POST /run-workflow`.

 */
export type TooManyRequestsResponse = ErrorResponse;

/**
 * Unauthorized — the bearer JWT is missing, malformed, expired or has an invalid signature.
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
 * A path or query parameter violates this contract (for example a `modelId` holding a NUL byte).
 */
export type InvalidParameterResponse = ErrorResponse;

/**
 * Provider ID whose token is deleted.
 */
export type ProviderIdQueryParameter = string;

/**
 * User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).
 */
export type UserIdQueryParameter = string;

export type DeleteTokenParams = {
/**
 * User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).
 * @minLength 1
 */
userId: UserIdQueryParameter;
/**
 * Provider ID whose token is deleted.
 * @minLength 1
 */
providerId: ProviderIdQueryParameter;
};

type SecondParameter<T extends (...args: never) => unknown> = Parameters<T>[1];



/**
 * Stores (or replaces) the credentials the platform uses to call a model
provider on behalf of `userId`. Tokens are write-only: no operation
returns them.

 * @summary Store a new token for a provider
 */
export type storeTokenResponse200 = {
  data: StatusResponse
  status: 200
}

export type storeTokenResponse400 = {
  data: ErrorResponse
  status: 400
}

export type storeTokenResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type storeTokenResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type storeTokenResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type storeTokenResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type storeTokenResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type storeTokenResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type storeTokenResponseSuccess = (storeTokenResponse200) & {
  headers: Headers;
};
export type storeTokenResponseError = (storeTokenResponse400 | storeTokenResponse401 | storeTokenResponse403 | storeTokenResponse413 | storeTokenResponse415 | storeTokenResponse429 | storeTokenResponse500) & {
  headers: Headers;
};

export type storeTokenResponse = (storeTokenResponseSuccess | storeTokenResponseError)

export const getStoreTokenUrl = () => {


  

  return `/tokens`
}

export const storeToken = async (storeTokenRequest: StoreTokenRequest, options?: RequestInit): Promise<storeTokenResponse> => {
  
  return apiFetch<storeTokenResponse>(getStoreTokenUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      storeTokenRequest,)
  }
);}




export const getStoreTokenMutationOptions = <TError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof storeToken>>, TError,{data: StoreTokenRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof storeToken>>, TError,{data: StoreTokenRequest}, TContext> => {

const mutationKey = ['storeToken'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof storeToken>>, {data: StoreTokenRequest}> = (props) => {
          const {data} = props ?? {};

          return  storeToken(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type StoreTokenMutationResult = NonNullable<Awaited<ReturnType<typeof storeToken>>>
    export type StoreTokenMutationBody = StoreTokenRequest
    export type StoreTokenMutationError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Store a new token for a provider
 */
export const useStoreToken = <TError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof storeToken>>, TError,{data: StoreTokenRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof storeToken>>,
        TError,
        {data: StoreTokenRequest},
        TContext
      > => {

      const mutationOptions = getStoreTokenMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Deletes the stored token of `userId` for `providerId`. Idempotent:
deleting a token that does not exist also answers 200.

 * @summary Delete a token for a provider
 */
export type deleteTokenResponse200 = {
  data: StatusResponse
  status: 200
}

export type deleteTokenResponse400 = {
  data: ErrorResponse
  status: 400
}

export type deleteTokenResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type deleteTokenResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type deleteTokenResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type deleteTokenResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type deleteTokenResponseSuccess = (deleteTokenResponse200) & {
  headers: Headers;
};
export type deleteTokenResponseError = (deleteTokenResponse400 | deleteTokenResponse401 | deleteTokenResponse403 | deleteTokenResponse429 | deleteTokenResponse500) & {
  headers: Headers;
};

export type deleteTokenResponse = (deleteTokenResponseSuccess | deleteTokenResponseError)

export const getDeleteTokenUrl = (params: DeleteTokenParams,) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString())
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/tokens?${stringifiedParams}` : `/tokens`
}

export const deleteToken = async (params: DeleteTokenParams, options?: RequestInit): Promise<deleteTokenResponse> => {
  
  return apiFetch<deleteTokenResponse>(getDeleteTokenUrl(params),
  {      
    ...options,
    method: 'DELETE'
    
    
  }
);}




export const getDeleteTokenMutationOptions = <TError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof deleteToken>>, TError,{params: DeleteTokenParams}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof deleteToken>>, TError,{params: DeleteTokenParams}, TContext> => {

const mutationKey = ['deleteToken'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof deleteToken>>, {params: DeleteTokenParams}> = (props) => {
          const {params} = props ?? {};

          return  deleteToken(params,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type DeleteTokenMutationResult = NonNullable<Awaited<ReturnType<typeof deleteToken>>>
    
    export type DeleteTokenMutationError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Delete a token for a provider
 */
export const useDeleteToken = <TError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof deleteToken>>, TError,{params: DeleteTokenParams}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof deleteToken>>,
        TError,
        {params: DeleteTokenParams},
        TContext
      > => {

      const mutationOptions = getDeleteTokenMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Queues a job that sends `promptText` to every model in
`requestedModels` (generate stage, in parallel) and then synthesises
their answers into one result. Answers 202 with the job ID at once;
follow progress with `GET /jobs/{jobId}` or receive the final state on
`callbackUrl`. Limited to 10 submissions per minute per user (shared
with `POST /run-workflow`).

 * @summary Run a hybrid prompt job
 */
export type runHybridPromptResponse202 = {
  data: JobAccepted
  status: 202
}

export type runHybridPromptResponse400 = {
  data: ErrorResponse
  status: 400
}

export type runHybridPromptResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type runHybridPromptResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type runHybridPromptResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type runHybridPromptResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type runHybridPromptResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type runHybridPromptResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type runHybridPromptResponseSuccess = (runHybridPromptResponse202) & {
  headers: Headers;
};
export type runHybridPromptResponseError = (runHybridPromptResponse400 | runHybridPromptResponse401 | runHybridPromptResponse403 | runHybridPromptResponse413 | runHybridPromptResponse415 | runHybridPromptResponse429 | runHybridPromptResponse500) & {
  headers: Headers;
};

export type runHybridPromptResponse = (runHybridPromptResponseSuccess | runHybridPromptResponseError)

export const getRunHybridPromptUrl = () => {


  

  return `/run-hybrid`
}

export const runHybridPrompt = async (runHybridRequest: RunHybridRequest, options?: RequestInit): Promise<runHybridPromptResponse> => {
  
  return apiFetch<runHybridPromptResponse>(getRunHybridPromptUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      runHybridRequest,)
  }
);}




export const getRunHybridPromptMutationOptions = <TError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof runHybridPrompt>>, TError,{data: RunHybridRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof runHybridPrompt>>, TError,{data: RunHybridRequest}, TContext> => {

const mutationKey = ['runHybridPrompt'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof runHybridPrompt>>, {data: RunHybridRequest}> = (props) => {
          const {data} = props ?? {};

          return  runHybridPrompt(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type RunHybridPromptMutationResult = NonNullable<Awaited<ReturnType<typeof runHybridPrompt>>>
    export type RunHybridPromptMutationBody = RunHybridRequest
    export type RunHybridPromptMutationError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Run a hybrid prompt job
 */
export const useRunHybridPrompt = <TError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof runHybridPrompt>>, TError,{data: RunHybridRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof runHybridPrompt>>,
        TError,
        {data: RunHybridRequest},
        TContext
      > => {

      const mutationOptions = getRunHybridPromptMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Queues a job that runs the stored workflow `workflowName` with
`inputVariables`: its generate stage, then its synthesize step.
Answers 202 with the job ID at once; follow progress with
`GET /jobs/{jobId}` or receive the final state on `callbackUrl`
(default: the workflow's `execution_modes.api.webhook_url`). Limited to
10 submissions per minute per user (shared with `POST /run-hybrid`).

 * @summary Run a workflow job
 */
export type runWorkflowResponse202 = {
  data: JobAccepted
  status: 202
}

export type runWorkflowResponse400 = {
  data: ErrorResponse
  status: 400
}

export type runWorkflowResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type runWorkflowResponse403 = {
  data: ForbiddenResponse
  status: 403
}

export type runWorkflowResponse404 = {
  data: ErrorResponse
  status: 404
}

export type runWorkflowResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type runWorkflowResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type runWorkflowResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type runWorkflowResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type runWorkflowResponseSuccess = (runWorkflowResponse202) & {
  headers: Headers;
};
export type runWorkflowResponseError = (runWorkflowResponse400 | runWorkflowResponse401 | runWorkflowResponse403 | runWorkflowResponse404 | runWorkflowResponse413 | runWorkflowResponse415 | runWorkflowResponse429 | runWorkflowResponse500) & {
  headers: Headers;
};

export type runWorkflowResponse = (runWorkflowResponseSuccess | runWorkflowResponseError)

export const getRunWorkflowUrl = () => {


  

  return `/run-workflow`
}

export const runWorkflow = async (runWorkflowRequest: RunWorkflowRequest, options?: RequestInit): Promise<runWorkflowResponse> => {
  
  return apiFetch<runWorkflowResponse>(getRunWorkflowUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      runWorkflowRequest,)
  }
);}




export const getRunWorkflowMutationOptions = <TError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof runWorkflow>>, TError,{data: RunWorkflowRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof runWorkflow>>, TError,{data: RunWorkflowRequest}, TContext> => {

const mutationKey = ['runWorkflow'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof runWorkflow>>, {data: RunWorkflowRequest}> = (props) => {
          const {data} = props ?? {};

          return  runWorkflow(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type RunWorkflowMutationResult = NonNullable<Awaited<ReturnType<typeof runWorkflow>>>
    export type RunWorkflowMutationBody = RunWorkflowRequest
    export type RunWorkflowMutationError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Run a workflow job
 */
export const useRunWorkflow = <TError = ErrorResponse | UnauthorizedResponse | ForbiddenResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof runWorkflow>>, TError,{data: RunWorkflowRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof runWorkflow>>,
        TError,
        {data: RunWorkflowRequest},
        TContext
      > => {

      const mutationOptions = getRunWorkflowMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Returns the current `HybridJobState` of a job submitted by the
authenticated user. Jobs of other users are reported as not found.

 * @summary Get job status and results
 */
export type getJobStatusResponse200 = {
  data: HybridJobState
  status: 200
}

export type getJobStatusResponse400 = {
  data: ErrorResponse
  status: 400
}

export type getJobStatusResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getJobStatusResponse404 = {
  data: ErrorResponse
  status: 404
}

export type getJobStatusResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type getJobStatusResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getJobStatusResponseSuccess = (getJobStatusResponse200) & {
  headers: Headers;
};
export type getJobStatusResponseError = (getJobStatusResponse400 | getJobStatusResponse401 | getJobStatusResponse404 | getJobStatusResponse429 | getJobStatusResponse500) & {
  headers: Headers;
};

export type getJobStatusResponse = (getJobStatusResponseSuccess | getJobStatusResponseError)

export const getGetJobStatusUrl = (jobId: string,) => {


  

  return `/jobs/${jobId}`
}

export const getJobStatus = async (jobId: string, options?: RequestInit): Promise<getJobStatusResponse> => {
  
  return apiFetch<getJobStatusResponse>(getGetJobStatusUrl(jobId),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetJobStatusQueryKey = (jobId?: string,) => {
    return [`/jobs/${jobId}`] as const;
    }

    
export const getGetJobStatusQueryOptions = <TData = Awaited<ReturnType<typeof getJobStatus>>, TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(jobId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getJobStatus>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetJobStatusQueryKey(jobId);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getJobStatus>>> = ({ signal }) => getJobStatus(jobId, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(jobId), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getJobStatus>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetJobStatusQueryResult = NonNullable<Awaited<ReturnType<typeof getJobStatus>>>
export type GetJobStatusQueryError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse


export function useGetJobStatus<TData = Awaited<ReturnType<typeof getJobStatus>>, TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 jobId: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getJobStatus>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getJobStatus>>,
          TError,
          Awaited<ReturnType<typeof getJobStatus>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetJobStatus<TData = Awaited<ReturnType<typeof getJobStatus>>, TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 jobId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getJobStatus>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getJobStatus>>,
          TError,
          Awaited<ReturnType<typeof getJobStatus>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetJobStatus<TData = Awaited<ReturnType<typeof getJobStatus>>, TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 jobId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getJobStatus>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get job status and results
 */

export function useGetJobStatus<TData = Awaited<ReturnType<typeof getJobStatus>>, TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 jobId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getJobStatus>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetJobStatusQueryOptions(jobId,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Lists the name and description of every workflow the caller stored, ordered by name. Not paginated.
 * @summary List available workflows
 */
export type listWorkflowsResponse200 = {
  data: WorkflowSummary[]
  status: 200
}

export type listWorkflowsResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type listWorkflowsResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type listWorkflowsResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type listWorkflowsResponseSuccess = (listWorkflowsResponse200) & {
  headers: Headers;
};
export type listWorkflowsResponseError = (listWorkflowsResponse401 | listWorkflowsResponse429 | listWorkflowsResponse500) & {
  headers: Headers;
};

export type listWorkflowsResponse = (listWorkflowsResponseSuccess | listWorkflowsResponseError)

export const getListWorkflowsUrl = () => {


  

  return `/workflows`
}

export const listWorkflows = async ( options?: RequestInit): Promise<listWorkflowsResponse> => {
  
  return apiFetch<listWorkflowsResponse>(getListWorkflowsUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getListWorkflowsQueryKey = () => {
    return [`/workflows`] as const;
    }

    
export const getListWorkflowsQueryOptions = <TData = Awaited<ReturnType<typeof listWorkflows>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listWorkflows>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getListWorkflowsQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof listWorkflows>>> = ({ signal }) => listWorkflows({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof listWorkflows>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type ListWorkflowsQueryResult = NonNullable<Awaited<ReturnType<typeof listWorkflows>>>
export type ListWorkflowsQueryError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse


export function useListWorkflows<TData = Awaited<ReturnType<typeof listWorkflows>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof listWorkflows>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof listWorkflows>>,
          TError,
          Awaited<ReturnType<typeof listWorkflows>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListWorkflows<TData = Awaited<ReturnType<typeof listWorkflows>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listWorkflows>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof listWorkflows>>,
          TError,
          Awaited<ReturnType<typeof listWorkflows>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListWorkflows<TData = Awaited<ReturnType<typeof listWorkflows>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listWorkflows>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary List available workflows
 */

export function useListWorkflows<TData = Awaited<ReturnType<typeof listWorkflows>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listWorkflows>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getListWorkflowsQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Stores a workflow definition of the caller's, replacing their stored
workflow with the same `workflow_name` (upsert; always 200). The
definition is sent as JSON or as YAML text (`application/yaml`, or its
common aliases `application/x-yaml` and `text/yaml`). It is
checked before it is stored, and every problem found is listed in
`details.errors` (`{path, message}`): every model ID must be listed by
`GET /models` for the caller; a model ID may appear in at most one
generate step; step names (generate and synthesize) and output variables
are unique; a generate step may read only workflow inputs and variables
written by an earlier step (none at all in a `parallel` stage); every
synthesis input must be written by a generate step.

 * @summary Create or update a workflow
 */
export type createWorkflowResponse200 = {
  data: WorkflowSaved
  status: 200
}

export type createWorkflowResponse400 = {
  data: ErrorResponse
  status: 400
}

export type createWorkflowResponse401 = {
  data: UnauthorizedResponse
  status: 401
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
    
export type createWorkflowResponseSuccess = (createWorkflowResponse200) & {
  headers: Headers;
};
export type createWorkflowResponseError = (createWorkflowResponse400 | createWorkflowResponse401 | createWorkflowResponse413 | createWorkflowResponse415 | createWorkflowResponse429 | createWorkflowResponse500) & {
  headers: Headers;
};

export type createWorkflowResponse = (createWorkflowResponseSuccess | createWorkflowResponseError)

export const getCreateWorkflowUrl = () => {


  

  return `/workflows`
}

export const createWorkflow = async (createWorkflowBody: WorkflowDefinition | WorkflowYaml, options?: RequestInit): Promise<createWorkflowResponse> => {
  
  return apiFetch<createWorkflowResponse>(getCreateWorkflowUrl(),
  {      
    ...options,
    method: 'POST'
    ,
    body: JSON.stringify(
      createWorkflowBody,)
  }
);}




export const getCreateWorkflowMutationOptions = <TError = ErrorResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createWorkflow>>, TError,{data: WorkflowDefinition | WorkflowYaml}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createWorkflow>>, TError,{data: WorkflowDefinition | WorkflowYaml}, TContext> => {

const mutationKey = ['createWorkflow'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createWorkflow>>, {data: WorkflowDefinition | WorkflowYaml}> = (props) => {
          const {data} = props ?? {};

          return  createWorkflow(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateWorkflowMutationResult = NonNullable<Awaited<ReturnType<typeof createWorkflow>>>
    export type CreateWorkflowMutationBody = WorkflowDefinition | WorkflowYaml
    export type CreateWorkflowMutationError = ErrorResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Create or update a workflow
 */
export const useCreateWorkflow = <TError = ErrorResponse | UnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createWorkflow>>, TError,{data: WorkflowDefinition | WorkflowYaml}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createWorkflow>>,
        TError,
        {data: WorkflowDefinition | WorkflowYaml},
        TContext
      > => {

      const mutationOptions = getCreateWorkflowMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Returns the stored definition of one of the caller's workflows (another user's is 404).
 * @summary Get workflow definition
 */
export type getWorkflowResponse200 = {
  data: WorkflowDefinition
  status: 200
}

export type getWorkflowResponse400 = {
  data: ErrorResponse
  status: 400
}

export type getWorkflowResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getWorkflowResponse404 = {
  data: ErrorResponse
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

export const getGetWorkflowUrl = (name: string,) => {


  

  return `/workflows/${name}`
}

export const getWorkflow = async (name: string, options?: RequestInit): Promise<getWorkflowResponse> => {
  
  return apiFetch<getWorkflowResponse>(getGetWorkflowUrl(name),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetWorkflowQueryKey = (name?: string,) => {
    return [`/workflows/${name}`] as const;
    }

    
export const getGetWorkflowQueryOptions = <TData = Awaited<ReturnType<typeof getWorkflow>>, TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(name: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetWorkflowQueryKey(name);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getWorkflow>>> = ({ signal }) => getWorkflow(name, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(name), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetWorkflowQueryResult = NonNullable<Awaited<ReturnType<typeof getWorkflow>>>
export type GetWorkflowQueryError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse


export function useGetWorkflow<TData = Awaited<ReturnType<typeof getWorkflow>>, TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 name: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getWorkflow>>,
          TError,
          Awaited<ReturnType<typeof getWorkflow>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetWorkflow<TData = Awaited<ReturnType<typeof getWorkflow>>, TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 name: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getWorkflow>>,
          TError,
          Awaited<ReturnType<typeof getWorkflow>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetWorkflow<TData = Awaited<ReturnType<typeof getWorkflow>>, TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 name: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get workflow definition
 */

export function useGetWorkflow<TData = Awaited<ReturnType<typeof getWorkflow>>, TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 name: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getWorkflow>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetWorkflowQueryOptions(name,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Deletes one of the caller's workflows (another user's is 404). Jobs
already submitted for it keep running, on the definition they were
submitted with;
new `POST /run-workflow` requests for it answer 404.

 * @summary Delete a workflow
 */
export type deleteWorkflowResponse200 = {
  data: StatusResponse
  status: 200
}

export type deleteWorkflowResponse400 = {
  data: ErrorResponse
  status: 400
}

export type deleteWorkflowResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type deleteWorkflowResponse404 = {
  data: ErrorResponse
  status: 404
}

export type deleteWorkflowResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type deleteWorkflowResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type deleteWorkflowResponseSuccess = (deleteWorkflowResponse200) & {
  headers: Headers;
};
export type deleteWorkflowResponseError = (deleteWorkflowResponse400 | deleteWorkflowResponse401 | deleteWorkflowResponse404 | deleteWorkflowResponse429 | deleteWorkflowResponse500) & {
  headers: Headers;
};

export type deleteWorkflowResponse = (deleteWorkflowResponseSuccess | deleteWorkflowResponseError)

export const getDeleteWorkflowUrl = (name: string,) => {


  

  return `/workflows/${name}`
}

export const deleteWorkflow = async (name: string, options?: RequestInit): Promise<deleteWorkflowResponse> => {
  
  return apiFetch<deleteWorkflowResponse>(getDeleteWorkflowUrl(name),
  {      
    ...options,
    method: 'DELETE'
    
    
  }
);}




export const getDeleteWorkflowMutationOptions = <TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof deleteWorkflow>>, TError,{name: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof deleteWorkflow>>, TError,{name: string}, TContext> => {

const mutationKey = ['deleteWorkflow'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof deleteWorkflow>>, {name: string}> = (props) => {
          const {name} = props ?? {};

          return  deleteWorkflow(name,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type DeleteWorkflowMutationResult = NonNullable<Awaited<ReturnType<typeof deleteWorkflow>>>
    
    export type DeleteWorkflowMutationError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse

    /**
 * @summary Delete a workflow
 */
export const useDeleteWorkflow = <TError = ErrorResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof deleteWorkflow>>, TError,{name: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof deleteWorkflow>>,
        TError,
        {name: string},
        TContext
      > => {

      const mutationOptions = getDeleteWorkflowMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Lists every model the caller can use, ordered by `id`. Not paginated.
Built from configuration: the local deterministic models (always present,
`type: local`, `provider: local`; not real LLMs), the OpenAI-compatible
provider's models when the server has one configured, and that
provider's models for a caller who stored a token for it (then run with
the caller's own key).

 * @summary List available models
 */
export type listModelsResponse200 = {
  data: Model[]
  status: 200
}

export type listModelsResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type listModelsResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type listModelsResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type listModelsResponseSuccess = (listModelsResponse200) & {
  headers: Headers;
};
export type listModelsResponseError = (listModelsResponse401 | listModelsResponse429 | listModelsResponse500) & {
  headers: Headers;
};

export type listModelsResponse = (listModelsResponseSuccess | listModelsResponseError)

export const getListModelsUrl = () => {


  

  return `/models`
}

export const listModels = async ( options?: RequestInit): Promise<listModelsResponse> => {
  
  return apiFetch<listModelsResponse>(getListModelsUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getListModelsQueryKey = () => {
    return [`/models`] as const;
    }

    
export const getListModelsQueryOptions = <TData = Awaited<ReturnType<typeof listModels>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listModels>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getListModelsQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof listModels>>> = ({ signal }) => listModels({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof listModels>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type ListModelsQueryResult = NonNullable<Awaited<ReturnType<typeof listModels>>>
export type ListModelsQueryError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse


export function useListModels<TData = Awaited<ReturnType<typeof listModels>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof listModels>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof listModels>>,
          TError,
          Awaited<ReturnType<typeof listModels>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListModels<TData = Awaited<ReturnType<typeof listModels>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listModels>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof listModels>>,
          TError,
          Awaited<ReturnType<typeof listModels>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListModels<TData = Awaited<ReturnType<typeof listModels>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listModels>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary List available models
 */

export function useListModels<TData = Awaited<ReturnType<typeof listModels>>, TError = UnauthorizedResponse | TooManyRequestsResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listModels>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getListModelsQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Probes one model's provider with the caller's stored token (else the
server's key), with a short timeout; the answer is cached briefly per
provider and key. A provider that is unreachable, rejects the token or
has no token stored yields `ready: false` with an explanation, not an
error status.

 * @summary Check model health
 */
export type checkModelHealthResponse200 = {
  data: ModelHealth
  status: 200
}

export type checkModelHealthResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type checkModelHealthResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type checkModelHealthResponse404 = {
  data: ErrorResponse
  status: 404
}

export type checkModelHealthResponse429 = {
  data: TooManyRequestsResponse
  status: 429
}

export type checkModelHealthResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type checkModelHealthResponseSuccess = (checkModelHealthResponse200) & {
  headers: Headers;
};
export type checkModelHealthResponseError = (checkModelHealthResponse400 | checkModelHealthResponse401 | checkModelHealthResponse404 | checkModelHealthResponse429 | checkModelHealthResponse500) & {
  headers: Headers;
};

export type checkModelHealthResponse = (checkModelHealthResponseSuccess | checkModelHealthResponseError)

export const getCheckModelHealthUrl = (modelId: string,) => {


  

  return `/models/${modelId}/health`
}

export const checkModelHealth = async (modelId: string, options?: RequestInit): Promise<checkModelHealthResponse> => {
  
  return apiFetch<checkModelHealthResponse>(getCheckModelHealthUrl(modelId),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getCheckModelHealthQueryKey = (modelId?: string,) => {
    return [`/models/${modelId}/health`] as const;
    }

    
export const getCheckModelHealthQueryOptions = <TData = Awaited<ReturnType<typeof checkModelHealth>>, TError = InvalidParameterResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(modelId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof checkModelHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getCheckModelHealthQueryKey(modelId);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof checkModelHealth>>> = ({ signal }) => checkModelHealth(modelId, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(modelId), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof checkModelHealth>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type CheckModelHealthQueryResult = NonNullable<Awaited<ReturnType<typeof checkModelHealth>>>
export type CheckModelHealthQueryError = InvalidParameterResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse


export function useCheckModelHealth<TData = Awaited<ReturnType<typeof checkModelHealth>>, TError = InvalidParameterResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 modelId: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof checkModelHealth>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof checkModelHealth>>,
          TError,
          Awaited<ReturnType<typeof checkModelHealth>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useCheckModelHealth<TData = Awaited<ReturnType<typeof checkModelHealth>>, TError = InvalidParameterResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 modelId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof checkModelHealth>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof checkModelHealth>>,
          TError,
          Awaited<ReturnType<typeof checkModelHealth>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useCheckModelHealth<TData = Awaited<ReturnType<typeof checkModelHealth>>, TError = InvalidParameterResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 modelId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof checkModelHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Check model health
 */

export function useCheckModelHealth<TData = Awaited<ReturnType<typeof checkModelHealth>>, TError = InvalidParameterResponse | UnauthorizedResponse | ErrorResponse | TooManyRequestsResponse | InternalErrorResponse>(
 modelId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof checkModelHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getCheckModelHealthQueryOptions(modelId,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}

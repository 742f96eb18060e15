// generated — do not edit: produced by scripts/generate (openapi-typescript).
export type paths = {
    "/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a new token for a provider
         * @description Stores (or replaces) the credentials the platform uses to call a model
         *     provider on behalf of `userId`. Tokens are write-only: no operation
         *     returns them.
         */
        post: operations["storeToken"];
        /**
         * Delete a token for a provider
         * @description Deletes the stored token of `userId` for `providerId`. Idempotent:
         *     deleting a token that does not exist also answers 200.
         */
        delete: operations["deleteToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/run-hybrid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a hybrid prompt job
         * @description Queues a job that sends `promptText` to every model in
         *     `requestedModels` (generate stage, in parallel) and then synthesises
         *     their answers into one result. Answers 202 with the job ID at once;
         *     follow progress with `GET /jobs/{jobId}` or receive the final state on
         *     `callbackUrl`. Limited to 10 submissions per minute per user (shared
         *     with `POST /run-workflow`).
         */
        post: operations["runHybridPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/run-workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a workflow job
         * @description Queues a job that runs the stored workflow `workflowName` with
         *     `inputVariables`: its generate stage, then its synthesize step.
         *     Answers 202 with the job ID at once; follow progress with
         *     `GET /jobs/{jobId}` or receive the final state on `callbackUrl`
         *     (default: the workflow's `execution_modes.api.webhook_url`). Limited to
         *     10 submissions per minute per user (shared with `POST /run-hybrid`).
         */
        post: operations["runWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job status and results
         * @description Returns the current `HybridJobState` of a job submitted by the
         *     authenticated user. Jobs of other users are reported as not found.
         */
        get: operations["getJobStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List available workflows
         * @description Lists the name and description of every workflow the caller stored, ordered by name. Not paginated.
         */
        get: operations["listWorkflows"];
        put?: never;
        /**
         * Create or update a workflow
         * @description Stores a workflow definition of the caller's, replacing their stored
         *     workflow with the same `workflow_name` (upsert; always 200). The
         *     definition is sent as JSON or as YAML text (`application/yaml`, or its
         *     common aliases `application/x-yaml` and `text/yaml`). It is
         *     checked before it is stored, and every problem found is listed in
         *     `details.errors` (`{path, message}`): every model ID must be listed by
         *     `GET /models` for the caller; a model ID may appear in at most one
         *     generate step; step names (generate and synthesize) and output variables
         *     are unique; a generate step may read only workflow inputs and variables
         *     written by an earlier step (none at all in a `parallel` stage); every
         *     synthesis input must be written by a generate step.
         */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's `workflow_name`.
                 * @example research-brief
                 */
                name: components["parameters"]["WorkflowName"];
            };
            cookie?: never;
        };
        /**
         * Get workflow definition
         * @description Returns the stored definition of one of the caller's workflows (another user's is 404).
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        /**
         * Delete a workflow
         * @description Deletes one of the caller's workflows (another user's is 404). Jobs
         *     already submitted for it keep running, on the definition they were
         *     submitted with;
         *     new `POST /run-workflow` requests for it answer 404.
         */
        delete: operations["deleteWorkflow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List available models
         * @description Lists every model the caller can use, ordered by `id`. Not paginated.
         *     Built from configuration: the local deterministic models (always present,
         *     `type: local`, `provider: local`; not real LLMs), the OpenAI-compatible
         *     provider's models when the server has one configured, and that
         *     provider's models for a caller who stored a token for it (then run with
         *     the caller's own key).
         */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{modelId}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check model health
         * @description Probes one model's provider with the caller's stored token (else the
         *     server's key), with a short timeout; the answer is cached briefly per
         *     provider and key. A provider that is unreachable, rejects the token or
         *     has no token stored yields `ready: false` with an explanation, not an
         *     error status.
         */
        get: operations["checkModelHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = {
    jobFinished: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Final job state (webhook callback)
         * @description Outgoing request from the Hybrid Thinking platform to the job's
         *     `callbackUrl` (from `POST /run-hybrid` / `POST /run-workflow`, or the
         *     workflow's `execution_modes.api.webhook_url`). Sent when the job reaches
         *     a final status, `completed` or `failed`; the body is the final
         *     `HybridJobState` (without `callbackDelivery`). Request: `POST`,
         *     `Content-Type: application/json`, signed: `Webhook-Id` (the job ID, the
         *     same on every attempt), `Webhook-Timestamp` (Unix seconds) and
         *     `Webhook-Signature` (`sha256=` + hex HMAC-SHA256 of
         *     `<timestamp>.<raw body>` with `HYBRID_WEBHOOK_SECRET`). Any non-2XX answer, a timeout (10 s) or a network
         *     error counts as a failed delivery and is retried up to 3 more times with
         *     exponential backoff (1 s, 4 s, 16 s). Delivery is at-least-once:
         *     deduplicate by `jobId`. The same state stays available from
         *     `GET /jobs/{jobId}` whether or not delivery succeeds.
         */
        post: operations["jobFinishedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type components = {
    schemas: {
        /** @description Settings used when the workflow runs through this API. */
        ApiExecutionMode: {
            /** @enum {string} */
            response_format?: "json";
            /**
             * Format: uri
             * @description Default `callbackUrl` for `POST /run-workflow` requests that do not
             *     give one. Checked like a `callbackUrl` when the workflow is stored: one
             *     webhooks may not reach is `400` at `POST /workflows` (decision 26).
             */
            webhook_url?: string;
        };
        /**
         * @description Where the job's final state is being (or was) delivered: the callback's
         *     delivery through the signed, retried webhook service. Present on
         *     `GET /jobs/{jobId}` only for jobs with a callback URL, and only once the job
         *     is final (the delivery is queued in the transaction that finishes the job).
         */
        CallbackDelivery: {
            /** @description The callback URL. */
            url: string;
            /**
             * @description `pending` while attempts remain, `delivered` after a 2XX, `failed` once every attempt failed.
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /** @description Attempts made so far (at most 4). */
            attempts: number;
            /** @description HTTP status of the last attempt; `null` before the first or when no answer came. */
            lastStatusCode: number | null;
            /** @description Why the last attempt failed; `null` when it succeeded or none was made. */
            lastError: string | null;
        };
        /** @description Settings used when the workflow runs from the CLI. */
        CliExecutionMode: {
            /** @enum {string} */
            output_format?: "obsidian_markdown" | "json";
            output_path?: string;
        };
        /**
         * @description Machine-readable error code carried in `ErrorResponse.code`.
         *
         *     | code | HTTP status | meaning |
         *     | --- | --- | --- |
         *     | `invalid_request` | 400 | Malformed JSON, wrong `Content-Type`, or a body / query / path value that violates this contract. |
         *     | `unauthorized` | 401 | Missing, malformed, expired or badly signed bearer JWT. |
         *     | `forbidden` | 403 | Authenticated, but the `userId` in the request is not the token's subject. |
         *     | `not_found` | 404 | The job, workflow or model does not exist (or belongs to another user). |
         *     | `rate_limited` | 429 | A rate-limit window is exhausted; see `Retry-After`. |
         *     | `model_error` | – | Error from a model provider. Provider failures happen asynchronously inside a job and are reported in `HybridJobState.results[*].error` / `errorInfo`; no operation of this version returns it as an HTTP error. Kept for compatibility with the seed. |
         *     | `internal_error` | 500 | Unexpected server failure. |
         * @example invalid_request
         * @enum {string}
         */
        ErrorCode: "invalid_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "model_error" | "internal_error";
        /**
         * @description The single error body of this API, used by every 4xx/5xx response:
         *     `{code, message, details}`. `details` is always an object (`{}` when
         *     there is nothing to add).
         */
        ErrorResponse: {
            code: components["schemas"]["ErrorCode"];
            /**
             * @description Human-readable error message.
             * @example requestedModels must contain at least 1 item
             */
            message: string;
            /**
             * @description Additional, error-specific details. For `invalid_request` caused by
             *     schema validation it carries `errors`, a list of `{location, path, message}`
             *     (`location` is `body`, `path`, `query` or `header`; `path` a JSON pointer);
             *     for malformed JSON it carries `parseError`; for `rate_limited` it
             *     carries `limit`, `windowSeconds` and `retryAfterSeconds`.
             * @example {
             *       "errors": [
             *         {
             *           "location": "body",
             *           "path": "/requestedModels",
             *           "message": "must NOT have fewer than 1 items"
             *         }
             *       ]
             *     }
             */
            details: {
                [key: string]: unknown;
            };
        };
        /** @description Per-surface execution settings of a workflow. All optional. */
        ExecutionModes: {
            web?: components["schemas"]["WebExecutionMode"];
            cli?: components["schemas"]["CliExecutionMode"];
            api?: components["schemas"]["ApiExecutionMode"];
        };
        /**
         * @description The generate stage. A model ID may appear in at most one step (400
         *     otherwise), so job `results` stay keyed by model ID.
         */
        GenerateStage: {
            /**
             * @description Whether to run steps in parallel
             * @default true
             */
            parallel: boolean;
            steps: components["schemas"]["GenerateStep"][];
        };
        /** @description One step of the generate stage. */
        GenerateStep: {
            /** @description Step name */
            name: string;
            /** @description Array of model IDs */
            models: string[];
            /** @description Path or key to prompt template */
            prompt_template: string;
            /** @description Variable name for output */
            output_var: string;
            /** @description Variables to substitute */
            input_vars?: string[];
        };
        /**
         * @description Webhook payload: the `HybridJobState` of a job that has reached a final
         *     status (`completed` or `failed`).
         */
        HybridJobFinalState: components["schemas"]["HybridJobState"] & {
            /** @enum {string} */
            status?: "completed" | "failed";
        };
        /**
         * @description Full state of a hybrid-prompt or workflow job. Every property is always
         *     present; properties that do not apply are `null`.
         *
         *     - Exactly one of `workflowName` (workflow job) and `promptText` (direct
         *       prompt job) is non-null.
         *     - `results` has one key per entry of `requestedModels`, initially `null`,
         *       replaced by a `ModelResponse` or a `ModelError` as each model finishes.
         *     - `synthesisResult` is `null` until the synthesis step has finished.
         *     - A job is `failed` when every generate call failed, when synthesis
         *       failed, or on an internal error; `errorInfo` is then non-null. If only
         *       some models fail, synthesis runs on the successful outputs and the job
         *       can still complete.
         */
        HybridJobState: {
            /**
             * Format: uuid
             * @description Unique job identifier (UUID)
             */
            jobId: string;
            /** @description ID of requesting user */
            userId: string;
            /** @description Name of YAML workflow if used; `null` for direct prompt jobs. */
            workflowName: string | null;
            /** @description Raw prompt if direct prompt mode; `null` for workflow jobs. */
            promptText: string | null;
            /**
             * @description Array of model IDs. For workflow jobs: the distinct models of the
             *     workflow's generate steps, in declaration order.
             */
            requestedModels: string[];
            /** @description Map from modelId to response or error (`null` while that model is still pending). */
            results: {
                [key: string]: components["schemas"]["ModelResult"] | null;
            };
            /** @description Final synthesis result (`null` until synthesis has finished). */
            synthesisResult: components["schemas"]["ModelResult"] | null;
            status: components["schemas"]["HybridJobStatus"];
            /**
             * Format: date-time
             * @description ISO timestamp of job creation
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO timestamp of last update
             */
            updatedAt: string;
            /** @description Error details if job failed; `null` otherwise. */
            errorInfo: string | null;
            /**
             * @description Workflow jobs only: the value of every variable so far, by name — the
             *     input variables, each generate step's `output_var` (the successful
             *     outputs of the step's models, each headed by its model ID) and the
             *     synthesize step's `output_var`. Absent for direct prompt jobs.
             */
            variables?: {
                [key: string]: string;
            };
            callbackDelivery?: components["schemas"]["CallbackDelivery"];
        };
        /**
         * @description Current job status. Lifecycle: `pending` (queued) → `generating` (generate
         *     stage running; `results` fill in per model) → `synthesizing` (synthesis
         *     model running) → `completed`, or `failed` from any non-final state.
         *     `completed` and `failed` are final.
         * @enum {string}
         */
        HybridJobStatus: "pending" | "generating" | "synthesizing" | "completed" | "failed";
        /** @description Acknowledgement of an accepted job submission. Poll `GET /jobs/{jobId}` or wait for the callback. */
        JobAccepted: {
            /**
             * Format: uuid
             * @description Unique job ID.
             * @example 3f6c1e9a-8b2d-4c7e-9f10-2a4b6c8d0e12
             */
            jobId: string;
        };
        /** @description One entry of `GET /models`. */
        Model: {
            /** @description Model ID */
            id: string;
            /**
             * @description Model type
             * @enum {string}
             */
            type: "api" | "browser" | "local";
            /** @description Provider name */
            provider: string;
            /** @description Human-readable name */
            name: string;
            capabilities: components["schemas"]["ModelCapabilities"];
        };
        /** @description What a model supports. */
        ModelCapabilities: {
            streaming: boolean;
            maxTokens: number;
        };
        /**
         * @description Failure of one model call. It has exactly one property, `error`
         *     (`additionalProperties: false`), so it can never also match
         *     `ModelResponse`, which requires `content`.
         */
        ModelError: {
            /**
             * @description Provider or execution error message for this model.
             * @example openai: 429 Too Many Requests
             */
            error: string;
        };
        /**
         * @description Health of one model. An unreachable or misconfigured provider is reported
         *     as `ready: false` with an explanation in `details`, not as an HTTP error.
         */
        ModelHealth: {
            ready: boolean;
            /** @description Human-readable explanation of the health state. */
            details: string;
        };
        /**
         * @description Successful output of one model call. `content`, `provider` and `model`
         *     are always present; requiring `content` is what distinguishes this
         *     schema from `ModelError` (which may not carry `content`).
         */
        ModelResponse: {
            /** @description Optional correlation ID */
            id?: string;
            /** @description Full text output from the model */
            content: string;
            /** @description Provider name (e.g., 'openai', 'anthropic') */
            provider: string;
            /** @description Model identifier (e.g., 'gpt-4', 'claude-sonnet') */
            model: string;
            tokensUsed?: components["schemas"]["TokenUsage"];
            /**
             * Format: float
             * @description Cost in USD
             */
            cost?: number;
        };
        /**
         * @description Outcome of one model call: either a `ModelResponse` or a `ModelError`.
         *     The branches are mutually exclusive (`ModelResponse` requires `content`,
         *     `ModelError` forbids every property but `error`), so exactly one matches.
         *     The seed's third branch, `type: 'null'`, is expressed where the result is
         *     used (`anyOf: [ModelResult, null]`).
         */
        ModelResult: components["schemas"]["ModelResponse"] | components["schemas"]["ModelError"];
        /** @description Body of `POST /run-hybrid`. */
        RunHybridRequest: {
            /**
             * @description User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).
             * @example user_8f3a2c
             */
            userId: string;
            /**
             * @description Prompt text sent to every requested model; whitespace alone is `400` (decision 10).
             * @example Compare event sourcing and CRUD for an audit-heavy billing system.
             */
            promptText: string;
            /**
             * @description Array of model IDs (as listed by `GET /models`). Unknown IDs are rejected with 400.
             * @example [
             *       "gpt-4",
             *       "claude-sonnet"
             *     ]
             */
            requestedModels: string[];
            /**
             * Format: uri
             * @description Optional webhook URL for results. When set, the final job state
             *     (`HybridJobFinalState`) is POSTed to it once the job is `completed`
             *     or `failed`; see the `jobFinished` callback.
             * @example https://client.example.org/hooks/hybrid
             */
            callbackUrl?: string;
        };
        /** @description Body of `POST /run-workflow`. */
        RunWorkflowRequest: {
            /**
             * @description User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).
             * @example user_8f3a2c
             */
            userId: string;
            /**
             * @description Workflow name (the `workflow_name` of a stored workflow). Unknown names are answered with 404.
             * @example research-brief
             */
            workflowName: string;
            /**
             * @description Input variables for workflow, substituted into the prompt templates.
             *     Every variable named in a generate step's `input_vars` that is not
             *     produced by an earlier step must be supplied (400 otherwise).
             * @example {
             *       "topic": "vector databases"
             *     }
             */
            inputVariables?: {
                [key: string]: string;
            };
            /**
             * Format: uri
             * @description Optional webhook URL for results. Defaults to the workflow's
             *     `execution_modes.api.webhook_url` when omitted. The final job state
             *     is POSTed to it once the job is `completed` or `failed`.
             * @example https://client.example.org/hooks/hybrid
             */
            callbackUrl?: string;
        };
        /** @description Generic success acknowledgement. */
        StatusResponse: {
            /** @enum {string} */
            status: "success";
        };
        /** @description Body of `POST /tokens`. Storing a token for a (userId, providerId) pair that already has one replaces it. */
        StoreTokenRequest: {
            /**
             * @description User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).
             * @example user_8f3a2c
             */
            userId: string;
            /**
             * @description Provider ID (e.g., 'openai', 'anthropic', 'browser:chatgpt'). At most
             *     255 characters (decision 27).
             * @example openai
             */
            providerId: string;
            tokenData: components["schemas"]["TokenData"];
        };
        /** @description The synthesis step that combines the generate stage's outputs. */
        SynthesizeStage: {
            /** @description Synthesis step name */
            name: string;
            /** @description Model ID for synthesis */
            model: string;
            /** @description Path or key to synthesis prompt */
            prompt_template: string;
            /** @description Variables from previous stages */
            input_vars?: string[];
            /** @description Variable name for synthesis output */
            output_var: string;
        };
        /**
         * @description Credentials for one provider. Stored encrypted at rest and never returned
         *     by any operation.
         */
        TokenData: {
            /**
             * @description Provider identifier (e.g., 'openai', 'browser:chatgpt'). Optional
             *     inside `tokenData`; when present it must equal the request's
             *     top-level `providerId` (400 `invalid_request` otherwise).
             * @example openai
             */
            providerId?: string;
            /**
             * @description Access token or API key. It is sent to the provider in an HTTP header
             *     (`Authorization: Bearer <accessToken>`), so it may hold only characters
             *     a header value can carry: no line break or other control character
             *     (U+0000–U+001F, U+007F–U+009F, tab included) and nothing above U+00FF.
             *     It must hold a character other than a space (U+0020, or the no-break
             *     space U+00A0): a key of spaces alone is no key. Such a value is
             *     `400 invalid_request` (decision 25).
             * @example sk-proj-0123456789abcdef
             */
            accessToken: string;
            /** @description Refresh token (for OAuth providers). */
            refreshToken?: string;
            /**
             * Format: int64
             * @description Unix timestamp (ms) when token expires. Omit for tokens that do not expire.
             * @example 1767225600000
             */
            expiresAt?: number;
            /**
             * @description Type of token.
             * @enum {string}
             */
            type: "api" | "oauth" | "browser" | "local";
            /** @description OAuth or API scopes. */
            scopes?: string[];
        };
        /** @description Token counts of one model call. */
        TokenUsage: {
            /** @description Input token count */
            input: number;
            /** @description Output token count */
            output: number;
            /** @description Total token count (input + output) */
            total: number;
        };
        /** @description Settings used when the workflow runs from the web app. */
        WebExecutionMode: {
            realtime_updates?: boolean;
            /** @enum {string} */
            persistence?: "database" | "none";
        };
        /**
         * @description A YAML workflow, exchanged as JSON: a `generate` stage whose steps run
         *     (optionally in parallel) on one or more models, followed by a
         *     `synthesize` step that combines their outputs. `POST /workflows` upserts
         *     by `workflow_name`.
         */
        WorkflowDefinition: {
            /**
             * @description Unique workflow name. Used as the `{name}` path segment, hence URL-safe.
             * @example research-brief
             */
            workflow_name: string;
            /** @description Human-readable description */
            description?: string;
            stages: components["schemas"]["WorkflowStages"];
            execution_modes?: components["schemas"]["ExecutionModes"];
        };
        /** @description Acknowledgement of `POST /workflows`. */
        WorkflowSaved: {
            /** @enum {string} */
            status: "success";
            /** @description The stored workflow's `workflow_name`. */
            name: string;
        };
        /** @description The two stages of a workflow; both are required. */
        WorkflowStages: {
            generate: components["schemas"]["GenerateStage"];
            synthesize: components["schemas"]["SynthesizeStage"];
        };
        /** @description One entry of `GET /workflows`. */
        WorkflowSummary: {
            /** @description The workflow's `workflow_name`. */
            name: string;
            /** @description The workflow's `description` (empty string when it has none). */
            description: string;
        };
        /**
         * @description A `WorkflowDefinition` written as YAML (`Content-Type: application/yaml`).
         *     It is parsed (YAML 1.2, the `yaml` package) and then checked exactly like the
         *     JSON form; a document that does not parse, or is not a mapping, is `400`.
         * @example workflow_name: research-brief
         *     stages:
         *       generate:
         *         parallel: true
         *         steps:
         *           - name: draft
         *             models: [local-fast, local-deep]
         *             prompt_template: "Write a short brief on {{topic}}."
         *             output_var: drafts
         *             input_vars: [topic]
         *       synthesize:
         *         name: merge
         *         model: local-deep
         *         prompt_template: "Merge these drafts into one brief: {{drafts}}"
         *         input_vars: [drafts]
         *         output_var: brief
         */
        WorkflowYaml: string;
    };
    responses: {
        /** @description Forbidden — the `userId` in the request is not the subject (`sub`) of the bearer JWT. */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Internal server error. */
        InternalError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Rate limit exceeded — 60 requests per minute per user, or 10 job
         *     submissions per minute per user on `POST /run-hybrid` and
         *     `POST /run-workflow`.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unauthorized — the bearer JWT is missing, malformed, expired or has an invalid signature. */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body is larger than the server accepts (`BODY_LIMIT_BYTES`, 1 MiB by default). */
        PayloadTooLarge: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body's `Content-Type` is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A path or query parameter violates this contract (for example a `modelId` holding a NUL byte). */
        InvalidParameter: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Job ID returned by `POST /run-hybrid` or `POST /run-workflow`.
         * @example 3f6c1e9a-8b2d-4c7e-9f10-2a4b6c8d0e12
         */
        JobId: string;
        /**
         * @description Model ID as listed by `GET /models`.
         * @example gpt-4
         */
        ModelId: string;
        /**
         * @description Provider ID whose token is deleted.
         * @example openai
         */
        ProviderIdQuery: string;
        /**
         * @description User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).
         * @example user_8f3a2c
         */
        UserIdQuery: string;
        /**
         * @description The workflow's `workflow_name`.
         * @example research-brief
         */
        WorkflowName: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying (equals `X-RateLimit-Reset` of the exhausted window).
         * @example 42
         */
        "Retry-After": number;
        /**
         * @description Maximum requests per minute in the window that applies to this request:
         *     `10` on `POST /run-hybrid` and `POST /run-workflow` (job submissions),
         *     `60` on every other operation.
         * @example 60
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Remaining requests in the current window (after this request was counted).
         * @example 59
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description Time (in seconds) until the rate limit resets, i.e. until the current window ends. Not an epoch timestamp.
         * @example 42
         */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    storeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StoreTokenRequest"];
            };
        };
        responses: {
            /** @description Token stored successfully */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            /** @description Invalid request — malformed JSON or a body that violates `StoreTokenRequest`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteToken: {
        parameters: {
            query: {
                /**
                 * @description User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).
                 * @example user_8f3a2c
                 */
                userId: components["parameters"]["UserIdQuery"];
                /**
                 * @description Provider ID whose token is deleted.
                 * @example openai
                 */
                providerId: components["parameters"]["ProviderIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Token deleted successfully */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            /** @description Invalid request — `userId` or `providerId` query parameter missing or empty. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    runHybridPrompt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunHybridRequest"];
            };
        };
        responses: {
            /** @description Job accepted */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            /**
             * @description Invalid request — malformed JSON, a body that violates
             *     `RunHybridRequest`, a model ID that `GET /models` does not list for the caller, or a
             *     `callbackUrl` that webhooks may not reach (not http(s), or resolving to
             *     a loopback, private, link-local, CGNAT or metadata address).
             */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    runWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunWorkflowRequest"];
            };
        };
        responses: {
            /** @description Job accepted */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccepted"];
                };
            };
            /**
             * @description Invalid request — malformed JSON, a body that violates
             *     `RunWorkflowRequest`, an input variable the workflow needs that
             *     `inputVariables` does not supply, a model of the workflow that the
             *     caller can no longer use, a generate step whose prompt the input
             *     variables alone make longer than 4,000,000 characters (decision 28),
             *     or a `callbackUrl` (or the workflow's `webhook_url`) that webhooks
             *     may not reach.
             */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Workflow not found — no stored workflow has this `workflowName`. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getJobStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID returned by `POST /run-hybrid` or `POST /run-workflow`.
                 * @example 3f6c1e9a-8b2d-4c7e-9f10-2a4b6c8d0e12
                 */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Job details */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HybridJobState"];
                };
            };
            /** @description Invalid request — `jobId` is not a UUID. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Job not found (or it belongs to another user). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listWorkflows: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of workflows */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowSummary"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowDefinition"];
                "application/yaml": components["schemas"]["WorkflowYaml"];
                "application/x-yaml": components["schemas"]["WorkflowYaml"];
                "text/yaml": components["schemas"]["WorkflowYaml"];
            };
        };
        responses: {
            /** @description Workflow created/updated */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowSaved"];
                };
            };
            /**
             * @description Invalid workflow definition — malformed JSON or YAML, a body that
             *     violates `WorkflowDefinition`, or a definition that breaks the rules
             *     above; `details.errors` names each problem. An
             *     `execution_modes.api.webhook_url` that webhooks may not reach (it
             *     resolves to a loopback, private, link-local, CGNAT or metadata
             *     address) is refused as a `callbackUrl` is at submission: `details` names `host`, and `address` and `range`.
             */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's `workflow_name`.
                 * @example research-brief
                 */
                name: components["parameters"]["WorkflowName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workflow definition */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowDefinition"];
                };
            };
            /** @description Invalid request — `name` is not a valid workflow name. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Workflow not found */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's `workflow_name`.
                 * @example research-brief
                 */
                name: components["parameters"]["WorkflowName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workflow deleted */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            /** @description Invalid request — `name` is not a valid workflow name. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Workflow not found */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of available models */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    checkModelHealth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Model ID as listed by `GET /models`.
                 * @example gpt-4
                 */
                modelId: components["parameters"]["ModelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Model health status */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelHealth"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            401: components["responses"]["Unauthorized"];
            /** @description Model not found — `GET /models` does not list `modelId`. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    jobFinishedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HybridJobFinalState"];
            };
        };
        responses: {
            /** @description Delivery acknowledged; no retry. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Delivery rejected by the receiver; counted as failed and retried. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Receiver error; counted as failed and retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

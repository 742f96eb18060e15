/**
 * generated — do not edit: produced by scripts/generate (orval).
 */
import {
  z as zod
} from 'zod';

/**
 * Stores (or replaces) the credentials the platform uses to call a model
provider on behalf of `userId`. Tokens are write-only: no operation
returns them.

 * @summary Store a new token for a provider
 */
export const storeTokenBodyProviderIdMax = 255;
export const storeTokenBodyTokenDataProviderIdMax = 255;
export const storeTokenBodyTokenDataAccessTokenRegExp = new RegExp('^[\\x20-\\x7E\\xA0-\\xFF]*[\\x21-\\x7E\\xA1-\\xFF][\\x20-\\x7E\\xA0-\\xFF]*$');
export const storeTokenBodyTokenDataExpiresAtMin = 0;


export const storeTokenBody = zod.object({
  "userId": zod.string().min(1).describe('User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).'),
  "providerId": zod.string().min(1).max(storeTokenBodyProviderIdMax).describe('Provider ID (e.g., \'openai\', \'anthropic\', \'browser:chatgpt\'). At most\n255 characters (decision 27).\n'),
  "tokenData": zod.object({
  "providerId": zod.string().min(1).max(storeTokenBodyTokenDataProviderIdMax).optional().describe('Provider identifier (e.g., \'openai\', \'browser:chatgpt\'). Optional\ninside `tokenData`; when present it must equal the request\'s\ntop-level `providerId` (400 `invalid_request` otherwise).\n'),
  "accessToken": zod.string().min(1).regex(storeTokenBodyTokenDataAccessTokenRegExp).describe('Access token or API key. It is sent to the provider in an HTTP header\n(`Authorization: Bearer <accessToken>`), so it may hold only characters\na header value can carry: no line break or other control character\n(U+0000–U+001F, U+007F–U+009F, tab included) and nothing above U+00FF.\nIt must hold a character other than a space (U+0020, or the no-break\nspace U+00A0): a key of spaces alone is no key. Such a value is\n`400 invalid_request` (decision 25).\n'),
  "refreshToken": zod.string().min(1).optional().describe('Refresh token (for OAuth providers).'),
  "expiresAt": zod.number().min(storeTokenBodyTokenDataExpiresAtMin).optional().describe('Unix timestamp (ms) when token expires. Omit for tokens that do not expire.'),
  "type": zod.enum(['api', 'oauth', 'browser', 'local']).describe('Type of token.'),
  "scopes": zod.array(zod.string().min(1)).optional().describe('OAuth or API scopes.')
}).describe('Credentials for one provider. Stored encrypted at rest and never returned\nby any operation.\n')
}).describe('Body of `POST /tokens`. Storing a token for a (userId, providerId) pair that already has one replaces it.')

export const storeTokenResponse = zod.object({
  "status": zod.enum(['success'])
}).describe('Generic success acknowledgement.')


/**
 * Deletes the stored token of `userId` for `providerId`. Idempotent:
deleting a token that does not exist also answers 200.

 * @summary Delete a token for a provider
 */
export const deleteTokenQueryParams = zod.object({
  "userId": zod.coerce.string().min(1).describe('User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).'),
  "providerId": zod.coerce.string().min(1).describe('Provider ID whose token is deleted.')
})

export const deleteTokenResponse = zod.object({
  "status": zod.enum(['success'])
}).describe('Generic success acknowledgement.')


/**
 * Queues a job that sends `promptText` to every model in
`requestedModels` (generate stage, in parallel) and then synthesises
their answers into one result. Answers 202 with the job ID at once;
follow progress with `GET /jobs/{jobId}` or receive the final state on
`callbackUrl`. Limited to 10 submissions per minute per user (shared
with `POST /run-workflow`).

 * @summary Run a hybrid prompt job
 */
export const runHybridPromptBodyPromptTextRegExp = new RegExp('\\S');
export const runHybridPromptBodyCallbackUrlRegExp = new RegExp('^https?:/');


export const runHybridPromptBody = zod.object({
  "userId": zod.string().min(1).describe('User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).'),
  "promptText": zod.string().min(1).regex(runHybridPromptBodyPromptTextRegExp).describe('Prompt text sent to every requested model; whitespace alone is `400` (decision 10).'),
  "requestedModels": zod.array(zod.string().min(1)).min(1).describe('Array of model IDs (as listed by `GET /models`). Unknown IDs are rejected with 400.'),
  "callbackUrl": zod.string().url().regex(runHybridPromptBodyCallbackUrlRegExp).optional().describe('Optional webhook URL for results. When set, the final job state\n(`HybridJobFinalState`) is POSTed to it once the job is `completed`\nor `failed`; see the `jobFinished` callback.\n')
}).describe('Body of `POST /run-hybrid`.')


/**
 * Queues a job that runs the stored workflow `workflowName` with
`inputVariables`: its generate stage, then its synthesize step.
Answers 202 with the job ID at once; follow progress with
`GET /jobs/{jobId}` or receive the final state on `callbackUrl`
(default: the workflow's `execution_modes.api.webhook_url`). Limited to
10 submissions per minute per user (shared with `POST /run-hybrid`).

 * @summary Run a workflow job
 */
export const runWorkflowBodyCallbackUrlRegExp = new RegExp('^https?:/');


export const runWorkflowBody = zod.object({
  "userId": zod.string().min(1).describe('User ID. Must equal the `sub` claim of the bearer JWT (403 otherwise).'),
  "workflowName": zod.string().min(1).describe('Workflow name (the `workflow_name` of a stored workflow). Unknown names are answered with 404.'),
  "inputVariables": zod.record(zod.string(), zod.string()).optional().describe('Input variables for workflow, substituted into the prompt templates.\nEvery variable named in a generate step\'s `input_vars` that is not\nproduced by an earlier step must be supplied (400 otherwise).\n'),
  "callbackUrl": zod.string().url().regex(runWorkflowBodyCallbackUrlRegExp).optional().describe('Optional webhook URL for results. Defaults to the workflow\'s\n`execution_modes.api.webhook_url` when omitted. The final job state\nis POSTed to it once the job is `completed` or `failed`.\n')
}).describe('Body of `POST /run-workflow`.')


/**
 * Returns the current `HybridJobState` of a job submitted by the
authenticated user. Jobs of other users are reported as not found.

 * @summary Get job status and results
 */
export const getJobStatusParams = zod.object({
  "jobId": zod.coerce.string().uuid().describe('Job ID returned by `POST /run-hybrid` or `POST /run-workflow`.')
})

export const getJobStatusResponseResultsTokensUsedInputMin = 0;
export const getJobStatusResponseResultsTokensUsedOutputMin = 0;
export const getJobStatusResponseResultsTokensUsedTotalMin = 0;
export const getJobStatusResponseResultsCostMin = 0;
export const getJobStatusResponseSynthesisResultTokensUsedInputMin = 0;
export const getJobStatusResponseSynthesisResultTokensUsedOutputMin = 0;
export const getJobStatusResponseSynthesisResultTokensUsedTotalMin = 0;
export const getJobStatusResponseSynthesisResultCostMin = 0;
export const getJobStatusResponseCallbackDeliveryAttemptsMin = 0;


export const getJobStatusResponse = zod.object({
  "jobId": zod.string().uuid().describe('Unique job identifier (UUID)'),
  "userId": zod.string().describe('ID of requesting user'),
  "workflowName": zod.string().nullable().describe('Name of YAML workflow if used; `null` for direct prompt jobs.'),
  "promptText": zod.string().nullable().describe('Raw prompt if direct prompt mode; `null` for workflow jobs.'),
  "requestedModels": zod.array(zod.string()).describe('Array of model IDs. For workflow jobs: the distinct models of the\nworkflow\'s generate steps, in declaration order.\n'),
  "results": zod.record(zod.string(), zod.union([zod.union([zod.object({
  "id": zod.string().optional().describe('Optional correlation ID'),
  "content": zod.string().describe('Full text output from the model'),
  "provider": zod.string().describe('Provider name (e.g., \'openai\', \'anthropic\')'),
  "model": zod.string().describe('Model identifier (e.g., \'gpt-4\', \'claude-sonnet\')'),
  "tokensUsed": zod.object({
  "input": zod.number().min(getJobStatusResponseResultsTokensUsedInputMin).describe('Input token count'),
  "output": zod.number().min(getJobStatusResponseResultsTokensUsedOutputMin).describe('Output token count'),
  "total": zod.number().min(getJobStatusResponseResultsTokensUsedTotalMin).describe('Total token count (input + output)')
}).optional().describe('Token counts of one model call.'),
  "cost": zod.number().min(getJobStatusResponseResultsCostMin).optional().describe('Cost in USD')
}).describe('Successful output of one model call. `content`, `provider` and `model`\nare always present; requiring `content` is what distinguishes this\nschema from `ModelError` (which may not carry `content`).\n'),zod.object({
  "error": zod.string().min(1).describe('Provider or execution error message for this model.')
}).describe('Failure of one model call. It has exactly one property, `error`\n(`additionalProperties: false`), so it can never also match\n`ModelResponse`, which requires `content`.\n')]).describe('Outcome of one model call: either a `ModelResponse` or a `ModelError`.\nThe branches are mutually exclusive (`ModelResponse` requires `content`,\n`ModelError` forbids every property but `error`), so exactly one matches.\nThe seed\'s third branch, `type: \'null\'`, is expressed where the result is\nused (`anyOf: [ModelResult, null]`).\n'),zod.null()])).describe('Map from modelId to response or error (`null` while that model is still pending).'),
  "synthesisResult": zod.union([zod.union([zod.object({
  "id": zod.string().optional().describe('Optional correlation ID'),
  "content": zod.string().describe('Full text output from the model'),
  "provider": zod.string().describe('Provider name (e.g., \'openai\', \'anthropic\')'),
  "model": zod.string().describe('Model identifier (e.g., \'gpt-4\', \'claude-sonnet\')'),
  "tokensUsed": zod.object({
  "input": zod.number().min(getJobStatusResponseSynthesisResultTokensUsedInputMin).describe('Input token count'),
  "output": zod.number().min(getJobStatusResponseSynthesisResultTokensUsedOutputMin).describe('Output token count'),
  "total": zod.number().min(getJobStatusResponseSynthesisResultTokensUsedTotalMin).describe('Total token count (input + output)')
}).optional().describe('Token counts of one model call.'),
  "cost": zod.number().min(getJobStatusResponseSynthesisResultCostMin).optional().describe('Cost in USD')
}).describe('Successful output of one model call. `content`, `provider` and `model`\nare always present; requiring `content` is what distinguishes this\nschema from `ModelError` (which may not carry `content`).\n'),zod.object({
  "error": zod.string().min(1).describe('Provider or execution error message for this model.')
}).describe('Failure of one model call. It has exactly one property, `error`\n(`additionalProperties: false`), so it can never also match\n`ModelResponse`, which requires `content`.\n')]).describe('Outcome of one model call: either a `ModelResponse` or a `ModelError`.\nThe branches are mutually exclusive (`ModelResponse` requires `content`,\n`ModelError` forbids every property but `error`), so exactly one matches.\nThe seed\'s third branch, `type: \'null\'`, is expressed where the result is\nused (`anyOf: [ModelResult, null]`).\n'),zod.null()]).describe('Final synthesis result (`null` until synthesis has finished).'),
  "status": zod.enum(['pending', 'generating', 'synthesizing', 'completed', 'failed']).describe('Current job status. Lifecycle: `pending` (queued) → `generating` (generate\nstage running; `results` fill in per model) → `synthesizing` (synthesis\nmodel running) → `completed`, or `failed` from any non-final state.\n`completed` and `failed` are final.\n'),
  "createdAt": zod.string().datetime({}).describe('ISO timestamp of job creation'),
  "updatedAt": zod.string().datetime({}).describe('ISO timestamp of last update'),
  "errorInfo": zod.string().nullable().describe('Error details if job failed; `null` otherwise.'),
  "variables": zod.record(zod.string(), zod.string()).optional().describe('Workflow jobs only: the value of every variable so far, by name — the\ninput variables, each generate step\'s `output_var` (the successful\noutputs of the step\'s models, each headed by its model ID) and the\nsynthesize step\'s `output_var`. Absent for direct prompt jobs.\n'),
  "callbackDelivery": zod.object({
  "url": zod.string().describe('The callback URL.'),
  "status": zod.enum(['pending', 'delivered', 'failed']).describe('`pending` while attempts remain, `delivered` after a 2XX, `failed` once every attempt failed.'),
  "attempts": zod.number().min(getJobStatusResponseCallbackDeliveryAttemptsMin).describe('Attempts made so far (at most 4).'),
  "lastStatusCode": zod.number().nullable().describe('HTTP status of the last attempt; `null` before the first or when no answer came.'),
  "lastError": zod.string().nullable().describe('Why the last attempt failed; `null` when it succeeded or none was made.')
}).optional().describe('Where the job\'s final state is being (or was) delivered: the callback\'s\ndelivery through the signed, retried webhook service. Present on\n`GET /jobs/{jobId}` only for jobs with a callback URL, and only once the job\nis final (the delivery is queued in the transaction that finishes the job).\n')
}).describe('Full state of a hybrid-prompt or workflow job. Every property is always\npresent; properties that do not apply are `null`.\n\n- Exactly one of `workflowName` (workflow job) and `promptText` (direct\n  prompt job) is non-null.\n- `results` has one key per entry of `requestedModels`, initially `null`,\n  replaced by a `ModelResponse` or a `ModelError` as each model finishes.\n- `synthesisResult` is `null` until the synthesis step has finished.\n- A job is `failed` when every generate call failed, when synthesis\n  failed, or on an internal error; `errorInfo` is then non-null. If only\n  some models fail, synthesis runs on the successful outputs and the job\n  can still complete.\n')


/**
 * Lists the name and description of every workflow the caller stored, ordered by name. Not paginated.
 * @summary List available workflows
 */
export const listWorkflowsResponseItem = zod.object({
  "name": zod.string().describe('The workflow\'s `workflow_name`.'),
  "description": zod.string().describe('The workflow\'s `description` (empty string when it has none).')
}).describe('One entry of `GET /workflows`.')
export const listWorkflowsResponse = zod.array(listWorkflowsResponseItem)


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
export const createWorkflowBodyWorkflowNameRegExp = new RegExp('^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$');
export const createWorkflowBodyStagesGenerateParallelDefault = true;export const createWorkflowBodyExecutionModesApiWebhookUrlRegExp = new RegExp('^https?:/');


export const createWorkflowBody = zod.object({
  "workflow_name": zod.string().regex(createWorkflowBodyWorkflowNameRegExp).describe('Unique workflow name. Used as the `{name}` path segment, hence URL-safe.'),
  "description": zod.string().optional().describe('Human-readable description'),
  "stages": zod.object({
  "generate": zod.object({
  "parallel": zod.boolean().default(createWorkflowBodyStagesGenerateParallelDefault).describe('Whether to run steps in parallel'),
  "steps": zod.array(zod.object({
  "name": zod.string().min(1).describe('Step name'),
  "models": zod.array(zod.string().min(1)).min(1).describe('Array of model IDs'),
  "prompt_template": zod.string().min(1).describe('Path or key to prompt template'),
  "output_var": zod.string().min(1).describe('Variable name for output'),
  "input_vars": zod.array(zod.string().min(1)).optional().describe('Variables to substitute')
}).describe('One step of the generate stage.')).min(1)
}).describe('The generate stage. A model ID may appear in at most one step (400\notherwise), so job `results` stay keyed by model ID.\n'),
  "synthesize": zod.object({
  "name": zod.string().min(1).describe('Synthesis step name'),
  "model": zod.string().min(1).describe('Model ID for synthesis'),
  "prompt_template": zod.string().min(1).describe('Path or key to synthesis prompt'),
  "input_vars": zod.array(zod.string().min(1)).optional().describe('Variables from previous stages'),
  "output_var": zod.string().min(1).describe('Variable name for synthesis output')
}).describe('The synthesis step that combines the generate stage\'s outputs.')
}).describe('The two stages of a workflow; both are required.'),
  "execution_modes": zod.object({
  "web": zod.object({
  "realtime_updates": zod.boolean().optional(),
  "persistence": zod.enum(['database', 'none']).optional()
}).optional().describe('Settings used when the workflow runs from the web app.'),
  "cli": zod.object({
  "output_format": zod.enum(['obsidian_markdown', 'json']).optional(),
  "output_path": zod.string().optional()
}).optional().describe('Settings used when the workflow runs from the CLI.'),
  "api": zod.object({
  "response_format": zod.enum(['json']).optional(),
  "webhook_url": zod.string().url().regex(createWorkflowBodyExecutionModesApiWebhookUrlRegExp).optional().describe('Default `callbackUrl` for `POST /run-workflow` requests that do not\ngive one. Checked like a `callbackUrl` when the workflow is stored: one\nwebhooks may not reach is `400` at `POST /workflows` (decision 26).\n')
}).optional().describe('Settings used when the workflow runs through this API.')
}).optional().describe('Per-surface execution settings of a workflow. All optional.')
}).describe('A YAML workflow, exchanged as JSON: a `generate` stage whose steps run\n(optionally in parallel) on one or more models, followed by a\n`synthesize` step that combines their outputs. `POST /workflows` upserts\nby `workflow_name`.\n')

export const createWorkflowResponse = zod.object({
  "status": zod.enum(['success']),
  "name": zod.string().describe('The stored workflow\'s `workflow_name`.')
}).describe('Acknowledgement of `POST /workflows`.')


/**
 * Returns the stored definition of one of the caller's workflows (another user's is 404).
 * @summary Get workflow definition
 */
export const getWorkflowResponseWorkflowNameRegExp = new RegExp('^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$');
export const getWorkflowResponseStagesGenerateParallelDefault = true;export const getWorkflowResponseExecutionModesApiWebhookUrlRegExp = new RegExp('^https?:/');


export const getWorkflowResponse = zod.object({
  "workflow_name": zod.string().regex(getWorkflowResponseWorkflowNameRegExp).describe('Unique workflow name. Used as the `{name}` path segment, hence URL-safe.'),
  "description": zod.string().optional().describe('Human-readable description'),
  "stages": zod.object({
  "generate": zod.object({
  "parallel": zod.boolean().default(getWorkflowResponseStagesGenerateParallelDefault).describe('Whether to run steps in parallel'),
  "steps": zod.array(zod.object({
  "name": zod.string().min(1).describe('Step name'),
  "models": zod.array(zod.string().min(1)).min(1).describe('Array of model IDs'),
  "prompt_template": zod.string().min(1).describe('Path or key to prompt template'),
  "output_var": zod.string().min(1).describe('Variable name for output'),
  "input_vars": zod.array(zod.string().min(1)).optional().describe('Variables to substitute')
}).describe('One step of the generate stage.')).min(1)
}).describe('The generate stage. A model ID may appear in at most one step (400\notherwise), so job `results` stay keyed by model ID.\n'),
  "synthesize": zod.object({
  "name": zod.string().min(1).describe('Synthesis step name'),
  "model": zod.string().min(1).describe('Model ID for synthesis'),
  "prompt_template": zod.string().min(1).describe('Path or key to synthesis prompt'),
  "input_vars": zod.array(zod.string().min(1)).optional().describe('Variables from previous stages'),
  "output_var": zod.string().min(1).describe('Variable name for synthesis output')
}).describe('The synthesis step that combines the generate stage\'s outputs.')
}).describe('The two stages of a workflow; both are required.'),
  "execution_modes": zod.object({
  "web": zod.object({
  "realtime_updates": zod.boolean().optional(),
  "persistence": zod.enum(['database', 'none']).optional()
}).optional().describe('Settings used when the workflow runs from the web app.'),
  "cli": zod.object({
  "output_format": zod.enum(['obsidian_markdown', 'json']).optional(),
  "output_path": zod.string().optional()
}).optional().describe('Settings used when the workflow runs from the CLI.'),
  "api": zod.object({
  "response_format": zod.enum(['json']).optional(),
  "webhook_url": zod.string().url().regex(getWorkflowResponseExecutionModesApiWebhookUrlRegExp).optional().describe('Default `callbackUrl` for `POST /run-workflow` requests that do not\ngive one. Checked like a `callbackUrl` when the workflow is stored: one\nwebhooks may not reach is `400` at `POST /workflows` (decision 26).\n')
}).optional().describe('Settings used when the workflow runs through this API.')
}).optional().describe('Per-surface execution settings of a workflow. All optional.')
}).describe('A YAML workflow, exchanged as JSON: a `generate` stage whose steps run\n(optionally in parallel) on one or more models, followed by a\n`synthesize` step that combines their outputs. `POST /workflows` upserts\nby `workflow_name`.\n')


/**
 * Deletes one of the caller's workflows (another user's is 404). Jobs
already submitted for it keep running, on the definition they were
submitted with;
new `POST /run-workflow` requests for it answer 404.

 * @summary Delete a workflow
 */
export const deleteWorkflowResponse = zod.object({
  "status": zod.enum(['success'])
}).describe('Generic success acknowledgement.')


/**
 * Lists every model the caller can use, ordered by `id`. Not paginated.
Built from configuration: the local deterministic models (always present,
`type: local`, `provider: local`; not real LLMs), the OpenAI-compatible
provider's models when the server has one configured, and that
provider's models for a caller who stored a token for it (then run with
the caller's own key).

 * @summary List available models
 */
export const listModelsResponseItem = zod.object({
  "id": zod.string().describe('Model ID'),
  "type": zod.enum(['api', 'browser', 'local']).describe('Model type'),
  "provider": zod.string().describe('Provider name'),
  "name": zod.string().describe('Human-readable name'),
  "capabilities": zod.object({
  "streaming": zod.boolean(),
  "maxTokens": zod.number().min(1)
}).describe('What a model supports.')
}).describe('One entry of `GET /models`.')
export const listModelsResponse = zod.array(listModelsResponseItem)


/**
 * Probes one model's provider with the caller's stored token (else the
server's key), with a short timeout; the answer is cached briefly per
provider and key. A provider that is unreachable, rejects the token or
has no token stored yields `ready: false` with an explanation, not an
error status.

 * @summary Check model health
 */
export const checkModelHealthParams = zod.object({
  "modelId": zod.coerce.string().min(1).describe('Model ID as listed by `GET /models`.')
})

export const checkModelHealthResponse = zod.object({
  "ready": zod.boolean(),
  "details": zod.string().describe('Human-readable explanation of the health state.')
}).describe('Health of one model. An unreachable or misconfigured provider is reported\nas `ready: false` with an explanation in `details`, not as an HTTP error.\n')

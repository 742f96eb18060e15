/**
 * generated — do not edit: produced by scripts/generate (orval).
 */
import {
  z as zod
} from 'zod';

/**
 * Returns 200 with `status=ok` when the platform-api can reach the
database (verified via the `public.fn_health()` RPC). Returns 503
with `status=degraded` if the probe fails or times out (1500 ms).
This route is unauthenticated.

 * @summary Liveness probe
 */
export const getHealthResponseUptimeSMin = 0;


export const getHealthResponse = zod.object({
  "status": zod.enum(['ok']),
  "db": zod.literal(true),
  "uptime_s": zod.number().min(getHealthResponseUptimeSMin),
  "version": zod.string().nullish(),
  "checked_at": zod.string().datetime({})
})


/**
 * **Extension** (not in the seed): the lenses a caller can execute, each with its declared params, so a
client can offer a choice and build a form. Ordered by name.

 * @summary List lenses (extension)
 */
export const listLensesResponse = zod.object({
  "data": zod.array(zod.object({
  "id": zod.string().uuid(),
  "name": zod.string(),
  "description": zod.string(),
  "params": zod.array(zod.object({
  "name": zod.string(),
  "required": zod.boolean(),
  "description": zod.string().optional(),
  "default": zod.string().optional()
}))
})),
  "meta": zod.object({
  "requestId": zod.string().optional(),
  "durationMs": zod.number().optional(),
  "limit": zod.number().optional(),
  "offset": zod.number().optional(),
  "total": zod.number().optional(),
  "hasNextPage": zod.boolean().optional(),
  "nextCursor": zod.string().optional()
}).optional()
})


/**
 * **Extension** (not in the seed), for local development only: a bearer token for the chosen subject,
signed with the server's development secret, valid for an hour. It does not exist (404) when
`NODE_ENV=production` or when tokens come from an identity provider (`JWT_JWKS_URL`).

 * @summary Mint a development token (extension)
 */
export const createDevTokenBodySubjectMax = 128;

export const createDevTokenBodySubjectRegExp = new RegExp('^[A-Za-z0-9._@-]+$');


export const createDevTokenBody = zod.object({
  "subject": zod.string().min(1).max(createDevTokenBodySubjectMax).regex(createDevTokenBodySubjectRegExp)
})


/**
 * Enqueues a lens execution and returns a `runId`. Poll
`GET /v1/runs/{runId}` for terminal status, or stream
`GET /v1/runs/{runId}/events` for live progress.

Rate-limited per-user; bursts return 429.

 * @summary Execute a lens
 */
export const executeLensParams = zod.object({
  "lensId": zod.coerce.string().uuid()
})

export const executeLensBodyModelOverrideMax = 200;
export const executeLensBodyIdempotencyKeyMax = 255;


export const executeLensBody = zod.object({
  "params": zod.record(zod.string(), zod.any()).describe('Inputs passed to the lens template renderer.'),
  "modelOverride": zod.string().min(1).max(executeLensBodyModelOverrideMax).optional().describe('Force a specific model id (e.g. `claude-sonnet-4-6`); 1 to 200 characters (see Decisions).'),
  "providerOverride": zod.string().min(1).optional().describe('Force a provider key (e.g. `anthropic`, `openai`).'),
  "fundingSource": zod.enum(['user_byok_cloud', 'user_byok_local', 'platform_credit', 'sponsored']).optional(),
  "byokKeyRefId": zod.string().optional().describe('Required when `fundingSource = user_byok_cloud`.'),
  "idempotencyKey": zod.string().min(1).max(executeLensBodyIdempotencyKeyMax).optional().describe('Caller-supplied dedupe key, per subject and lens; 1 to 255 characters (see Decisions).')
})


/**
 * @summary Run a workflow
 */
export const runWorkflowParams = zod.object({
  "workflowId": zod.coerce.string().uuid()
})

export const runWorkflowBodyModelOverrideMax = 200;
export const runWorkflowBodyIdempotencyKeyMax = 255;


export const runWorkflowBody = zod.object({
  "inputs": zod.record(zod.string(), zod.any()),
  "modelOverride": zod.string().min(1).max(runWorkflowBodyModelOverrideMax).optional().describe('Force a specific model id for every node; 1 to 200 characters (see Decisions).'),
  "idempotencyKey": zod.string().min(1).max(runWorkflowBodyIdempotencyKeyMax).optional().describe('Caller-supplied dedupe key, per subject and workflow; 1 to 255 characters (see Decisions).')
})


/**
 * @summary Get run status and artifacts
 */
export const getRunStatusParams = zod.object({
  "runId": zod.coerce.string().uuid()
})

export const getRunStatusResponse = zod.object({
  "data": zod.object({
  "id": zod.string().uuid(),
  "requestId": zod.string().uuid(),
  "status": zod.enum(['queued', 'running', 'succeeded', 'failed', 'canceled', 'timed_out']),
  "modelId": zod.string().nullish(),
  "modelKey": zod.string().nullish(),
  "providerKey": zod.string().nullish(),
  "startedAt": zod.string().datetime({}).nullish(),
  "completedAt": zod.string().datetime({}).nullish(),
  "latencyMs": zod.number().nullish(),
  "tokenInput": zod.number().nullish(),
  "tokenOutput": zod.number().nullish(),
  "creditCost": zod.number().nullish(),
  "billingStatus": zod.string().nullish(),
  "errorCode": zod.string().nullish(),
  "errorMessage": zod.string().nullish(),
  "artifacts": zod.array(zod.object({
  "id": zod.string().uuid(),
  "artifactKind": zod.enum(['text', 'image', 'audio', 'video', 'json', 'trace', 'tool_log', 'rubric_result']),
  "contentText": zod.string().nullish(),
  "contentJson": zod.record(zod.string(), zod.any()).nullish().describe('Any JSON value, or null when the artifact is not JSON.'),
  "isPrimaryOutput": zod.boolean(),
  "visibility": zod.string(),
  "createdAt": zod.string().datetime({})
}))
}),
  "meta": zod.object({
  "requestId": zod.string().optional(),
  "durationMs": zod.number().optional(),
  "limit": zod.number().optional(),
  "offset": zod.number().optional(),
  "total": zod.number().optional(),
  "hasNextPage": zod.boolean().optional(),
  "nextCursor": zod.string().optional()
}).optional()
})


/**
 * Streams `text/event-stream` events for the run. Each event corresponds
to a row in `lenses.workflow_run_events`. The stream emits a final
`event: done` when the run reaches a terminal status.

Resume after a disconnect by sending the `Last-Event-ID` header with
the id of the last received event; the server resumes from the
following row.

Keep-alive comments are emitted every 15 seconds.

 * @summary Stream run events (SSE)
 */
export const streamRunEventsParams = zod.object({
  "runId": zod.coerce.string().uuid()
})

export const streamRunEventsHeaderLastEventIDRegExp = new RegExp('^[0-9]+$');


export const streamRunEventsHeader = zod.object({
  "Last-Event-ID": zod.coerce.string().regex(streamRunEventsHeaderLastEventIDRegExp).optional().describe('Resume cursor — id of the last received event. An id past the run\'s last stored event resumes after\nthat event: the stream carries what the run writes next and ends with `done` (see Decisions).\n')
})


/**
 * Schema varies by `partnerName`. Currently registered: `chainabit`.

 * @summary Provision a partner integration
 */
export const provisionPartnerPathPartnerNameRegExp = new RegExp('^[a-z0-9][a-z0-9-]{0,62}$');


export const provisionPartnerParams = zod.object({
  "partnerName": zod.coerce.string().regex(provisionPartnerPathPartnerNameRegExp).describe('Partner slug. Registered partners — `chainabit`. Any other slug answers 404.')
})

export const provisionPartnerBody = zod.record(zod.string(), zod.any()).describe('Partner-specific payload. Refer to the partner provider in\n`libs/infra/partner-provisioning/` for the actual shape.\n')

export const provisionPartnerResponse = zod.object({
  "data": zod.object({
  "accessToken": zod.string().optional(),
  "refreshToken": zod.string().optional().describe('What `refreshPartnerToken` takes as `refreshToken`; valid until it is used once.'),
  "expiresAt": zod.string().datetime({}).optional().describe('When `accessToken` expires.')
}).optional(),
  "meta": zod.object({
  "requestId": zod.string().optional(),
  "durationMs": zod.number().optional(),
  "limit": zod.number().optional(),
  "offset": zod.number().optional(),
  "total": zod.number().optional(),
  "hasNextPage": zod.boolean().optional(),
  "nextCursor": zod.string().optional()
}).optional()
}).describe('A partner envelope whose `data` also carries the account\'s current OAuth tokens (the provisioning and\nrefresh answers of every partner); the rest of `data` varies by partner.\n')


/**
 * @summary Read partner balance
 */
export const getPartnerBalancePathPartnerNameRegExp = new RegExp('^[a-z0-9][a-z0-9-]{0,62}$');


export const getPartnerBalanceParams = zod.object({
  "partnerName": zod.coerce.string().regex(getPartnerBalancePathPartnerNameRegExp).describe('Partner slug. Registered partners — `chainabit`. Any other slug answers 404.')
})

export const getPartnerBalanceResponse = zod.object({
  "data": zod.record(zod.string(), zod.any()).optional(),
  "meta": zod.object({
  "requestId": zod.string().optional(),
  "durationMs": zod.number().optional(),
  "limit": zod.number().optional(),
  "offset": zod.number().optional(),
  "total": zod.number().optional(),
  "hasNextPage": zod.boolean().optional(),
  "nextCursor": zod.string().optional()
}).optional()
})


/**
 * @summary Refresh a partner OAuth token
 */
export const refreshPartnerTokenPathPartnerNameRegExp = new RegExp('^[a-z0-9][a-z0-9-]{0,62}$');


export const refreshPartnerTokenParams = zod.object({
  "partnerName": zod.coerce.string().regex(refreshPartnerTokenPathPartnerNameRegExp).describe('Partner slug. Registered partners — `chainabit`. Any other slug answers 404.')
})

export const refreshPartnerTokenBody = zod.record(zod.string(), zod.any()).describe('Partner-specific payload. Refer to the partner provider in\n`libs/infra/partner-provisioning/` for the actual shape.\n')

export const refreshPartnerTokenResponse = zod.object({
  "data": zod.object({
  "accessToken": zod.string().optional(),
  "refreshToken": zod.string().optional().describe('What `refreshPartnerToken` takes as `refreshToken`; valid until it is used once.'),
  "expiresAt": zod.string().datetime({}).optional().describe('When `accessToken` expires.')
}).optional(),
  "meta": zod.object({
  "requestId": zod.string().optional(),
  "durationMs": zod.number().optional(),
  "limit": zod.number().optional(),
  "offset": zod.number().optional(),
  "total": zod.number().optional(),
  "hasNextPage": zod.boolean().optional(),
  "nextCursor": zod.string().optional()
}).optional()
}).describe('A partner envelope whose `data` also carries the account\'s current OAuth tokens (the provisioning and\nrefresh answers of every partner); the rest of `data` varies by partner.\n')


/**
 * Records a claim at the partner and credits the caller's account with its `amount`.

Send an `Idempotency-Key` to retry safely: a request that timed out or lost its connection may have
credited the account, and a retry with the same key and the same body answers what the first one did
(same `claimId`, `balance` and `createdAt`, with `Idempotent-Replayed: true`) without crediting again,
even while the first is still running. See Decisions.

 * @summary Send a partner claim
 */
export const sendPartnerClaimPathPartnerNameRegExp = new RegExp('^[a-z0-9][a-z0-9-]{0,62}$');


export const sendPartnerClaimParams = zod.object({
  "partnerName": zod.coerce.string().regex(sendPartnerClaimPathPartnerNameRegExp).describe('Partner slug. Registered partners — `chainabit`. Any other slug answers 404.')
})

export const sendPartnerClaimHeaderIdempotencyKeyMax = 255;

export const sendPartnerClaimHeaderIdempotencyKeyRegExp = new RegExp('^[^,]*$');


export const sendPartnerClaimHeader = zod.object({
  "Idempotency-Key": zod.coerce.string().min(1).max(sendPartnerClaimHeaderIdempotencyKeyMax).regex(sendPartnerClaimHeaderIdempotencyKeyRegExp).optional().describe('A key the client makes up for this claim (a UUID, say), 1 to 255 characters, kept for 24 hours per\ncaller and partner. The same key with the same body replays the first answer; with another body it is\na 422 `idempotency_key_reused`. Only a credited claim keeps its key: a refused one (400, 404) does not.\nA comma is refused (400): the header sent twice reaches the server as its values joined by `, `.\n')
})

export const sendPartnerClaimBody = zod.record(zod.string(), zod.any()).describe('Partner-specific payload. Refer to the partner provider in\n`libs/infra/partner-provisioning/` for the actual shape.\n')

export const sendPartnerClaimResponse = zod.object({
  "data": zod.record(zod.string(), zod.any()).optional(),
  "meta": zod.object({
  "requestId": zod.string().optional(),
  "durationMs": zod.number().optional(),
  "limit": zod.number().optional(),
  "offset": zod.number().optional(),
  "total": zod.number().optional(),
  "hasNextPage": zod.boolean().optional(),
  "nextCursor": zod.string().optional()
}).optional()
})

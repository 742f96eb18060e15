/**
 * generated — do not edit: produced by scripts/generate (orval).
 */
import {
  z as zod
} from 'zod';

/**
 * Returns server health status
 * @summary Health check
 */
export const healthCheckResponse = zod.object({
  "status": zod.string().describe('Health indicator; `ok` when the server is up.')
}).describe('Liveness payload returned by `GET /healthz`.')


/**
 * Accepts a request, creates a job row, and issues an eval fee Lightning invoice.

The job row and its eval invoice are inserted in one database transaction. The job starts in
`awaiting_eval_payment`; pay `evalInvoice` and poll `GET /jobs/{id}`.

 * @summary Create a new agent job
 */
export const createJobBodyRequestRegExp = new RegExp('\\S');


export const createJobBody = zod.object({
  "request": zod.string().min(1).regex(createJobBodyRequestRegExp).describe('The natural-language task for the agent.')
}).describe('Body of `POST /jobs`.')


/**
 * Returns current job state. Automatically advances the state machine when a pending invoice is found to be paid.

Polling drives the job: when the job is `awaiting_eval_payment` and the eval invoice is paid, the
server atomically marks it paid and moves the job to `evaluating` (optimistic update guarded by
`WHERE state = 'awaiting_eval_payment'`), runs the evaluator and moves on to `awaiting_work_payment`
(issuing the work invoice, priced from the estimated token cost, infra and margin at the current BTC/USD
price) or `rejected`. The same happens for the work invoice: `awaiting_work_payment` -> `executing` ->
`complete`. Any agent or Lightning backend error moves the job to `failed`; that is still reported
with 200 and `errorMessage`.

 * @summary Get job status
 */
export const getJobParams = zod.object({
  "id": zod.coerce.string().describe('Job identifier returned by `POST /jobs`.')
})

export const getJobResponseCostLedgerActualInputTokensMin = 0;
export const getJobResponseCostLedgerActualOutputTokensMin = 0;
export const getJobResponseCostLedgerTotalTokensMin = 0;
export const getJobResponseCostLedgerActualAmountSatsMin = 0;
export const getJobResponseCostLedgerWorkAmountSatsMin = 0;
export const getJobResponseCostLedgerRefundAmountSatsMin = 0;


export const getJobResponse = zod.object({
  "jobId": zod.string().describe('Job identifier.'),
  "state": zod.enum(['awaiting_eval_payment', 'evaluating', 'rejected', 'awaiting_work_payment', 'executing', 'complete', 'failed']).describe('Lifecycle of a per-job (Mode 1) request:\n\n`awaiting_eval_payment` -> (eval invoice paid) -> `evaluating` -> `awaiting_work_payment` | `rejected`;\n`awaiting_work_payment` -> (work invoice paid) -> `executing` -> `complete`.\nAny agent or Lightning backend error moves the job to `failed`, and so does an eval or work invoice that\nexpires unpaid (`errorMessage`: \"The eval invoice expired before it was paid\", or \"work\").\n`rejected`, `complete` and `failed` are terminal. Every transition is an atomic compare-and-set on the\ncurrent state, so concurrent polls never advance a job twice.\n'),
  "createdAt": zod.string().datetime({}).describe('ISO 8601 timestamp of job creation (always present)'),
  "completedAt": zod.string().datetime({}).nullish().describe('ISO 8601 timestamp of when the job ended: reached `complete`, `rejected` or `failed` (decision 37); null while\nit is still under way.\n'),
  "evalInvoice": zod.object({
  "paymentRequest": zod.string().describe('BOLT11 payment request to pay with any Lightning wallet.'),
  "amountSats": zod.number().min(1).describe('Invoice amount in satoshis.'),
  "paymentHash": zod.string().optional().describe('Payment hash of the invoice (hex). Only present when the server runs the local stub Lightning\nbackend, so that the invoice can be settled with `POST /dev/stub/pay/{paymentHash}`.\n')
}).optional().describe('A Lightning (BOLT11) invoice the client must pay to advance a job.'),
  "workInvoice": zod.object({
  "paymentRequest": zod.string().describe('BOLT11 payment request to pay with any Lightning wallet.'),
  "amountSats": zod.number().min(1).describe('Invoice amount in satoshis.'),
  "paymentHash": zod.string().optional().describe('Payment hash of the invoice (hex). Only present when the server runs the local stub Lightning\nbackend, so that the invoice can be settled with `POST /dev/stub/pay/{paymentHash}`.\n')
}).optional().describe('A Lightning (BOLT11) invoice the client must pay to advance a job.'),
  "pricingBreakdown": zod.object({
  "estimatedCostUsd": zod.number().optional().describe('Total estimated cost in USD (token cost + DO infra + margin)'),
  "marginPct": zod.number().optional().describe('Originator margin percentage applied'),
  "btcPriceUsd": zod.number().optional().describe('BTC/USD spot price used to convert the invoice to sats')
}).optional().describe('Cost breakdown shown with the work invoice (estimations at invoice-creation time)'),
  "reason": zod.string().optional().describe('Why the evaluator rejected the request; present when `rejected`.'),
  "result": zod.string().optional().describe('The agent\'s output; present when `complete`.'),
  "costLedger": zod.object({
  "actualInputTokens": zod.number().min(getJobResponseCostLedgerActualInputTokensMin).optional().describe('Input tokens actually consumed by the work model.'),
  "actualOutputTokens": zod.number().min(getJobResponseCostLedgerActualOutputTokensMin).optional().describe('Output tokens actually produced by the work model.'),
  "totalTokens": zod.number().min(getJobResponseCostLedgerTotalTokensMin).optional().describe('Sum of actualInputTokens + actualOutputTokens'),
  "actualCostUsd": zod.number().optional().describe('Raw Anthropic token cost (no infra, no margin)'),
  "actualChargeUsd": zod.number().optional().describe('What we honestly charged in USD (actual token cost + DO infra + margin)'),
  "estimatedCostUsd": zod.number().optional().describe('Original estimate used to create the work invoice'),
  "actualAmountSats": zod.number().min(getJobResponseCostLedgerActualAmountSatsMin).optional().describe('Honest sats charge (actual cost converted at the locked BTC price)'),
  "workAmountSats": zod.number().min(getJobResponseCostLedgerWorkAmountSatsMin).optional().describe('Amount the user originally paid in sats'),
  "refundAmountSats": zod.number().min(getJobResponseCostLedgerRefundAmountSatsMin).optional().describe('Sats owed back to the user (workAmountSats - actualAmountSats, >= 0)'),
  "refundState": zod.enum(['not_applicable', 'pending', 'paid']).optional().describe('Lifecycle of the refund for this job'),
  "refundError": zod.string().optional().describe('Why the last payment of this refund failed (the backend refused it, or reported it failed after it was left\npending). Present only while `refundState` is `pending` again after such a failure: the refund can be\nclaimed again with a fresh invoice.\n'),
  "marginPct": zod.number().optional().describe('Originator margin percentage applied.'),
  "btcPriceUsd": zod.number().optional().describe('BTC/USD price locked at invoice creation time')
}).optional().describe('Honest post-work accounting stored after the job completes'),
  "errorMessage": zod.string().optional().describe('What went wrong; present when `failed`.')
}).describe('Current state of a job plus the state-appropriate payload: `evalInvoice` while `awaiting_eval_payment`,\n`workInvoice` and `pricingBreakdown` while `awaiting_work_payment`, `reason` when `rejected`, `result`\nand `costLedger` when `complete`, `errorMessage` when `failed`.\n')


/**
 * After a job completes, if the actual cost (tokens used + infra + margin) was
less than the work invoice amount, the difference is owed back to the user.
Submit a BOLT11 invoice for exactly `refundAmountSats` to receive the payment.
Idempotent: returns 409 if already paid or if no refund is owed.

`refundAmountSats` and `refundState` are read from the job's `costLedger` (`GET /jobs/{id}`).

 * @summary Claim a refund for overpayment
 */
export const claimRefundParams = zod.object({
  "id": zod.coerce.string().describe('Job identifier returned by `POST /jobs`.')
})

export const claimRefundBodyInvoiceRegExp = new RegExp('\\S');


export const claimRefundBody = zod.object({
  "invoice": zod.string().min(1).regex(claimRefundBodyInvoiceRegExp).describe('BOLT11 invoice for exactly refundAmountSats (empty or whitespace alone is 400 \"invoice must not be empty\")')
}).describe('Body of `POST /jobs/{id}/refund`.')

export const claimRefundResponse = zod.object({
  "ok": zod.boolean().describe('Always `true` on success.'),
  "refundAmountSats": zod.number().min(1).describe('Sats refunded.'),
  "paymentHash": zod.string().describe('Payment hash of the outgoing refund payment.'),
  "message": zod.string().describe('Human-readable confirmation.')
}).describe('Confirmation that the refund was paid to the submitted invoice.')


/**
 * Opens a new session. Pay the returned Lightning invoice to activate it.
Once active, use the `macaroon` from GET /sessions/:id to authenticate requests.
Deposits: 100–10,000 sats. Sessions expire after 24 h of inactivity.

 * @summary Create a pre-funded session
 */
export const createSessionBodyAmountSatsMin = 100;

export const createSessionBodyAmountSatsMax = 10000;


export const createSessionBody = zod.object({
  "amount_sats": zod.number().min(createSessionBodyAmountSatsMin).max(createSessionBodyAmountSatsMax).describe('Deposit amount (100–10,000 sats)')
}).describe('Body of `POST /sessions` (deposit) and `POST /sessions/{id}/topup` (top-up).')


/**
 * Returns current state, balance, and pending invoice info. Auto-advances on payment.

Polling drives the session: a paid deposit invoice moves `awaiting_payment` -> `active` and issues the
`macaroon`; a paid top-up invoice credits the balance and resumes a `paused` session. Advances are
atomic (optimistic state-guarded updates), so a payment is credited exactly once. This endpoint needs no
macaroon: it is where the macaroon is obtained, and the unguessable session id is the capability.

 * @summary Get session status
 */
export const getSessionParams = zod.object({
  "id": zod.coerce.string().describe('Session identifier returned by `POST /sessions`.')
})

export const getSessionResponseMinimumBalanceSatsMin = 0;


export const getSessionResponse = zod.object({
  "sessionId": zod.string().describe('Session identifier.'),
  "state": zod.enum(['awaiting_payment', 'active', 'paused', 'expired']).describe('Lifecycle of a pre-funded session (Mode 2): `awaiting_payment` until the deposit invoice is paid, then\n`active`; `paused` when the balance falls below `minimumBalanceSats` (paying a top-up resumes it);\n`expired` after 24 h of inactivity (terminal).\n'),
  "balanceSats": zod.number().describe('Remaining pre-paid balance in satoshis.'),
  "minimumBalanceSats": zod.number().min(getSessionResponseMinimumBalanceSatsMin).optional().describe('Balance needed to run a request; below it the session is `paused` until topped up.'),
  "macaroon": zod.string().optional().describe('Bearer token for authenticating requests; present when active or paused'),
  "expiresAt": zod.string().datetime({}).optional().describe('When the session expires if it stays inactive (24 h after the last activity).'),
  "invoice": zod.object({
  "paymentRequest": zod.string().optional().describe('BOLT11 payment request.'),
  "amountSats": zod.number().min(1).optional().describe('Invoice amount in satoshis.'),
  "paymentHash": zod.string().optional().describe('Only present in stub/dev mode')
}).optional().describe('A Lightning invoice that funds (deposit) or tops up a session.'),
  "pendingTopup": zod.object({
  "paymentRequest": zod.string().optional().describe('BOLT11 payment request.'),
  "amountSats": zod.number().min(1).optional().describe('Invoice amount in satoshis.'),
  "paymentHash": zod.string().optional().describe('Only present in stub/dev mode')
}).optional().describe('A Lightning invoice that funds (deposit) or tops up a session.')
}).describe('Current state of a session, its balance and any outstanding invoice.')


/**
 * Runs eval + work and debits the actual compute cost from the session balance.
Rejected requests still incur a small eval fee. Requires `Authorization: Bearer <macaroon>`.

The request runs synchronously; the response carries the final state (`complete`, `rejected` or
`failed`), the sats debited and the remaining balance. When the balance drops below
`minimumBalanceSats` the session becomes `paused` until a top-up is paid.

 * @summary Submit a request against a session balance
 */
export const submitSessionRequestParams = zod.object({
  "id": zod.coerce.string().describe('Session identifier returned by `POST /sessions`.')
})

export const submitSessionRequestBodyRequestRegExp = new RegExp('\\S');


export const submitSessionRequestBody = zod.object({
  "request": zod.string().min(1).regex(submitSessionRequestBodyRequestRegExp).describe('The natural-language task for the agent.')
}).describe('Body of `POST /sessions/{id}/request`.')

export const submitSessionRequestResponseDebitedSatsMin = 0;
export const submitSessionRequestResponseCostEvalSatsMin = 0;
export const submitSessionRequestResponseCostWorkSatsMin = 0;
export const submitSessionRequestResponseCostTotalSatsMin = 0;


export const submitSessionRequestResponse = zod.object({
  "requestId": zod.string().describe('Identifier of this request.'),
  "state": zod.enum(['complete', 'rejected', 'failed']).describe('Final state of the request.'),
  "result": zod.string().optional().describe('Agent output; present when `complete`.'),
  "reason": zod.string().optional().describe('Rejection reason; present when `rejected`.'),
  "errorMessage": zod.string().optional().describe('Error description; present when `failed`.'),
  "debitedSats": zod.number().min(submitSessionRequestResponseDebitedSatsMin).describe('Sats debited from the session balance for this request.'),
  "balanceRemaining": zod.number().describe('Session balance in sats after the debit.'),
  "cost": zod.object({
  "evalSats": zod.number().min(submitSessionRequestResponseCostEvalSatsMin).optional().describe('Evaluation fee in sats (charged even when the request is rejected).'),
  "workSats": zod.number().min(submitSessionRequestResponseCostWorkSatsMin).optional().describe('Work fee in sats (actual compute cost; 0 when rejected).'),
  "totalSats": zod.number().min(submitSessionRequestResponseCostTotalSatsMin).optional().describe('evalSats + workSats.'),
  "btcPriceUsd": zod.number().optional().describe('BTC/USD price used to convert the USD cost to sats.')
}).optional().describe('What one session request cost, debited from the session balance.')
}).describe('Outcome of a request run against a session balance.')


/**
 * Creates a new Lightning invoice to top up the session balance.
Only one pending topup at a time. Paying it resumes a paused session. A pending topup whose invoice
expired unpaid is dropped (`pendingTopup` no longer shows it), so a new one can be requested.

The payment is credited when `GET /sessions/{id}` next observes it as paid. Top-up amounts follow the
deposit limits (100–10,000 sats).

 * @summary Add sats to a session
 */
export const topupSessionParams = zod.object({
  "id": zod.coerce.string().describe('Session identifier returned by `POST /sessions`.')
})

export const topupSessionBodyAmountSatsMin = 100;

export const topupSessionBodyAmountSatsMax = 10000;


export const topupSessionBody = zod.object({
  "amount_sats": zod.number().min(topupSessionBodyAmountSatsMin).max(topupSessionBodyAmountSatsMax).describe('Deposit amount (100–10,000 sats)')
}).describe('Body of `POST /sessions` (deposit) and `POST /sessions/{id}/topup` (top-up).')

export const topupSessionResponse = zod.object({
  "sessionId": zod.string().describe('Session identifier.'),
  "topup": zod.object({
  "paymentRequest": zod.string().optional().describe('BOLT11 payment request.'),
  "amountSats": zod.number().min(1).optional().describe('Invoice amount in satoshis.'),
  "paymentHash": zod.string().optional().describe('Only present in stub/dev mode')
}).describe('A Lightning invoice that funds (deposit) or tops up a session.')
}).describe('Result of `POST /sessions/{id}/topup`.')


/**
 * Runs the agent without payment. Limited to 5 requests per IP per hour (`DEMO_RATE_LIMIT_PER_HOUR` changes
the number for a deployment).

The limit is keyed by client IP and declared by `x-rate-limit`; on Postgres it holds across every server
process (in memory on the embedded database). Every response, including errors, carries the
`X-RateLimit-*` headers; `X-RateLimit-Reset` is the Unix epoch second at which the window resets.

 * @summary Free demo (rate-limited)
 */
export const runDemoQueryRequestMax = 2000;

export const runDemoQueryRequestRegExp = new RegExp('\\S');


export const runDemoQueryParams = zod.object({
  "request": zod.coerce.string().min(1).max(runDemoQueryRequestMax).regex(runDemoQueryRequestRegExp).describe('The natural-language task for the agent, at most 2,000 characters. Missing, empty (or only whitespace) or longer is answered with 400.')
})

export const runDemoResponse = zod.object({
  "result": zod.string().describe('The agent\'s output.')
}).describe('Result of the free demo.')


/**
 * Returns every conversation, oldest first (without messages).
 * @summary List all conversations
 */
export const listGeminiConversationsResponseItem = zod.object({
  "id": zod.number().describe('Conversation identifier.'),
  "title": zod.string().describe('Conversation title.'),
  "createdAt": zod.string().datetime({}).describe('Creation timestamp.')
}).describe('A chat conversation.')
export const listGeminiConversationsResponse = zod.array(listGeminiConversationsResponseItem)


/**
 * Creates an empty conversation; send messages to it with `POST /gemini/conversations/{id}/messages`.
 * @summary Create a new conversation
 */
export const createGeminiConversationBodyTitleMax = 200;

export const createGeminiConversationBodyTitleRegExp = new RegExp('\\S');


export const createGeminiConversationBody = zod.object({
  "title": zod.string().min(1).max(createGeminiConversationBodyTitleMax).regex(createGeminiConversationBodyTitleRegExp).describe('Conversation title, 1 to 200 characters (Unicode code points) holding a character other than whitespace\n(decision 38): an empty or blank title is 400 \"title must not be empty\", a longer one 400 \"title must NOT have\nmore than 200 characters\".\n')
}).describe('Body of `POST /gemini/conversations`.')


/**
 * Returns the conversation and all of its messages, oldest first.
 * @summary Get conversation with messages
 */
export const getGeminiConversationParams = zod.object({
  "id": zod.coerce.number().describe('Conversation identifier (a 32-bit integer). Any other value is answered with 400.')
})

export const getGeminiConversationResponse = zod.object({
  "id": zod.number().describe('Conversation identifier.'),
  "title": zod.string().describe('Conversation title.'),
  "createdAt": zod.string().datetime({}).describe('Creation timestamp.'),
  "messages": zod.array(zod.object({
  "id": zod.number().describe('Message identifier.'),
  "conversationId": zod.number().describe('Conversation the message belongs to.'),
  "role": zod.string().describe('Author of the message; `user` for client messages, `assistant` for model replies.'),
  "content": zod.string().describe('Message text.'),
  "createdAt": zod.string().datetime({}).describe('Creation timestamp.'),
  "incomplete": zod.boolean().optional().describe('Present (and true) only on an assistant reply that was cut short; absent on complete messages.')
}).describe('One message of a conversation.')).describe('Messages ordered by creation time.')
}).describe('A conversation with all of its messages, oldest first.')


/**
 * Deletes the conversation and its messages.
 * @summary Delete a conversation
 */
export const deleteGeminiConversationParams = zod.object({
  "id": zod.coerce.number().describe('Conversation identifier (a 32-bit integer). Any other value is answered with 400.')
})


/**
 * Returns the conversation's messages, oldest first.
 * @summary List messages in a conversation
 */
export const listGeminiMessagesParams = zod.object({
  "id": zod.coerce.number().describe('Conversation identifier (a 32-bit integer). Any other value is answered with 400.')
})

export const listGeminiMessagesResponseItem = zod.object({
  "id": zod.number().describe('Message identifier.'),
  "conversationId": zod.number().describe('Conversation the message belongs to.'),
  "role": zod.string().describe('Author of the message; `user` for client messages, `assistant` for model replies.'),
  "content": zod.string().describe('Message text.'),
  "createdAt": zod.string().datetime({}).describe('Creation timestamp.'),
  "incomplete": zod.boolean().optional().describe('Present (and true) only on an assistant reply that was cut short; absent on complete messages.')
}).describe('One message of a conversation.')
export const listGeminiMessagesResponse = zod.array(listGeminiMessagesResponseItem)


/**
 * Stores the user message, sends the whole conversation to Gemini (`model`, default
`gemini-3-flash-preview`) and streams the reply as Server-Sent Events. When the stream ends the full
assistant reply is stored as a message of the conversation.

Validation errors (400), an unknown conversation (404) and failures before the stream starts (500) are
answered with a normal JSON `ErrorResponse`; once the 200 stream has started, errors are reported in-band
as an `error` frame.

A reply cut short (the client disconnected, or the model failed mid-stream) is stored as far as it got and
marked `incomplete: true`; a reply that produced nothing is not stored. Incomplete replies are not sent back
to the model as history.

 * @summary Send a message and receive an AI response (SSE stream)
 */
export const sendGeminiMessageParams = zod.object({
  "id": zod.coerce.number().describe('Conversation identifier (a 32-bit integer). Any other value is answered with 400.')
})

export const sendGeminiMessageBodyContentRegExp = new RegExp('\\S');


export const sendGeminiMessageBody = zod.object({
  "content": zod.string().min(1).regex(sendGeminiMessageBodyContentRegExp).describe('The user\'s message text.'),
  "model": zod.string().optional().describe('Gemini model override (default: gemini-3-flash-preview; an empty or blank value counts as absent, decision 35)')
}).describe('Body of `POST /gemini/conversations/{id}/messages`.')


/**
 * Generates one image with Gemini and returns it base64-encoded.
 * @summary Generate an image from a text prompt
 */
export const generateGeminiImageBodyPromptRegExp = new RegExp('\\S');


export const generateGeminiImageBody = zod.object({
  "prompt": zod.string().min(1).regex(generateGeminiImageBodyPromptRegExp).describe('Text description of the image to generate.')
}).describe('Body of `POST /gemini/generate-image`.')

export const generateGeminiImageResponse = zod.object({
  "b64_json": zod.string().describe('Image bytes, base64-encoded.'),
  "mimeType": zod.string().describe('Media type of the decoded image.')
}).describe('A generated image, base64-encoded.')


/**
 * This route exists only when the server runs the local stub Lightning backend (development; it is never
mounted when `NODE_ENV=production` or when a real Lightning backend such as LNbits is configured). It marks
the stub invoice with this payment hash as paid, in the database, simulating a wallet payment; paying an
invoice again changes nothing. An unpaid invoice past its expiry is refused (409), as a real node refuses
a payment to an expired invoice. The next
`GET /jobs/{id}` or `GET /sessions/{id}` poll then observes the payment and advances the state machine.

Use it with the `paymentHash` that invoices carry in stub mode (eval/work invoices, session deposit and
top-up invoices). When the stub backend is not active the route does not exist and the server answers 404.

 * @summary Mark a stub invoice as paid (dev only)
 */
export const stubPayInvoiceParams = zod.object({
  "paymentHash": zod.coerce.string().min(1).describe('Payment hash of a stub invoice (as returned in the `paymentHash` field of an invoice in stub mode).')
})

export const stubPayInvoiceResponse = zod.object({
  "ok": zod.boolean().describe('Always `true` on success.'),
  "paymentHash": zod.string().describe('The payment hash that was marked paid.')
}).describe('Confirmation that the stub Lightning backend marked the invoice as paid (persisted).')

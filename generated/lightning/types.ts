// generated — do not edit: produced by scripts/generate (openapi-typescript).
export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Returns server health status
         */
        get: operations["healthCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new agent job
         * @description Accepts a request, creates a job row, and issues an eval fee Lightning invoice.
         *
         *     The job row and its eval invoice are inserted in one database transaction. The job starts in
         *     `awaiting_eval_payment`; pay `evalInvoice` and poll `GET /jobs/{id}`.
         */
        post: operations["createJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job status
         * @description Returns current job state. Automatically advances the state machine when a pending invoice is found to be paid.
         *
         *     Polling drives the job: when the job is `awaiting_eval_payment` and the eval invoice is paid, the
         *     server atomically marks it paid and moves the job to `evaluating` (optimistic update guarded by
         *     `WHERE state = 'awaiting_eval_payment'`), runs the evaluator and moves on to `awaiting_work_payment`
         *     (issuing the work invoice, priced from the estimated token cost, infra and margin at the current BTC/USD
         *     price) or `rejected`. The same happens for the work invoice: `awaiting_work_payment` -> `executing` ->
         *     `complete`. Any agent or Lightning backend error moves the job to `failed`; that is still reported
         *     with 200 and `errorMessage`.
         */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a refund for overpayment
         * @description After a job completes, if the actual cost (tokens used + infra + margin) was
         *     less than the work invoice amount, the difference is owed back to the user.
         *     Submit a BOLT11 invoice for exactly `refundAmountSats` to receive the payment.
         *     Idempotent: returns 409 if already paid or if no refund is owed.
         *
         *     `refundAmountSats` and `refundState` are read from the job's `costLedger` (`GET /jobs/{id}`).
         */
        post: operations["claimRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a pre-funded session
         * @description Opens a new session. Pay the returned Lightning invoice to activate it.
         *     Once active, use the `macaroon` from GET /sessions/:id to authenticate requests.
         *     Deposits: 100–10,000 sats. Sessions expire after 24 h of inactivity.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get session status
         * @description Returns current state, balance, and pending invoice info. Auto-advances on payment.
         *
         *     Polling drives the session: a paid deposit invoice moves `awaiting_payment` -> `active` and issues the
         *     `macaroon`; a paid top-up invoice credits the balance and resumes a `paused` session. Advances are
         *     atomic (optimistic state-guarded updates), so a payment is credited exactly once. This endpoint needs no
         *     macaroon: it is where the macaroon is obtained, and the unguessable session id is the capability.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a request against a session balance
         * @description Runs eval + work and debits the actual compute cost from the session balance.
         *     Rejected requests still incur a small eval fee. Requires `Authorization: Bearer <macaroon>`.
         *
         *     The request runs synchronously; the response carries the final state (`complete`, `rejected` or
         *     `failed`), the sats debited and the remaining balance. When the balance drops below
         *     `minimumBalanceSats` the session becomes `paused` until a top-up is paid.
         */
        post: operations["submitSessionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}/topup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add sats to a session
         * @description Creates a new Lightning invoice to top up the session balance.
         *     Only one pending topup at a time. Paying it resumes a paused session. A pending topup whose invoice
         *     expired unpaid is dropped (`pendingTopup` no longer shows it), so a new one can be requested.
         *
         *     The payment is credited when `GET /sessions/{id}` next observes it as paid. Top-up amounts follow the
         *     deposit limits (100–10,000 sats).
         */
        post: operations["topupSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Free demo (rate-limited)
         * @description Runs the agent without payment. Limited to 5 requests per IP per hour (`DEMO_RATE_LIMIT_PER_HOUR` changes
         *     the number for a deployment).
         *
         *     The limit is keyed by client IP and declared by `x-rate-limit`; on Postgres it holds across every server
         *     process (in memory on the embedded database). Every response, including errors, carries the
         *     `X-RateLimit-*` headers; `X-RateLimit-Reset` is the Unix epoch second at which the window resets.
         */
        get: operations["runDemo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gemini/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all conversations
         * @description Returns every conversation, oldest first (without messages).
         */
        get: operations["listGeminiConversations"];
        put?: never;
        /**
         * Create a new conversation
         * @description Creates an empty conversation; send messages to it with `POST /gemini/conversations/{id}/messages`.
         */
        post: operations["createGeminiConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gemini/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation with messages
         * @description Returns the conversation and all of its messages, oldest first.
         */
        get: operations["getGeminiConversation"];
        put?: never;
        post?: never;
        /**
         * Delete a conversation
         * @description Deletes the conversation and its messages.
         */
        delete: operations["deleteGeminiConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gemini/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages in a conversation
         * @description Returns the conversation's messages, oldest first.
         */
        get: operations["listGeminiMessages"];
        put?: never;
        /**
         * Send a message and receive an AI response (SSE stream)
         * @description Stores the user message, sends the whole conversation to Gemini (`model`, default
         *     `gemini-3-flash-preview`) and streams the reply as Server-Sent Events. When the stream ends the full
         *     assistant reply is stored as a message of the conversation.
         *
         *     Validation errors (400), an unknown conversation (404) and failures before the stream starts (500) are
         *     answered with a normal JSON `ErrorResponse`; once the 200 stream has started, errors are reported in-band
         *     as an `error` frame.
         *
         *     A reply cut short (the client disconnected, or the model failed mid-stream) is stored as far as it got and
         *     marked `incomplete: true`; a reply that produced nothing is not stored. Incomplete replies are not sent back
         *     to the model as history.
         */
        post: operations["sendGeminiMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gemini/generate-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image from a text prompt
         * @description Generates one image with Gemini and returns it base64-encoded.
         */
        post: operations["generateGeminiImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/stub/pay/{paymentHash}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a stub invoice as paid (dev only)
         * @description This route exists only when the server runs the local stub Lightning backend (development; it is never
         *     mounted when `NODE_ENV=production` or when a real Lightning backend such as LNbits is configured). It marks
         *     the stub invoice with this payment hash as paid, in the database, simulating a wallet payment; paying an
         *     invoice again changes nothing. An unpaid invoice past its expiry is refused (409), as a real node refuses
         *     a payment to an expired invoice. The next
         *     `GET /jobs/{id}` or `GET /sessions/{id}` poll then observes the payment and advances the state machine.
         *
         *     Use it with the `paymentHash` that invoices carry in stub mode (eval/work invoices, session deposit and
         *     top-up invoices). When the stub backend is not active the route does not exist and the server answers 404.
         */
        post: operations["stubPayInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description Liveness payload returned by `GET /healthz`.
         * @example {
         *       "status": "ok"
         *     }
         */
        HealthStatus: {
            /**
             * @description Health indicator; `ok` when the server is up.
             * @example ok
             */
            status: string;
        };
        /**
         * @description The single error body of this API. Every non-2xx JSON response (400, 401, 402, 403, 404, 409, 410, 429,
         *     500) carries exactly this shape: one human-readable `error` string and nothing else.
         * @example {
         *       "error": "Job not found"
         *     }
         */
        ErrorResponse: {
            /**
             * @description Human-readable error message.
             * @example Job not found
             */
            error: string;
        };
        /**
         * @description A Lightning (BOLT11) invoice the client must pay to advance a job.
         * @example {
         *       "paymentRequest": "lnbc100n1pjstubevalxq9z0rgqsp5evalstubexample",
         *       "amountSats": 10
         *     }
         */
        InvoiceInfo: {
            /**
             * @description BOLT11 payment request to pay with any Lightning wallet.
             * @example lnbc100n1pjstubevalxq9z0rgqsp5evalstubexample
             */
            paymentRequest: string;
            /**
             * @description Invoice amount in satoshis.
             * @example 10
             */
            amountSats: number;
            /**
             * @description Payment hash of the invoice (hex). Only present when the server runs the local stub Lightning
             *     backend, so that the invoice can be settled with `POST /dev/stub/pay/{paymentHash}`.
             * @example 3f9a1c0e5b7d2a4f6e8c0b1d3a5f7e9c2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a
             */
            paymentHash?: string;
        };
        /**
         * @description Body of `POST /jobs`.
         * @example {
         *       "request": "Summarise the Lightning Network whitepaper in five bullet points."
         *     }
         */
        CreateJobRequest: {
            /**
             * @description The natural-language task for the agent.
             * @example Summarise the Lightning Network whitepaper in five bullet points.
             */
            request: string;
        };
        /**
         * @description Result of `POST /jobs`. The job starts in state `awaiting_eval_payment`.
         * @example {
         *       "jobId": "7d4c2a1e-9b3f-4e5a-8c6d-0f1e2d3c4b5a",
         *       "createdAt": "2026-03-18T15:31:26.000Z",
         *       "evalInvoice": {
         *         "paymentRequest": "lnbc100n1pjstubevalxq9z0rgqsp5evalstubexample",
         *         "amountSats": 10
         *       }
         *     }
         */
        CreateJobResponse: {
            /**
             * @description Identifier of the new job; poll `GET /jobs/{id}` with it.
             * @example 7d4c2a1e-9b3f-4e5a-8c6d-0f1e2d3c4b5a
             */
            jobId: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp of job creation
             */
            createdAt: string;
            /** @description Invoice for the evaluation fee. Paying it moves the job to `evaluating`. */
            evalInvoice: components["schemas"]["InvoiceInfo"];
        };
        /**
         * @description Lifecycle of a per-job (Mode 1) request:
         *
         *     `awaiting_eval_payment` -> (eval invoice paid) -> `evaluating` -> `awaiting_work_payment` | `rejected`;
         *     `awaiting_work_payment` -> (work invoice paid) -> `executing` -> `complete`.
         *     Any agent or Lightning backend error moves the job to `failed`, and so does an eval or work invoice that
         *     expires unpaid (`errorMessage`: "The eval invoice expired before it was paid", or "work").
         *     `rejected`, `complete` and `failed` are terminal. Every transition is an atomic compare-and-set on the
         *     current state, so concurrent polls never advance a job twice.
         * @example awaiting_eval_payment
         * @enum {string}
         */
        JobState: "awaiting_eval_payment" | "evaluating" | "rejected" | "awaiting_work_payment" | "executing" | "complete" | "failed";
        /**
         * @description Cost breakdown shown with the work invoice (estimations at invoice-creation time)
         * @example {
         *       "estimatedCostUsd": 0.0214,
         *       "marginPct": 20,
         *       "btcPriceUsd": 85000
         *     }
         */
        PricingBreakdown: {
            /**
             * @description Total estimated cost in USD (token cost + DO infra + margin)
             * @example 0.0214
             */
            estimatedCostUsd?: number;
            /**
             * @description Originator margin percentage applied
             * @example 20
             */
            marginPct?: number;
            /**
             * @description BTC/USD spot price used to convert the invoice to sats
             * @example 85000
             */
            btcPriceUsd?: number;
        };
        /**
         * @description Honest post-work accounting stored after the job completes
         * @example {
         *       "actualInputTokens": 412,
         *       "actualOutputTokens": 1380,
         *       "totalTokens": 1792,
         *       "actualCostUsd": 0.0119,
         *       "actualChargeUsd": 0.0163,
         *       "estimatedCostUsd": 0.0214,
         *       "actualAmountSats": 20,
         *       "workAmountSats": 26,
         *       "refundAmountSats": 6,
         *       "refundState": "pending",
         *       "marginPct": 20,
         *       "btcPriceUsd": 85000
         *     }
         */
        CostLedger: {
            /** @description Input tokens actually consumed by the work model. */
            actualInputTokens?: number;
            /** @description Output tokens actually produced by the work model. */
            actualOutputTokens?: number;
            /** @description Sum of actualInputTokens + actualOutputTokens */
            totalTokens?: number;
            /** @description Raw Anthropic token cost (no infra, no margin) */
            actualCostUsd?: number;
            /** @description What we honestly charged in USD (actual token cost + DO infra + margin) */
            actualChargeUsd?: number;
            /** @description Original estimate used to create the work invoice */
            estimatedCostUsd?: number;
            /** @description Honest sats charge (actual cost converted at the locked BTC price) */
            actualAmountSats?: number;
            /** @description Amount the user originally paid in sats */
            workAmountSats?: number;
            /** @description Sats owed back to the user (workAmountSats - actualAmountSats, >= 0) */
            refundAmountSats?: number;
            /**
             * @description Lifecycle of the refund for this job
             * @enum {string}
             */
            refundState?: "not_applicable" | "pending" | "paid";
            /**
             * @description Why the last payment of this refund failed (the backend refused it, or reported it failed after it was left
             *     pending). Present only while `refundState` is `pending` again after such a failure: the refund can be
             *     claimed again with a fresh invoice.
             * @example The refund payment failed; claim it again with a fresh invoice
             */
            refundError?: string;
            /** @description Originator margin percentage applied. */
            marginPct?: number;
            /** @description BTC/USD price locked at invoice creation time */
            btcPriceUsd?: number;
        };
        /**
         * @description Current state of a job plus the state-appropriate payload: `evalInvoice` while `awaiting_eval_payment`,
         *     `workInvoice` and `pricingBreakdown` while `awaiting_work_payment`, `reason` when `rejected`, `result`
         *     and `costLedger` when `complete`, `errorMessage` when `failed`.
         * @example {
         *       "jobId": "7d4c2a1e-9b3f-4e5a-8c6d-0f1e2d3c4b5a",
         *       "state": "awaiting_work_payment",
         *       "createdAt": "2026-03-18T15:31:26.000Z",
         *       "completedAt": null,
         *       "workInvoice": {
         *         "paymentRequest": "lnbc260n1pjstubworkxq9z0rgqsp5workstubexample",
         *         "amountSats": 26
         *       },
         *       "pricingBreakdown": {
         *         "estimatedCostUsd": 0.0214,
         *         "marginPct": 20,
         *         "btcPriceUsd": 85000
         *       }
         *     }
         */
        JobStatusResponse: {
            /** @description Job identifier. */
            jobId: string;
            state: components["schemas"]["JobState"];
            /**
             * Format: date-time
             * @description ISO 8601 timestamp of job creation (always present)
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp of when the job ended: reached `complete`, `rejected` or `failed` (decision 37); null while
             *     it is still under way.
             */
            completedAt?: string | null;
            /** @description Eval-fee invoice; present while the job is `awaiting_eval_payment`. */
            evalInvoice?: components["schemas"]["InvoiceInfo"];
            /** @description Work-fee invoice; present while the job is `awaiting_work_payment`. */
            workInvoice?: components["schemas"]["InvoiceInfo"];
            pricingBreakdown?: components["schemas"]["PricingBreakdown"];
            /** @description Why the evaluator rejected the request; present when `rejected`. */
            reason?: string;
            /** @description The agent's output; present when `complete`. */
            result?: string;
            costLedger?: components["schemas"]["CostLedger"];
            /** @description What went wrong; present when `failed`. */
            errorMessage?: string;
        };
        /**
         * @description Lifecycle of a pre-funded session (Mode 2): `awaiting_payment` until the deposit invoice is paid, then
         *     `active`; `paused` when the balance falls below `minimumBalanceSats` (paying a top-up resumes it);
         *     `expired` after 24 h of inactivity (terminal).
         * @example active
         * @enum {string}
         */
        SessionState: "awaiting_payment" | "active" | "paused" | "expired";
        /**
         * @description A Lightning invoice that funds (deposit) or tops up a session.
         * @example {
         *       "paymentRequest": "lnbc5u1pjstubdepositxq9z0rgqsp5depositstubexample",
         *       "amountSats": 500,
         *       "paymentHash": "9b2e4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e0b"
         *     }
         */
        SessionInvoiceInfo: {
            /**
             * @description BOLT11 payment request.
             * @example lnbc5u1pjstubdepositxq9z0rgqsp5depositstubexample
             */
            paymentRequest?: string;
            /**
             * @description Invoice amount in satoshis.
             * @example 500
             */
            amountSats?: number;
            /**
             * @description Only present in stub/dev mode
             * @example 9b2e4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e0b
             */
            paymentHash?: string;
        };
        /**
         * @description Body of `POST /sessions` (deposit) and `POST /sessions/{id}/topup` (top-up).
         * @example {
         *       "amount_sats": 500
         *     }
         */
        CreateSessionRequest: {
            /**
             * @description Deposit amount (100–10,000 sats)
             * @example 500
             */
            amount_sats: number;
        };
        /**
         * @description Result of `POST /sessions`; the session waits in `awaiting_payment` until `invoice` is paid.
         * @example {
         *       "sessionId": "2b8f6e4a-1c3d-4e5f-9a7b-6c5d4e3f2a1b",
         *       "state": "awaiting_payment",
         *       "invoice": {
         *         "paymentRequest": "lnbc5u1pjstubdepositxq9z0rgqsp5depositstubexample",
         *         "amountSats": 500,
         *         "paymentHash": "9b2e4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e0b"
         *       }
         *     }
         */
        CreateSessionResponse: {
            /**
             * @description Session identifier.
             * @example 2b8f6e4a-1c3d-4e5f-9a7b-6c5d4e3f2a1b
             */
            sessionId: string;
            state: components["schemas"]["SessionState"];
            /** @description Deposit invoice; paying it activates the session. */
            invoice: components["schemas"]["SessionInvoiceInfo"];
        };
        /**
         * @description Current state of a session, its balance and any outstanding invoice.
         * @example {
         *       "sessionId": "2b8f6e4a-1c3d-4e5f-9a7b-6c5d4e3f2a1b",
         *       "state": "active",
         *       "balanceSats": 500,
         *       "minimumBalanceSats": 50,
         *       "macaroon": "MDAxY2xvY2F0aW9uIGxpZ2h0bmluZwowMDJhaWRlbnRpZmllciBzZXNzaW9uOjJiOGY2ZTRhCjAwMmZzaWduYXR1cmUg",
         *       "expiresAt": "2026-03-19T15:31:26.000Z"
         *     }
         */
        SessionStatusResponse: {
            /** @description Session identifier. */
            sessionId: string;
            state: components["schemas"]["SessionState"];
            /** @description Remaining pre-paid balance in satoshis. */
            balanceSats: number;
            /** @description Balance needed to run a request; below it the session is `paused` until topped up. */
            minimumBalanceSats?: number;
            /** @description Bearer token for authenticating requests; present when active or paused */
            macaroon?: string;
            /**
             * Format: date-time
             * @description When the session expires if it stays inactive (24 h after the last activity).
             */
            expiresAt?: string;
            /** @description Present when state is awaiting_payment */
            invoice?: components["schemas"]["SessionInvoiceInfo"];
            /** @description Present when a topup invoice is outstanding */
            pendingTopup?: components["schemas"]["SessionInvoiceInfo"];
        };
        /**
         * @description Body of `POST /sessions/{id}/request`.
         * @example {
         *       "request": "Draft a haiku about routing fees."
         *     }
         */
        SessionRequestBody: {
            /**
             * @description The natural-language task for the agent.
             * @example Draft a haiku about routing fees.
             */
            request: string;
        };
        /**
         * @description What one session request cost, debited from the session balance.
         * @example {
         *       "evalSats": 2,
         *       "workSats": 18,
         *       "totalSats": 20,
         *       "btcPriceUsd": 85000
         *     }
         */
        SessionCostBreakdown: {
            /** @description Evaluation fee in sats (charged even when the request is rejected). */
            evalSats?: number;
            /** @description Work fee in sats (actual compute cost; 0 when rejected). */
            workSats?: number;
            /** @description evalSats + workSats. */
            totalSats?: number;
            /** @description BTC/USD price used to convert the USD cost to sats. */
            btcPriceUsd?: number;
        };
        /**
         * @description Outcome of a request run against a session balance.
         * @example {
         *       "requestId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
         *       "state": "complete",
         *       "result": "Sats hop node to node /\nfees like pebbles in a stream /\nthe payment arrives",
         *       "debitedSats": 20,
         *       "balanceRemaining": 480,
         *       "cost": {
         *         "evalSats": 2,
         *         "workSats": 18,
         *         "totalSats": 20,
         *         "btcPriceUsd": 85000
         *       }
         *     }
         */
        SessionRequestResponse: {
            /** @description Identifier of this request. */
            requestId: string;
            /**
             * @description Final state of the request.
             * @enum {string}
             */
            state: "complete" | "rejected" | "failed";
            /** @description Agent output; present when `complete`. */
            result?: string;
            /** @description Rejection reason; present when `rejected`. */
            reason?: string;
            /** @description Error description; present when `failed`. */
            errorMessage?: string;
            /** @description Sats debited from the session balance for this request. */
            debitedSats: number;
            /** @description Session balance in sats after the debit. */
            balanceRemaining: number;
            cost?: components["schemas"]["SessionCostBreakdown"];
        };
        /**
         * @description Result of `POST /sessions/{id}/topup`.
         * @example {
         *       "sessionId": "2b8f6e4a-1c3d-4e5f-9a7b-6c5d4e3f2a1b",
         *       "topup": {
         *         "paymentRequest": "lnbc10u1pjstubtopupxq9z0rgqsp5topupstubexample",
         *         "amountSats": 1000
         *       }
         *     }
         */
        TopupSessionResponse: {
            /** @description Session identifier. */
            sessionId: string;
            /** @description The top-up invoice; paying it credits the balance (and resumes a paused session). */
            topup: components["schemas"]["SessionInvoiceInfo"];
        };
        /**
         * @description Body of `POST /jobs/{id}/refund`.
         * @example {
         *       "invoice": "lnbc60n1pjrefundxq9z0rgqsp5refundexample"
         *     }
         */
        ClaimRefundRequest: {
            /**
             * @description BOLT11 invoice for exactly refundAmountSats (empty or whitespace alone is 400 "invoice must not be empty")
             * @example lnbc60n1pjrefundxq9z0rgqsp5refundexample
             */
            invoice: string;
        };
        /**
         * @description Confirmation that the refund was paid to the submitted invoice.
         * @example {
         *       "ok": true,
         *       "refundAmountSats": 6,
         *       "paymentHash": "5c7e9b1d3f5a7c9e0b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e",
         *       "message": "Refund of 6 sats sent"
         *     }
         */
        ClaimRefundResponse: {
            /** @description Always `true` on success. */
            ok: boolean;
            /** @description Sats refunded. */
            refundAmountSats: number;
            /** @description Payment hash of the outgoing refund payment. */
            paymentHash: string;
            /** @description Human-readable confirmation. */
            message: string;
        };
        /**
         * @description Result of the free demo.
         * @example {
         *       "result": "The Lightning Network is a layer-2 payment protocol built on Bitcoin."
         *     }
         */
        DemoResponse: {
            /** @description The agent's output. */
            result: string;
        };
        /**
         * @description A chat conversation.
         * @example {
         *       "id": 1,
         *       "title": "Lightning questions",
         *       "createdAt": "2026-03-18T15:31:26.000Z"
         *     }
         */
        GeminiConversation: {
            /** @description Conversation identifier. */
            id: number;
            /** @description Conversation title. */
            title: string;
            /**
             * Format: date-time
             * @description Creation timestamp.
             */
            createdAt: string;
        };
        /**
         * @description One message of a conversation.
         * @example {
         *       "id": 1,
         *       "conversationId": 1,
         *       "role": "user",
         *       "content": "What is a BOLT11 invoice?",
         *       "createdAt": "2026-03-18T15:32:00.000Z"
         *     }
         */
        GeminiMessage: {
            /** @description Message identifier. */
            id: number;
            /** @description Conversation the message belongs to. */
            conversationId: number;
            /**
             * @description Author of the message; `user` for client messages, `assistant` for model replies.
             * @example user
             * @example assistant
             */
            role: string;
            /** @description Message text. */
            content: string;
            /**
             * Format: date-time
             * @description Creation timestamp.
             */
            createdAt: string;
            /**
             * @description Present (and true) only on an assistant reply that was cut short; absent on complete messages.
             * @constant
             */
            incomplete?: true;
        };
        /**
         * @description A conversation with all of its messages, oldest first.
         * @example {
         *       "id": 1,
         *       "title": "Lightning questions",
         *       "createdAt": "2026-03-18T15:31:26.000Z",
         *       "messages": [
         *         {
         *           "id": 1,
         *           "conversationId": 1,
         *           "role": "user",
         *           "content": "What is a BOLT11 invoice?",
         *           "createdAt": "2026-03-18T15:32:00.000Z"
         *         },
         *         {
         *           "id": 2,
         *           "conversationId": 1,
         *           "role": "assistant",
         *           "content": "BOLT11 is the encoding standard for Lightning payment requests.",
         *           "createdAt": "2026-03-18T15:32:03.000Z"
         *         }
         *       ]
         *     }
         */
        GeminiConversationWithMessages: {
            /** @description Conversation identifier. */
            id: number;
            /** @description Conversation title. */
            title: string;
            /**
             * Format: date-time
             * @description Creation timestamp.
             */
            createdAt: string;
            /** @description Messages ordered by creation time. */
            messages: components["schemas"]["GeminiMessage"][];
        };
        /**
         * @description Body of `POST /gemini/conversations`.
         * @example {
         *       "title": "Lightning questions"
         *     }
         */
        CreateGeminiConversationBody: {
            /**
             * @description Conversation title, 1 to 200 characters (Unicode code points) holding a character other than whitespace
             *     (decision 38): an empty or blank title is 400 "title must not be empty", a longer one 400 "title must NOT have
             *     more than 200 characters".
             */
            title: string;
        };
        /**
         * @description Body of `POST /gemini/conversations/{id}/messages`.
         * @example {
         *       "content": "What is a BOLT11 invoice?"
         *     }
         */
        SendGeminiMessageBody: {
            /** @description The user's message text. */
            content: string;
            /**
             * @description Gemini model override (default: gemini-3-flash-preview; an empty or blank value counts as absent, decision 35)
             * @example gemini-3-flash-preview
             */
            model?: string;
        };
        /**
         * @description Body of `POST /gemini/generate-image`.
         * @example {
         *       "prompt": "A lightning bolt made of orange satoshi coins, digital art"
         *     }
         */
        GenerateGeminiImageBody: {
            /** @description Text description of the image to generate. */
            prompt: string;
        };
        /**
         * @description A generated image, base64-encoded.
         * @example {
         *       "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
         *       "mimeType": "image/png"
         *     }
         */
        GenerateGeminiImageResponse: {
            /** @description Image bytes, base64-encoded. */
            b64_json: string;
            /**
             * @description Media type of the decoded image.
             * @example image/png
             */
            mimeType: string;
        };
        /**
         * @description Confirmation that the stub Lightning backend marked the invoice as paid (persisted).
         * @example {
         *       "ok": true,
         *       "paymentHash": "3f9a1c0e5b7d2a4f6e8c0b1d3a5f7e9c2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a"
         *     }
         */
        StubPayResponse: {
            /** @description Always `true` on success. */
            ok: boolean;
            /** @description The payment hash that was marked paid. */
            paymentHash: string;
        };
        /**
         * @description One event of `sendGeminiMessage`'s reply stream (its item schema: `x-item-schema` here, `itemSchema` in the
         *     3.2 bundle). As in OpenAPI 3.2, an event is `{event, id, data}` with `data` the JSON text of its payload,
         *     described by `contentMediaType`/`contentSchema`. The reply's own frames carry only `data`: chunks, then one
         *     `done`, or one `error` instead of `done`. The framework's `error` event ends the stream if the server fails.
         */
        GeminiReplyEvent: components["schemas"]["GeminiReplyChunkFrame"] | components["schemas"]["GeminiReplyDoneFrame"] | components["schemas"]["GeminiReplyFailedFrame"] | components["schemas"]["GeminiStreamErrorFrame"];
        /** @description The next piece of the reply; concatenate the pieces in order to obtain the full reply. */
        GeminiReplyChunkFrame: {
            data: string;
        };
        /** @description The last frame of a reply that completed; the server then closes the stream. */
        GeminiReplyDoneFrame: {
            data: string;
        };
        /** @description Sent instead of `done` when generation fails after the stream started; the server then closes the stream. */
        GeminiReplyFailedFrame: {
            data: string;
        };
        /** @description Sent by the framework, then the stream ends, when the stream fails on the server. */
        GeminiStreamErrorFrame: {
            /** @constant */
            event: "error";
            data: string;
        };
    };
    responses: {
        /** @description Server error */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Invalid request body (missing/invalid fields, or a body that is not valid JSON) */
        InvalidRequestBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The `id` path parameter is not an integer */
        InvalidConversationId: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Invalid id"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The server requires `GEMINI_ROUTES_API_KEY` on the chat routes and the request did not carry it as a bearer token. */
        GeminiUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Missing or invalid API key"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not found */
        ConversationNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Conversation not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body is larger than the server accepts (`BODY_LIMIT_BYTES`, 1 MiB by default). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Request body exceeds 1048576 bytes"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body's `Content-Type` is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Content-Type must be application/json"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A path parameter violates this contract (for example an id that is not of the documented form). */
        InvalidParameter: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "path parameter 'id' must not contain a NUL byte"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Job identifier returned by `POST /jobs`.
         * @example 7d4c2a1e-9b3f-4e5a-8c6d-0f1e2d3c4b5a
         */
        JobId: string;
        /**
         * @description Session identifier returned by `POST /sessions`.
         * @example 2b8f6e4a-1c3d-4e5f-9a7b-6c5d4e3f2a1b
         */
        SessionId: string;
        /**
         * @description Conversation identifier (a 32-bit integer). Any other value is answered with 400.
         * @example 1
         */
        ConversationId: number;
        /**
         * @description Payment hash of a stub invoice (as returned in the `paymentHash` field of an invoice in stub mode).
         * @example 3f9a1c0e5b7d2a4f6e8c0b1d3a5f7e9c2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a
         */
        PaymentHash: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Maximum requests allowed per window (always 5)
         * @example 5
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests remaining in the current window (always 0 when rate limited)
         * @example 4
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description Unix epoch seconds when the rate limit window resets
         * @example 1773851486
         */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    healthCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
    createJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "request": "Summarise the Lightning Network whitepaper in five bullet points."
                 *     }
                 */
                "application/json": components["schemas"]["CreateJobRequest"];
            };
        };
        responses: {
            /** @description Job created successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateJobResponse"];
                };
            };
            /** @description Invalid request body (missing or empty `request`, or a body that is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Server error (e.g. the Lightning backend could not create the eval invoice) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Failed to create eval invoice"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job identifier returned by `POST /jobs`.
                 * @example 7d4c2a1e-9b3f-4e5a-8c6d-0f1e2d3c4b5a
                 */
                id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Job status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobStatusResponse"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            /** @description Job not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Job not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
    claimRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job identifier returned by `POST /jobs`.
                 * @example 7d4c2a1e-9b3f-4e5a-8c6d-0f1e2d3c4b5a
                 */
                id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "invoice": "lnbc60n1pjrefundxq9z0rgqsp5refundexample"
                 *     }
                 */
                "application/json": components["schemas"]["ClaimRefundRequest"];
            };
        };
        responses: {
            /** @description Refund sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "refundAmountSats": 6,
                     *       "paymentHash": "5c7e9b1d3f5a7c9e0b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e",
                     *       "message": "Refund of 6 sats sent"
                     *     }
                     */
                    "application/json": components["schemas"]["ClaimRefundResponse"];
                };
            };
            /** @description Missing invoice, wrong amount, invalid BOLT11, an expired invoice, one dated more than 10 minutes in the future or one already paid a refund (also a body that is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Job not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Job not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Job not complete, refund already paid, or no refund owed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Server error (e.g. Lightning payment failure) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Lightning payment failed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount_sats": 500
                 *     }
                 */
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            /** @description Session created -- awaiting deposit payment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessionId": "2b8f6e4a-1c3d-4e5f-9a7b-6c5d4e3f2a1b",
                     *       "state": "awaiting_payment",
                     *       "invoice": {
                     *         "paymentRequest": "lnbc5u1pjstubdepositxq9z0rgqsp5depositstubexample",
                     *         "amountSats": 500,
                     *         "paymentHash": "9b2e4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e0b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CreateSessionResponse"];
                };
            };
            /** @description Invalid amount (missing, not an integer, or outside 100–10,000 sats), or a body that is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Server error (e.g. the Lightning backend could not create the deposit invoice) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Failed to create deposit invoice"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session identifier returned by `POST /sessions`.
                 * @example 2b8f6e4a-1c3d-4e5f-9a7b-6c5d4e3f2a1b
                 */
                id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStatusResponse"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Session not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
    submitSessionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session identifier returned by `POST /sessions`.
                 * @example 2b8f6e4a-1c3d-4e5f-9a7b-6c5d4e3f2a1b
                 */
                id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "request": "Draft a haiku about routing fees."
                 *     }
                 */
                "application/json": components["schemas"]["SessionRequestBody"];
            };
        };
        responses: {
            /** @description Request completed (or rejected) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRequestResponse"];
                };
            };
            /** @description Invalid request body (missing or empty `request`, or a body that is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid macaroon */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Missing or invalid macaroon"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Insufficient balance (the balance cannot cover the minimum request cost; top up the session) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Insufficient balance"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The macaroon is valid but was not issued for this session */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Macaroon does not grant access to this session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Session not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Session not active (still `awaiting_payment`, or `paused` until a top-up is paid) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Session is not active"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Session expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Session expired"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["ServerError"];
        };
    };
    topupSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session identifier returned by `POST /sessions`.
                 * @example 2b8f6e4a-1c3d-4e5f-9a7b-6c5d4e3f2a1b
                 */
                id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount_sats": 1000
                 *     }
                 */
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            /** @description Topup invoice created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessionId": "2b8f6e4a-1c3d-4e5f-9a7b-6c5d4e3f2a1b",
                     *       "topup": {
                     *         "paymentRequest": "lnbc10u1pjstubtopupxq9z0rgqsp5topupstubexample",
                     *         "amountSats": 1000,
                     *         "paymentHash": "1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e0b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TopupSessionResponse"];
                };
            };
            /** @description Invalid amount (missing, not an integer, or outside 100–10,000 sats), or a body that is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid macaroon (missing, malformed or bad signature) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Missing or invalid macaroon"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The macaroon is valid but was not issued for this session */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Macaroon does not grant access to this session"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Session not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Session not active/paused, or topup already pending */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Server error (e.g. the Lightning backend could not create the top-up invoice) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Failed to create topup invoice"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    runDemo: {
        parameters: {
            query: {
                /**
                 * @description The natural-language task for the agent, at most 2,000 characters. Missing, empty (or only whitespace) or longer is answered with 400.
                 * @example Explain a Lightning invoice in one sentence.
                 */
                request: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Demo result */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "result": "A Lightning invoice is a one-time BOLT11 payment request encoding amount, payee and payment hash."
                     *     }
                     */
                    "application/json": components["schemas"]["DemoResponse"];
                };
            };
            /**
             * @description Missing, empty or over-long (more than 2,000 characters) `request` parameter. Validation comes before the
             *     limit: an invalid request is answered 400 even when the limit is spent (it still counts).
             */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Missing required query parameter 'request'"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    /**
                     * @description Seconds until the window resets and a request is allowed again
                     * @example 1200
                     */
                    "Retry-After": number;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    /**
                     * @description Always 0 when rate limited
                     * @example 0
                     */
                    "X-RateLimit-Remaining"?: 0;
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Rate limit exceeded. Try again later."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Agent execution failed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listGeminiConversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of conversations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "title": "Lightning questions",
                     *         "createdAt": "2026-03-18T15:31:26.000Z"
                     *       },
                     *       {
                     *         "id": 2,
                     *         "title": "Image ideas",
                     *         "createdAt": "2026-03-18T16:05:44.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["GeminiConversation"][];
                };
            };
            401: components["responses"]["GeminiUnauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    createGeminiConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Lightning questions"
                 *     }
                 */
                "application/json": components["schemas"]["CreateGeminiConversationBody"];
            };
        };
        responses: {
            /** @description Created conversation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "title": "Lightning questions",
                     *       "createdAt": "2026-03-18T15:31:26.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["GeminiConversation"];
                };
            };
            400: components["responses"]["InvalidRequestBody"];
            401: components["responses"]["GeminiUnauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["ServerError"];
        };
    };
    getGeminiConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Conversation identifier (a 32-bit integer). Any other value is answered with 400.
                 * @example 1
                 */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Conversation with messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "title": "Lightning questions",
                     *       "createdAt": "2026-03-18T15:31:26.000Z",
                     *       "messages": [
                     *         {
                     *           "id": 1,
                     *           "conversationId": 1,
                     *           "role": "user",
                     *           "content": "What is a BOLT11 invoice?",
                     *           "createdAt": "2026-03-18T15:32:00.000Z"
                     *         },
                     *         {
                     *           "id": 2,
                     *           "conversationId": 1,
                     *           "role": "assistant",
                     *           "content": "BOLT11 is the encoding standard for Lightning payment requests.",
                     *           "createdAt": "2026-03-18T15:32:03.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GeminiConversationWithMessages"];
                };
            };
            400: components["responses"]["InvalidConversationId"];
            401: components["responses"]["GeminiUnauthorized"];
            404: components["responses"]["ConversationNotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteGeminiConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Conversation identifier (a 32-bit integer). Any other value is answered with 400.
                 * @example 1
                 */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["InvalidConversationId"];
            401: components["responses"]["GeminiUnauthorized"];
            404: components["responses"]["ConversationNotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listGeminiMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Conversation identifier (a 32-bit integer). Any other value is answered with 400.
                 * @example 1
                 */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "conversationId": 1,
                     *         "role": "user",
                     *         "content": "What is a BOLT11 invoice?",
                     *         "createdAt": "2026-03-18T15:32:00.000Z"
                     *       },
                     *       {
                     *         "id": 2,
                     *         "conversationId": 1,
                     *         "role": "assistant",
                     *         "content": "BOLT11 is the encoding standard for Lightning payment requests.",
                     *         "createdAt": "2026-03-18T15:32:03.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["GeminiMessage"][];
                };
            };
            400: components["responses"]["InvalidConversationId"];
            401: components["responses"]["GeminiUnauthorized"];
            404: components["responses"]["ConversationNotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    sendGeminiMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Conversation identifier (a 32-bit integer). Any other value is answered with 400.
                 * @example 1
                 */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "What is a BOLT11 invoice?"
                 *     }
                 */
                "application/json": components["schemas"]["SendGeminiMessageBody"];
            };
        };
        responses: {
            /**
             * @description SSE stream of assistant response chunks. Each frame is a single `data:` line holding one JSON object,
             *     followed by a blank line; no `event:` or `id:` fields are sent:
             *
             *     - `data: {"content": "<text chunk>"}` — zero or more frames, each the next piece of the reply; concatenate
             *       them in order to obtain the full reply.
             *     - `data: {"done": true}` — exactly one final frame; the server then closes the stream.
             *     - `data: {"error": "<message>"}` — sent instead of `done` if generation fails after the stream started;
             *       the server then closes the stream.
             */
            200: {
                headers: {
                    /**
                     * @description Always `no-cache, no-transform` for the event stream.
                     * @example no-cache, no-transform
                     */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example data: {"content":"BOLT11 is the encoding "}
                     *
                     *     data: {"content":"standard for Lightning payment requests."}
                     *
                     *     data: {"done":true}
                     */
                    "text/event-stream": string;
                };
            };
            /** @description The `id` is not an integer, or the body is invalid (missing `content`, or not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["GeminiUnauthorized"];
            404: components["responses"]["ConversationNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["ServerError"];
        };
    };
    generateGeminiImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "A lightning bolt made of orange satoshi coins, digital art"
                 *     }
                 */
                "application/json": components["schemas"]["GenerateGeminiImageBody"];
            };
        };
        responses: {
            /** @description Generated image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
                     *       "mimeType": "image/png"
                     *     }
                     */
                    "application/json": components["schemas"]["GenerateGeminiImageResponse"];
                };
            };
            400: components["responses"]["InvalidRequestBody"];
            401: components["responses"]["GeminiUnauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Server error (e.g. image generation failed) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Image generation failed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    stubPayInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Payment hash of a stub invoice (as returned in the `paymentHash` field of an invoice in stub mode).
                 * @example 3f9a1c0e5b7d2a4f6e8c0b1d3a5f7e9c2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a
                 */
                paymentHash: components["parameters"]["PaymentHash"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stub invoice marked as paid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "paymentHash": "3f9a1c0e5b7d2a4f6e8c0b1d3a5f7e9c2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a"
                     *     }
                     */
                    "application/json": components["schemas"]["StubPayResponse"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            /** @description No stub invoice with this payment hash, or the route is not mounted (stub Lightning backend not active) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The invoice expired before it was paid; it can no longer be paid */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Invoice has expired"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
}

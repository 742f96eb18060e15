// generated — do not edit: produced by scripts/generate (openapi-typescript).
export type paths = {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Returns 200 with `status=ok` when the platform-api can reach the
         *     database (verified via the `public.fn_health()` RPC). Returns 503
         *     with `status=degraded` if the probe fails or times out (1500 ms).
         *     This route is unauthenticated.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List lenses (extension)
         * @description **Extension** (not in the seed): the lenses a caller can execute, each with its declared params, so a
         *     client can offer a choice and build a form. Ordered by name.
         */
        get: operations["listLenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dev/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a development token (extension)
         * @description **Extension** (not in the seed), for local development only: a bearer token for the chosen subject,
         *     signed with the server's development secret, valid for an hour. It does not exist (404) when
         *     `NODE_ENV=production` or when tokens come from an identity provider (`JWT_JWKS_URL`).
         */
        post: operations["createDevToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lenses/{lensId}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a lens
         * @description Enqueues a lens execution and returns a `runId`. Poll
         *     `GET /v1/runs/{runId}` for terminal status, or stream
         *     `GET /v1/runs/{runId}/events` for live progress.
         *
         *     Rate-limited per-user; bursts return 429.
         */
        post: operations["executeLens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflowId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a workflow */
        post: operations["runWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get run status and artifacts */
        get: operations["getRunStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream run events (SSE)
         * @description Streams `text/event-stream` events for the run. Each event corresponds
         *     to a row in `lenses.workflow_run_events`. The stream emits a final
         *     `event: done` when the run reaches a terminal status.
         *
         *     Resume after a disconnect by sending the `Last-Event-ID` header with
         *     the id of the last received event; the server resumes from the
         *     following row.
         *
         *     Keep-alive comments are emitted every 15 seconds.
         */
        get: operations["streamRunEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerName}/provision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provision a partner integration
         * @description Schema varies by `partnerName`. Currently registered: `chainabit`.
         */
        post: operations["provisionPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerName}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read partner balance */
        get: operations["getPartnerBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerName}/refresh-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refresh a partner OAuth token */
        post: operations["refreshPartnerToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerName}/send-claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a partner claim
         * @description Records a claim at the partner and credits the caller's account with its `amount`.
         *
         *     Send an `Idempotency-Key` to retry safely: a request that timed out or lost its connection may have
         *     credited the account, and a retry with the same key and the same body answers what the first one did
         *     (same `claimId`, `balance` and `createdAt`, with `Idempotent-Replayed: true`) without crediting again,
         *     even while the first is still running. See Decisions.
         */
        post: operations["sendPartnerClaim"];
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
        /** @enum {string} */
        ExecutionRunStatus: "queued" | "running" | "succeeded" | "failed" | "canceled" | "timed_out";
        /**
         * @description One event of `streamRunEvents` (the stream's item schema, `x-item-schema` here and `itemSchema` in the
         *     3.2 bundle). As in OpenAPI 3.2, an event is `{event, id, data}` with `data` the JSON text of its payload,
         *     described by `contentMediaType`/`contentSchema`.
         */
        RunStreamEvent: components["schemas"]["RunEventFrame"] | components["schemas"]["RunDoneFrame"] | components["schemas"]["RunStreamErrorFrame"];
        /** @description A row of the run's event log; `event` is its `eventType`. Ids are increasing integers. */
        RunEventFrame: {
            id: string;
            event: string;
            data: string;
        };
        RunEventData: {
            /** @description e.g. `run.queued`, `run.started`, `artifact.created`, `run.requeued`, `run.succeeded`, `run.failed`, `run.canceled`, `run.timed_out`. */
            eventType: string;
            payload: Record<string, never>;
            /** Format: date-time */
            occurredAt: string;
        };
        /** @description The last event, once the run is terminal and every event has been sent. */
        RunDoneFrame: {
            /** @constant */
            event: "done";
            data: string;
        };
        /** @description Sent by the framework, then the stream ends, when the stream fails on the server. */
        RunStreamErrorFrame: {
            /** @constant */
            event: "error";
            data: string;
        };
        /** @enum {string} */
        ArtifactKind: "text" | "image" | "audio" | "video" | "json" | "trace" | "tool_log" | "rubric_result";
        /** @enum {string} */
        FundingSource: "user_byok_cloud" | "user_byok_local" | "platform_credit" | "sponsored";
        LensExecuteRequest: {
            /** @description Inputs passed to the lens template renderer. */
            params: {
                [key: string]: unknown;
            };
            /** @description Force a specific model id (e.g. `claude-sonnet-4-6`); 1 to 200 characters (see Decisions). */
            modelOverride?: string;
            /** @description Force a provider key (e.g. `anthropic`, `openai`). */
            providerOverride?: string;
            fundingSource?: components["schemas"]["FundingSource"];
            /** @description Required when `fundingSource = user_byok_cloud`. */
            byokKeyRefId?: string;
            /** @description Caller-supplied dedupe key, per subject and lens; 1 to 255 characters (see Decisions). */
            idempotencyKey?: string;
        };
        WorkflowRunRequest: {
            inputs: {
                [key: string]: unknown;
            };
            /** @description Force a specific model id for every node; 1 to 200 characters (see Decisions). */
            modelOverride?: string;
            /** @description Caller-supplied dedupe key, per subject and workflow; 1 to 255 characters (see Decisions). */
            idempotencyKey?: string;
        };
        PlatformExecutionAccepted: {
            /** Format: uuid */
            runId: string;
            status: components["schemas"]["ExecutionRunStatus"];
            /** Format: uuid */
            workflowId?: string | null;
        };
        PlatformExecutionArtifact: {
            /** Format: uuid */
            id: string;
            artifactKind: components["schemas"]["ArtifactKind"];
            contentText?: string | null;
            /** @description Any JSON value, or null when the artifact is not JSON. */
            contentJson?: {
                [key: string]: unknown;
            } | unknown[] | string | number | boolean | null;
            isPrimaryOutput: boolean;
            visibility: string;
            /** Format: date-time */
            createdAt: string;
        };
        PlatformRunStatus: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            requestId: string;
            status: components["schemas"]["ExecutionRunStatus"];
            modelId?: string | null;
            modelKey?: string | null;
            providerKey?: string | null;
            /** Format: date-time */
            startedAt?: string | null;
            /** Format: date-time */
            completedAt?: string | null;
            latencyMs?: number | null;
            tokenInput?: number | null;
            tokenOutput?: number | null;
            creditCost?: number | null;
            billingStatus?: string | null;
            errorCode?: string | null;
            errorMessage?: string | null;
            artifacts: components["schemas"]["PlatformExecutionArtifact"][];
        };
        ApiMeta: {
            requestId?: string;
            durationMs?: number;
            limit?: number;
            offset?: number;
            total?: number;
            hasNextPage?: boolean;
            nextCursor?: string;
        };
        ApiError: {
            /** @example validation_failed */
            code: string;
            /** @example Request is invalid */
            message: string;
            details?: {
                [key: string]: unknown;
            };
        };
        ApiErrorEnvelope: {
            error: components["schemas"]["ApiError"];
            meta?: components["schemas"]["ApiMeta"];
        };
        PlatformExecutionAcceptedEnvelope: {
            data: components["schemas"]["PlatformExecutionAccepted"];
            meta?: components["schemas"]["ApiMeta"];
        };
        PlatformRunStatusEnvelope: {
            data: components["schemas"]["PlatformRunStatus"];
            meta?: components["schemas"]["ApiMeta"];
        };
        /**
         * @description Partner-specific payload. Refer to the partner provider in
         *     `libs/infra/partner-provisioning/` for the actual shape.
         */
        PartnerOpaquePayload: {
            [key: string]: unknown;
        };
        PartnerOpaqueEnvelope: {
            data?: {
                [key: string]: unknown;
            };
            meta?: components["schemas"]["ApiMeta"];
        };
        /**
         * @description A partner envelope whose `data` also carries the account's current OAuth tokens (the provisioning and
         *     refresh answers of every partner); the rest of `data` varies by partner.
         */
        PartnerTokenEnvelope: {
            data?: {
                accessToken?: string;
                /** @description What `refreshPartnerToken` takes as `refreshToken`; valid until it is used once. */
                refreshToken?: string;
                /**
                 * Format: date-time
                 * @description When `accessToken` expires.
                 */
                expiresAt?: string;
            } & {
                [key: string]: unknown;
            };
            meta?: components["schemas"]["ApiMeta"];
        };
        LensParam: {
            name: string;
            required: boolean;
            description?: string;
            default?: string;
        };
        LensSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            params: components["schemas"]["LensParam"][];
        };
        LensListEnvelope: {
            data: components["schemas"]["LensSummary"][];
            meta?: components["schemas"]["ApiMeta"];
        };
        DevTokenRequest: {
            subject: string;
        };
        DevTokenEnvelope: {
            data: {
                token: string;
                subject: string;
                /** Format: date-time */
                expiresAt: string;
            };
            meta?: components["schemas"]["ApiMeta"];
        };
        HealthOk: {
            /** @enum {string} */
            status: "ok";
            /** @enum {boolean} */
            db: true;
            uptime_s: number;
            version?: string | null;
            /** Format: date-time */
            checked_at: string;
        };
        HealthDegraded: {
            /** @enum {string} */
            status: "degraded";
            /** @enum {boolean} */
            db: false;
            uptime_s: number;
            version?: string | null;
            /** Format: date-time */
            checked_at: string;
            reason: string;
        };
    };
    responses: {
        /** @description Invalid request. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Missing or invalid Bearer token. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Resource not found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description The request body is larger than `BODY_LIMIT_BYTES` (1 MiB by default); code `payload_too_large`. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description The request body's `Content-Type` is not `application/json`; code `unsupported_media_type`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Per-user rate limit exceeded. */
        RateLimited: {
            headers: {
                /** @description Seconds until the caller may retry. */
                "Retry-After": number;
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Unexpected server error. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Invalid request. On a rate-limited operation, so with the `X-RateLimit-*` headers. */
        BadRequestLimited: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Missing or invalid Bearer token. On a rate-limited operation, so with the `X-RateLimit-*` headers. */
        UnauthorizedLimited: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Resource not found. On a rate-limited operation, so with the `X-RateLimit-*` headers. */
        NotFoundLimited: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description The request body is larger than `BODY_LIMIT_BYTES` (1 MiB by default); code `payload_too_large`. On a rate-limited operation, so with the `X-RateLimit-*` headers. */
        PayloadTooLargeLimited: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description The request body's `Content-Type` is not `application/json`; code `unsupported_media_type`. On a rate-limited operation, so with the `X-RateLimit-*` headers. */
        UnsupportedMediaTypeLimited: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
        /** @description Unexpected server error. On a rate-limited operation, so with the `X-RateLimit-*` headers. */
        InternalErrorLimited: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorEnvelope"];
            };
        };
    };
    parameters: {
        /** @example 5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01 */
        LensId: string;
        /** @example 5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1b01 */
        WorkflowId: string;
        RunId: string;
        /** @description Partner slug. Registered partners — `chainabit`. Any other slug answers 404. */
        PartnerName: string;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed per window on this operation (`RUN_RATE_LIMIT_PER_MINUTE`, 60 by default). */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window (0 when rate limited). */
        "X-RateLimit-Remaining": number;
        /** @description Seconds until the current window ends (not an epoch time). */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthOk"];
                };
            };
            500: components["responses"]["InternalError"];
            /** @description Degraded — database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDegraded"];
                };
            };
        };
    };
    listLenses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lenses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LensListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    createDevToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevTokenRequest"];
            };
        };
        responses: {
            /** @description The token. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevTokenEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    executeLens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01 */
                lensId: components["parameters"]["LensId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LensExecuteRequest"];
            };
        };
        responses: {
            /** @description Run accepted. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformExecutionAcceptedEnvelope"];
                };
            };
            400: components["responses"]["BadRequestLimited"];
            401: components["responses"]["UnauthorizedLimited"];
            404: components["responses"]["NotFoundLimited"];
            413: components["responses"]["PayloadTooLargeLimited"];
            415: components["responses"]["UnsupportedMediaTypeLimited"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalErrorLimited"];
        };
    };
    runWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1b01 */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowRunRequest"];
            };
        };
        responses: {
            /** @description Run accepted. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformExecutionAcceptedEnvelope"];
                };
            };
            400: components["responses"]["BadRequestLimited"];
            401: components["responses"]["UnauthorizedLimited"];
            404: components["responses"]["NotFoundLimited"];
            413: components["responses"]["PayloadTooLargeLimited"];
            415: components["responses"]["UnsupportedMediaTypeLimited"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalErrorLimited"];
        };
    };
    getRunStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformRunStatusEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    streamRunEvents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Resume cursor — id of the last received event. An id past the run's last stored event resumes after
                 *     that event: the stream carries what the run writes next and ends with `done` (see Decisions).
                 */
                "Last-Event-ID"?: string;
            };
            path: {
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 41
                     *     event: run.started
                     *     data: {"eventType":"run.started","payload":{},"occurredAt":"2026-01-01T00:00:00.000Z"}
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    provisionPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Partner slug. Registered partners — `chainabit`. Any other slug answers 404. */
                partnerName: components["parameters"]["PartnerName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerOpaquePayload"];
            };
        };
        responses: {
            /** @description Provisioning record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTokenEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getPartnerBalance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Partner slug. Registered partners — `chainabit`. Any other slug answers 404. */
                partnerName: components["parameters"]["PartnerName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Partner balance snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerOpaqueEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    refreshPartnerToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Partner slug. Registered partners — `chainabit`. Any other slug answers 404. */
                partnerName: components["parameters"]["PartnerName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerOpaquePayload"];
            };
        };
        responses: {
            /** @description New token bundle. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTokenEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    sendPartnerClaim: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key the client makes up for this claim (a UUID, say), 1 to 255 characters, kept for 24 hours per
                 *     caller and partner. The same key with the same body replays the first answer; with another body it is
                 *     a 422 `idempotency_key_reused`. Only a credited claim keeps its key: a refused one (400, 404) does not.
                 *     A comma is refused (400): the header sent twice reaches the server as its values joined by `, `.
                 * @example 3f8a5c1e-2b7d-4e0a-9c61-0d5e8f2a7b10
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Partner slug. Registered partners — `chainabit`. Any other slug answers 404. */
                partnerName: components["parameters"]["PartnerName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerOpaquePayload"];
            };
        };
        responses: {
            /** @description Claim accepted, or the first answer to this `Idempotency-Key` replayed. */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key`; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerOpaqueEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description The `Idempotency-Key` was already used by this caller at this partner, within 24 hours, with another
             *     body; code `idempotency_key_reused`. Nothing is credited. Use a new key for a new claim.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorEnvelope"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
}

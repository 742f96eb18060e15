// generated — do not edit: produced by scripts/generate (openapi-typescript).
export type paths = {
    "/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create workspace
         * @description Creates a `free`-tier workspace. Used by the dashboard when a user signs up (default workspace)
         *     or creates a new team. The returned `id` is what clients send as `X-Workspace-Id` on all
         *     subsequent run and usage requests. The body is optional; without `name` the workspace is
         *     called `My Workspace`.
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id as returned by `POST /workspaces`.
                 * @example ws-8f3a2c1d
                 */
                id: components["parameters"]["WorkspaceIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get workspace
         * @description Returns the workspace created with `POST /workspaces`.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{id}/tier": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id as returned by `POST /workspaces`.
                 * @example ws-8f3a2c1d
                 */
                id: components["parameters"]["WorkspaceIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update workspace tier
         * @description Sets the workspace's tier (`pro` = 1000 runs/month, `free` = 10). Called by the dashboard after
         *     Stripe checkout or a subscription change (typically from its Stripe webhook handler).
         *
         *     **Secret:** `X-Webhook-Secret` is enforced only when the server has a secret configured
         *     (`WORKSPACE_TIER_UPDATE_SECRET`). In that case a missing or wrong value gets `401`. When no
         *     secret is configured the header is ignored and the call is unauthenticated.
         *
         *     The new limit applies immediately to the current period; runs already created are kept.
         */
        patch: operations["updateWorkspaceTier"];
        trace?: never;
    };
    "/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List runs
         * @description Lists the runs of a workspace, newest first. The workspace is `workspace_id` when given,
         *     otherwise `X-Workspace-Id` / `X-Org-Id`, otherwise `ws-default`.
         */
        get: operations["listRuns"];
        put?: never;
        /**
         * Create run
         * @description Creates a run in status `pending` in the caller's workspace (`X-Workspace-Id` / `X-Org-Id`,
         *     default `ws-default`). The pipeline does not start until `POST /runs/{run_id}/start`.
         *     Each created run counts against the workspace's monthly run limit (free = 10, pro = 1000);
         *     when the limit is already reached the run is not created and `402` is returned.
         *     Emits the `run.created` webhook and writes a `run.created` audit entry with the actor.
         */
        post: operations["createRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get run
         * @description Full state of a run of the caller's workspace, including every agent's output so far.
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start run
         * @description Starts the five-agent pipeline (architect → builder → sentinel → [approval gate] → sre → finops)
         *     for a `pending` run. Returns immediately; the pipeline runs in the background — poll
         *     `GET /runs/{run_id}` or subscribe to webhooks. Emits `run.started`.
         */
        post: operations["startRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve run (production deploy gate)
         * @description Approves a run waiting at the approval gate — status `blocked`, `require_approval` true, not yet
         *     approved or rejected. Sets `approved_at` / `approved_by` (the actor), writes a `run.approved`
         *     audit entry, sets the run back to `running` and resumes the pipeline from the SRE step in
         *     the background. Any other state gets `409`.
         */
        post: operations["approveRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject run
         * @description Rejects a run waiting at the approval gate. Sets `rejected_at` / `rejected_by` (the actor) and
         *     writes a `run.rejected` audit entry; the run stays `blocked` for good (nothing is deployed, no
         *     webhook is sent). A run not awaiting approval — including one already approved or rejected —
         *     gets `409`.
         */
        post: operations["rejectRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rollback run
         * @description Records a rollback of the run's deployment in the audit log (`run.rollback`, with the actor).
         *     This is a mock: no infrastructure is changed and the run's status is not modified. Accepted
         *     for a run in any status.
         */
        post: operations["rollbackRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay run
         * @description Creates a new run in the same workspace with the same `user_intent` (and the original's `tags`
         *     and `require_approval`; `codename` is not copied) and starts it immediately. The original run
         *     may be in any status and is not modified apart from a `run.replayed` audit entry. The new run
         *     counts against the monthly run limit, so `402` is possible. Emits `run.created` and `run.started`
         *     for the new run.
         */
        post: operations["replayRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get run logs (audit)
         * @description Audit log of a run of the caller's workspace, oldest entry first.
         */
        get: operations["getRunLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get usage
         * @description Runs created this calendar month (UTC) and the monthly limit for the caller's workspace
         *     (`X-Workspace-Id` / `X-Org-Id`, default `ws-default`).
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/observability/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List run outcomes
         * @description Outcomes (success/failure, duration, failed step) of the workspace's runs that are
         *     `completed`, `failed` or `blocked`, most recent outcome first.
         */
        get: operations["listRunOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/observability/slo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get SLO report
         * @description Success rate and average duration of the workspace's runs created in the last `days` days
         *     (1–30, default 7). A `days` outside 1–30 or not an integer gets `400`.
         */
        get: operations["getSlo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers 200 whenever the process is up. Checks nothing else (see `/fleet-health`).
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
    "/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Operational status
         * @description Operational status of the orchestrator and, once the caller's workspace has a successful
         *     deployment, `last_deploy` (absent otherwise).
         */
        get: operations["getStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What-if cost/risk estimate
         * @description Estimates the cost and risk of `user_intent` plus an `addition` without creating a run or
         *     counting against the run limit. The estimator is currently a stub (`stub: true`).
         */
        post: operations["whatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fleet-health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fleet health
         * @description Health of the orchestrator (and its database) and of each of the five agents. Always `200`
         *     when the orchestrator can answer; the overall state is in `status`.
         */
        get: operations["getFleetHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deployments/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a local deployment
         * @description What the **local** deployment target serves for a run its SRE step deployed: the build artifacts the
         *     builder agent produced, as stored at deploy time. This is the `deployment_url` of runs deployed to the
         *     local target (decision 23); runs deployed by another target are served by that target, not here.
         *     Public like any deployed site: no workspace header is needed.
         */
        get: operations["getDeployment"];
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
    "run.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run created
         * @description A run was created (`POST /runs` or replay).
         *     Sent as `POST` to `WEBHOOK_URL` (or `HYPERSHIFT_WEBHOOK_URL`) with `Content-Type: application/json`
         *     and `X-HyperShift-Event: run.created`. Delivery is at least once: signed (`Webhook-Signature`), with the same
         *     `Webhook-Id` on every attempt, retried with backoff until a 2xx answer.
         */
        post: operations["onRunCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "run.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run started
         * @description The pipeline of a run started (`POST /runs/{run_id}/start` or replay).
         *     Sent as `POST` to `WEBHOOK_URL` (or `HYPERSHIFT_WEBHOOK_URL`) with `Content-Type: application/json`
         *     and `X-HyperShift-Event: run.started`. Delivery is at least once: signed (`Webhook-Signature`), with the same
         *     `Webhook-Id` on every attempt, retried with backoff until a 2xx answer.
         */
        post: operations["onRunStarted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "run.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run completed or failed
         * @description A run reached `completed` or `failed` (blocked runs do not emit it). `failed_step` is present only when `status` is `failed`.
         *     Sent as `POST` to `WEBHOOK_URL` (or `HYPERSHIFT_WEBHOOK_URL`) with `Content-Type: application/json`
         *     and `X-HyperShift-Event: run.completed`. Delivery is at least once: signed (`Webhook-Signature`), with the same
         *     `Webhook-Id` on every attempt, retried with backoff until a 2xx answer.
         */
        post: operations["onRunCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "deploy.succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deploy succeeded
         * @description The SRE step deployed the run.
         *     Sent as `POST` to `WEBHOOK_URL` (or `HYPERSHIFT_WEBHOOK_URL`) with `Content-Type: application/json`
         *     and `X-HyperShift-Event: deploy.succeeded`. Delivery is at least once: signed (`Webhook-Signature`), with the same
         *     `Webhook-Id` on every attempt, retried with backoff until a 2xx answer.
         */
        post: operations["onDeploySucceeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type components = {
    schemas: {
        /**
         * CreateWorkspaceRequest
         * @description Body of `POST /workspaces`. The body itself, and `name`, are optional.
         * @example {
         *       "name": "Acme Platform Team"
         *     }
         */
        CreateWorkspaceRequest: {
            /**
             * @description Optional display name, stored trimmed; defaults to `My Workspace`, also when `null`, empty or blank (decision 12).
             * @example Acme Platform Team
             */
            name?: string | null;
        };
        /**
         * Tier
         * @description Workspace billing tier. `free` allows 10 runs per calendar month (UTC), `pro` allows 1000.
         * @example free
         * @enum {string}
         */
        Tier: "free" | "pro";
        /**
         * Workspace
         * @description A tenant. Its `id` is what clients send as `X-Workspace-Id`.
         * @example {
         *       "id": "ws-8f3a2c1d",
         *       "name": "My Workspace",
         *       "tier": "free",
         *       "created_at": "2025-02-15T12:00:00.000Z"
         *     }
         */
        Workspace: {
            /**
             * @description Workspace id (`ws-` prefix). Use it as `X-Workspace-Id`.
             * @example ws-8f3a2c1d
             */
            id: string;
            /**
             * @description Display name. `My Workspace` when none was given at creation.
             * @example My Workspace
             */
            name: string;
            tier: components["schemas"]["Tier"];
            /**
             * Format: date-time
             * @example 2025-02-15T12:00:00.000Z
             */
            created_at: string;
        };
        /**
         * ErrorCode
         * @description Machine-readable error code carried in `Error.code`. The list is closed (decision 2): a client that
         *     switches on it sees no other value.
         *
         *     | code | status | meaning |
         *     | --- | --- | --- |
         *     | `INVALID_JSON` | 400 | The request body is not parseable JSON. |
         *     | `VALIDATION_ERROR` | 400, 405, 413, 415 | A parameter or body field has the wrong type, is out of range or is missing (400); the path does not serve the method (405); the body is over the size limit (413) or not JSON (415). The status tells these apart. |
         *     | `INVALID_USER_INTENT` | 400 | `user_intent` is missing, not an object, or its `description` is empty or blank. |
         *     | `INVALID_TIER` | 400 | `tier` is not `free` or `pro`. |
         *     | `RUN_NOT_PENDING` | 400 | `POST /runs/{run_id}/start` on a run whose status is not `pending`. |
         *     | `UNAUTHORIZED` | 401 | `X-Webhook-Secret` missing or wrong while the server has a tier-update secret configured. |
         *     | `RUN_LIMIT_EXCEEDED` | 402 | The workspace has used its monthly run allowance. |
         *     | `WORKSPACE_NOT_FOUND` | 404 | No workspace with that id. |
         *     | `RUN_NOT_FOUND` | 404 | No run with that id in the caller's workspace. |
         *     | `DEPLOYMENT_NOT_FOUND` | 404 | No deployment of that run on the local target. |
         *     | `NOT_FOUND` | 404 | No such route. |
         *     | `RUN_NOT_AWAITING_APPROVAL` | 409 | Approve/reject on a run that is not blocked at the approval gate. |
         *     | `INTERNAL_ERROR` | 500 | Unexpected server failure. |
         * @example RUN_NOT_FOUND
         * @enum {string}
         */
        ErrorCode: "INVALID_JSON" | "VALIDATION_ERROR" | "INVALID_USER_INTENT" | "INVALID_TIER" | "RUN_NOT_PENDING" | "UNAUTHORIZED" | "RUN_LIMIT_EXCEEDED" | "WORKSPACE_NOT_FOUND" | "RUN_NOT_FOUND" | "DEPLOYMENT_NOT_FOUND" | "NOT_FOUND" | "RUN_NOT_AWAITING_APPROVAL" | "INTERNAL_ERROR";
        /**
         * Error
         * @description The error body of every non-2xx response: a human-readable `error` message and, where the
         *     server knows it, a machine-readable `code`. Clients must branch on the HTTP status and `code`,
         *     never on the wording of `error`.
         * @example {
         *       "error": "Run not found",
         *       "code": "RUN_NOT_FOUND"
         *     }
         */
        ErrorResponse: {
            /**
             * @description Human-readable description of what went wrong.
             * @example Run not found
             */
            error: string;
            code?: components["schemas"]["ErrorCode"];
        };
        /**
         * UpdateWorkspaceTierRequest
         * @description Body of `PATCH /workspaces/{id}/tier`.
         * @example {
         *       "tier": "pro"
         *     }
         */
        UpdateWorkspaceTierRequest: {
            tier: components["schemas"]["Tier"];
        };
        /**
         * RunStatus
         * @description Lifecycle state of a run.
         *
         *     - `pending` — created, pipeline not started (`POST /runs/{run_id}/start` moves it to `running`).
         *     - `running` — an agent step is executing; see `current_step`.
         *     - `blocked` — the pipeline is stopped: either at the approval gate (`require_approval` is true,
         *       sentinel passed, waiting for approve/reject — a rejected run stays `blocked` with `rejected_at`
         *       set) or because the sentinel agent blocked the plan (`sentinel_output.verdict` = `block`).
         *     - `completed` — all five agents finished; `deployment_url` is set when the SRE step deployed.
         *     - `failed` — an agent step failed; `error` says why and the failed step is the one at `current_step`.
         * @example running
         * @enum {string}
         */
        RunStatus: "pending" | "running" | "blocked" | "completed" | "failed";
        /**
         * RunSummary
         * @description A run as listed by `GET /runs`.
         * @example {
         *       "id": "req-m7k2p9-a1b2c3",
         *       "status": "pending",
         *       "created_at": "2025-02-15T12:00:00.000Z",
         *       "codename": null,
         *       "tags": []
         *     }
         */
        RunSummary: {
            /** @example req-m7k2p9-a1b2c3 */
            id: string;
            status: components["schemas"]["RunStatus"];
            /**
             * Format: date-time
             * @example 2025-02-15T12:00:00.000Z
             */
            created_at: string;
            /** @example null */
            codename: string | null;
            /** @example [] */
            tags: string[];
        };
        /**
         * RunList
         * @description Runs of one workspace, newest first.
         * @example {
         *       "runs": [
         *         {
         *           "id": "req-m7k2p9-a1b2c3",
         *           "status": "pending",
         *           "created_at": "2025-02-15T12:00:00.000Z",
         *           "codename": null,
         *           "tags": []
         *         }
         *       ]
         *     }
         */
        RunList: {
            runs: components["schemas"]["RunSummary"][];
        };
        /**
         * UserIntentRequest
         * @description `user_intent` as a request sends it (`POST /runs`, `POST /what-if`): a `UserIntent` whose optional
         *     `target` and `constraints` may also be `null`, as clients that serialize an unset field send them. `null`
         *     counts as absent, and so does an empty or blank string (a cleared form field): the run's stored intent
         *     (`UserIntent`) leaves the field out (decision 11). A missing/non-object `user_intent` or an empty or
         *     blank (whitespace-only) `description` is rejected with `400 INVALID_USER_INTENT`. Properties other than these three are ignored (not stored or echoed).
         * @example {
         *       "description": "Deploy a Next.js app",
         *       "target": "production",
         *       "constraints": "free tier only"
         *     }
         */
        UserIntentRequest: {
            /**
             * @description Free-text description of what to build and deploy; it must contain more than whitespace.
             * @example Deploy a Next.js app
             */
            description: string;
            /**
             * @description Target environment, e.g. `production`, `staging`, `preview`; `null`, empty or blank counts as absent.
             * @example production
             */
            target?: string | null;
            /**
             * @description Free-text constraints (budget, provider, region, compliance...); `null`, empty or blank counts as absent.
             * @example free tier only
             */
            constraints?: string | null;
        };
        /**
         * CreateRunRequest
         * @description Body of `POST /runs`. The run is created in status `pending`; call `POST /runs/{run_id}/start` to run the pipeline.
         * @example {
         *       "user_intent": {
         *         "description": "Deploy a Next.js app",
         *         "target": "production",
         *         "constraints": "free tier only"
         *       },
         *       "codename": "optional-human-name",
         *       "tags": [
         *         "tag1",
         *         "tag2"
         *       ],
         *       "require_approval": false
         *     }
         */
        CreateRunRequest: {
            user_intent: components["schemas"]["UserIntentRequest"];
            /**
             * @description Optional human-friendly name for the run; `null`, empty or blank leaves the run without one.
             * @example blue-falcon
             */
            codename?: string | null;
            /**
             * @description Optional labels; `GET /runs?tag=` filters on them. `null` counts as absent (no tags).
             * @default []
             * @example [
             *       "web",
             *       "nextjs"
             *     ]
             */
            tags: string[] | null;
            /**
             * @description When `true`, the pipeline stops with status `blocked` after the sentinel step and waits for
             *     `POST /runs/{run_id}/approve` (production deploy gate) before the SRE step deploys. `null` counts as absent (`false`).
             * @default false
             */
            require_approval: boolean | null;
        };
        /**
         * RunCreated
         * @description Returned by `POST /runs` and `POST /runs/{run_id}/replay`.
         * @example {
         *       "run_id": "req-m7k2p9-a1b2c3"
         *     }
         */
        RunCreated: {
            /**
             * @description Id of the new run (`req-` prefix).
             * @example req-m7k2p9-a1b2c3
             */
            run_id: string;
        };
        /**
         * RunLimitExceededError
         * @description Body of `402 Payment Required`: the `Error` fields plus the workspace's usage for the
         *     current period (`current` runs already created out of `limit` in `period`).
         * @example {
         *       "error": "Run limit exceeded for period",
         *       "code": "RUN_LIMIT_EXCEEDED",
         *       "current": 10,
         *       "limit": 10,
         *       "period": "2025-02-01",
         *       "tier": "free"
         *     }
         */
        RunLimitExceededError: components["schemas"]["ErrorResponse"] & {
            /** @constant */
            code: "RUN_LIMIT_EXCEEDED";
            /**
             * @description Runs already created in the workspace during `period`.
             * @example 10
             */
            current: number;
            /**
             * @description Monthly run allowance of the workspace's tier (free = 10, pro = 1000).
             * @example 10
             */
            limit: number;
            /**
             * Format: date
             * @description First day (UTC) of the calendar month the limit applies to.
             * @example 2025-02-01
             */
            period: string;
            tier?: components["schemas"]["Tier"];
        };
        /**
         * UserIntent
         * @description What the user wants deployed, in their own words. It is the input of the architect agent and is
         *     copied unchanged by replay. `description` is the only required field; a missing/non-object
         *     `user_intent` or an empty `description` is rejected with `400 INVALID_USER_INTENT`.
         * @example {
         *       "description": "Deploy a Next.js app",
         *       "target": "production",
         *       "constraints": "free tier only"
         *     }
         */
        UserIntent: {
            /**
             * @description Free-text description of what to build and deploy.
             * @example Deploy a Next.js app
             */
            description: string;
            /**
             * @description Target environment, e.g. `production`, `staging`, `preview`.
             * @example production
             */
            target?: string;
            /**
             * @description Free-text constraints (budget, provider, region, compliance...).
             * @example free tier only
             */
            constraints?: string;
        };
        /**
         * ArchitectComponent
         * @description One building block of the architecture proposed by the architect agent.
         * @example {
         *       "name": "web",
         *       "kind": "frontend",
         *       "description": "Next.js app served by the platform's Node runtime"
         *     }
         */
        ArchitectComponent: {
            /** @example web */
            name: string;
            /**
             * @example frontend
             * @enum {string}
             */
            kind: "frontend" | "backend" | "database" | "cache" | "queue" | "storage" | "cdn" | "other";
            /** @example Next.js app served by the platform's Node runtime */
            description?: string;
        };
        /**
         * ArchitectOutput
         * @description Result of step 1 (`architect`): the plan derived from `user_intent`. Agents may add further
         *     fields; clients must ignore properties they do not know.
         * @example {
         *       "summary": "Single Next.js service on a free-tier PaaS with a managed CDN.",
         *       "components": [
         *         {
         *           "name": "web",
         *           "kind": "frontend",
         *           "description": "Next.js app served by the platform's Node runtime"
         *         }
         *       ],
         *       "provider": "render",
         *       "region": "oregon",
         *       "target": "production",
         *       "complexity": "low"
         *     }
         */
        ArchitectOutput: {
            /** @example Single Next.js service on a free-tier PaaS with a managed CDN. */
            summary: string;
            components: components["schemas"]["ArchitectComponent"][];
            /**
             * @description Hosting provider chosen for the deployment.
             * @example render
             */
            provider: string;
            /** @example oregon */
            region?: string | null;
            /**
             * @description Environment the plan targets (from `user_intent.target`, `production` when absent).
             * @example production
             */
            target?: string;
            /**
             * @example low
             * @enum {string}
             */
            complexity?: "low" | "medium" | "high";
        };
        /**
         * BuildArtifact
         * @description A file produced by the builder agent.
         * @example {
         *       "path": "Dockerfile",
         *       "type": "dockerfile",
         *       "description": "Multi-stage Node 20 image"
         *     }
         */
        BuildArtifact: {
            /** @example Dockerfile */
            path: string;
            /**
             * @example dockerfile
             * @enum {string}
             */
            type: "dockerfile" | "iac" | "manifest" | "ci" | "config" | "source";
            /** @example Multi-stage Node 20 image */
            description?: string;
            /**
             * @description The file's text, as generated; what the local deployment target serves.
             * @example FROM node:20-alpine
             */
            content?: string;
        };
        /**
         * BuilderOutput
         * @description Result of step 2 (`builder`): the artifacts generated from the architect's plan. Agents may add
         *     further fields; clients must ignore properties they do not know.
         * @example {
         *       "summary": "Generated Dockerfile and render.yaml blueprint.",
         *       "artifacts": [
         *         {
         *           "path": "Dockerfile",
         *           "type": "dockerfile",
         *           "description": "Multi-stage Node 20 image"
         *         },
         *         {
         *           "path": "render.yaml",
         *           "type": "iac"
         *         }
         *       ],
         *       "build_command": "npm run build",
         *       "image": null
         *     }
         */
        BuilderOutput: {
            /** @example Generated Dockerfile and render.yaml blueprint. */
            summary: string;
            artifacts: components["schemas"]["BuildArtifact"][];
            /** @example npm run build */
            build_command?: string | null;
            /**
             * @description Container image reference, when one was built.
             * @example registry.example.internal/acme/web:req-m7k2p9
             */
            image?: string | null;
        };
        /**
         * RiskLevel
         * @description Ordered risk scale used by the sentinel agent and by what-if estimates.
         * @example low
         * @enum {string}
         */
        RiskLevel: "low" | "medium" | "high" | "critical";
        /**
         * SentinelFinding
         * @description One issue raised by the sentinel (security/policy) agent.
         * @example {
         *       "severity": "medium",
         *       "category": "security",
         *       "message": "Container runs as root",
         *       "artifact": "Dockerfile"
         *     }
         */
        SentinelFinding: {
            severity: components["schemas"]["RiskLevel"];
            /**
             * @example security
             * @enum {string}
             */
            category: "security" | "compliance" | "reliability" | "cost" | "policy";
            /** @example Container runs as root */
            message: string;
            /**
             * @description Path of the builder artifact the finding refers to, if any.
             * @example Dockerfile
             */
            artifact?: string | null;
        };
        /**
         * SentinelOutput
         * @description Result of step 3 (`sentinel`): security and policy review of the builder's artifacts.
         *     `verdict` = `block` stops the pipeline with run status `blocked` (this is not the approval gate
         *     and cannot be approved). Agents may add further fields; clients must ignore properties they do not know.
         * @example {
         *       "verdict": "warn",
         *       "risk_level": "medium",
         *       "findings": [
         *         {
         *           "severity": "medium",
         *           "category": "security",
         *           "message": "Container runs as root",
         *           "artifact": "Dockerfile"
         *         }
         *       ],
         *       "summary": "No blocking issues; one medium finding."
         *     }
         */
        SentinelOutput: {
            /**
             * @example pass
             * @enum {string}
             */
            verdict: "pass" | "warn" | "block";
            risk_level: components["schemas"]["RiskLevel"];
            findings: components["schemas"]["SentinelFinding"][];
            /** @example No blocking issues; one medium finding. */
            summary?: string;
        };
        /**
         * SreOutput
         * @description Result of step 4 (`sre`): the deployment. When `require_approval` is true this step only runs
         *     after `POST /runs/{run_id}/approve`. Agents may add further fields; clients must ignore
         *     properties they do not know.
         * @example {
         *       "deployed": true,
         *       "deployment_url": "https://blue-falcon.onrender.com",
         *       "environment": "production",
         *       "strategy": "rolling",
         *       "health_check": "passed",
         *       "rollback_plan": "Redeploy previous image tag via POST /runs/{run_id}/rollback.",
         *       "summary": "Deployed to production; health check passed."
         *     }
         */
        SreOutput: {
            /** @example true */
            deployed: boolean;
            /**
             * Format: uri
             * @description Public URL of the deployment; also copied to `Run.deployment_url`.
             * @example https://blue-falcon.onrender.com
             */
            deployment_url: string | null;
            /**
             * @description Deployment target that deployed it (`local` for the default target, decision 23).
             * @example local
             */
            target?: string;
            /** @example production */
            environment?: string;
            /**
             * @example rolling
             * @enum {string}
             */
            strategy?: "rolling" | "blue_green" | "canary" | "recreate";
            /**
             * @example passed
             * @enum {string}
             */
            health_check: "passed" | "failed" | "skipped";
            /** @example Redeploy previous image tag via POST /runs/{run_id}/rollback. */
            rollback_plan?: string;
            /** @example Deployed to production; health check passed. */
            summary?: string;
        };
        /**
         * CostLineItem
         * @description One line of the finops agent's cost estimate.
         * @example {
         *       "item": "Web service (free instance)",
         *       "monthly_cost_usd": 0
         *     }
         */
        CostLineItem: {
            /** @example Web service (free instance) */
            item: string;
            /** @example 0 */
            monthly_cost_usd: number;
        };
        /**
         * FinopsOutput
         * @description Result of step 5 (`finops`): cost estimate of what was deployed. Agents may add further fields;
         *     clients must ignore properties they do not know.
         * @example {
         *       "estimated_monthly_cost_usd": 0,
         *       "currency": "USD",
         *       "within_constraints": true,
         *       "breakdown": [
         *         {
         *           "item": "Web service (free instance)",
         *           "monthly_cost_usd": 0
         *         }
         *       ],
         *       "recommendations": [],
         *       "summary": "Fits the free tier."
         *     }
         */
        FinopsOutput: {
            /** @example 0 */
            estimated_monthly_cost_usd: number;
            /** @constant */
            currency?: "USD";
            /**
             * @description Whether the estimate respects `user_intent.constraints`.
             * @example true
             */
            within_constraints: boolean;
            breakdown: components["schemas"]["CostLineItem"][];
            /**
             * @example [
             *       "Enable autosleep on the preview environment"
             *     ]
             */
            recommendations?: string[];
            /** @example Fits the free tier. */
            summary?: string;
        };
        /**
         * Run
         * @description Full state of a run. Each `*_output` is `null` until its agent step has finished.
         *     `current_step` is the 1-based index of the step executing (or last executed) — 1 `architect`,
         *     2 `builder`, 3 `sentinel`, 4 `sre`, 5 `finops` — and `0` while the run is `pending`.
         *     At the approval gate the run is `blocked` with `current_step` = 4 and `sre_output` = `null`.
         */
        Run: {
            /** @example req-m7k2p9-a1b2c3 */
            id: string;
            /**
             * @description Workspace that owns the run.
             * @example ws-default
             */
            workspace_id: string;
            status: components["schemas"]["RunStatus"];
            /** @example 2 */
            current_step: number;
            /**
             * @description Failure reason when `status` is `failed` (or why the sentinel blocked), else `null`.
             * @example null
             */
            error: string | null;
            user_intent: components["schemas"]["UserIntent"];
            architect_output: components["schemas"]["ArchitectOutput"] | null;
            builder_output: components["schemas"]["BuilderOutput"] | null;
            sentinel_output: components["schemas"]["SentinelOutput"] | null;
            sre_output: components["schemas"]["SreOutput"] | null;
            finops_output: components["schemas"]["FinopsOutput"] | null;
            /**
             * Format: date-time
             * @example 2025-02-15T12:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2025-02-15T12:00:04.210Z
             */
            updated_at: string;
            /**
             * Format: uri
             * @example null
             */
            deployment_url: string | null;
            /** @example null */
            codename: string | null;
            /** @example [] */
            tags: string[];
            /** @example false */
            require_approval: boolean;
            /**
             * Format: date-time
             * @example null
             */
            approved_at: string | null;
            /**
             * @description Actor (`X-User-Id`/`X-Actor`, `anonymous` if neither was sent) who approved.
             * @example null
             */
            approved_by: string | null;
            /**
             * Format: date-time
             * @example null
             */
            rejected_at: string | null;
            /**
             * @description Actor (`X-User-Id`/`X-Actor`, `anonymous` if neither was sent) who rejected.
             * @example null
             */
            rejected_by: string | null;
        };
        /**
         * StartRunResponse
         * @description Returned by `POST /runs/{run_id}/start`; the pipeline continues in the background.
         * @example {
         *       "message": "Run started"
         *     }
         */
        StartRunResponse: {
            /** @constant */
            message: "Run started";
        };
        /**
         * ApproveRunResponse
         * @example {
         *       "message": "Approved",
         *       "run_id": "req-m7k2p9-a1b2c3"
         *     }
         */
        ApproveRunResponse: {
            /** @constant */
            message: "Approved";
            /** @example req-m7k2p9-a1b2c3 */
            run_id: string;
        };
        /**
         * RejectRunResponse
         * @example {
         *       "message": "Rejected",
         *       "run_id": "req-m7k2p9-a1b2c3"
         *     }
         */
        RejectRunResponse: {
            /** @constant */
            message: "Rejected";
            /** @example req-m7k2p9-a1b2c3 */
            run_id: string;
        };
        /**
         * RollbackResponse
         * @description Returned by `POST /runs/{run_id}/rollback`. The rollback is a mock; only the audit entry is written.
         * @example {
         *       "message": "Rollback recorded (mock)",
         *       "audit_recorded": true
         *     }
         */
        RollbackResponse: {
            /** @example Rollback recorded (mock) */
            message: string;
            /**
             * @description `true` once the `run.rollback` audit entry has been written.
             * @example true
             */
            audit_recorded: boolean;
        };
        /**
         * AuditAction
         * @description Kind of audit log entry.
         *
         *     - `run.created` — run created (`POST /runs` or replay).
         *     - `run.started` — pipeline started.
         *     - `step.started` / `step.completed` / `step.failed` — an agent step began, finished or failed (`details.step`).
         *     - `run.blocked` — pipeline stopped at the approval gate or by the sentinel (`details.reason`).
         *     - `run.approved` / `run.rejected` — approval gate decision (`details.actor`).
         *     - `run.completed` / `run.failed` — terminal outcome.
         *     - `deploy.succeeded` — the SRE step deployed (`details.deployment_url`).
         *     - `run.rollback` — rollback requested (mock, `details.actor`).
         *     - `run.replayed` — written on the original run when it is replayed (`details.new_run_id`).
         * @example run.created
         * @enum {string}
         */
        AuditAction: "run.created" | "run.started" | "step.started" | "step.completed" | "step.failed" | "run.blocked" | "run.approved" | "run.rejected" | "run.completed" | "run.failed" | "deploy.succeeded" | "run.rollback" | "run.replayed";
        /**
         * AgentName
         * @description The five pipeline agents, in execution order. Step numbers (`Run.current_step`) are 1-based:
         *     1 `architect`, 2 `builder`, 3 `sentinel`, 4 `sre`, 5 `finops`.
         * @example sentinel
         * @enum {string}
         */
        AgentName: "architect" | "builder" | "sentinel" | "sre" | "finops";
        /**
         * AuditLogDetails
         * @description Action-specific details. All properties are optional; which ones appear depends on `action`
         *     (see `AuditAction`). Further properties may appear and must be ignored by clients.
         * @example {
         *       "actor": "user_123",
         *       "workspace_id": "ws-default"
         *     }
         */
        AuditLogDetails: {
            /**
             * @description Who caused the action (`X-User-Id`/`X-Actor`, `anonymous` when absent, `system` for pipeline events).
             * @example user_123
             */
            actor?: string;
            /** @example ws-default */
            workspace_id?: string;
            step?: components["schemas"]["AgentName"];
            status?: components["schemas"]["RunStatus"];
            /** @example awaiting_approval */
            reason?: string;
            /** @example Build failed */
            error?: string;
            /**
             * Format: uri
             * @example https://blue-falcon.onrender.com
             */
            deployment_url?: string;
            /** @example 12000 */
            duration_ms?: number;
            /**
             * @description On `run.created` of a replay, the id of the original run.
             * @example req-m7k2p9-a1b2c3
             */
            replayed_from?: string;
            /**
             * @description On `run.replayed`, the id of the run created by the replay.
             * @example req-n4x8q1-d4e5f6
             */
            new_run_id?: string;
            user_intent?: components["schemas"]["UserIntent"];
            /**
             * @description On `step.started`, which claim of the step this is; above 1 when the step was taken over from a lost worker or handed back by a stopping server.
             * @example 1
             */
            attempt?: number;
        };
        /**
         * AuditLogEntry
         * @example {
         *       "id": 1,
         *       "run_id": "req-m7k2p9-a1b2c3",
         *       "created_at": "2025-02-15T12:00:00.000Z",
         *       "action": "run.created",
         *       "details": {
         *         "actor": "user_123",
         *         "workspace_id": "ws-default"
         *       }
         *     }
         */
        AuditLogEntry: {
            /**
             * @description Monotonically increasing entry id.
             * @example 1
             */
            id: number;
            /** @example req-m7k2p9-a1b2c3 */
            run_id: string;
            /**
             * Format: date-time
             * @example 2025-02-15T12:00:00.000Z
             */
            created_at: string;
            action: components["schemas"]["AuditAction"];
            details: components["schemas"]["AuditLogDetails"];
        };
        /**
         * RunLogs
         * @description Audit log of one run, oldest entry first.
         * @example {
         *       "run_id": "req-m7k2p9-a1b2c3",
         *       "logs": [
         *         {
         *           "id": 1,
         *           "run_id": "req-m7k2p9-a1b2c3",
         *           "created_at": "2025-02-15T12:00:00.000Z",
         *           "action": "run.created",
         *           "details": {
         *             "actor": "user_123",
         *             "workspace_id": "ws-default"
         *           }
         *         }
         *       ]
         *     }
         */
        RunLogs: {
            /** @example req-m7k2p9-a1b2c3 */
            run_id: string;
            logs: components["schemas"]["AuditLogEntry"][];
        };
        /**
         * Usage
         * @description Run usage of a workspace in the current calendar month (UTC) against its tier's limit.
         * @example {
         *       "workspace_id": "ws-default",
         *       "period": "2025-02-01",
         *       "runs": 3,
         *       "limit": 10,
         *       "tier": "free"
         *     }
         */
        Usage: {
            /** @example ws-default */
            workspace_id: string;
            /**
             * Format: date
             * @description First day (UTC) of the current calendar month.
             * @example 2025-02-01
             */
            period: string;
            /**
             * @description Runs created in the workspace during `period` (replays included).
             * @example 3
             */
            runs: number;
            /**
             * @description Monthly run allowance (free = 10, pro = 1000). `POST /runs` answers 402 once `runs` reaches it.
             * @example 10
             */
            limit: number;
            tier: components["schemas"]["Tier"];
        };
        /**
         * RunOutcome
         * @description Outcome of one run that has left the pipeline (`completed`, `failed` or `blocked`).
         * @example {
         *       "run_id": "req-m7k2p9-a1b2c3",
         *       "status": "completed",
         *       "duration_ms": 12000,
         *       "failed_step": null,
         *       "completed_at": "2025-02-15T12:00:12.000Z"
         *     }
         */
        RunOutcome: {
            /** @example req-m7k2p9-a1b2c3 */
            run_id: string;
            /**
             * @example completed
             * @enum {string}
             */
            status: "completed" | "failed" | "blocked";
            /**
             * @description Time from start to the outcome; `null` if the run never started.
             * @example 12000
             */
            duration_ms: number | null;
            /** @description Agent whose step failed; `null` unless `status` is `failed`. */
            failed_step: components["schemas"]["AgentName"] | null;
            /**
             * Format: date-time
             * @description When the run reached this outcome (for `blocked`, when it stopped).
             * @example 2025-02-15T12:00:12.000Z
             */
            completed_at: string | null;
        };
        /**
         * RunOutcomes
         * @description Outcomes of the workspace's finished or blocked runs, most recent first.
         * @example {
         *       "workspace_id": "ws-default",
         *       "outcomes": [
         *         {
         *           "run_id": "req-m7k2p9-a1b2c3",
         *           "status": "completed",
         *           "duration_ms": 12000,
         *           "failed_step": null,
         *           "completed_at": "2025-02-15T12:00:12.000Z"
         *         }
         *       ]
         *     }
         */
        RunOutcomes: {
            /** @example ws-default */
            workspace_id: string;
            outcomes: components["schemas"]["RunOutcome"][];
        };
        /**
         * SloReport
         * @description Success rate and average duration of the workspace's runs created in the last `days` days.
         *     Only runs with an outcome count: `total_runs` = `success_count` + `failure_count` + `blocked_count`
         *     (pending and running runs are excluded). `success_rate` = `success_count / total_runs` and
         *     `avg_duration_ms` (over completed and failed runs) are `null` when there is nothing to average.
         * @example {
         *       "workspace_id": "ws-default",
         *       "days": 7,
         *       "total_runs": 10,
         *       "success_count": 8,
         *       "failure_count": 1,
         *       "blocked_count": 1,
         *       "success_rate": 0.8,
         *       "avg_duration_ms": 15000
         *     }
         */
        SloReport: {
            /** @example ws-default */
            workspace_id: string;
            /** @example 7 */
            days: number;
            /** @example 10 */
            total_runs: number;
            /** @example 8 */
            success_count: number;
            /** @example 1 */
            failure_count: number;
            /** @example 1 */
            blocked_count: number;
            /** @example 0.8 */
            success_rate: number | null;
            /** @example 15000 */
            avg_duration_ms: number | null;
        };
        /**
         * HealthResponse
         * @description Liveness. Any 200 means the process is up; nothing else is checked.
         * @example {
         *       "status": "ok",
         *       "ts": "2025-02-15T12:00:00.000Z"
         *     }
         */
        HealthResponse: {
            /** @constant */
            status: "ok";
            /**
             * Format: date-time
             * @example 2025-02-15T12:00:00.000Z
             */
            ts?: string;
        };
        /**
         * LastDeploy
         * @description The most recent successful deployment (SRE step) of the caller's workspace.
         * @example {
         *       "run_id": "req-m7k2p9-a1b2c3",
         *       "deployment_url": "https://blue-falcon.onrender.com",
         *       "deployed_at": "2025-02-15T12:00:09.500Z"
         *     }
         */
        LastDeploy: {
            /** @example req-m7k2p9-a1b2c3 */
            run_id: string;
            /**
             * Format: uri
             * @example https://blue-falcon.onrender.com
             */
            deployment_url: string;
            /**
             * Format: date-time
             * @example 2025-02-15T12:00:09.500Z
             */
            deployed_at: string;
        };
        /**
         * StatusResponse
         * @description Operational status. `last_deploy` is present only once the workspace has a successful deployment.
         * @example {
         *       "status": "operational",
         *       "ts": "2025-02-15T12:00:00.000Z",
         *       "last_deploy": {
         *         "run_id": "req-m7k2p9-a1b2c3",
         *         "deployment_url": "https://blue-falcon.onrender.com",
         *         "deployed_at": "2025-02-15T12:00:09.500Z"
         *       }
         *     }
         */
        StatusResponse: {
            /**
             * @description `degraded` when the database or an agent is unreachable.
             * @example operational
             * @enum {string}
             */
            status: "operational" | "degraded";
            /**
             * Format: date-time
             * @example 2025-02-15T12:00:00.000Z
             */
            ts: string;
            last_deploy?: components["schemas"]["LastDeploy"];
        };
        /**
         * WhatIfRequest
         * @description Body of `POST /what-if`. Nothing is created or counted against the run limit.
         * @example {
         *       "user_intent": {
         *         "description": "Deploy a Next.js app",
         *         "target": "production",
         *         "constraints": "free tier only"
         *       },
         *       "addition": "Add a Postgres database"
         *     }
         */
        WhatIfRequest: {
            user_intent: components["schemas"]["UserIntentRequest"];
            /**
             * @description The change to evaluate ("what if we also add ..."). When omitted, `null`, empty or blank, the intent alone is estimated.
             * @example Add a Postgres database
             */
            addition?: string | null;
        };
        /**
         * WhatIfEstimate
         * @description Cost/risk estimate for `user_intent` plus `addition`. Currently a stub (`stub` is `true`); figures are indicative only.
         * @example {
         *       "addition": "Add a Postgres database",
         *       "estimated_monthly_cost_usd": 7,
         *       "cost_delta_usd": 7,
         *       "risk_level": "medium",
         *       "risks": [
         *         "Leaves the free tier"
         *       ],
         *       "summary": "Adding a managed Postgres raises the monthly cost by about $7.",
         *       "stub": true
         *     }
         */
        WhatIfEstimate: {
            /**
             * @description The `addition` that was evaluated, `null` when none was sent.
             * @example Add a Postgres database
             */
            addition?: string | null;
            /**
             * @description Estimated monthly cost of the intent with the addition.
             * @example 7
             */
            estimated_monthly_cost_usd: number;
            /**
             * @description Monthly cost change caused by the addition (0 without addition).
             * @example 7
             */
            cost_delta_usd: number;
            risk_level: components["schemas"]["RiskLevel"];
            /**
             * @example [
             *       "Leaves the free tier"
             *     ]
             */
            risks?: string[];
            /** @example Adding a managed Postgres raises the monthly cost by about $7. */
            summary: string;
            /**
             * @description `true` while the estimator is a stub.
             * @example true
             */
            stub: boolean;
        };
        /**
         * HealthState
         * @example healthy
         * @enum {string}
         */
        HealthState: "healthy" | "degraded" | "down";
        /** @description Health of the pipeline's orchestrator (this server) and of its database. */
        OrchestratorHealth: {
            status: components["schemas"]["HealthState"];
            /** @example 86400 */
            uptime_s?: number;
            database?: components["schemas"]["HealthState"];
        };
        /**
         * AgentHealth
         * @description Health of one pipeline agent.
         * @example {
         *       "agent": "architect",
         *       "status": "healthy",
         *       "latency_ms": 42,
         *       "error": null
         *     }
         */
        AgentHealth: {
            agent: components["schemas"]["AgentName"];
            status: components["schemas"]["HealthState"];
            /**
             * @description Round-trip time of the health probe; `null` when the agent did not answer.
             * @example 42
             */
            latency_ms: number | null;
            /** @example null */
            error?: string | null;
        };
        /**
         * FleetHealth
         * @description Health of the orchestrator and of the five agents (always all five, in pipeline order).
         *     `status` is `healthy` when everything is healthy, `down` when the orchestrator is down, and
         *     `degraded` otherwise.
         * @example {
         *       "status": "healthy",
         *       "orchestrator": {
         *         "status": "healthy",
         *         "uptime_s": 86400,
         *         "database": "healthy"
         *       },
         *       "agents": [
         *         {
         *           "agent": "architect",
         *           "status": "healthy",
         *           "latency_ms": 42,
         *           "error": null
         *         },
         *         {
         *           "agent": "builder",
         *           "status": "healthy",
         *           "latency_ms": 38,
         *           "error": null
         *         },
         *         {
         *           "agent": "sentinel",
         *           "status": "healthy",
         *           "latency_ms": 51,
         *           "error": null
         *         },
         *         {
         *           "agent": "sre",
         *           "status": "healthy",
         *           "latency_ms": 47,
         *           "error": null
         *         },
         *         {
         *           "agent": "finops",
         *           "status": "healthy",
         *           "latency_ms": 33,
         *           "error": null
         *         }
         *       ],
         *       "checked_at": "2025-02-15T12:00:00.000Z"
         *     }
         */
        FleetHealth: {
            status: components["schemas"]["HealthState"];
            orchestrator: components["schemas"]["OrchestratorHealth"];
            agents: components["schemas"]["AgentHealth"][];
            /**
             * Format: date-time
             * @example 2025-02-15T12:00:00.000Z
             */
            checked_at: string;
        };
        /** @description One file of a build as the local deployment target serves it. */
        DeploymentArtifact: {
            /** @example Dockerfile */
            path: string;
            /** @enum {string} */
            type: "dockerfile" | "iac" | "manifest" | "ci" | "config" | "source";
            /** @example FROM node:20-alpine */
            content: string;
        };
        /**
         * Deployment
         * @description A run's build artifacts as the local deployment target serves them.
         */
        Deployment: {
            /** @example req-m7k2p9-a1b2c3 */
            run_id: string;
            /**
             * @description The deployment target that holds it; always `local` here.
             * @constant
             */
            target: "local";
            /** @example production */
            environment: string;
            /**
             * Format: date-time
             * @example 2025-02-15T12:00:09.500Z
             */
            deployed_at: string;
            artifacts: components["schemas"]["DeploymentArtifact"][];
        };
        /**
         * WebhookEventType
         * @description Outgoing webhook event names; also sent as the `X-HyperShift-Event` header.
         * @example run.completed
         * @enum {string}
         */
        WebhookEventType: "run.created" | "run.started" | "run.completed" | "deploy.succeeded";
        /**
         * RunCreatedPayload
         * @example {
         *       "run_id": "req-m7k2p9-a1b2c3",
         *       "workspace_id": "ws-default",
         *       "user_intent": {
         *         "description": "Deploy a Next.js app",
         *         "target": "production",
         *         "constraints": "free tier only"
         *       }
         *     }
         */
        RunCreatedPayload: {
            /** @example req-m7k2p9-a1b2c3 */
            run_id: string;
            /** @example ws-default */
            workspace_id: string;
            user_intent: components["schemas"]["UserIntent"];
        };
        /**
         * RunCreatedWebhook
         * @description Body of the `run.created` webhook POST: `{ event, payload, ts }`.
         */
        RunCreatedWebhook: {
            /** @constant */
            event: "run.created";
            payload: components["schemas"]["RunCreatedPayload"];
            /**
             * Format: date-time
             * @description When the event was emitted (ISO 8601, UTC).
             * @example 2025-02-15T12:00:12.000Z
             */
            ts: string;
        };
        /**
         * RunStartedPayload
         * @example {
         *       "run_id": "req-m7k2p9-a1b2c3",
         *       "workspace_id": "ws-default"
         *     }
         */
        RunStartedPayload: {
            /** @example req-m7k2p9-a1b2c3 */
            run_id: string;
            /** @example ws-default */
            workspace_id: string;
        };
        /**
         * RunStartedWebhook
         * @description Body of the `run.started` webhook POST: `{ event, payload, ts }`.
         */
        RunStartedWebhook: {
            /** @constant */
            event: "run.started";
            payload: components["schemas"]["RunStartedPayload"];
            /**
             * Format: date-time
             * @description When the event was emitted (ISO 8601, UTC).
             * @example 2025-02-15T12:00:12.000Z
             */
            ts: string;
        };
        /**
         * RunCompletedPayload
         * @description Sent when a run reaches `completed` or `failed` (not when it is `blocked`). `failed_step` is
         *     present only when `status` is `failed`.
         * @example {
         *       "run_id": "req-m7k2p9-a1b2c3",
         *       "status": "completed",
         *       "deployment_url": "https://blue-falcon.onrender.com",
         *       "duration_ms": 12000,
         *       "error": null
         *     }
         */
        RunCompletedPayload: {
            /** @example req-m7k2p9-a1b2c3 */
            run_id: string;
            /**
             * @example completed
             * @enum {string}
             */
            status: "completed" | "failed";
            /**
             * Format: uri
             * @example https://blue-falcon.onrender.com
             */
            deployment_url: string | null;
            /** @example 12000 */
            duration_ms: number;
            /** @example null */
            error: string | null;
            failed_step?: components["schemas"]["AgentName"];
        };
        /**
         * RunCompletedWebhook
         * @description Body of the `run.completed` webhook POST: `{ event, payload, ts }`.
         */
        RunCompletedWebhook: {
            /** @constant */
            event: "run.completed";
            payload: components["schemas"]["RunCompletedPayload"];
            /**
             * Format: date-time
             * @description When the event was emitted (ISO 8601, UTC).
             * @example 2025-02-15T12:00:12.000Z
             */
            ts: string;
        };
        /**
         * DeploySucceededPayload
         * @example {
         *       "run_id": "req-m7k2p9-a1b2c3",
         *       "deployment_url": "https://blue-falcon.onrender.com"
         *     }
         */
        DeploySucceededPayload: {
            /** @example req-m7k2p9-a1b2c3 */
            run_id: string;
            /**
             * Format: uri
             * @example https://blue-falcon.onrender.com
             */
            deployment_url: string;
        };
        /**
         * DeploySucceededWebhook
         * @description Body of the `deploy.succeeded` webhook POST: `{ event, payload, ts }`.
         */
        DeploySucceededWebhook: {
            /** @constant */
            event: "deploy.succeeded";
            payload: components["schemas"]["DeploySucceededPayload"];
            /**
             * Format: date-time
             * @description When the event was emitted (ISO 8601, UTC).
             * @example 2025-02-15T12:00:12.000Z
             */
            ts: string;
        };
    };
    responses: {
        /** @description The request body is larger than the server accepts (`BODY_LIMIT_BYTES`, 1 MiB by default). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Request body exceeds 1048576 bytes",
                 *       "code": "VALIDATION_ERROR"
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
                 *       "error": "Content-Type must be application/json",
                 *       "code": "VALIDATION_ERROR"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unexpected server error (e.g. the database is unreachable). */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Internal server error",
                 *       "code": "INTERNAL_ERROR"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Bad input — a path or query parameter or a header is malformed or out of range. */
        InvalidParameter: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Workspace not found. */
        WorkspaceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Workspace not found",
                 *       "code": "WORKSPACE_NOT_FOUND"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Run limit exceeded for the period — the workspace already created `limit` runs this calendar
         *     month (free = 10, pro = 1000). Upgrade with `PATCH /workspaces/{id}/tier` or wait for the next period.
         */
        RunLimitExceeded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Run limit exceeded for period",
                 *       "code": "RUN_LIMIT_EXCEEDED",
                 *       "current": 10,
                 *       "limit": 10,
                 *       "period": "2025-02-01",
                 *       "tier": "free"
                 *     }
                 */
                "application/json": components["schemas"]["RunLimitExceededError"];
            };
        };
        /**
         * @description Run not found — no run with this id exists in the caller's workspace (runs of other workspaces
         *     are reported as not found).
         */
        RunNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Run not found",
                 *       "code": "RUN_NOT_FOUND"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Bad input — a header value is out of range. The operation takes no body; whatever body is sent is
         *     ignored (decision 3).
         */
        BadRequestNoBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Invalid state transition — the run is not waiting at the approval gate (it is not `blocked`,
         *     `require_approval` is false, it was blocked by the sentinel, or it was already approved or rejected).
         */
        NotAwaitingApproval: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Run is not awaiting approval",
                 *       "code": "RUN_NOT_AWAITING_APPROVAL"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Workspace id as returned by `POST /workspaces`.
         * @example ws-8f3a2c1d
         */
        WorkspaceIdPath: string;
        /**
         * @description Only runs whose `tags` contain this exact tag. Empty (`?tag=`, a cleared filter) counts as absent: every run
         *     is listed.
         * @example foo
         */
        TagQuery: string;
        /**
         * @description Workspace to list; overrides `X-Workspace-Id` / `X-Org-Id` when present. Empty (`?workspace_id=`) counts as
         *     absent, as an empty header does: the headers decide.
         * @example ws-default
         */
        WorkspaceIdQuery: string;
        /**
         * @description Maximum number of items returned (newest first).
         * @example 20
         */
        LimitQuery: number;
        /**
         * @description Pagination: only runs listed after this run (older than it, in the list's order). Pass the `id` of the last
         *     run of the previous page to get the next one; a page shorter than `limit` is the last (decision 15). A run id
         *     that is not a run of the listed workspace is `400 VALIDATION_ERROR`; empty (`?before=`) counts as absent: the first page.
         * @example req-m7k2p9-a1b2c3
         */
        BeforeQuery: string;
        /**
         * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
         *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
         *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
         *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
         *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
         *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
         *     which applies only when this header is absent.)
         * @example ws-8f3a2c1d
         */
        WorkspaceIdHeader: string;
        /**
         * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
         *     (the header sent twice) is `400 VALIDATION_ERROR`.
         * @example ws-8f3a2c1d
         */
        OrgIdHeader: string;
        /**
         * @description Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence
         *     over `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;
         *     a value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.
         * @example user_123
         */
        UserIdHeader: string;
        /**
         * @description Alias of `X-User-Id`, used only when `X-User-Id` is absent.
         * @example alice@example.com
         */
        ActorHeader: string;
        /**
         * @description Run id as returned by `POST /runs` (`req-` prefix).
         * @example req-m7k2p9-a1b2c3
         */
        RunIdPath: string;
        /**
         * @description Window size in days, counted back from now (1–30).
         * @example 7
         */
        DaysQuery: number;
        /**
         * @description Name of the event carried in the body (same value as `event`).
         * @example run.completed
         */
        HyperShiftEventHeader: components["schemas"]["WebhookEventType"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    createWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateWorkspaceRequest"];
            };
        };
        responses: {
            /** @description Workspace created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Bad input — malformed JSON or `name` is not a string. */
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
            500: components["responses"]["InternalError"];
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id as returned by `POST /workspaces`.
                 * @example ws-8f3a2c1d
                 */
                id: components["parameters"]["WorkspaceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            404: components["responses"]["WorkspaceNotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWorkspaceTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id as returned by `POST /workspaces`.
                 * @example ws-8f3a2c1d
                 */
                id: components["parameters"]["WorkspaceIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkspaceTierRequest"];
            };
        };
        responses: {
            /** @description Tier updated; the updated workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Bad input — malformed JSON, or `tier` missing or not `free`/`pro`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description `X-Webhook-Secret` missing or wrong. Only sent when the server has a tier-update secret configured. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: components["responses"]["WorkspaceNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listRuns: {
        parameters: {
            query?: {
                /**
                 * @description Only runs whose `tags` contain this exact tag. Empty (`?tag=`, a cleared filter) counts as absent: every run
                 *     is listed.
                 * @example foo
                 */
                tag?: components["parameters"]["TagQuery"];
                /**
                 * @description Workspace to list; overrides `X-Workspace-Id` / `X-Org-Id` when present. Empty (`?workspace_id=`) counts as
                 *     absent, as an empty header does: the headers decide.
                 * @example ws-default
                 */
                workspace_id?: components["parameters"]["WorkspaceIdQuery"];
                /**
                 * @description Maximum number of items returned (newest first).
                 * @example 20
                 */
                limit?: components["parameters"]["LimitQuery"];
                /**
                 * @description Pagination: only runs listed after this run (older than it, in the list's order). Pass the `id` of the last
                 *     run of the previous page to get the next one; a page shorter than `limit` is the last (decision 15). A run id
                 *     that is not a run of the listed workspace is `400 VALIDATION_ERROR`; empty (`?before=`) counts as absent: the first page.
                 * @example req-m7k2p9-a1b2c3
                 */
                before?: components["parameters"]["BeforeQuery"];
            };
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runs of the workspace (possibly empty). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunList"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            500: components["responses"]["InternalError"];
        };
    };
    createRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
                /**
                 * @description Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence
                 *     over `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;
                 *     a value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.
                 * @example user_123
                 */
                "X-User-Id"?: components["parameters"]["UserIdHeader"];
                /**
                 * @description Alias of `X-User-Id`, used only when `X-User-Id` is absent.
                 * @example alice@example.com
                 */
                "X-Actor"?: components["parameters"]["ActorHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRunRequest"];
            };
        };
        responses: {
            /** @description Run created (status `pending`). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunCreated"];
                };
            };
            /** @description Bad input — malformed JSON, invalid `user_intent`, another field of the wrong type, or a header value out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            402: components["responses"]["RunLimitExceeded"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
            };
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            404: components["responses"]["RunNotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    startRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
                /**
                 * @description Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence
                 *     over `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;
                 *     a value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.
                 * @example user_123
                 */
                "X-User-Id"?: components["parameters"]["UserIdHeader"];
                /**
                 * @description Alias of `X-User-Id`, used only when `X-User-Id` is absent.
                 * @example alice@example.com
                 */
                "X-Actor"?: components["parameters"]["ActorHeader"];
            };
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pipeline started in the background. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartRunResponse"];
                };
            };
            /** @description Run is not pending (already started or finished), or a header value is out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: components["responses"]["RunNotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    approveRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
                /**
                 * @description Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence
                 *     over `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;
                 *     a value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.
                 * @example user_123
                 */
                "X-User-Id"?: components["parameters"]["UserIdHeader"];
                /**
                 * @description Alias of `X-User-Id`, used only when `X-User-Id` is absent.
                 * @example alice@example.com
                 */
                "X-Actor"?: components["parameters"]["ActorHeader"];
            };
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Approved; the pipeline resumes from the SRE step. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApproveRunResponse"];
                };
            };
            400: components["responses"]["BadRequestNoBody"];
            404: components["responses"]["RunNotFound"];
            409: components["responses"]["NotAwaitingApproval"];
            500: components["responses"]["InternalError"];
        };
    };
    rejectRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
                /**
                 * @description Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence
                 *     over `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;
                 *     a value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.
                 * @example user_123
                 */
                "X-User-Id"?: components["parameters"]["UserIdHeader"];
                /**
                 * @description Alias of `X-User-Id`, used only when `X-User-Id` is absent.
                 * @example alice@example.com
                 */
                "X-Actor"?: components["parameters"]["ActorHeader"];
            };
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rejected; the run stays `blocked`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RejectRunResponse"];
                };
            };
            400: components["responses"]["BadRequestNoBody"];
            404: components["responses"]["RunNotFound"];
            409: components["responses"]["NotAwaitingApproval"];
            500: components["responses"]["InternalError"];
        };
    };
    rollbackRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
                /**
                 * @description Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence
                 *     over `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;
                 *     a value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.
                 * @example user_123
                 */
                "X-User-Id"?: components["parameters"]["UserIdHeader"];
                /**
                 * @description Alias of `X-User-Id`, used only when `X-User-Id` is absent.
                 * @example alice@example.com
                 */
                "X-Actor"?: components["parameters"]["ActorHeader"];
            };
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rollback recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollbackResponse"];
                };
            };
            400: components["responses"]["BadRequestNoBody"];
            404: components["responses"]["RunNotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    replayRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
                /**
                 * @description Acting user, recorded in the audit log (and in `approved_by` / `rejected_by`). Takes precedence
                 *     over `X-Actor`. When neither header is sent the actor is recorded as `anonymous`. An empty value counts as absent;
                 *     a value longer than 256 characters is rejected with `400 VALIDATION_ERROR`.
                 * @example user_123
                 */
                "X-User-Id"?: components["parameters"]["UserIdHeader"];
                /**
                 * @description Alias of `X-User-Id`, used only when `X-User-Id` is absent.
                 * @example alice@example.com
                 */
                "X-Actor"?: components["parameters"]["ActorHeader"];
            };
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description New run created and started. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunCreated"];
                };
            };
            400: components["responses"]["BadRequestNoBody"];
            402: components["responses"]["RunLimitExceeded"];
            404: components["responses"]["RunNotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getRunLogs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
            };
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run's audit log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunLogs"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            404: components["responses"]["RunNotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getUsage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage of the current period. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            500: components["responses"]["InternalError"];
        };
    };
    listRunOutcomes: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items returned (newest first).
                 * @example 20
                 */
                limit?: components["parameters"]["LimitQuery"];
            };
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run outcomes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOutcomes"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            500: components["responses"]["InternalError"];
        };
    };
    getSlo: {
        parameters: {
            query?: {
                /**
                 * @description Window size in days, counted back from now (1–30).
                 * @example 7
                 */
                days?: components["parameters"]["DaysQuery"];
            };
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SLO figures for the window. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SloReport"];
                };
            };
            /** @description Bad input — `days` is not an integer between 1 and 30, or a header value is out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    getStatus: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace (tenant) scope of the request. Takes precedence over `X-Org-Id`. When neither header
                 *     is sent the workspace is `ws-default`. An id that was never created with `POST /workspaces` is
                 *     treated as an implicit `free`-tier workspace. An empty value counts as absent;
                 *     a value longer than 128 characters is rejected with `400 VALIDATION_ERROR`. Send it once: a header sent
                 *     twice arrives as its values joined by a comma (RFC 9110, section 5.3), so a value with a comma names no one
                 *     workspace and is `400 VALIDATION_ERROR` (decision 20). (No schema `default`: a default would hide `X-Org-Id`,
                 *     which applies only when this header is absent.)
                 * @example ws-8f3a2c1d
                 */
                "X-Workspace-Id"?: components["parameters"]["WorkspaceIdHeader"];
                /**
                 * @description Alias of `X-Workspace-Id`, used only when `X-Workspace-Id` is absent. Like it, sent once: a value with a comma
                 *     (the header sent twice) is `400 VALIDATION_ERROR`.
                 * @example ws-8f3a2c1d
                 */
                "X-Org-Id"?: components["parameters"]["OrgIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            500: components["responses"]["InternalError"];
        };
    };
    whatIf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatIfRequest"];
            };
        };
        responses: {
            /** @description Estimate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIfEstimate"];
                };
            };
            /** @description Bad input — malformed JSON, invalid `user_intent`, or `addition` not a string. */
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
            500: components["responses"]["InternalError"];
        };
    };
    getFleetHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Fleet health. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetHealth"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    getDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id as returned by `POST /runs` (`req-` prefix).
                 * @example req-m7k2p9-a1b2c3
                 */
                run_id: components["parameters"]["RunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployed artifacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            400: components["responses"]["InvalidParameter"];
            /** @description No deployment of this run on the local target. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Deployment not found",
                     *       "code": "DEPLOYMENT_NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    onRunCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Name of the event carried in the body (same value as `event`).
                 * @example run.completed
                 */
                "X-HyperShift-Event": components["parameters"]["HyperShiftEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunCreatedWebhook"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges receipt; the body is ignored. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a delivery; retried with backoff. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a delivery; retried with backoff. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onRunStarted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Name of the event carried in the body (same value as `event`).
                 * @example run.completed
                 */
                "X-HyperShift-Event": components["parameters"]["HyperShiftEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunStartedWebhook"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges receipt; the body is ignored. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a delivery; retried with backoff. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a delivery; retried with backoff. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onRunCompleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Name of the event carried in the body (same value as `event`).
                 * @example run.completed
                 */
                "X-HyperShift-Event": components["parameters"]["HyperShiftEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunCompletedWebhook"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges receipt; the body is ignored. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a delivery; retried with backoff. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a delivery; retried with backoff. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onDeploySucceeded: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Name of the event carried in the body (same value as `event`).
                 * @example run.completed
                 */
                "X-HyperShift-Event": components["parameters"]["HyperShiftEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeploySucceededWebhook"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges receipt; the body is ignored. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a delivery; retried with backoff. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a delivery; retried with backoff. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

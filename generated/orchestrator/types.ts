// generated — do not edit: produced by scripts/generate (openapi-typescript).
export type paths = {
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with e-mail and password
         * @description Exchanges e-mail/password credentials for an access token (JWT, 1 hour) and a refresh token (30 days).
         *     Wrong e-mail and wrong password both yield the same 401 after the same work. Attempts are rate limited per
         *     client address and per account (429, decision 22).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a new access token from a refresh token
         * @description Issues a new access token. The refresh token is not rotated: it stays valid until it expires (30 days after
         *     login) or until `POST /auth/logout`.
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out and invalidate tokens
         * @description Revokes the session of the presented access token: that access token and the refresh token issued with it
         *     stop working immediately (later use yields 401). No request body.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the current user's profile */
        get: operations["getCurrentUser"];
        /**
         * Update the current user's profile
         * @description Changes the caller's first and/or last name and returns the whole updated profile.
         */
        put: operations["updateCurrentUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's organizations
         * @description All organizations the caller is a member of, with the caller's role in each, ordered by name. Not paginated.
         */
        get: operations["listOrganizations"];
        put?: never;
        /**
         * Create an organization
         * @description Creates an organization; the caller becomes its `owner`. Slugs are unique platform-wide.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization id.
                 * @example 3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b
                 */
                id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * Get an organization with its members
         * @description Any member may read the organization. Organizations the caller is not a member of yield 404.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's agents
         * @description Agents visible to the caller: those they own and those of organizations they are a member of,
         *     newest first (`created_at` descending). All filters are optional and combine with AND.
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent
         * @description Creates an agent in status `draft` at version `1.0.0`, owned by the caller or by one of their organizations
         *     (`owner_type: organization` + `owner_id`; needs role `owner`, `admin` or `member`). `resource_limits` default
         *     to the owner's subscription tier allowance.
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * Get an agent
         * @description Any user who can see the agent (its owner, or any member of its owning organization) may read it.
         */
        get: operations["getAgent"];
        /**
         * Update an agent
         * @description Partially updates name, description and/or resource limits and returns the whole agent; its minor version is bumped.
         *     New resource limits take effect at the next deployment. Organization agents need role `owner`, `admin` or `member`.
         */
        put: operations["updateAgent"];
        post?: never;
        /**
         * Delete an agent
         * @description Deletes the agent with its workflows and execution history. A deployed (`active`) or marketplace-published
         *     agent must be undeployed / unpublished first (409). Organization agents need role `owner` or `admin`. The
         *     container an agent in `error` still has is stopped (decision 39).
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}/deploy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deploy an agent
         * @description Creates and starts the agent's container with its active workflows and returns when the agent is running;
         *     the agent becomes `active`. Allowed from `draft`, `inactive` and `error`; needs at least one active workflow.
         *     No request body. If the container cannot be started the agent goes to status `error`. From `error`, the
         *     container the agent kept is replaced and stopped, and its pending executions run on the new one (decision 40).
         *     Organization agents need role `owner`, `admin` or `member`.
         */
        post: operations["deployAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}/undeploy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undeploy an agent
         * @description Stops and removes the agent's container; the agent becomes `inactive` and its `container_id` `null`.
         *     Pending and running executions of the agent are cancelled. Allowed from `active` and `error`. No request body.
         *     Organization agents need role `owner`, `admin` or `member`.
         */
        post: operations["undeployAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agent_id}/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the agent the workflows belong to.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                agent_id: components["parameters"]["WorkflowAgentId"];
            };
            cookie?: never;
        };
        /**
         * List an agent's workflows
         * @description All workflows of the agent without their graphs, newest first. Not paginated.
         */
        get: operations["listAgentWorkflows"];
        put?: never;
        /**
         * Create a workflow for an agent
         * @description Creates a workflow at version `1.0.0`. `framework` defaults to the agent's framework; a different framework is
         *     rejected with 400. Organization agents need role `owner`, `admin` or `member`.
         */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workflow id.
                 * @example 6fa459ea-ee8a-4ca4-894e-db77e160355e
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /** Get a workflow */
        get: operations["getWorkflow"];
        /**
         * Update a workflow
         * @description Partially updates the workflow (`workflow_data` is replaced as a whole) and bumps its minor version
         *     (`1.0.0` -> `1.1.0`). Returns the whole workflow. A deployed agent picks the new version up at its next
         *     deployment or container restart; executions started later use the new version.
         *     Organization agents need role `owner`, `admin` or `member`.
         */
        put: operations["updateWorkflow"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workflow id.
                 * @example 6fa459ea-ee8a-4ca4-894e-db77e160355e
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a workflow
         * @description Starts an asynchronous execution of the workflow's current version in the agent's container and returns at once
         *     (202). Progress arrives as WebSocket `execution_update` events; the result is read with `GET /executions/{id}`.
         *     The workflow must be active (`is_active: true`) and its agent deployed (`active`). The body may be omitted.
         *     Organization agents need role `owner`, `admin` or `member`.
         */
        post: operations["executeWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List executions with filtering
         * @description Executions of all agents visible to the caller, newest first (`started_at` descending), without
         *     `execution_data`. Filters are optional and combine with AND. `start_date`/`end_date` bound `started_at`
         *     inclusively; a bare date (`2024-12-19`) means the whole UTC day.
         */
        get: operations["listExecutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/executions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Execution id.
                 * @example 2c5ea4c0-4067-41c4-a8b4-0c6f2b3d4e5f
                 */
                id: components["parameters"]["ExecutionId"];
            };
            cookie?: never;
        };
        /** Get execution status and results */
        get: operations["getExecution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an agent to the marketplace
         * @description Lists the deployed (`active`) agent on the marketplace. Republishing an unpublished agent reuses its
         *     integration (same `integration_id` and `marketplace_agent_id`) with the new listing data.
         *     Organization agents need role `owner` or `admin`.
         */
        post: operations["publishAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}/marketplace": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * Get the agent's marketplace integration status
         * @description The agent's marketplace integration, published or unpublished, with usage metrics. Agents that were never
         *     published yield 404.
         */
        get: operations["getAgentMarketplaceIntegration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpublish an agent from the marketplace
         * @description Removes the listing; the integration is kept with status `unpublished`. No request body. Organization agents need role `owner` or `admin`.
         */
        post: operations["unpublishAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}/container": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /** Get the agent's container status */
        get: operations["getAgentContainer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}/container/restart": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart the agent's container
         * @description Starts an asynchronous restart and returns at once (202) with status `restarting`; the container returns to
         *     `running` (announced by an `agent_status_update` WebSocket event). Running executions of the agent fail.
         *     No request body. Organization agents need role `owner`, `admin` or `member`.
         */
        post: operations["restartAgentContainer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}/container/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * Get the agent's container logs
         * @description Log entries of the agent's current container, oldest first. `since`/`until` bound the entries' timestamps
         *     inclusively; of the matching entries the last `tail` are returned.
         */
        get: operations["getAgentContainerLogs"];
        put?: never;
        post?: never;
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
        /** @description An AI agent. The same shape is returned by list, get, create and update. */
        Agent: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            owner_type: components["schemas"]["OwnerType"];
            /**
             * Format: uuid
             * @description Id of the owning user or organization (per `owner_type`).
             */
            owner_id: string;
            framework: components["schemas"]["AgentFramework"];
            agent_type: components["schemas"]["AgentType"];
            status: components["schemas"]["AgentStatus"];
            version: components["schemas"]["SemanticVersion"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: date-time
             * @description Time of the latest successful deployment; `null` if never deployed.
             */
            deployed_at: string | null;
            /** @description Container of the current deployment; `null` when the agent is not deployed. */
            container_id: string | null;
            resource_limits: components["schemas"]["ResourceLimits"];
            metadata: components["schemas"]["AgentMetadata"];
        };
        /**
         * @description Agent framework the agent and its workflows run on.
         * @enum {string}
         */
        AgentFramework: "langgraph" | "agno" | "crewai" | "n8n";
        /** @description One page of agents. */
        AgentListResponse: components["schemas"]["PaginatedResponse"] & {
            agents: components["schemas"]["Agent"][];
        };
        /** @description Server-computed facts about the agent. Further keys may appear. */
        AgentMetadata: {
            /** @description Number of nodes across the agent's active workflows. */
            node_count?: number;
            /** @description Average execution time of recent executions, as a duration string such as `2.5s`. */
            execution_time?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Lifecycle status of an agent: `draft` (never deployed), `active` (deployed, container running),
         *     `inactive` (undeployed), `error` (deployment or container failed).
         * @enum {string}
         */
        AgentStatus: "draft" | "active" | "inactive" | "error";
        /**
         * @description How the agent is authored: in the visual builder or as code.
         * @enum {string}
         */
        AgentType: "visual" | "code";
        /**
         * @description Result of the latest container health check (`unknown` before the first check).
         * @enum {string}
         */
        ContainerHealthStatus: "healthy" | "unhealthy" | "starting" | "unknown";
        /** @description One container log entry. */
        ContainerLogEntry: {
            /** Format: date-time */
            timestamp: string;
            level: components["schemas"]["ContainerLogLevel"];
            message: string;
            /**
             * @description Emitter of the entry, e.g. `container` (runtime), `agent` (framework) or `workflow` (a workflow node).
             * @example container
             */
            source: string;
        };
        /**
         * @description Severity of a container log entry.
         * @enum {string}
         */
        ContainerLogLevel: "DEBUG" | "INFO" | "WARNING" | "ERROR" | "CRITICAL";
        /** @description Container log entries, oldest first. */
        ContainerLogsResponse: {
            logs: components["schemas"]["ContainerLogEntry"][];
        };
        /** @description Current resource usage of a container. */
        ContainerResourceUsage: {
            /** @description CPU usage in percent of one core (can exceed 100 with several cores). */
            cpu_percent: number;
            /** @description Memory in use, MiB. */
            memory_usage: number;
            /** @description Memory limit, MiB. */
            memory_limit: number;
            /** @description Bytes received since the container started. */
            network_rx: number;
            /** @description Bytes sent since the container started. */
            network_tx: number;
        };
        /**
         * @description State of an agent container.
         * @enum {string}
         */
        ContainerState: "creating" | "running" | "restarting" | "stopped" | "error";
        /** @description Status of the agent's container. */
        ContainerStatus: {
            container_id: string;
            status: components["schemas"]["ContainerState"];
            resource_usage: components["schemas"]["ContainerResourceUsage"];
            health_status: components["schemas"]["ContainerHealthStatus"];
            /** Format: date-time */
            last_health_check: string | null;
            /** @description The latest log messages (at most 20), oldest first. Use `GET /agents/{id}/container/logs` for structured, filterable logs. */
            logs: string[];
        };
        /**
         * @description A new agent. It starts in status `draft` at version `1.0.0`.
         *     For `owner_type: organization`, `owner_id` (the organization id) is required and the caller needs role
         *     `owner`, `admin` or `member` in it. For `owner_type: user`, `owner_id` may be omitted and, if sent, must be the caller's id.
         */
        CreateAgentRequest: {
            /** @description At least one character other than whitespace (decision 32). */
            name: string;
            description?: string | null;
            /** @default user */
            owner_type: components["schemas"]["OwnerType"];
            /** Format: uuid */
            owner_id?: string;
            framework: components["schemas"]["AgentFramework"];
            /** @default visual */
            agent_type: components["schemas"]["AgentType"];
            resource_limits?: components["schemas"]["ResourceLimits"];
        };
        /** @description A new organization. The caller becomes its `owner`. */
        CreateOrganizationRequest: {
            /** @description At least one character other than whitespace (decision 32). */
            name: string;
            /** @description Unique slug. Derived from `name` when omitted (accents dropped, lower-cased, non-alphanumerics replaced by `-`). */
            slug?: string;
            /** @default free */
            subscription_tier: components["schemas"]["SubscriptionTier"];
        };
        /**
         * @description A new workflow for the agent, created at version `1.0.0`.
         *     `framework` defaults to the agent's framework and, if sent, must equal it.
         */
        CreateWorkflowRequest: {
            /** @description At least one character other than whitespace (decision 32). */
            name: string;
            description?: string | null;
            workflow_data: components["schemas"]["WorkflowData"];
            /** @default visual */
            workflow_type: components["schemas"]["WorkflowType"];
            framework?: components["schemas"]["AgentFramework"];
            /** @default true */
            is_active: boolean;
        };
        /** @description An ISO 8601 date (`2024-12-01`) or date-time (`2024-12-19T23:59:59Z`). */
        DateOrDateTime: string | unknown | unknown;
        /** @description Result of a successful deployment. */
        DeployAgentResponse: {
            /**
             * Format: uuid
             * @description Agent id.
             */
            id: string;
            /** @enum {string} */
            status: "active";
            container_id: string;
            /** Format: date-time */
            deployed_at: string;
            /** @description Log lines of the deployment, oldest first. */
            deployment_logs: string[];
        };
        /**
         * @description Machine-readable error code. Each code is sent with exactly one HTTP status:
         *
         *     | code | HTTP status |
         *     | --- | --- |
         *     | `VALIDATION_ERROR` | 400 (request validation failed, including malformed JSON) |
         *     | `AUTHENTICATION_ERROR` | 401 |
         *     | `AUTHORIZATION_ERROR` | 403 |
         *     | `NOT_FOUND` | 404 |
         *     | `CONFLICT` | 409 |
         *     | `RATE_LIMIT_EXCEEDED` | 429 |
         *     | `INTERNAL_ERROR` | 500 |
         *     | `SERVICE_UNAVAILABLE` | 503 |
         * @enum {string}
         */
        ErrorCode: "VALIDATION_ERROR" | "AUTHENTICATION_ERROR" | "AUTHORIZATION_ERROR" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMIT_EXCEEDED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
        /** @description One problem found in the request. `field` is present when the problem is tied to one input field. */
        ErrorDetail: {
            /**
             * @description Dotted path of the offending input. Body fields are named as in the body (`email`, `pricing.amount`);
             *     query and path parameters by their name (`limit`, `id`).
             * @example email
             */
            field?: string;
            /**
             * @description Human-readable description of the problem.
             * @example Email is required
             */
            message: string;
        };
        /** @description The error object inside `ErrorResponse` (also sent by the WebSocket `error` message). */
        ErrorObject: {
            code: components["schemas"]["ErrorCode"];
            /** @description Human-readable summary of the error. */
            message: string;
            /** @description Itemised problems (validation errors). Always present; empty when there is nothing to itemise. */
            details: components["schemas"]["ErrorDetail"][];
            /**
             * Format: date-time
             * @description When the error was produced (UTC).
             */
            timestamp: string;
            /**
             * Format: uuid
             * @description Identifier of the request, to quote when reporting a problem.
             */
            correlation_id: string;
        };
        /**
         * @description The single error envelope sent with every 4xx/5xx response of this API:
         *     `{"error": {"code", "message", "details", "timestamp", "correlation_id"}}`.
         *     `correlation_id` is also sent in the `X-Correlation-ID` response header.
         */
        ErrorResponse: {
            error: components["schemas"]["ErrorObject"];
        };
        /** @description Input of a workflow execution. The body may be omitted to run with empty input and default options. */
        ExecuteWorkflowRequest: {
            /**
             * @description Free-form input handed to the workflow's entry node.
             * @default {}
             */
            input_data: {
                [key: string]: unknown;
            };
            execution_options?: components["schemas"]["ExecutionOptions"];
        };
        /** @description A workflow execution with its input, output and step trace. */
        Execution: components["schemas"]["ExecutionSummary"] & {
            execution_data: components["schemas"]["ExecutionData"];
        };
        /** @description Input, output and step trace of an execution. */
        ExecutionData: {
            /** @description The `input_data` the execution was started with. */
            input: {
                [key: string]: unknown;
            };
            /** @description Workflow output; `null` until the execution completes (and when it fails or is cancelled). */
            output: {
                [key: string]: unknown;
            } | null;
            /** @description Steps in the order they started. */
            steps: components["schemas"]["ExecutionStep"][];
        };
        /** @description One page of executions, newest first. */
        ExecutionListResponse: components["schemas"]["PaginatedResponse"] & {
            executions: components["schemas"]["ExecutionSummary"][];
        };
        /** @description Per-execution options. */
        ExecutionOptions: {
            /**
             * @description Time limit for the whole execution in milliseconds; the execution fails when exceeded.
             * @default 30000
             */
            timeout: number;
            /**
             * @description How many times a failed step is retried before the execution fails.
             * @default 0
             */
            retry_count: number;
        };
        /** @description Resources consumed by an execution. */
        ExecutionResourceUsage: {
            /** @description CPU time in seconds. */
            cpu_time: number;
            /** @description Peak memory in MiB. */
            memory_peak: number;
            /** @description Wall-clock duration in seconds. */
            execution_time: number;
        };
        /** @description An accepted execution. Follow it with `GET /executions/{id}` or the WebSocket `execution_update` events. */
        ExecutionStarted: {
            /** Format: uuid */
            execution_id: string;
            /**
             * @description `pending` when queued behind other executions of the agent, otherwise `running`.
             * @enum {string}
             */
            status: "pending" | "running";
            /**
             * Format: date-time
             * @description When the execution was accepted.
             */
            started_at: string;
            /**
             * Format: uuid
             * @description Correlation id of the request that started the execution; also in the `X-Correlation-ID` header.
             */
            correlation_id: string;
        };
        /**
         * @description Status of a workflow execution. `pending` (queued) -> `running` -> `completed` | `failed` | `cancelled`.
         *     Executions are cancelled when their agent is undeployed or deleted while they run.
         * @enum {string}
         */
        ExecutionStatus: "pending" | "running" | "completed" | "failed" | "cancelled";
        /** @description Trace of one workflow node run during an execution. Framework-specific keys are allowed. */
        ExecutionStep: {
            /** @description Id of the workflow node. */
            node_id: string;
            /** @enum {string} */
            status: "pending" | "running" | "completed" | "failed" | "skipped";
            /** Format: date-time */
            started_at?: string | null;
            /** Format: date-time */
            completed_at?: string | null;
            /**
             * @description Output of the node, if any. Recorded when the execution ends; while it is `running`, its steps show status
             *     and times, and `output` is `null` (decision 34).
             */
            output?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Present (`true`) on a step of a finished execution whose `output` is `null` because the step outputs before
             *     it already filled the final record's budget of 1 MiB (decision 35). The workflow's `output` is always kept.
             * @constant
             */
            output_omitted?: true;
        } & {
            [key: string]: unknown;
        };
        /** @description A workflow execution without its data, as listed by `GET /executions`. */
        ExecutionSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workflow_id: string;
            /** Format: uuid */
            agent_id: string;
            status: components["schemas"]["ExecutionStatus"];
            /** Format: date-time */
            started_at: string;
            /**
             * Format: date-time
             * @description When the execution reached a final status; `null` while `pending` or `running`.
             */
            completed_at: string | null;
            /** @description Resource usage; `null` until the execution finishes. */
            resource_usage: components["schemas"]["ExecutionResourceUsage"] | null;
            /** @description Why the execution failed or was cancelled; `null` otherwise. */
            error_message: string | null;
            /** Format: uuid */
            correlation_id: string;
        };
        /** @description E-mail/password credentials. */
        LoginRequest: {
            /** Format: email */
            email: string;
            /** Format: password */
            password: string;
        };
        /** @description Tokens issued at login plus the logged-in user. */
        LoginResponse: {
            /** @description JWT to send as `Authorization: Bearer <access_token>`. */
            access_token: string;
            /** @description Opaque-to-clients JWT for `POST /auth/refresh`; valid for 30 days or until logout. */
            refresh_token: string;
            /** @description Lifetime of the access token in seconds (3600). */
            expires_in: number;
            /** @enum {string} */
            token_type: "Bearer";
            user: components["schemas"]["User"];
        };
        /** @description The agent's marketplace integration. */
        MarketplaceIntegration: {
            /** Format: uuid */
            integration_id: string;
            marketplace_name: components["schemas"]["MarketplaceName"];
            marketplace_agent_id: string;
            status: components["schemas"]["MarketplaceIntegrationStatus"];
            /** Format: uri */
            marketplace_url: string;
            pricing: components["schemas"]["MarketplacePricing"];
            tags: string[];
            /**
             * Format: date-time
             * @description Time of the latest publication.
             */
            published_at: string;
            /**
             * Format: date-time
             * @description Time of the latest unpublication; `null` while published.
             */
            unpublished_at: string | null;
            usage_metrics: components["schemas"]["UsageMetrics"];
        };
        /**
         * @description Whether the agent is currently listed on the marketplace.
         * @enum {string}
         */
        MarketplaceIntegrationStatus: "published" | "unpublished";
        /**
         * @description Target marketplace. `hyphrki` is the only marketplace supported.
         * @enum {string}
         */
        MarketplaceName: "hyphrki";
        /**
         * @description Price of the agent on the marketplace. `amount` and `currency` are required unless `type` is `free`;
         *     `interval` is required for (and only meaningful with) `subscription`. A `one_time` or `subscription` price is
         *     0.01 to 999999.99 in whole cents (decision 37).
         */
        MarketplacePricing: {
            /** @enum {string} */
            type: "free" | "one_time" | "subscription";
            /**
             * @description Price in `currency` units (e.g. 29.99), at most 999999.99 and in whole cents: a third decimal (`0.001`) is
             *     400 `VALIDATION_ERROR` naming `pricing.amount` (decision 37).
             */
            amount?: number;
            /** @description ISO 4217 currency code. */
            currency?: string;
            /**
             * @description Billing interval of a subscription.
             * @enum {string}
             */
            interval?: "monthly" | "yearly";
        } & (unknown & unknown);
        /** @description A plain confirmation message. */
        MessageResponse: {
            message: string;
        };
        /** @description An organization that can own agents. */
        Organization: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description URL-safe unique identifier of the organization. */
            slug: string;
            subscription_tier: components["schemas"]["SubscriptionTier"];
            /** Format: date-time */
            created_at: string;
        };
        /** @description An organization with its members. */
        OrganizationDetail: components["schemas"]["Organization"] & {
            members: components["schemas"]["OrganizationMember"][];
        };
        /** @description The organizations the caller is a member of (not paginated). */
        OrganizationListResponse: {
            organizations: components["schemas"]["OrganizationSummary"][];
        };
        /** @description Membership of a user in an organization. */
        OrganizationMember: {
            /**
             * Format: uuid
             * @description Identifier of the membership.
             */
            id: string;
            /** Format: uuid */
            user_id: string;
            /** Format: email */
            email: string;
            role: components["schemas"]["OrganizationRole"];
            /** Format: date-time */
            joined_at: string;
        };
        /**
         * @description Role of a user in an organization.
         *     `owner` and `admin` manage everything, including deleting and (un)publishing agents;
         *     `member` creates, edits, deploys and runs agents and workflows; `viewer` has read-only access.
         * @enum {string}
         */
        OrganizationRole: "owner" | "admin" | "member" | "viewer";
        /** @description An organization as listed for the caller, with the caller's role in it. */
        OrganizationSummary: components["schemas"]["Organization"] & {
            role: components["schemas"]["OrganizationRole"];
        };
        /**
         * @description Whether an agent belongs to a single user or to an organization.
         * @enum {string}
         */
        OwnerType: "user" | "organization";
        /**
         * @description Shape shared by paginated lists: the items under a resource-named array (`agents`, `executions`)
         *     next to a `pagination` object. Concrete list responses extend this schema.
         */
        PaginatedResponse: {
            pagination: components["schemas"]["Pagination"];
        };
        /** @description Page metadata of a paginated list. */
        Pagination: {
            /** @description The page returned (1-based), as requested. */
            page: number;
            /** @description Page size, as requested. */
            limit: number;
            /** @description Number of items matching the filters, over all pages. */
            total: number;
            /** @description Number of pages, `ceil(total / limit)`; 0 when nothing matches. */
            pages: number;
        };
        /** @description Listing of the agent on the marketplace. */
        PublishAgentRequest: {
            /** @default hyphrki */
            marketplace_name: components["schemas"]["MarketplaceName"];
            pricing: components["schemas"]["MarketplacePricing"];
            /** @description Marketplace description; defaults to the agent's description. */
            description?: string;
            /** @default [] */
            tags: string[];
        };
        /** @description Result of publishing an agent. */
        PublishAgentResponse: {
            /**
             * Format: uuid
             * @description Id of the agent's marketplace integration (kept across unpublish/republish).
             */
            integration_id: string;
            /** @description Id of the listing on the marketplace. */
            marketplace_agent_id: string;
            /** @enum {string} */
            status: "published";
            /** Format: date-time */
            published_at: string;
            /** Format: uri */
            marketplace_url: string;
        };
        /** @description A refresh token obtained from `POST /auth/login`. */
        RefreshRequest: {
            refresh_token: string;
        };
        /** @description A new access token. The refresh token is not rotated and stays valid. */
        RefreshResponse: {
            access_token: string;
            /** @description Lifetime of the access token in seconds (3600). */
            expires_in: number;
            /** @enum {string} */
            token_type: "Bearer";
        };
        /** @description Resources granted to the agent's container. */
        ResourceLimits: {
            /** @description CPU limit in vCPU cores. */
            cpu: number;
            /** @description Memory limit in MiB. */
            memory: number;
            /**
             * @description `shared`: container shares the platform agent network; `isolated`: dedicated network with egress only.
             * @enum {string}
             */
            network_isolation: "shared" | "isolated";
        };
        /** @description An accepted container restart. */
        RestartContainerResponse: {
            container_id: string;
            /** @enum {string} */
            status: "restarting";
            /** Format: date-time */
            restarted_at: string;
        };
        /**
         * @description Semantic version `MAJOR.MINOR.PATCH`, managed by the server.
         * @example 1.0.0
         */
        SemanticVersion: string;
        /**
         * @description Subscription tier of a user or an organization.
         * @enum {string}
         */
        SubscriptionTier: "free" | "pro" | "enterprise";
        /** @description Result of a successful undeployment. */
        UndeployAgentResponse: {
            /**
             * Format: uuid
             * @description Agent id.
             */
            id: string;
            /** @enum {string} */
            status: "inactive";
            /** Format: date-time */
            undeployed_at: string;
        };
        /** @description Result of unpublishing an agent. */
        UnpublishAgentResponse: {
            /** Format: uuid */
            integration_id: string;
            /** @enum {string} */
            status: "unpublished";
            /** Format: date-time */
            unpublished_at: string;
        };
        /**
         * @description Fields of the agent to change (at least one). Omitted fields keep their value. Framework, owner and type are immutable.
         *     New `resource_limits` apply from the next deployment. A successful update bumps the agent's minor version.
         */
        UpdateAgentRequest: {
            /** @description At least one character other than whitespace (decision 32). */
            name?: string;
            description?: string | null;
            resource_limits?: components["schemas"]["ResourceLimits"];
        };
        /** @description Fields of the caller's profile to change. At least one field; omitted fields keep their value. E-mail and tier cannot be changed here. */
        UpdateUserRequest: {
            first_name?: string;
            last_name?: string;
        };
        /**
         * @description Fields of the workflow to change (at least one); omitted fields keep their value. `workflow_data` is replaced
         *     as a whole. Every successful update bumps the minor version (`1.0.0` -> `1.1.0`). Type and framework are immutable.
         */
        UpdateWorkflowRequest: {
            /** @description At least one character other than whitespace (decision 32). */
            name?: string;
            description?: string | null;
            workflow_data?: components["schemas"]["WorkflowData"];
            is_active?: boolean;
        };
        /** @description Marketplace usage of a published agent, cumulative since first publication. */
        UsageMetrics: {
            total_downloads: number;
            active_users: number;
            /** @description Revenue in the listing's pricing currency. */
            revenue: number;
        };
        /** @description A platform user. Returned by `GET /users/me`, `PUT /users/me` and inside the login response. */
        User: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            first_name: string;
            last_name: string;
            subscription_tier: components["schemas"]["SubscriptionTier"];
            /** @description Whether the user confirmed their e-mail address. */
            email_verified: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: date-time
             * @description Time of the previous successful login; `null` if the user never logged in before.
             */
            last_login_at: string | null;
        };
        /** @description A workflow with its graph. */
        Workflow: components["schemas"]["WorkflowSummary"] & {
            workflow_data: components["schemas"]["WorkflowData"];
        };
        /**
         * @description The workflow graph, with no cycles (decision 29), of at most 200 nodes and 1000 edges (decision 33). Further
         *     framework-specific top-level keys are allowed.
         */
        WorkflowData: {
            /** @description At most 200 nodes (decision 33); a larger graph is 400 `VALIDATION_ERROR` naming `workflow_data.nodes`. */
            nodes: components["schemas"]["WorkflowNode"][];
            /** @description At most 1000 edges (decision 33); more is 400 `VALIDATION_ERROR` naming `workflow_data.edges`. */
            edges: components["schemas"]["WorkflowEdge"][];
            /** @description Workflow-wide settings (entry node, model defaults, ...). */
            settings?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A directed edge between two nodes. Framework-specific keys are allowed. */
        WorkflowEdge: {
            /** @description Edge id, at most 128 characters (decision 38). */
            id?: string;
            /** @description Id of the node the edge starts at (node ids are at most 128 characters). */
            source: string;
            /** @description Id of the node the edge ends at (node ids are at most 128 characters). */
            target: string;
            /** @description Optional routing condition evaluated on the source node's output; at most 2000 characters (decision 38). */
            condition?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description All workflows of an agent, newest first (not paginated). */
        WorkflowListResponse: {
            workflows: components["schemas"]["WorkflowSummary"][];
        };
        /** @description One node of a workflow graph. Framework-specific keys are allowed. */
        WorkflowNode: {
            /**
             * @description Node id, unique within the workflow: at most 128 characters, at least one of them visible, no control
             *     characters (decision 38).
             */
            id: string;
            /** @description Node kind, e.g. `llm`, `tool`, `router`, `input`, `output`; at most 64 characters (decision 38). */
            type: string;
            /** @description Node configuration (prompt, model, tool parameters, ...). */
            data?: {
                [key: string]: unknown;
            };
            /** @description Canvas position in the visual builder. */
            position?: {
                x: number;
                y: number;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A workflow without its graph, as listed for an agent. */
        WorkflowSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agent_id: string;
            name: string;
            description: string | null;
            workflow_type: components["schemas"]["WorkflowType"];
            framework: components["schemas"]["AgentFramework"];
            version: components["schemas"]["SemanticVersion"];
            /** @description Only active workflows can be executed. */
            is_active: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @description How the workflow is authored: in the visual builder or as code.
         * @enum {string}
         */
        WorkflowType: "visual" | "code";
    };
    responses: {
        /** @description Request validation failed (invalid or missing fields, unknown body fields, bad query/path parameters) or the body is not well-formed JSON. */
        BadRequest: {
            headers: {
                "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request conflicts with the current state of the resource. */
        Conflict: {
            headers: {
                "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The caller can see the resource but their organization role does not allow this action. */
        Forbidden: {
            headers: {
                "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unexpected server error. */
        InternalError: {
            headers: {
                "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The resource does not exist or is not visible to the caller. */
        NotFound: {
            headers: {
                "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A backing service (container runtime, execution engine or marketplace) is temporarily unavailable. Retry after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
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
        /** @description Rate limit exceeded. Retry after the number of seconds in `Retry-After`. */
        TooManyRequests: {
            headers: {
                "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
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
        /** @description Missing, malformed, expired or revoked credentials. */
        Unauthorized: {
            headers: {
                "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                /**
                 * @description Authentication scheme to use.
                 * @example Bearer
                 */
                "WWW-Authenticate"?: string;
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
                "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "VALIDATION_ERROR",
                 *         "message": "Request body exceeds 1048576 bytes",
                 *         "details": [],
                 *         "timestamp": "2024-12-19T10:00:00Z",
                 *         "correlation_id": "5d8f6a2e-3b1c-4e9a-8f7d-2a6b4c8e0f13"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body's `Content-Type` is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "VALIDATION_ERROR",
                 *         "message": "Content-Type must be application/json",
                 *         "details": [],
                 *         "timestamp": "2024-12-19T10:00:00Z",
                 *         "correlation_id": "5d8f6a2e-3b1c-4e9a-8f7d-2a6b4c8e0f13"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Agent id.
         * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
         */
        AgentId: string;
        /**
         * @description Execution id.
         * @example 2c5ea4c0-4067-41c4-a8b4-0c6f2b3d4e5f
         */
        ExecutionId: string;
        /**
         * @description Page size (at most 100).
         * @example 20
         */
        Limit: number;
        /**
         * @description Organization id.
         * @example 3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b
         */
        OrganizationId: string;
        /**
         * @description 1-based page number, at most 2147483647 (decision 14). A page past the last one returns an empty list.
         * @example 1
         */
        Page: number;
        /**
         * @description Id of the agent the workflows belong to.
         * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
         */
        WorkflowAgentId: string;
        /**
         * @description Workflow id.
         * @example 6fa459ea-ee8a-4ca4-894e-db77e160355e
         */
        WorkflowId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Absolute path of the created (or accepted) resource as this server serves it: the `/api/v1` base path, after
         *     `/orchestrator` when the Orchestrator shares its server with other APIs (`/orchestrator/api/v1/agents/...`).
         * @example /api/v1/agents/1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
         */
        Location: string;
        /**
         * @description Seconds to wait before retrying.
         * @example 30
         */
        "Retry-After": number;
        /**
         * @description Correlation id of the request (a UUID generated by the server); equals `error.correlation_id` in error bodies.
         * @example 5d8f6a2e-3b1c-4e9a-8f7d-2a6b4c8e0f13
         */
        "X-Correlation-ID": string;
        /**
         * @description Requests allowed in the current window by the tightest rate limit that applies (decision 22).
         * @example 600
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the current window of that limit.
         * @example 599
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description Seconds until that limit's window ends.
         * @example 60
         */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Logged in. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description E-mail or password is wrong. */
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description New access token. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Refresh token is invalid, expired or revoked by logout. */
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's profile. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's organizations. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description Organization created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The slug is already taken. */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization id.
                 * @example 3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b
                 */
                id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization and its members. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetail"];
                };
            };
            /** @description `id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No such organization, or the caller is not a member. */
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /**
                 * @description Only agents owned by a user (the caller) or by organizations.
                 * @example user
                 */
                owner_type?: components["schemas"]["OwnerType"];
                /**
                 * @description Only agents of this owner (the caller's user id or one of their organizations' ids).
                 * @example 3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b
                 */
                owner_id?: string;
                /**
                 * @description Only agents on this framework.
                 * @example langgraph
                 */
                framework?: components["schemas"]["AgentFramework"];
                /**
                 * @description Only agents in this status.
                 * @example active
                 */
                status?: components["schemas"]["AgentStatus"];
                /**
                 * @description 1-based page number, at most 2147483647 (decision 14). A page past the last one returns an empty list.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Page size (at most 100).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of agents. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentListResponse"];
                };
            };
            /** @description A query parameter is invalid (unknown enum value, `page` < 1, `limit` outside 1-100, malformed `owner_id`). */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgentRequest"];
            };
        };
        responses: {
            /** @description Agent created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            /** @description Invalid body or malformed JSON (including `owner_type` `organization` without `owner_id`, or a user `owner_id` other than the caller). */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is only a `viewer` of the owning organization. */
            403: components["responses"]["Forbidden"];
            /** @description The organization in `owner_id` does not exist or the caller is not a member. */
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            /** @description `id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No such agent, or it is not visible to the caller. */
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgentRequest"];
            };
        };
        responses: {
            /** @description The updated agent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is only a `viewer` of the owning organization. */
            403: components["responses"]["Forbidden"];
            /** @description No such agent, or it is not visible to the caller. */
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description `id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller's role in the owning organization is `member` or `viewer`. */
            403: components["responses"]["Forbidden"];
            /** @description No such agent, or it is not visible to the caller. */
            404: components["responses"]["NotFound"];
            /** @description The agent is deployed (`active`) or published on the marketplace. */
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deployAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent deployed and running. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeployAgentResponse"];
                };
            };
            /** @description `id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is only a `viewer` of the owning organization. */
            403: components["responses"]["Forbidden"];
            /** @description No such agent, or it is not visible to the caller. */
            404: components["responses"]["NotFound"];
            /** @description The agent is already deployed (`active`) or being deployed by another request (decision 27), or it has no active workflow with nodes (decision 36). */
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description The container runtime is unavailable, or too busy to start the agent's process in time (decision 31); the agent keeps its previous status. */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    undeployAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent undeployed. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndeployAgentResponse"];
                };
            };
            /** @description `id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is only a `viewer` of the owning organization. */
            403: components["responses"]["Forbidden"];
            /** @description No such agent, or it is not visible to the caller. */
            404: components["responses"]["NotFound"];
            /** @description The agent is not deployed (status `draft` or `inactive`). */
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            /** @description The agent could not be marked inactive after its container stopped; the server finishes the undeploy within about a minute and a half (decision 17). */
            500: components["responses"]["InternalError"];
            /** @description The container runtime is unavailable. */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAgentWorkflows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the agent the workflows belong to.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                agent_id: components["parameters"]["WorkflowAgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's workflows. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowListResponse"];
                };
            };
            /** @description `agent_id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No such agent, or it is not visible to the caller. */
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the agent the workflows belong to.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                agent_id: components["parameters"]["WorkflowAgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowRequest"];
            };
        };
        responses: {
            /** @description Workflow created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Invalid body or malformed JSON, including a `framework` different from the agent's. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is only a `viewer` of the owning organization. */
            403: components["responses"]["Forbidden"];
            /** @description No such agent, or it is not visible to the caller. */
            404: components["responses"]["NotFound"];
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
                 * @description Workflow id.
                 * @example 6fa459ea-ee8a-4ca4-894e-db77e160355e
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow with its graph. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description `id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No such workflow, or its agent is not visible to the caller. */
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workflow id.
                 * @example 6fa459ea-ee8a-4ca4-894e-db77e160355e
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowRequest"];
            };
        };
        responses: {
            /** @description The updated workflow. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is only a `viewer` of the owning organization. */
            403: components["responses"]["Forbidden"];
            /** @description No such workflow, or its agent is not visible to the caller. */
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    executeWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workflow id.
                 * @example 6fa459ea-ee8a-4ca4-894e-db77e160355e
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExecuteWorkflowRequest"];
            };
        };
        responses: {
            /** @description Execution accepted and started (or queued). */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionStarted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is only a `viewer` of the owning organization. */
            403: components["responses"]["Forbidden"];
            /** @description No such workflow, or its agent is not visible to the caller. */
            404: components["responses"]["NotFound"];
            /** @description The workflow is not active or has no nodes (decision 36), or its agent is not deployed. */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description The agent's container or the execution engine is unavailable. */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listExecutions: {
        parameters: {
            query?: {
                /**
                 * @description Only executions of this workflow.
                 * @example 6fa459ea-ee8a-4ca4-894e-db77e160355e
                 */
                workflow_id?: string;
                /**
                 * @description Only executions of this agent's workflows.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                agent_id?: string;
                /**
                 * @description Only executions in this status.
                 * @example completed
                 */
                status?: components["schemas"]["ExecutionStatus"];
                /**
                 * @description Only executions started at or after this ISO 8601 date or date-time.
                 * @example 2024-12-01
                 */
                start_date?: components["schemas"]["DateOrDateTime"];
                /**
                 * @description Only executions started at or before this ISO 8601 date (end of that day, UTC) or date-time. Must not precede `start_date`.
                 * @example 2024-12-19T23:59:59Z
                 */
                end_date?: components["schemas"]["DateOrDateTime"];
                /**
                 * @description 1-based page number, at most 2147483647 (decision 14). A page past the last one returns an empty list.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Page size (at most 100).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of executions. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionListResponse"];
                };
            };
            /** @description A query parameter is invalid (bad UUID, unknown status, unparsable date, `end_date` before `start_date`, `page`/`limit` out of range). */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getExecution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Execution id.
                 * @example 2c5ea4c0-4067-41c4-a8b4-0c6f2b3d4e5f
                 */
                id: components["parameters"]["ExecutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution with its input, output and steps. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Execution"];
                };
            };
            /** @description `id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No such execution, or its agent is not visible to the caller. */
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    publishAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishAgentRequest"];
            };
        };
        responses: {
            /** @description Agent published. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishAgentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller's role in the owning organization is `member` or `viewer`. */
            403: components["responses"]["Forbidden"];
            /** @description No such agent, or it is not visible to the caller. */
            404: components["responses"]["NotFound"];
            /** @description The agent is already published, or it is not deployed (`active`). */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description The marketplace is unavailable. */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentMarketplaceIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketplaceIntegration"];
                };
            };
            /** @description `id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No such agent, it is not visible to the caller, or it was never published. */
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description The marketplace is unavailable and no usage metrics are cached. */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unpublishAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent unpublished. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnpublishAgentResponse"];
                };
            };
            /** @description `id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller's role in the owning organization is `member` or `viewer`. */
            403: components["responses"]["Forbidden"];
            /** @description No such agent, or it is not visible to the caller. */
            404: components["responses"]["NotFound"];
            /** @description The agent is not published (never published or already unpublished). */
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description The marketplace is unavailable. */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentContainer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Container status. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContainerStatus"];
                };
            };
            /** @description `id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No such agent, it is not visible to the caller, or it has no container (not deployed). */
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description The container runtime is unavailable. */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restartAgentContainer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Restart accepted. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestartContainerResponse"];
                };
            };
            /** @description `id` is not a UUID. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is only a `viewer` of the owning organization. */
            403: components["responses"]["Forbidden"];
            /** @description No such agent, it is not visible to the caller, or it has no container (not deployed). */
            404: components["responses"]["NotFound"];
            /** @description The container is already restarting. */
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description The container runtime is unavailable. */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentContainerLogs: {
        parameters: {
            query?: {
                /**
                 * @description Only entries at or after this ISO 8601 timestamp.
                 * @example 2024-12-19T09:00:00Z
                 */
                since?: string;
                /**
                 * @description Only entries at or before this ISO 8601 timestamp. Must not precede `since`.
                 * @example 2024-12-19T10:00:00Z
                 */
                until?: string;
                /**
                 * @description Maximum number of (most recent) entries to return.
                 * @example 100
                 */
                tail?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Agent id.
                 * @example 1b4e28ba-2fa1-4d3b-9c5d-6a7b8c9d0e1f
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Log entries. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContainerLogsResponse"];
                };
            };
            /** @description `id` is not a UUID, a timestamp is unparsable, `until` precedes `since`, or `tail` is out of range. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No such agent, it is not visible to the caller, or it has no container (not deployed). */
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description The container runtime is unavailable. */
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}

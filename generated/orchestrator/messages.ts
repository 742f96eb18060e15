// generated — do not edit: produced by scripts/generate (json-schema-to-typescript) from asyncapi.yaml.
export type ChannelMessage =
  | AuthMessage
  | AuthSuccessMessage
  | ErrorMessage
  | ExecutionUpdateMessage
  | AgentStatusUpdateMessage
  | MarketplaceUpdateMessage;

export interface AuthMessage {
  type: "auth";
  /**
   * The access token (JWT) from `POST /auth/login` or `POST /auth/refresh`. A leading `Bearer ` (any case, as
   * in an `Authorization` header) is ignored: the seed's example calls the value `bearer-token`, and a client
   * that sent `Bearer <token>` was refused with 4401.
   *
   */
  token: string;
}
export interface AuthSuccessMessage {
  type: "auth_success";
  data: {
    /**
     * The authenticated user.
     */
    user_id: string;
    /**
     * Expiry of the presented access token; re-send `auth` with a fresh token before it.
     */
    expires_at: string;
  };
}
export interface ErrorMessage {
  type: "error";
  /**
   * The error object inside `ErrorResponse` (also sent by the WebSocket `error` message).
   */
  error: {
    /**
     * Machine-readable error code. Each code is sent with exactly one HTTP status:
     *
     * | code | HTTP status |
     * | --- | --- |
     * | `VALIDATION_ERROR` | 400 (request validation failed, including malformed JSON) |
     * | `AUTHENTICATION_ERROR` | 401 |
     * | `AUTHORIZATION_ERROR` | 403 |
     * | `NOT_FOUND` | 404 |
     * | `CONFLICT` | 409 |
     * | `RATE_LIMIT_EXCEEDED` | 429 |
     * | `INTERNAL_ERROR` | 500 |
     * | `SERVICE_UNAVAILABLE` | 503 |
     *
     */
    code:
      | "VALIDATION_ERROR"
      | "AUTHENTICATION_ERROR"
      | "AUTHORIZATION_ERROR"
      | "NOT_FOUND"
      | "CONFLICT"
      | "RATE_LIMIT_EXCEEDED"
      | "INTERNAL_ERROR"
      | "SERVICE_UNAVAILABLE";
    /**
     * Human-readable summary of the error.
     */
    message: string;
    /**
     * Itemised problems (validation errors). Always present; empty when there is nothing to itemise.
     *
     * Items: One problem found in the request. `field` is present when the problem is tied to one input field.
     */
    details: {
      /**
       * Dotted path of the offending input. Body fields are named as in the body (`email`, `pricing.amount`);
       * query and path parameters by their name (`limit`, `id`).
       *
       */
      field?: string;
      /**
       * Human-readable description of the problem.
       */
      message: string;
    }[];
    /**
     * When the error was produced (UTC).
     */
    timestamp: string;
    /**
     * Identifier of the request, to quote when reporting a problem.
     */
    correlation_id: string;
  };
}
export interface ExecutionUpdateMessage {
  type: "execution_update";
  data: {
    execution_id: string;
    /**
     * Status of a workflow execution. `pending` (queued) -> `running` -> `completed` | `failed` | `cancelled`.
     * Executions are cancelled when their agent is undeployed or deleted while they run.
     *
     */
    status: "pending" | "running" | "completed" | "failed" | "cancelled";
    /**
     * Completion estimate in percent (100 once the execution is final).
     */
    progress: number;
    /**
     * Id of the workflow node being run; `null` before the first and after the last step.
     */
    current_step: string | null;
  };
}
export interface AgentStatusUpdateMessage {
  type: "agent_status_update";
  data: {
    agent_id: string;
    /**
     * Lifecycle status of an agent: `draft` (never deployed), `active` (deployed, container running),
     * `inactive` (undeployed), `error` (deployment or container failed).
     *
     */
    status: "draft" | "active" | "inactive" | "error";
    /**
     * Current container; `null` when the agent is not deployed.
     */
    container_id: string | null;
  };
}
export interface MarketplaceUpdateMessage {
  type: "marketplace_update";
  data: {
    agent_id: string;
    integration_id: string;
    /**
     * Whether the agent is currently listed on the marketplace.
     */
    status: "published" | "unpublished";
    /**
     * Marketplace usage of a published agent, cumulative since first publication.
     */
    usage_metrics: {
      total_downloads: number;
      active_users: number;
      /**
       * Revenue in the listing's pricing currency.
       */
      revenue: number;
    };
  };
}

/** Messages the server sends on /ws. */
export type ServerMessage = AuthSuccessMessage | ErrorMessage | ExecutionUpdateMessage | AgentStatusUpdateMessage | MarketplaceUpdateMessage;
/** Messages the server receives on /ws. */
export type ClientMessage = AuthMessage;

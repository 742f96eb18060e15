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
/**
 * Liveness payload returned by `GET /healthz`.
 */
export interface HealthStatus {
  /** Health indicator; `ok` when the server is up. */
  status: string;
}

/**
 * The single error body of this API. Every non-2xx JSON response (400, 401, 402, 403, 404, 409, 410, 429,
500) carries exactly this shape: one human-readable `error` string and nothing else.

 */
export interface ErrorResponse {
  /** Human-readable error message. */
  error: string;
}

/**
 * A Lightning (BOLT11) invoice the client must pay to advance a job.
 */
export interface InvoiceInfo {
  /** BOLT11 payment request to pay with any Lightning wallet. */
  paymentRequest: string;
  /**
   * Invoice amount in satoshis.
   * @minimum 1
   */
  amountSats: number;
  /** Payment hash of the invoice (hex). Only present when the server runs the local stub Lightning
backend, so that the invoice can be settled with `POST /dev/stub/pay/{paymentHash}`.
 */
  paymentHash?: string;
}

/**
 * Body of `POST /jobs`.
 */
export interface CreateJobRequest {
  /**
   * The natural-language task for the agent.
   * @minLength 1
   * @pattern \S
   */
  request: string;
}

/**
 * Result of `POST /jobs`. The job starts in state `awaiting_eval_payment`.
 */
export interface CreateJobResponse {
  /** Identifier of the new job; poll `GET /jobs/{id}` with it. */
  jobId: string;
  /** ISO 8601 timestamp of job creation */
  createdAt: string;
  /** Invoice for the evaluation fee. Paying it moves the job to `evaluating`. */
  evalInvoice: InvoiceInfo;
}

/**
 * Lifecycle of a per-job (Mode 1) request:

`awaiting_eval_payment` -> (eval invoice paid) -> `evaluating` -> `awaiting_work_payment` | `rejected`;
`awaiting_work_payment` -> (work invoice paid) -> `executing` -> `complete`.
Any agent or Lightning backend error moves the job to `failed`, and so does an eval or work invoice that
expires unpaid (`errorMessage`: "The eval invoice expired before it was paid", or "work").
`rejected`, `complete` and `failed` are terminal. Every transition is an atomic compare-and-set on the
current state, so concurrent polls never advance a job twice.

 */
export type JobState = typeof JobState[keyof typeof JobState];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const JobState = {
  awaiting_eval_payment: 'awaiting_eval_payment',
  evaluating: 'evaluating',
  rejected: 'rejected',
  awaiting_work_payment: 'awaiting_work_payment',
  executing: 'executing',
  complete: 'complete',
  failed: 'failed',
} as const;

/**
 * Cost breakdown shown with the work invoice (estimations at invoice-creation time)
 */
export interface PricingBreakdown {
  /** Total estimated cost in USD (token cost + DO infra + margin) */
  estimatedCostUsd?: number;
  /** Originator margin percentage applied */
  marginPct?: number;
  /** BTC/USD spot price used to convert the invoice to sats */
  btcPriceUsd?: number;
}

/**
 * Lifecycle of the refund for this job
 */
export type CostLedgerRefundState = typeof CostLedgerRefundState[keyof typeof CostLedgerRefundState];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const CostLedgerRefundState = {
  not_applicable: 'not_applicable',
  pending: 'pending',
  paid: 'paid',
} as const;

/**
 * Honest post-work accounting stored after the job completes
 */
export interface CostLedger {
  /**
   * Input tokens actually consumed by the work model.
   * @minimum 0
   */
  actualInputTokens?: number;
  /**
   * Output tokens actually produced by the work model.
   * @minimum 0
   */
  actualOutputTokens?: number;
  /**
   * Sum of actualInputTokens + actualOutputTokens
   * @minimum 0
   */
  totalTokens?: number;
  /** Raw Anthropic token cost (no infra, no margin) */
  actualCostUsd?: number;
  /** What we honestly charged in USD (actual token cost + DO infra + margin) */
  actualChargeUsd?: number;
  /** Original estimate used to create the work invoice */
  estimatedCostUsd?: number;
  /**
   * Honest sats charge (actual cost converted at the locked BTC price)
   * @minimum 0
   */
  actualAmountSats?: number;
  /**
   * Amount the user originally paid in sats
   * @minimum 0
   */
  workAmountSats?: number;
  /**
   * Sats owed back to the user (workAmountSats - actualAmountSats, >= 0)
   * @minimum 0
   */
  refundAmountSats?: number;
  /** Lifecycle of the refund for this job */
  refundState?: CostLedgerRefundState;
  /** Why the last payment of this refund failed (the backend refused it, or reported it failed after it was left
pending). Present only while `refundState` is `pending` again after such a failure: the refund can be
claimed again with a fresh invoice.
 */
  refundError?: string;
  /** Originator margin percentage applied. */
  marginPct?: number;
  /** BTC/USD price locked at invoice creation time */
  btcPriceUsd?: number;
}

/**
 * ISO 8601 timestamp of when the job ended: reached `complete`, `rejected` or `failed` (decision 37); null while
it is still under way.

 */
export type JobStatusResponseCompletedAt = string | null;

/**
 * Current state of a job plus the state-appropriate payload: `evalInvoice` while `awaiting_eval_payment`,
`workInvoice` and `pricingBreakdown` while `awaiting_work_payment`, `reason` when `rejected`, `result`
and `costLedger` when `complete`, `errorMessage` when `failed`.

 */
export interface JobStatusResponse {
  /** Job identifier. */
  jobId: string;
  state: JobState;
  /** ISO 8601 timestamp of job creation (always present) */
  createdAt: string;
  /** ISO 8601 timestamp of when the job ended: reached `complete`, `rejected` or `failed` (decision 37); null while
it is still under way.
 */
  completedAt?: JobStatusResponseCompletedAt;
  /** Eval-fee invoice; present while the job is `awaiting_eval_payment`. */
  evalInvoice?: InvoiceInfo;
  /** Work-fee invoice; present while the job is `awaiting_work_payment`. */
  workInvoice?: InvoiceInfo;
  pricingBreakdown?: PricingBreakdown;
  /** Why the evaluator rejected the request; present when `rejected`. */
  reason?: string;
  /** The agent's output; present when `complete`. */
  result?: string;
  costLedger?: CostLedger;
  /** What went wrong; present when `failed`. */
  errorMessage?: string;
}

/**
 * Lifecycle of a pre-funded session (Mode 2): `awaiting_payment` until the deposit invoice is paid, then
`active`; `paused` when the balance falls below `minimumBalanceSats` (paying a top-up resumes it);
`expired` after 24 h of inactivity (terminal).

 */
export type SessionState = typeof SessionState[keyof typeof SessionState];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const SessionState = {
  awaiting_payment: 'awaiting_payment',
  active: 'active',
  paused: 'paused',
  expired: 'expired',
} as const;

/**
 * A Lightning invoice that funds (deposit) or tops up a session.
 */
export interface SessionInvoiceInfo {
  /** BOLT11 payment request. */
  paymentRequest?: string;
  /**
   * Invoice amount in satoshis.
   * @minimum 1
   */
  amountSats?: number;
  /** Only present in stub/dev mode */
  paymentHash?: string;
}

/**
 * Body of `POST /sessions` (deposit) and `POST /sessions/{id}/topup` (top-up).
 */
export interface CreateSessionRequest {
  /**
   * Deposit amount (100–10,000 sats)
   * @minimum 100
   * @maximum 10000
   */
  amount_sats: number;
}

/**
 * Result of `POST /sessions`; the session waits in `awaiting_payment` until `invoice` is paid.
 */
export interface CreateSessionResponse {
  /** Session identifier. */
  sessionId: string;
  state: SessionState;
  /** Deposit invoice; paying it activates the session. */
  invoice: SessionInvoiceInfo;
}

/**
 * Current state of a session, its balance and any outstanding invoice.
 */
export interface SessionStatusResponse {
  /** Session identifier. */
  sessionId: string;
  state: SessionState;
  /** Remaining pre-paid balance in satoshis. */
  balanceSats: number;
  /**
   * Balance needed to run a request; below it the session is `paused` until topped up.
   * @minimum 0
   */
  minimumBalanceSats?: number;
  /** Bearer token for authenticating requests; present when active or paused */
  macaroon?: string;
  /** When the session expires if it stays inactive (24 h after the last activity). */
  expiresAt?: string;
  /** Present when state is awaiting_payment */
  invoice?: SessionInvoiceInfo;
  /** Present when a topup invoice is outstanding */
  pendingTopup?: SessionInvoiceInfo;
}

/**
 * Body of `POST /sessions/{id}/request`.
 */
export interface SessionRequestBody {
  /**
   * The natural-language task for the agent.
   * @minLength 1
   * @pattern \S
   */
  request: string;
}

/**
 * What one session request cost, debited from the session balance.
 */
export interface SessionCostBreakdown {
  /**
   * Evaluation fee in sats (charged even when the request is rejected).
   * @minimum 0
   */
  evalSats?: number;
  /**
   * Work fee in sats (actual compute cost; 0 when rejected).
   * @minimum 0
   */
  workSats?: number;
  /**
   * evalSats + workSats.
   * @minimum 0
   */
  totalSats?: number;
  /** BTC/USD price used to convert the USD cost to sats. */
  btcPriceUsd?: number;
}

/**
 * Final state of the request.
 */
export type SessionRequestResponseState = typeof SessionRequestResponseState[keyof typeof SessionRequestResponseState];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const SessionRequestResponseState = {
  complete: 'complete',
  rejected: 'rejected',
  failed: 'failed',
} as const;

/**
 * Outcome of a request run against a session balance.
 */
export interface SessionRequestResponse {
  /** Identifier of this request. */
  requestId: string;
  /** Final state of the request. */
  state: SessionRequestResponseState;
  /** Agent output; present when `complete`. */
  result?: string;
  /** Rejection reason; present when `rejected`. */
  reason?: string;
  /** Error description; present when `failed`. */
  errorMessage?: string;
  /**
   * Sats debited from the session balance for this request.
   * @minimum 0
   */
  debitedSats: number;
  /** Session balance in sats after the debit. */
  balanceRemaining: number;
  cost?: SessionCostBreakdown;
}

/**
 * Result of `POST /sessions/{id}/topup`.
 */
export interface TopupSessionResponse {
  /** Session identifier. */
  sessionId: string;
  /** The top-up invoice; paying it credits the balance (and resumes a paused session). */
  topup: SessionInvoiceInfo;
}

/**
 * Body of `POST /jobs/{id}/refund`.
 */
export interface ClaimRefundRequest {
  /**
   * BOLT11 invoice for exactly refundAmountSats (empty or whitespace alone is 400 "invoice must not be empty")
   * @minLength 1
   * @pattern \S
   */
  invoice: string;
}

/**
 * Confirmation that the refund was paid to the submitted invoice.
 */
export interface ClaimRefundResponse {
  /** Always `true` on success. */
  ok: boolean;
  /**
   * Sats refunded.
   * @minimum 1
   */
  refundAmountSats: number;
  /** Payment hash of the outgoing refund payment. */
  paymentHash: string;
  /** Human-readable confirmation. */
  message: string;
}

/**
 * Result of the free demo.
 */
export interface DemoResponse {
  /** The agent's output. */
  result: string;
}

/**
 * A chat conversation.
 */
export interface GeminiConversation {
  /** Conversation identifier. */
  id: number;
  /** Conversation title. */
  title: string;
  /** Creation timestamp. */
  createdAt: string;
}

/**
 * One message of a conversation.
 */
export interface GeminiMessage {
  /** Message identifier. */
  id: number;
  /** Conversation the message belongs to. */
  conversationId: number;
  /** Author of the message; `user` for client messages, `assistant` for model replies. */
  role: string;
  /** Message text. */
  content: string;
  /** Creation timestamp. */
  createdAt: string;
  /** Present (and true) only on an assistant reply that was cut short; absent on complete messages. */
  incomplete?: true;
}

/**
 * A conversation with all of its messages, oldest first.
 */
export interface GeminiConversationWithMessages {
  /** Conversation identifier. */
  id: number;
  /** Conversation title. */
  title: string;
  /** Creation timestamp. */
  createdAt: string;
  /** Messages ordered by creation time. */
  messages: GeminiMessage[];
}

/**
 * Body of `POST /gemini/conversations`.
 */
export interface CreateGeminiConversationBody {
  /**
   * Conversation title, 1 to 200 characters (Unicode code points) holding a character other than whitespace
(decision 38): an empty or blank title is 400 "title must not be empty", a longer one 400 "title must NOT have
more than 200 characters".

   * @minLength 1
   * @maxLength 200
   * @pattern \S
   */
  title: string;
}

/**
 * Body of `POST /gemini/conversations/{id}/messages`.
 */
export interface SendGeminiMessageBody {
  /**
   * The user's message text.
   * @minLength 1
   * @pattern \S
   */
  content: string;
  /** Gemini model override (default: gemini-3-flash-preview; an empty or blank value counts as absent, decision 35) */
  model?: string;
}

/**
 * Body of `POST /gemini/generate-image`.
 */
export interface GenerateGeminiImageBody {
  /**
   * Text description of the image to generate.
   * @minLength 1
   * @pattern \S
   */
  prompt: string;
}

/**
 * A generated image, base64-encoded.
 */
export interface GenerateGeminiImageResponse {
  /** Image bytes, base64-encoded. */
  b64_json: string;
  /** Media type of the decoded image. */
  mimeType: string;
}

/**
 * Confirmation that the stub Lightning backend marked the invoice as paid (persisted).
 */
export interface StubPayResponse {
  /** Always `true` on success. */
  ok: boolean;
  /** The payment hash that was marked paid. */
  paymentHash: string;
}

/**
 * One event of `sendGeminiMessage`'s reply stream (its item schema: `x-item-schema` here, `itemSchema` in the
3.2 bundle). As in OpenAPI 3.2, an event is `{event, id, data}` with `data` the JSON text of its payload,
described by `contentMediaType`/`contentSchema`. The reply's own frames carry only `data`: chunks, then one
`done`, or one `error` instead of `done`. The framework's `error` event ends the stream if the server fails.

 */
export type GeminiReplyEvent = GeminiReplyChunkFrame | GeminiReplyDoneFrame | GeminiReplyFailedFrame | GeminiStreamErrorFrame;

/**
 * The next piece of the reply; concatenate the pieces in order to obtain the full reply.
 */
export interface GeminiReplyChunkFrame {
  data: string;
}

/**
 * The last frame of a reply that completed; the server then closes the stream.
 */
export interface GeminiReplyDoneFrame {
  data: string;
}

/**
 * Sent instead of `done` when generation fails after the stream started; the server then closes the stream.
 */
export interface GeminiReplyFailedFrame {
  data: string;
}

/**
 * Sent by the framework, then the stream ends, when the stream fails on the server.
 */
export interface GeminiStreamErrorFrame {
  event: 'error';
  data: string;
}

/**
 * Server error
 */
export type ServerErrorResponse = ErrorResponse;

/**
 * Invalid request body (missing/invalid fields, or a body that is not valid JSON)
 */
export type InvalidRequestBodyResponse = ErrorResponse;

/**
 * The `id` path parameter is not an integer
 */
export type InvalidConversationIdResponse = ErrorResponse;

/**
 * The server requires `GEMINI_ROUTES_API_KEY` on the chat routes and the request did not carry it as a bearer token.
 */
export type GeminiUnauthorizedResponse = ErrorResponse;

/**
 * Not found
 */
export type ConversationNotFoundResponse = ErrorResponse;

/**
 * The request body is larger than the server accepts (`BODY_LIMIT_BYTES`, 1 MiB by default).
 */
export type PayloadTooLargeResponse = ErrorResponse;

/**
 * The request body's `Content-Type` is not `application/json`.
 */
export type UnsupportedMediaTypeResponse = ErrorResponse;

/**
 * A path parameter violates this contract (for example an id that is not of the documented form).
 */
export type InvalidParameterResponse = ErrorResponse;

export type RunDemoParams = {
/**
 * The natural-language task for the agent, at most 2,000 characters. Missing, empty (or only whitespace) or longer is answered with 400.
 * @minLength 1
 * @maxLength 2000
 * @pattern \S
 */
request: string;
};

type SecondParameter<T extends (...args: never) => unknown> = Parameters<T>[1];



/**
 * Returns server health status
 * @summary Health check
 */
export type healthCheckResponse200 = {
  data: HealthStatus
  status: 200
}

export type healthCheckResponse500 = {
  data: ServerErrorResponse
  status: 500
}
    
export type healthCheckResponseSuccess = (healthCheckResponse200) & {
  headers: Headers;
};
export type healthCheckResponseError = (healthCheckResponse500) & {
  headers: Headers;
};

export type healthCheckResponse = (healthCheckResponseSuccess | healthCheckResponseError)

export const getHealthCheckUrl = () => {


  

  return `/healthz`
}

export const healthCheck = async ( options?: RequestInit): Promise<healthCheckResponse> => {
  
  return apiFetch<healthCheckResponse>(getHealthCheckUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getHealthCheckQueryKey = () => {
    return [`/healthz`] as const;
    }

    
export const getHealthCheckQueryOptions = <TData = Awaited<ReturnType<typeof healthCheck>>, TError = ServerErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof healthCheck>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getHealthCheckQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof healthCheck>>> = ({ signal }) => healthCheck({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof healthCheck>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type HealthCheckQueryResult = NonNullable<Awaited<ReturnType<typeof healthCheck>>>
export type HealthCheckQueryError = ServerErrorResponse


export function useHealthCheck<TData = Awaited<ReturnType<typeof healthCheck>>, TError = ServerErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof healthCheck>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof healthCheck>>,
          TError,
          Awaited<ReturnType<typeof healthCheck>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useHealthCheck<TData = Awaited<ReturnType<typeof healthCheck>>, TError = ServerErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof healthCheck>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof healthCheck>>,
          TError,
          Awaited<ReturnType<typeof healthCheck>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useHealthCheck<TData = Awaited<ReturnType<typeof healthCheck>>, TError = ServerErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof healthCheck>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Health check
 */

export function useHealthCheck<TData = Awaited<ReturnType<typeof healthCheck>>, TError = ServerErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof healthCheck>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getHealthCheckQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Accepts a request, creates a job row, and issues an eval fee Lightning invoice.

The job row and its eval invoice are inserted in one database transaction. The job starts in
`awaiting_eval_payment`; pay `evalInvoice` and poll `GET /jobs/{id}`.

 * @summary Create a new agent job
 */
export type createJobResponse201 = {
  data: CreateJobResponse
  status: 201
}

export type createJobResponse400 = {
  data: ErrorResponse
  status: 400
}

export type createJobResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type createJobResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type createJobResponse500 = {
  data: ErrorResponse
  status: 500
}
    
export type createJobResponseSuccess = (createJobResponse201) & {
  headers: Headers;
};
export type createJobResponseError = (createJobResponse400 | createJobResponse413 | createJobResponse415 | createJobResponse500) & {
  headers: Headers;
};

export type createJobResponse = (createJobResponseSuccess | createJobResponseError)

export const getCreateJobUrl = () => {


  

  return `/jobs`
}

export const createJob = async (createJobRequest: CreateJobRequest, options?: RequestInit): Promise<createJobResponse> => {
  
  return apiFetch<createJobResponse>(getCreateJobUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      createJobRequest,)
  }
);}




export const getCreateJobMutationOptions = <TError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createJob>>, TError,{data: CreateJobRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createJob>>, TError,{data: CreateJobRequest}, TContext> => {

const mutationKey = ['createJob'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createJob>>, {data: CreateJobRequest}> = (props) => {
          const {data} = props ?? {};

          return  createJob(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateJobMutationResult = NonNullable<Awaited<ReturnType<typeof createJob>>>
    export type CreateJobMutationBody = CreateJobRequest
    export type CreateJobMutationError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse

    /**
 * @summary Create a new agent job
 */
export const useCreateJob = <TError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createJob>>, TError,{data: CreateJobRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createJob>>,
        TError,
        {data: CreateJobRequest},
        TContext
      > => {

      const mutationOptions = getCreateJobMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
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
export type getJobResponse200 = {
  data: JobStatusResponse
  status: 200
}

export type getJobResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type getJobResponse404 = {
  data: ErrorResponse
  status: 404
}

export type getJobResponse500 = {
  data: ServerErrorResponse
  status: 500
}
    
export type getJobResponseSuccess = (getJobResponse200) & {
  headers: Headers;
};
export type getJobResponseError = (getJobResponse400 | getJobResponse404 | getJobResponse500) & {
  headers: Headers;
};

export type getJobResponse = (getJobResponseSuccess | getJobResponseError)

export const getGetJobUrl = (id: string,) => {


  

  return `/jobs/${id}`
}

export const getJob = async (id: string, options?: RequestInit): Promise<getJobResponse> => {
  
  return apiFetch<getJobResponse>(getGetJobUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetJobQueryKey = (id?: string,) => {
    return [`/jobs/${id}`] as const;
    }

    
export const getGetJobQueryOptions = <TData = Awaited<ReturnType<typeof getJob>>, TError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse>(id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getJob>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetJobQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getJob>>> = ({ signal }) => getJob(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getJob>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetJobQueryResult = NonNullable<Awaited<ReturnType<typeof getJob>>>
export type GetJobQueryError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse


export function useGetJob<TData = Awaited<ReturnType<typeof getJob>>, TError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse>(
 id: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getJob>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getJob>>,
          TError,
          Awaited<ReturnType<typeof getJob>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetJob<TData = Awaited<ReturnType<typeof getJob>>, TError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getJob>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getJob>>,
          TError,
          Awaited<ReturnType<typeof getJob>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetJob<TData = Awaited<ReturnType<typeof getJob>>, TError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getJob>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get job status
 */

export function useGetJob<TData = Awaited<ReturnType<typeof getJob>>, TError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getJob>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetJobQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * After a job completes, if the actual cost (tokens used + infra + margin) was
less than the work invoice amount, the difference is owed back to the user.
Submit a BOLT11 invoice for exactly `refundAmountSats` to receive the payment.
Idempotent: returns 409 if already paid or if no refund is owed.

`refundAmountSats` and `refundState` are read from the job's `costLedger` (`GET /jobs/{id}`).

 * @summary Claim a refund for overpayment
 */
export type claimRefundResponse200 = {
  data: ClaimRefundResponse
  status: 200
}

export type claimRefundResponse400 = {
  data: ErrorResponse
  status: 400
}

export type claimRefundResponse404 = {
  data: ErrorResponse
  status: 404
}

export type claimRefundResponse409 = {
  data: ErrorResponse
  status: 409
}

export type claimRefundResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type claimRefundResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type claimRefundResponse500 = {
  data: ErrorResponse
  status: 500
}
    
export type claimRefundResponseSuccess = (claimRefundResponse200) & {
  headers: Headers;
};
export type claimRefundResponseError = (claimRefundResponse400 | claimRefundResponse404 | claimRefundResponse409 | claimRefundResponse413 | claimRefundResponse415 | claimRefundResponse500) & {
  headers: Headers;
};

export type claimRefundResponse = (claimRefundResponseSuccess | claimRefundResponseError)

export const getClaimRefundUrl = (id: string,) => {


  

  return `/jobs/${id}/refund`
}

export const claimRefund = async (id: string,
    claimRefundRequest: ClaimRefundRequest, options?: RequestInit): Promise<claimRefundResponse> => {
  
  return apiFetch<claimRefundResponse>(getClaimRefundUrl(id),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      claimRefundRequest,)
  }
);}




export const getClaimRefundMutationOptions = <TError = ErrorResponse | ErrorResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof claimRefund>>, TError,{id: string;data: ClaimRefundRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof claimRefund>>, TError,{id: string;data: ClaimRefundRequest}, TContext> => {

const mutationKey = ['claimRefund'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof claimRefund>>, {id: string;data: ClaimRefundRequest}> = (props) => {
          const {id,data} = props ?? {};

          return  claimRefund(id,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type ClaimRefundMutationResult = NonNullable<Awaited<ReturnType<typeof claimRefund>>>
    export type ClaimRefundMutationBody = ClaimRefundRequest
    export type ClaimRefundMutationError = ErrorResponse | ErrorResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse

    /**
 * @summary Claim a refund for overpayment
 */
export const useClaimRefund = <TError = ErrorResponse | ErrorResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof claimRefund>>, TError,{id: string;data: ClaimRefundRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof claimRefund>>,
        TError,
        {id: string;data: ClaimRefundRequest},
        TContext
      > => {

      const mutationOptions = getClaimRefundMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Opens a new session. Pay the returned Lightning invoice to activate it.
Once active, use the `macaroon` from GET /sessions/:id to authenticate requests.
Deposits: 100–10,000 sats. Sessions expire after 24 h of inactivity.

 * @summary Create a pre-funded session
 */
export type createSessionResponse201 = {
  data: CreateSessionResponse
  status: 201
}

export type createSessionResponse400 = {
  data: ErrorResponse
  status: 400
}

export type createSessionResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type createSessionResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type createSessionResponse500 = {
  data: ErrorResponse
  status: 500
}
    
export type createSessionResponseSuccess = (createSessionResponse201) & {
  headers: Headers;
};
export type createSessionResponseError = (createSessionResponse400 | createSessionResponse413 | createSessionResponse415 | createSessionResponse500) & {
  headers: Headers;
};

export type createSessionResponse = (createSessionResponseSuccess | createSessionResponseError)

export const getCreateSessionUrl = () => {


  

  return `/sessions`
}

export const createSession = async (createSessionRequest: CreateSessionRequest, options?: RequestInit): Promise<createSessionResponse> => {
  
  return apiFetch<createSessionResponse>(getCreateSessionUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      createSessionRequest,)
  }
);}




export const getCreateSessionMutationOptions = <TError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createSession>>, TError,{data: CreateSessionRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createSession>>, TError,{data: CreateSessionRequest}, TContext> => {

const mutationKey = ['createSession'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createSession>>, {data: CreateSessionRequest}> = (props) => {
          const {data} = props ?? {};

          return  createSession(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateSessionMutationResult = NonNullable<Awaited<ReturnType<typeof createSession>>>
    export type CreateSessionMutationBody = CreateSessionRequest
    export type CreateSessionMutationError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse

    /**
 * @summary Create a pre-funded session
 */
export const useCreateSession = <TError = ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createSession>>, TError,{data: CreateSessionRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createSession>>,
        TError,
        {data: CreateSessionRequest},
        TContext
      > => {

      const mutationOptions = getCreateSessionMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Returns current state, balance, and pending invoice info. Auto-advances on payment.

Polling drives the session: a paid deposit invoice moves `awaiting_payment` -> `active` and issues the
`macaroon`; a paid top-up invoice credits the balance and resumes a `paused` session. Advances are
atomic (optimistic state-guarded updates), so a payment is credited exactly once. This endpoint needs no
macaroon: it is where the macaroon is obtained, and the unguessable session id is the capability.

 * @summary Get session status
 */
export type getSessionResponse200 = {
  data: SessionStatusResponse
  status: 200
}

export type getSessionResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type getSessionResponse404 = {
  data: ErrorResponse
  status: 404
}

export type getSessionResponse500 = {
  data: ServerErrorResponse
  status: 500
}
    
export type getSessionResponseSuccess = (getSessionResponse200) & {
  headers: Headers;
};
export type getSessionResponseError = (getSessionResponse400 | getSessionResponse404 | getSessionResponse500) & {
  headers: Headers;
};

export type getSessionResponse = (getSessionResponseSuccess | getSessionResponseError)

export const getGetSessionUrl = (id: string,) => {


  

  return `/sessions/${id}`
}

export const getSession = async (id: string, options?: RequestInit): Promise<getSessionResponse> => {
  
  return apiFetch<getSessionResponse>(getGetSessionUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetSessionQueryKey = (id?: string,) => {
    return [`/sessions/${id}`] as const;
    }

    
export const getGetSessionQueryOptions = <TData = Awaited<ReturnType<typeof getSession>>, TError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse>(id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getSession>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetSessionQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getSession>>> = ({ signal }) => getSession(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getSession>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetSessionQueryResult = NonNullable<Awaited<ReturnType<typeof getSession>>>
export type GetSessionQueryError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse


export function useGetSession<TData = Awaited<ReturnType<typeof getSession>>, TError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse>(
 id: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getSession>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getSession>>,
          TError,
          Awaited<ReturnType<typeof getSession>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetSession<TData = Awaited<ReturnType<typeof getSession>>, TError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getSession>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getSession>>,
          TError,
          Awaited<ReturnType<typeof getSession>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetSession<TData = Awaited<ReturnType<typeof getSession>>, TError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getSession>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get session status
 */

export function useGetSession<TData = Awaited<ReturnType<typeof getSession>>, TError = InvalidParameterResponse | ErrorResponse | ServerErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getSession>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetSessionQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Runs eval + work and debits the actual compute cost from the session balance.
Rejected requests still incur a small eval fee. Requires `Authorization: Bearer <macaroon>`.

The request runs synchronously; the response carries the final state (`complete`, `rejected` or
`failed`), the sats debited and the remaining balance. When the balance drops below
`minimumBalanceSats` the session becomes `paused` until a top-up is paid.

 * @summary Submit a request against a session balance
 */
export type submitSessionRequestResponse200 = {
  data: SessionRequestResponse
  status: 200
}

export type submitSessionRequestResponse400 = {
  data: ErrorResponse
  status: 400
}

export type submitSessionRequestResponse401 = {
  data: ErrorResponse
  status: 401
}

export type submitSessionRequestResponse402 = {
  data: ErrorResponse
  status: 402
}

export type submitSessionRequestResponse403 = {
  data: ErrorResponse
  status: 403
}

export type submitSessionRequestResponse404 = {
  data: ErrorResponse
  status: 404
}

export type submitSessionRequestResponse409 = {
  data: ErrorResponse
  status: 409
}

export type submitSessionRequestResponse410 = {
  data: ErrorResponse
  status: 410
}

export type submitSessionRequestResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type submitSessionRequestResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type submitSessionRequestResponse500 = {
  data: ServerErrorResponse
  status: 500
}
    
export type submitSessionRequestResponseSuccess = (submitSessionRequestResponse200) & {
  headers: Headers;
};
export type submitSessionRequestResponseError = (submitSessionRequestResponse400 | submitSessionRequestResponse401 | submitSessionRequestResponse402 | submitSessionRequestResponse403 | submitSessionRequestResponse404 | submitSessionRequestResponse409 | submitSessionRequestResponse410 | submitSessionRequestResponse413 | submitSessionRequestResponse415 | submitSessionRequestResponse500) & {
  headers: Headers;
};

export type submitSessionRequestResponse = (submitSessionRequestResponseSuccess | submitSessionRequestResponseError)

export const getSubmitSessionRequestUrl = (id: string,) => {


  

  return `/sessions/${id}/request`
}

export const submitSessionRequest = async (id: string,
    sessionRequestBody: SessionRequestBody, options?: RequestInit): Promise<submitSessionRequestResponse> => {
  
  return apiFetch<submitSessionRequestResponse>(getSubmitSessionRequestUrl(id),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      sessionRequestBody,)
  }
);}




export const getSubmitSessionRequestMutationOptions = <TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ServerErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof submitSessionRequest>>, TError,{id: string;data: SessionRequestBody}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof submitSessionRequest>>, TError,{id: string;data: SessionRequestBody}, TContext> => {

const mutationKey = ['submitSessionRequest'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof submitSessionRequest>>, {id: string;data: SessionRequestBody}> = (props) => {
          const {id,data} = props ?? {};

          return  submitSessionRequest(id,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type SubmitSessionRequestMutationResult = NonNullable<Awaited<ReturnType<typeof submitSessionRequest>>>
    export type SubmitSessionRequestMutationBody = SessionRequestBody
    export type SubmitSessionRequestMutationError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ServerErrorResponse

    /**
 * @summary Submit a request against a session balance
 */
export const useSubmitSessionRequest = <TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ServerErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof submitSessionRequest>>, TError,{id: string;data: SessionRequestBody}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof submitSessionRequest>>,
        TError,
        {id: string;data: SessionRequestBody},
        TContext
      > => {

      const mutationOptions = getSubmitSessionRequestMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Creates a new Lightning invoice to top up the session balance.
Only one pending topup at a time. Paying it resumes a paused session. A pending topup whose invoice
expired unpaid is dropped (`pendingTopup` no longer shows it), so a new one can be requested.

The payment is credited when `GET /sessions/{id}` next observes it as paid. Top-up amounts follow the
deposit limits (100–10,000 sats).

 * @summary Add sats to a session
 */
export type topupSessionResponse200 = {
  data: TopupSessionResponse
  status: 200
}

export type topupSessionResponse400 = {
  data: ErrorResponse
  status: 400
}

export type topupSessionResponse401 = {
  data: ErrorResponse
  status: 401
}

export type topupSessionResponse403 = {
  data: ErrorResponse
  status: 403
}

export type topupSessionResponse404 = {
  data: ErrorResponse
  status: 404
}

export type topupSessionResponse409 = {
  data: ErrorResponse
  status: 409
}

export type topupSessionResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type topupSessionResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type topupSessionResponse500 = {
  data: ErrorResponse
  status: 500
}
    
export type topupSessionResponseSuccess = (topupSessionResponse200) & {
  headers: Headers;
};
export type topupSessionResponseError = (topupSessionResponse400 | topupSessionResponse401 | topupSessionResponse403 | topupSessionResponse404 | topupSessionResponse409 | topupSessionResponse413 | topupSessionResponse415 | topupSessionResponse500) & {
  headers: Headers;
};

export type topupSessionResponse = (topupSessionResponseSuccess | topupSessionResponseError)

export const getTopupSessionUrl = (id: string,) => {


  

  return `/sessions/${id}/topup`
}

export const topupSession = async (id: string,
    createSessionRequest: CreateSessionRequest, options?: RequestInit): Promise<topupSessionResponse> => {
  
  return apiFetch<topupSessionResponse>(getTopupSessionUrl(id),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      createSessionRequest,)
  }
);}




export const getTopupSessionMutationOptions = <TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof topupSession>>, TError,{id: string;data: CreateSessionRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof topupSession>>, TError,{id: string;data: CreateSessionRequest}, TContext> => {

const mutationKey = ['topupSession'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof topupSession>>, {id: string;data: CreateSessionRequest}> = (props) => {
          const {id,data} = props ?? {};

          return  topupSession(id,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type TopupSessionMutationResult = NonNullable<Awaited<ReturnType<typeof topupSession>>>
    export type TopupSessionMutationBody = CreateSessionRequest
    export type TopupSessionMutationError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse

    /**
 * @summary Add sats to a session
 */
export const useTopupSession = <TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof topupSession>>, TError,{id: string;data: CreateSessionRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof topupSession>>,
        TError,
        {id: string;data: CreateSessionRequest},
        TContext
      > => {

      const mutationOptions = getTopupSessionMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Runs the agent without payment. Limited to 5 requests per IP per hour (`DEMO_RATE_LIMIT_PER_HOUR` changes
the number for a deployment).

The limit is keyed by client IP and declared by `x-rate-limit`; on Postgres it holds across every server
process (in memory on the embedded database). Every response, including errors, carries the
`X-RateLimit-*` headers; `X-RateLimit-Reset` is the Unix epoch second at which the window resets.

 * @summary Free demo (rate-limited)
 */
export type runDemoResponse200 = {
  data: DemoResponse
  status: 200
}

export type runDemoResponse400 = {
  data: ErrorResponse
  status: 400
}

export type runDemoResponse429 = {
  data: ErrorResponse
  status: 429
}

export type runDemoResponse500 = {
  data: ErrorResponse
  status: 500
}
    
export type runDemoResponseSuccess = (runDemoResponse200) & {
  headers: Headers;
};
export type runDemoResponseError = (runDemoResponse400 | runDemoResponse429 | runDemoResponse500) & {
  headers: Headers;
};

export type runDemoResponse = (runDemoResponseSuccess | runDemoResponseError)

export const getRunDemoUrl = (params: RunDemoParams,) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString())
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/demo?${stringifiedParams}` : `/demo`
}

export const runDemo = async (params: RunDemoParams, options?: RequestInit): Promise<runDemoResponse> => {
  
  return apiFetch<runDemoResponse>(getRunDemoUrl(params),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getRunDemoQueryKey = (params?: RunDemoParams,) => {
    return [`/demo`, ...(params ? [params]: [])] as const;
    }

    
export const getRunDemoQueryOptions = <TData = Awaited<ReturnType<typeof runDemo>>, TError = ErrorResponse | ErrorResponse | ErrorResponse>(params: RunDemoParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof runDemo>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getRunDemoQueryKey(params);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof runDemo>>> = ({ signal }) => runDemo(params, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof runDemo>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type RunDemoQueryResult = NonNullable<Awaited<ReturnType<typeof runDemo>>>
export type RunDemoQueryError = ErrorResponse | ErrorResponse | ErrorResponse


export function useRunDemo<TData = Awaited<ReturnType<typeof runDemo>>, TError = ErrorResponse | ErrorResponse | ErrorResponse>(
 params: RunDemoParams, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof runDemo>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof runDemo>>,
          TError,
          Awaited<ReturnType<typeof runDemo>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useRunDemo<TData = Awaited<ReturnType<typeof runDemo>>, TError = ErrorResponse | ErrorResponse | ErrorResponse>(
 params: RunDemoParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof runDemo>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof runDemo>>,
          TError,
          Awaited<ReturnType<typeof runDemo>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useRunDemo<TData = Awaited<ReturnType<typeof runDemo>>, TError = ErrorResponse | ErrorResponse | ErrorResponse>(
 params: RunDemoParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof runDemo>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Free demo (rate-limited)
 */

export function useRunDemo<TData = Awaited<ReturnType<typeof runDemo>>, TError = ErrorResponse | ErrorResponse | ErrorResponse>(
 params: RunDemoParams, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof runDemo>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getRunDemoQueryOptions(params,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Returns every conversation, oldest first (without messages).
 * @summary List all conversations
 */
export type listGeminiConversationsResponse200 = {
  data: GeminiConversation[]
  status: 200
}

export type listGeminiConversationsResponse401 = {
  data: GeminiUnauthorizedResponse
  status: 401
}

export type listGeminiConversationsResponse500 = {
  data: ServerErrorResponse
  status: 500
}
    
export type listGeminiConversationsResponseSuccess = (listGeminiConversationsResponse200) & {
  headers: Headers;
};
export type listGeminiConversationsResponseError = (listGeminiConversationsResponse401 | listGeminiConversationsResponse500) & {
  headers: Headers;
};

export type listGeminiConversationsResponse = (listGeminiConversationsResponseSuccess | listGeminiConversationsResponseError)

export const getListGeminiConversationsUrl = () => {


  

  return `/gemini/conversations`
}

export const listGeminiConversations = async ( options?: RequestInit): Promise<listGeminiConversationsResponse> => {
  
  return apiFetch<listGeminiConversationsResponse>(getListGeminiConversationsUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getListGeminiConversationsQueryKey = () => {
    return [`/gemini/conversations`] as const;
    }

    
export const getListGeminiConversationsQueryOptions = <TData = Awaited<ReturnType<typeof listGeminiConversations>>, TError = GeminiUnauthorizedResponse | ServerErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listGeminiConversations>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getListGeminiConversationsQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof listGeminiConversations>>> = ({ signal }) => listGeminiConversations({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof listGeminiConversations>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type ListGeminiConversationsQueryResult = NonNullable<Awaited<ReturnType<typeof listGeminiConversations>>>
export type ListGeminiConversationsQueryError = GeminiUnauthorizedResponse | ServerErrorResponse


export function useListGeminiConversations<TData = Awaited<ReturnType<typeof listGeminiConversations>>, TError = GeminiUnauthorizedResponse | ServerErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof listGeminiConversations>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof listGeminiConversations>>,
          TError,
          Awaited<ReturnType<typeof listGeminiConversations>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListGeminiConversations<TData = Awaited<ReturnType<typeof listGeminiConversations>>, TError = GeminiUnauthorizedResponse | ServerErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listGeminiConversations>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof listGeminiConversations>>,
          TError,
          Awaited<ReturnType<typeof listGeminiConversations>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListGeminiConversations<TData = Awaited<ReturnType<typeof listGeminiConversations>>, TError = GeminiUnauthorizedResponse | ServerErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listGeminiConversations>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary List all conversations
 */

export function useListGeminiConversations<TData = Awaited<ReturnType<typeof listGeminiConversations>>, TError = GeminiUnauthorizedResponse | ServerErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listGeminiConversations>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getListGeminiConversationsQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Creates an empty conversation; send messages to it with `POST /gemini/conversations/{id}/messages`.
 * @summary Create a new conversation
 */
export type createGeminiConversationResponse201 = {
  data: GeminiConversation
  status: 201
}

export type createGeminiConversationResponse400 = {
  data: InvalidRequestBodyResponse
  status: 400
}

export type createGeminiConversationResponse401 = {
  data: GeminiUnauthorizedResponse
  status: 401
}

export type createGeminiConversationResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type createGeminiConversationResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type createGeminiConversationResponse500 = {
  data: ServerErrorResponse
  status: 500
}
    
export type createGeminiConversationResponseSuccess = (createGeminiConversationResponse201) & {
  headers: Headers;
};
export type createGeminiConversationResponseError = (createGeminiConversationResponse400 | createGeminiConversationResponse401 | createGeminiConversationResponse413 | createGeminiConversationResponse415 | createGeminiConversationResponse500) & {
  headers: Headers;
};

export type createGeminiConversationResponse = (createGeminiConversationResponseSuccess | createGeminiConversationResponseError)

export const getCreateGeminiConversationUrl = () => {


  

  return `/gemini/conversations`
}

export const createGeminiConversation = async (createGeminiConversationBody: CreateGeminiConversationBody, options?: RequestInit): Promise<createGeminiConversationResponse> => {
  
  return apiFetch<createGeminiConversationResponse>(getCreateGeminiConversationUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      createGeminiConversationBody,)
  }
);}




export const getCreateGeminiConversationMutationOptions = <TError = InvalidRequestBodyResponse | GeminiUnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ServerErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createGeminiConversation>>, TError,{data: CreateGeminiConversationBody}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createGeminiConversation>>, TError,{data: CreateGeminiConversationBody}, TContext> => {

const mutationKey = ['createGeminiConversation'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createGeminiConversation>>, {data: CreateGeminiConversationBody}> = (props) => {
          const {data} = props ?? {};

          return  createGeminiConversation(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateGeminiConversationMutationResult = NonNullable<Awaited<ReturnType<typeof createGeminiConversation>>>
    export type CreateGeminiConversationMutationBody = CreateGeminiConversationBody
    export type CreateGeminiConversationMutationError = InvalidRequestBodyResponse | GeminiUnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ServerErrorResponse

    /**
 * @summary Create a new conversation
 */
export const useCreateGeminiConversation = <TError = InvalidRequestBodyResponse | GeminiUnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ServerErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createGeminiConversation>>, TError,{data: CreateGeminiConversationBody}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createGeminiConversation>>,
        TError,
        {data: CreateGeminiConversationBody},
        TContext
      > => {

      const mutationOptions = getCreateGeminiConversationMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Returns the conversation and all of its messages, oldest first.
 * @summary Get conversation with messages
 */
export type getGeminiConversationResponse200 = {
  data: GeminiConversationWithMessages
  status: 200
}

export type getGeminiConversationResponse400 = {
  data: InvalidConversationIdResponse
  status: 400
}

export type getGeminiConversationResponse401 = {
  data: GeminiUnauthorizedResponse
  status: 401
}

export type getGeminiConversationResponse404 = {
  data: ConversationNotFoundResponse
  status: 404
}

export type getGeminiConversationResponse500 = {
  data: ServerErrorResponse
  status: 500
}
    
export type getGeminiConversationResponseSuccess = (getGeminiConversationResponse200) & {
  headers: Headers;
};
export type getGeminiConversationResponseError = (getGeminiConversationResponse400 | getGeminiConversationResponse401 | getGeminiConversationResponse404 | getGeminiConversationResponse500) & {
  headers: Headers;
};

export type getGeminiConversationResponse = (getGeminiConversationResponseSuccess | getGeminiConversationResponseError)

export const getGetGeminiConversationUrl = (id: number,) => {


  

  return `/gemini/conversations/${id}`
}

export const getGeminiConversation = async (id: number, options?: RequestInit): Promise<getGeminiConversationResponse> => {
  
  return apiFetch<getGeminiConversationResponse>(getGetGeminiConversationUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetGeminiConversationQueryKey = (id?: number,) => {
    return [`/gemini/conversations/${id}`] as const;
    }

    
export const getGetGeminiConversationQueryOptions = <TData = Awaited<ReturnType<typeof getGeminiConversation>>, TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse>(id: number, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getGeminiConversation>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetGeminiConversationQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getGeminiConversation>>> = ({ signal }) => getGeminiConversation(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getGeminiConversation>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetGeminiConversationQueryResult = NonNullable<Awaited<ReturnType<typeof getGeminiConversation>>>
export type GetGeminiConversationQueryError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse


export function useGetGeminiConversation<TData = Awaited<ReturnType<typeof getGeminiConversation>>, TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse>(
 id: number, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getGeminiConversation>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getGeminiConversation>>,
          TError,
          Awaited<ReturnType<typeof getGeminiConversation>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetGeminiConversation<TData = Awaited<ReturnType<typeof getGeminiConversation>>, TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse>(
 id: number, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getGeminiConversation>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getGeminiConversation>>,
          TError,
          Awaited<ReturnType<typeof getGeminiConversation>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetGeminiConversation<TData = Awaited<ReturnType<typeof getGeminiConversation>>, TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse>(
 id: number, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getGeminiConversation>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get conversation with messages
 */

export function useGetGeminiConversation<TData = Awaited<ReturnType<typeof getGeminiConversation>>, TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse>(
 id: number, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getGeminiConversation>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetGeminiConversationQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Deletes the conversation and its messages.
 * @summary Delete a conversation
 */
export type deleteGeminiConversationResponse204 = {
  data: void
  status: 204
}

export type deleteGeminiConversationResponse400 = {
  data: InvalidConversationIdResponse
  status: 400
}

export type deleteGeminiConversationResponse401 = {
  data: GeminiUnauthorizedResponse
  status: 401
}

export type deleteGeminiConversationResponse404 = {
  data: ConversationNotFoundResponse
  status: 404
}

export type deleteGeminiConversationResponse500 = {
  data: ServerErrorResponse
  status: 500
}
    
export type deleteGeminiConversationResponseSuccess = (deleteGeminiConversationResponse204) & {
  headers: Headers;
};
export type deleteGeminiConversationResponseError = (deleteGeminiConversationResponse400 | deleteGeminiConversationResponse401 | deleteGeminiConversationResponse404 | deleteGeminiConversationResponse500) & {
  headers: Headers;
};

export type deleteGeminiConversationResponse = (deleteGeminiConversationResponseSuccess | deleteGeminiConversationResponseError)

export const getDeleteGeminiConversationUrl = (id: number,) => {


  

  return `/gemini/conversations/${id}`
}

export const deleteGeminiConversation = async (id: number, options?: RequestInit): Promise<deleteGeminiConversationResponse> => {
  
  return apiFetch<deleteGeminiConversationResponse>(getDeleteGeminiConversationUrl(id),
  {      
    ...options,
    method: 'DELETE'
    
    
  }
);}




export const getDeleteGeminiConversationMutationOptions = <TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof deleteGeminiConversation>>, TError,{id: number}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof deleteGeminiConversation>>, TError,{id: number}, TContext> => {

const mutationKey = ['deleteGeminiConversation'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof deleteGeminiConversation>>, {id: number}> = (props) => {
          const {id} = props ?? {};

          return  deleteGeminiConversation(id,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type DeleteGeminiConversationMutationResult = NonNullable<Awaited<ReturnType<typeof deleteGeminiConversation>>>
    
    export type DeleteGeminiConversationMutationError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse

    /**
 * @summary Delete a conversation
 */
export const useDeleteGeminiConversation = <TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof deleteGeminiConversation>>, TError,{id: number}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof deleteGeminiConversation>>,
        TError,
        {id: number},
        TContext
      > => {

      const mutationOptions = getDeleteGeminiConversationMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Returns the conversation's messages, oldest first.
 * @summary List messages in a conversation
 */
export type listGeminiMessagesResponse200 = {
  data: GeminiMessage[]
  status: 200
}

export type listGeminiMessagesResponse400 = {
  data: InvalidConversationIdResponse
  status: 400
}

export type listGeminiMessagesResponse401 = {
  data: GeminiUnauthorizedResponse
  status: 401
}

export type listGeminiMessagesResponse404 = {
  data: ConversationNotFoundResponse
  status: 404
}

export type listGeminiMessagesResponse500 = {
  data: ServerErrorResponse
  status: 500
}
    
export type listGeminiMessagesResponseSuccess = (listGeminiMessagesResponse200) & {
  headers: Headers;
};
export type listGeminiMessagesResponseError = (listGeminiMessagesResponse400 | listGeminiMessagesResponse401 | listGeminiMessagesResponse404 | listGeminiMessagesResponse500) & {
  headers: Headers;
};

export type listGeminiMessagesResponse = (listGeminiMessagesResponseSuccess | listGeminiMessagesResponseError)

export const getListGeminiMessagesUrl = (id: number,) => {


  

  return `/gemini/conversations/${id}/messages`
}

export const listGeminiMessages = async (id: number, options?: RequestInit): Promise<listGeminiMessagesResponse> => {
  
  return apiFetch<listGeminiMessagesResponse>(getListGeminiMessagesUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getListGeminiMessagesQueryKey = (id?: number,) => {
    return [`/gemini/conversations/${id}/messages`] as const;
    }

    
export const getListGeminiMessagesQueryOptions = <TData = Awaited<ReturnType<typeof listGeminiMessages>>, TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse>(id: number, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listGeminiMessages>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getListGeminiMessagesQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof listGeminiMessages>>> = ({ signal }) => listGeminiMessages(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof listGeminiMessages>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type ListGeminiMessagesQueryResult = NonNullable<Awaited<ReturnType<typeof listGeminiMessages>>>
export type ListGeminiMessagesQueryError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse


export function useListGeminiMessages<TData = Awaited<ReturnType<typeof listGeminiMessages>>, TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse>(
 id: number, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof listGeminiMessages>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof listGeminiMessages>>,
          TError,
          Awaited<ReturnType<typeof listGeminiMessages>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListGeminiMessages<TData = Awaited<ReturnType<typeof listGeminiMessages>>, TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse>(
 id: number, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listGeminiMessages>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof listGeminiMessages>>,
          TError,
          Awaited<ReturnType<typeof listGeminiMessages>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListGeminiMessages<TData = Awaited<ReturnType<typeof listGeminiMessages>>, TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse>(
 id: number, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listGeminiMessages>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary List messages in a conversation
 */

export function useListGeminiMessages<TData = Awaited<ReturnType<typeof listGeminiMessages>>, TError = InvalidConversationIdResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | ServerErrorResponse>(
 id: number, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listGeminiMessages>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getListGeminiMessagesQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




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
export type sendGeminiMessageResponse200 = {
  data: string
  status: 200
}

export type sendGeminiMessageResponse400 = {
  data: ErrorResponse
  status: 400
}

export type sendGeminiMessageResponse401 = {
  data: GeminiUnauthorizedResponse
  status: 401
}

export type sendGeminiMessageResponse404 = {
  data: ConversationNotFoundResponse
  status: 404
}

export type sendGeminiMessageResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type sendGeminiMessageResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type sendGeminiMessageResponse500 = {
  data: ServerErrorResponse
  status: 500
}
    
export type sendGeminiMessageResponseSuccess = (sendGeminiMessageResponse200) & {
  headers: Headers;
};
export type sendGeminiMessageResponseError = (sendGeminiMessageResponse400 | sendGeminiMessageResponse401 | sendGeminiMessageResponse404 | sendGeminiMessageResponse413 | sendGeminiMessageResponse415 | sendGeminiMessageResponse500) & {
  headers: Headers;
};

export type sendGeminiMessageResponse = (sendGeminiMessageResponseSuccess | sendGeminiMessageResponseError)

export const getSendGeminiMessageUrl = (id: number,) => {


  

  return `/gemini/conversations/${id}/messages`
}

export const sendGeminiMessage = async (id: number,
    sendGeminiMessageBody: SendGeminiMessageBody, options?: RequestInit): Promise<sendGeminiMessageResponse> => {
  
  return apiFetch<sendGeminiMessageResponse>(getSendGeminiMessageUrl(id),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      sendGeminiMessageBody,)
  }
);}




export const getSendGeminiMessageMutationOptions = <TError = ErrorResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ServerErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof sendGeminiMessage>>, TError,{id: number;data: SendGeminiMessageBody}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof sendGeminiMessage>>, TError,{id: number;data: SendGeminiMessageBody}, TContext> => {

const mutationKey = ['sendGeminiMessage'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof sendGeminiMessage>>, {id: number;data: SendGeminiMessageBody}> = (props) => {
          const {id,data} = props ?? {};

          return  sendGeminiMessage(id,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type SendGeminiMessageMutationResult = NonNullable<Awaited<ReturnType<typeof sendGeminiMessage>>>
    export type SendGeminiMessageMutationBody = SendGeminiMessageBody
    export type SendGeminiMessageMutationError = ErrorResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ServerErrorResponse

    /**
 * @summary Send a message and receive an AI response (SSE stream)
 */
export const useSendGeminiMessage = <TError = ErrorResponse | GeminiUnauthorizedResponse | ConversationNotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ServerErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof sendGeminiMessage>>, TError,{id: number;data: SendGeminiMessageBody}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof sendGeminiMessage>>,
        TError,
        {id: number;data: SendGeminiMessageBody},
        TContext
      > => {

      const mutationOptions = getSendGeminiMessageMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Generates one image with Gemini and returns it base64-encoded.
 * @summary Generate an image from a text prompt
 */
export type generateGeminiImageResponse200 = {
  data: GenerateGeminiImageResponse
  status: 200
}

export type generateGeminiImageResponse400 = {
  data: InvalidRequestBodyResponse
  status: 400
}

export type generateGeminiImageResponse401 = {
  data: GeminiUnauthorizedResponse
  status: 401
}

export type generateGeminiImageResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type generateGeminiImageResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type generateGeminiImageResponse500 = {
  data: ErrorResponse
  status: 500
}
    
export type generateGeminiImageResponseSuccess = (generateGeminiImageResponse200) & {
  headers: Headers;
};
export type generateGeminiImageResponseError = (generateGeminiImageResponse400 | generateGeminiImageResponse401 | generateGeminiImageResponse413 | generateGeminiImageResponse415 | generateGeminiImageResponse500) & {
  headers: Headers;
};

export type generateGeminiImageResponse = (generateGeminiImageResponseSuccess | generateGeminiImageResponseError)

export const getGenerateGeminiImageUrl = () => {


  

  return `/gemini/generate-image`
}

export const generateGeminiImage = async (generateGeminiImageBody: GenerateGeminiImageBody, options?: RequestInit): Promise<generateGeminiImageResponse> => {
  
  return apiFetch<generateGeminiImageResponse>(getGenerateGeminiImageUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      generateGeminiImageBody,)
  }
);}




export const getGenerateGeminiImageMutationOptions = <TError = InvalidRequestBodyResponse | GeminiUnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof generateGeminiImage>>, TError,{data: GenerateGeminiImageBody}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof generateGeminiImage>>, TError,{data: GenerateGeminiImageBody}, TContext> => {

const mutationKey = ['generateGeminiImage'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof generateGeminiImage>>, {data: GenerateGeminiImageBody}> = (props) => {
          const {data} = props ?? {};

          return  generateGeminiImage(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type GenerateGeminiImageMutationResult = NonNullable<Awaited<ReturnType<typeof generateGeminiImage>>>
    export type GenerateGeminiImageMutationBody = GenerateGeminiImageBody
    export type GenerateGeminiImageMutationError = InvalidRequestBodyResponse | GeminiUnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse

    /**
 * @summary Generate an image from a text prompt
 */
export const useGenerateGeminiImage = <TError = InvalidRequestBodyResponse | GeminiUnauthorizedResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof generateGeminiImage>>, TError,{data: GenerateGeminiImageBody}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof generateGeminiImage>>,
        TError,
        {data: GenerateGeminiImageBody},
        TContext
      > => {

      const mutationOptions = getGenerateGeminiImageMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
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
export type stubPayInvoiceResponse200 = {
  data: StubPayResponse
  status: 200
}

export type stubPayInvoiceResponse400 = {
  data: InvalidParameterResponse
  status: 400
}

export type stubPayInvoiceResponse404 = {
  data: ErrorResponse
  status: 404
}

export type stubPayInvoiceResponse409 = {
  data: ErrorResponse
  status: 409
}

export type stubPayInvoiceResponse500 = {
  data: ServerErrorResponse
  status: 500
}
    
export type stubPayInvoiceResponseSuccess = (stubPayInvoiceResponse200) & {
  headers: Headers;
};
export type stubPayInvoiceResponseError = (stubPayInvoiceResponse400 | stubPayInvoiceResponse404 | stubPayInvoiceResponse409 | stubPayInvoiceResponse500) & {
  headers: Headers;
};

export type stubPayInvoiceResponse = (stubPayInvoiceResponseSuccess | stubPayInvoiceResponseError)

export const getStubPayInvoiceUrl = (paymentHash: string,) => {


  

  return `/dev/stub/pay/${paymentHash}`
}

export const stubPayInvoice = async (paymentHash: string, options?: RequestInit): Promise<stubPayInvoiceResponse> => {
  
  return apiFetch<stubPayInvoiceResponse>(getStubPayInvoiceUrl(paymentHash),
  {      
    ...options,
    method: 'POST'
    
    
  }
);}




export const getStubPayInvoiceMutationOptions = <TError = InvalidParameterResponse | ErrorResponse | ErrorResponse | ServerErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof stubPayInvoice>>, TError,{paymentHash: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof stubPayInvoice>>, TError,{paymentHash: string}, TContext> => {

const mutationKey = ['stubPayInvoice'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof stubPayInvoice>>, {paymentHash: string}> = (props) => {
          const {paymentHash} = props ?? {};

          return  stubPayInvoice(paymentHash,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type StubPayInvoiceMutationResult = NonNullable<Awaited<ReturnType<typeof stubPayInvoice>>>
    
    export type StubPayInvoiceMutationError = InvalidParameterResponse | ErrorResponse | ErrorResponse | ServerErrorResponse

    /**
 * @summary Mark a stub invoice as paid (dev only)
 */
export const useStubPayInvoice = <TError = InvalidParameterResponse | ErrorResponse | ErrorResponse | ServerErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof stubPayInvoice>>, TError,{paymentHash: string}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof stubPayInvoice>>,
        TError,
        {paymentHash: string},
        TContext
      > => {

      const mutationOptions = getStubPayInvoiceMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }

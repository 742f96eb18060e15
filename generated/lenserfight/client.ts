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
export type ExecutionRunStatus = typeof ExecutionRunStatus[keyof typeof ExecutionRunStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ExecutionRunStatus = {
  queued: 'queued',
  running: 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  canceled: 'canceled',
  timed_out: 'timed_out',
} as const;

/**
 * One event of `streamRunEvents` (the stream's item schema, `x-item-schema` here and `itemSchema` in the
3.2 bundle). As in OpenAPI 3.2, an event is `{event, id, data}` with `data` the JSON text of its payload,
described by `contentMediaType`/`contentSchema`.

 */
export type RunStreamEvent = RunEventFrame | RunDoneFrame | RunStreamErrorFrame;

/**
 * A row of the run's event log; `event` is its `eventType`. Ids are increasing integers.
 */
export interface RunEventFrame {
  /** @pattern ^[0-9]+$ */
  id: string;
  event: string;
  data: string;
}

export type RunEventDataPayload = { [key: string]: unknown };

export interface RunEventData {
  /** e.g. `run.queued`, `run.started`, `artifact.created`, `run.requeued`, `run.succeeded`, `run.failed`, `run.canceled`, `run.timed_out`. */
  eventType: string;
  payload: RunEventDataPayload;
  occurredAt: string;
}

/**
 * The last event, once the run is terminal and every event has been sent.
 */
export interface RunDoneFrame {
  event: 'done';
  data: string;
}

/**
 * Sent by the framework, then the stream ends, when the stream fails on the server.
 */
export interface RunStreamErrorFrame {
  event: 'error';
  data: string;
}

export type ArtifactKind = typeof ArtifactKind[keyof typeof ArtifactKind];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const ArtifactKind = {
  text: 'text',
  image: 'image',
  audio: 'audio',
  video: 'video',
  json: 'json',
  trace: 'trace',
  tool_log: 'tool_log',
  rubric_result: 'rubric_result',
} as const;

export type FundingSource = typeof FundingSource[keyof typeof FundingSource];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const FundingSource = {
  user_byok_cloud: 'user_byok_cloud',
  user_byok_local: 'user_byok_local',
  platform_credit: 'platform_credit',
  sponsored: 'sponsored',
} as const;

/**
 * Inputs passed to the lens template renderer.
 */
export type LensExecuteRequestParams = { [key: string]: unknown };

export interface LensExecuteRequest {
  /** Inputs passed to the lens template renderer. */
  params: LensExecuteRequestParams;
  /**
   * Force a specific model id (e.g. `claude-sonnet-4-6`); 1 to 200 characters (see Decisions).
   * @minLength 1
   * @maxLength 200
   */
  modelOverride?: string;
  /**
   * Force a provider key (e.g. `anthropic`, `openai`).
   * @minLength 1
   */
  providerOverride?: string;
  fundingSource?: FundingSource;
  /** Required when `fundingSource = user_byok_cloud`. */
  byokKeyRefId?: string;
  /**
   * Caller-supplied dedupe key, per subject and lens; 1 to 255 characters (see Decisions).
   * @minLength 1
   * @maxLength 255
   */
  idempotencyKey?: string;
}

export type WorkflowRunRequestInputs = { [key: string]: unknown };

export interface WorkflowRunRequest {
  inputs: WorkflowRunRequestInputs;
  /**
   * Force a specific model id for every node; 1 to 200 characters (see Decisions).
   * @minLength 1
   * @maxLength 200
   */
  modelOverride?: string;
  /**
   * Caller-supplied dedupe key, per subject and workflow; 1 to 255 characters (see Decisions).
   * @minLength 1
   * @maxLength 255
   */
  idempotencyKey?: string;
}

export type PlatformExecutionAcceptedWorkflowId = string | null;

export interface PlatformExecutionAccepted {
  runId: string;
  status: ExecutionRunStatus;
  workflowId?: PlatformExecutionAcceptedWorkflowId;
}

export type PlatformExecutionArtifactContentText = string | null;

/**
 * Any JSON value, or null when the artifact is not JSON.
 */
export type PlatformExecutionArtifactContentJsonAnyOf = { [key: string]: unknown };

/**
 * Any JSON value, or null when the artifact is not JSON.
 */
export type PlatformExecutionArtifactContentJson = PlatformExecutionArtifactContentJsonAnyOf | unknown[] | string | number | boolean | null;

export interface PlatformExecutionArtifact {
  id: string;
  artifactKind: ArtifactKind;
  contentText?: PlatformExecutionArtifactContentText;
  /** Any JSON value, or null when the artifact is not JSON. */
  contentJson?: PlatformExecutionArtifactContentJson;
  isPrimaryOutput: boolean;
  visibility: string;
  createdAt: string;
}

export type PlatformRunStatusModelId = string | null;

export type PlatformRunStatusModelKey = string | null;

export type PlatformRunStatusProviderKey = string | null;

export type PlatformRunStatusStartedAt = string | null;

export type PlatformRunStatusCompletedAt = string | null;

export type PlatformRunStatusLatencyMs = number | null;

export type PlatformRunStatusTokenInput = number | null;

export type PlatformRunStatusTokenOutput = number | null;

export type PlatformRunStatusCreditCost = number | null;

export type PlatformRunStatusBillingStatus = string | null;

export type PlatformRunStatusErrorCode = string | null;

export type PlatformRunStatusErrorMessage = string | null;

export interface PlatformRunStatus {
  id: string;
  requestId: string;
  status: ExecutionRunStatus;
  modelId?: PlatformRunStatusModelId;
  modelKey?: PlatformRunStatusModelKey;
  providerKey?: PlatformRunStatusProviderKey;
  startedAt?: PlatformRunStatusStartedAt;
  completedAt?: PlatformRunStatusCompletedAt;
  latencyMs?: PlatformRunStatusLatencyMs;
  tokenInput?: PlatformRunStatusTokenInput;
  tokenOutput?: PlatformRunStatusTokenOutput;
  creditCost?: PlatformRunStatusCreditCost;
  billingStatus?: PlatformRunStatusBillingStatus;
  errorCode?: PlatformRunStatusErrorCode;
  errorMessage?: PlatformRunStatusErrorMessage;
  artifacts: PlatformExecutionArtifact[];
}

export interface ApiMeta {
  requestId?: string;
  durationMs?: number;
  limit?: number;
  offset?: number;
  total?: number;
  hasNextPage?: boolean;
  nextCursor?: string;
}

export type ApiErrorDetails = { [key: string]: unknown };

export interface ApiError {
  code: string;
  message: string;
  details?: ApiErrorDetails;
}

export interface ApiErrorEnvelope {
  error: ApiError;
  meta?: ApiMeta;
}

export interface PlatformExecutionAcceptedEnvelope {
  data: PlatformExecutionAccepted;
  meta?: ApiMeta;
}

export interface PlatformRunStatusEnvelope {
  data: PlatformRunStatus;
  meta?: ApiMeta;
}

/**
 * Partner-specific payload. Refer to the partner provider in
`libs/infra/partner-provisioning/` for the actual shape.

 */
export interface PartnerOpaquePayload { [key: string]: unknown }

export type PartnerOpaqueEnvelopeData = { [key: string]: unknown };

export interface PartnerOpaqueEnvelope {
  data?: PartnerOpaqueEnvelopeData;
  meta?: ApiMeta;
}

export type PartnerTokenEnvelopeData = {
  accessToken?: string;
  /** What `refreshPartnerToken` takes as `refreshToken`; valid until it is used once. */
  refreshToken?: string;
  /** When `accessToken` expires. */
  expiresAt?: string;
  [key: string]: unknown;
 };

/**
 * A partner envelope whose `data` also carries the account's current OAuth tokens (the provisioning and
refresh answers of every partner); the rest of `data` varies by partner.

 */
export interface PartnerTokenEnvelope {
  data?: PartnerTokenEnvelopeData;
  meta?: ApiMeta;
}

export interface LensParam {
  name: string;
  required: boolean;
  description?: string;
  default?: string;
}

export interface LensSummary {
  id: string;
  name: string;
  description: string;
  params: LensParam[];
}

export interface LensListEnvelope {
  data: LensSummary[];
  meta?: ApiMeta;
}

export interface DevTokenRequest {
  /**
   * @minLength 1
   * @maxLength 128
   * @pattern ^[A-Za-z0-9._@-]+$
   */
  subject: string;
}

export type DevTokenEnvelopeData = {
  token: string;
  subject: string;
  expiresAt: string;
};

export interface DevTokenEnvelope {
  data: DevTokenEnvelopeData;
  meta?: ApiMeta;
}

export type HealthOkStatus = typeof HealthOkStatus[keyof typeof HealthOkStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const HealthOkStatus = {
  ok: 'ok',
} as const;

export type HealthOkVersion = string | null;

export interface HealthOk {
  status: HealthOkStatus;
  db: boolean;
  /** @minimum 0 */
  uptime_s: number;
  version?: HealthOkVersion;
  checked_at: string;
}

export type HealthDegradedStatus = typeof HealthDegradedStatus[keyof typeof HealthDegradedStatus];


// eslint-disable-next-line @typescript-eslint/no-redeclare
export const HealthDegradedStatus = {
  degraded: 'degraded',
} as const;

export type HealthDegradedVersion = string | null;

export interface HealthDegraded {
  status: HealthDegradedStatus;
  db: boolean;
  /** @minimum 0 */
  uptime_s: number;
  version?: HealthDegradedVersion;
  checked_at: string;
  reason: string;
}

/**
 * Invalid request.
 */
export type BadRequestResponse = ApiErrorEnvelope;

/**
 * Missing or invalid Bearer token.
 */
export type UnauthorizedResponse = ApiErrorEnvelope;

/**
 * Resource not found.
 */
export type NotFoundResponse = ApiErrorEnvelope;

/**
 * The request body is larger than `BODY_LIMIT_BYTES` (1 MiB by default); code `payload_too_large`.
 */
export type PayloadTooLargeResponse = ApiErrorEnvelope;

/**
 * The request body's `Content-Type` is not `application/json`; code `unsupported_media_type`.
 */
export type UnsupportedMediaTypeResponse = ApiErrorEnvelope;

/**
 * Per-user rate limit exceeded.
 */
export type RateLimitedResponse = ApiErrorEnvelope;

/**
 * Unexpected server error.
 */
export type InternalErrorResponse = ApiErrorEnvelope;

/**
 * Invalid request. On a rate-limited operation, so with the `X-RateLimit-*` headers.
 */
export type BadRequestLimitedResponse = ApiErrorEnvelope;

/**
 * Missing or invalid Bearer token. On a rate-limited operation, so with the `X-RateLimit-*` headers.
 */
export type UnauthorizedLimitedResponse = ApiErrorEnvelope;

/**
 * Resource not found. On a rate-limited operation, so with the `X-RateLimit-*` headers.
 */
export type NotFoundLimitedResponse = ApiErrorEnvelope;

/**
 * The request body is larger than `BODY_LIMIT_BYTES` (1 MiB by default); code `payload_too_large`. On a rate-limited operation, so with the `X-RateLimit-*` headers.
 */
export type PayloadTooLargeLimitedResponse = ApiErrorEnvelope;

/**
 * The request body's `Content-Type` is not `application/json`; code `unsupported_media_type`. On a rate-limited operation, so with the `X-RateLimit-*` headers.
 */
export type UnsupportedMediaTypeLimitedResponse = ApiErrorEnvelope;

/**
 * Unexpected server error. On a rate-limited operation, so with the `X-RateLimit-*` headers.
 */
export type InternalErrorLimitedResponse = ApiErrorEnvelope;

type SecondParameter<T extends (...args: never) => unknown> = Parameters<T>[1];



/**
 * Returns 200 with `status=ok` when the platform-api can reach the
database (verified via the `public.fn_health()` RPC). Returns 503
with `status=degraded` if the probe fails or times out (1500 ms).
This route is unauthenticated.

 * @summary Liveness probe
 */
export type getHealthResponse200 = {
  data: HealthOk
  status: 200
}

export type getHealthResponse500 = {
  data: InternalErrorResponse
  status: 500
}

export type getHealthResponse503 = {
  data: HealthDegraded
  status: 503
}
    
export type getHealthResponseSuccess = (getHealthResponse200) & {
  headers: Headers;
};
export type getHealthResponseError = (getHealthResponse500 | getHealthResponse503) & {
  headers: Headers;
};

export type getHealthResponse = (getHealthResponseSuccess | getHealthResponseError)

export const getGetHealthUrl = () => {


  

  return `/health`
}

export const getHealth = async ( options?: RequestInit): Promise<getHealthResponse> => {
  
  return apiFetch<getHealthResponse>(getGetHealthUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetHealthQueryKey = () => {
    return [`/health`] as const;
    }

    
export const getGetHealthQueryOptions = <TData = Awaited<ReturnType<typeof getHealth>>, TError = InternalErrorResponse | HealthDegraded>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetHealthQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getHealth>>> = ({ signal }) => getHealth({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetHealthQueryResult = NonNullable<Awaited<ReturnType<typeof getHealth>>>
export type GetHealthQueryError = InternalErrorResponse | HealthDegraded


export function useGetHealth<TData = Awaited<ReturnType<typeof getHealth>>, TError = InternalErrorResponse | HealthDegraded>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getHealth>>,
          TError,
          Awaited<ReturnType<typeof getHealth>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetHealth<TData = Awaited<ReturnType<typeof getHealth>>, TError = InternalErrorResponse | HealthDegraded>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getHealth>>,
          TError,
          Awaited<ReturnType<typeof getHealth>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetHealth<TData = Awaited<ReturnType<typeof getHealth>>, TError = InternalErrorResponse | HealthDegraded>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Liveness probe
 */

export function useGetHealth<TData = Awaited<ReturnType<typeof getHealth>>, TError = InternalErrorResponse | HealthDegraded>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getHealth>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetHealthQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * **Extension** (not in the seed): the lenses a caller can execute, each with its declared params, so a
client can offer a choice and build a form. Ordered by name.

 * @summary List lenses (extension)
 */
export type listLensesResponse200 = {
  data: LensListEnvelope
  status: 200
}

export type listLensesResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type listLensesResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type listLensesResponseSuccess = (listLensesResponse200) & {
  headers: Headers;
};
export type listLensesResponseError = (listLensesResponse401 | listLensesResponse500) & {
  headers: Headers;
};

export type listLensesResponse = (listLensesResponseSuccess | listLensesResponseError)

export const getListLensesUrl = () => {


  

  return `/v1/lenses`
}

export const listLenses = async ( options?: RequestInit): Promise<listLensesResponse> => {
  
  return apiFetch<listLensesResponse>(getListLensesUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getListLensesQueryKey = () => {
    return [`/v1/lenses`] as const;
    }

    
export const getListLensesQueryOptions = <TData = Awaited<ReturnType<typeof listLenses>>, TError = UnauthorizedResponse | InternalErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listLenses>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getListLensesQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof listLenses>>> = ({ signal }) => listLenses({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof listLenses>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type ListLensesQueryResult = NonNullable<Awaited<ReturnType<typeof listLenses>>>
export type ListLensesQueryError = UnauthorizedResponse | InternalErrorResponse


export function useListLenses<TData = Awaited<ReturnType<typeof listLenses>>, TError = UnauthorizedResponse | InternalErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof listLenses>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof listLenses>>,
          TError,
          Awaited<ReturnType<typeof listLenses>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListLenses<TData = Awaited<ReturnType<typeof listLenses>>, TError = UnauthorizedResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listLenses>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof listLenses>>,
          TError,
          Awaited<ReturnType<typeof listLenses>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useListLenses<TData = Awaited<ReturnType<typeof listLenses>>, TError = UnauthorizedResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listLenses>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary List lenses (extension)
 */

export function useListLenses<TData = Awaited<ReturnType<typeof listLenses>>, TError = UnauthorizedResponse | InternalErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof listLenses>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getListLensesQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * **Extension** (not in the seed), for local development only: a bearer token for the chosen subject,
signed with the server's development secret, valid for an hour. It does not exist (404) when
`NODE_ENV=production` or when tokens come from an identity provider (`JWT_JWKS_URL`).

 * @summary Mint a development token (extension)
 */
export type createDevTokenResponse201 = {
  data: DevTokenEnvelope
  status: 201
}

export type createDevTokenResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type createDevTokenResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type createDevTokenResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type createDevTokenResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type createDevTokenResponseSuccess = (createDevTokenResponse201) & {
  headers: Headers;
};
export type createDevTokenResponseError = (createDevTokenResponse400 | createDevTokenResponse413 | createDevTokenResponse415 | createDevTokenResponse500) & {
  headers: Headers;
};

export type createDevTokenResponse = (createDevTokenResponseSuccess | createDevTokenResponseError)

export const getCreateDevTokenUrl = () => {


  

  return `/v1/dev/tokens`
}

export const createDevToken = async (devTokenRequest: DevTokenRequest, options?: RequestInit): Promise<createDevTokenResponse> => {
  
  return apiFetch<createDevTokenResponse>(getCreateDevTokenUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      devTokenRequest,)
  }
);}




export const getCreateDevTokenMutationOptions = <TError = BadRequestResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createDevToken>>, TError,{data: DevTokenRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createDevToken>>, TError,{data: DevTokenRequest}, TContext> => {

const mutationKey = ['createDevToken'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createDevToken>>, {data: DevTokenRequest}> = (props) => {
          const {data} = props ?? {};

          return  createDevToken(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateDevTokenMutationResult = NonNullable<Awaited<ReturnType<typeof createDevToken>>>
    export type CreateDevTokenMutationBody = DevTokenRequest
    export type CreateDevTokenMutationError = BadRequestResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse

    /**
 * @summary Mint a development token (extension)
 */
export const useCreateDevToken = <TError = BadRequestResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createDevToken>>, TError,{data: DevTokenRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createDevToken>>,
        TError,
        {data: DevTokenRequest},
        TContext
      > => {

      const mutationOptions = getCreateDevTokenMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Enqueues a lens execution and returns a `runId`. Poll
`GET /v1/runs/{runId}` for terminal status, or stream
`GET /v1/runs/{runId}/events` for live progress.

Rate-limited per-user; bursts return 429.

 * @summary Execute a lens
 */
export type executeLensResponse202 = {
  data: PlatformExecutionAcceptedEnvelope
  status: 202
}

export type executeLensResponse400 = {
  data: BadRequestLimitedResponse
  status: 400
}

export type executeLensResponse401 = {
  data: UnauthorizedLimitedResponse
  status: 401
}

export type executeLensResponse404 = {
  data: NotFoundLimitedResponse
  status: 404
}

export type executeLensResponse413 = {
  data: PayloadTooLargeLimitedResponse
  status: 413
}

export type executeLensResponse415 = {
  data: UnsupportedMediaTypeLimitedResponse
  status: 415
}

export type executeLensResponse429 = {
  data: RateLimitedResponse
  status: 429
}

export type executeLensResponse500 = {
  data: InternalErrorLimitedResponse
  status: 500
}
    
export type executeLensResponseSuccess = (executeLensResponse202) & {
  headers: Headers;
};
export type executeLensResponseError = (executeLensResponse400 | executeLensResponse401 | executeLensResponse404 | executeLensResponse413 | executeLensResponse415 | executeLensResponse429 | executeLensResponse500) & {
  headers: Headers;
};

export type executeLensResponse = (executeLensResponseSuccess | executeLensResponseError)

export const getExecuteLensUrl = (lensId: string,) => {


  

  return `/v1/lenses/${lensId}/execute`
}

export const executeLens = async (lensId: string,
    lensExecuteRequest: LensExecuteRequest, options?: RequestInit): Promise<executeLensResponse> => {
  
  return apiFetch<executeLensResponse>(getExecuteLensUrl(lensId),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      lensExecuteRequest,)
  }
);}




export const getExecuteLensMutationOptions = <TError = BadRequestLimitedResponse | UnauthorizedLimitedResponse | NotFoundLimitedResponse | PayloadTooLargeLimitedResponse | UnsupportedMediaTypeLimitedResponse | RateLimitedResponse | InternalErrorLimitedResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof executeLens>>, TError,{lensId: string;data: LensExecuteRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof executeLens>>, TError,{lensId: string;data: LensExecuteRequest}, TContext> => {

const mutationKey = ['executeLens'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof executeLens>>, {lensId: string;data: LensExecuteRequest}> = (props) => {
          const {lensId,data} = props ?? {};

          return  executeLens(lensId,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type ExecuteLensMutationResult = NonNullable<Awaited<ReturnType<typeof executeLens>>>
    export type ExecuteLensMutationBody = LensExecuteRequest
    export type ExecuteLensMutationError = BadRequestLimitedResponse | UnauthorizedLimitedResponse | NotFoundLimitedResponse | PayloadTooLargeLimitedResponse | UnsupportedMediaTypeLimitedResponse | RateLimitedResponse | InternalErrorLimitedResponse

    /**
 * @summary Execute a lens
 */
export const useExecuteLens = <TError = BadRequestLimitedResponse | UnauthorizedLimitedResponse | NotFoundLimitedResponse | PayloadTooLargeLimitedResponse | UnsupportedMediaTypeLimitedResponse | RateLimitedResponse | InternalErrorLimitedResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof executeLens>>, TError,{lensId: string;data: LensExecuteRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof executeLens>>,
        TError,
        {lensId: string;data: LensExecuteRequest},
        TContext
      > => {

      const mutationOptions = getExecuteLensMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * @summary Run a workflow
 */
export type runWorkflowResponse202 = {
  data: PlatformExecutionAcceptedEnvelope
  status: 202
}

export type runWorkflowResponse400 = {
  data: BadRequestLimitedResponse
  status: 400
}

export type runWorkflowResponse401 = {
  data: UnauthorizedLimitedResponse
  status: 401
}

export type runWorkflowResponse404 = {
  data: NotFoundLimitedResponse
  status: 404
}

export type runWorkflowResponse413 = {
  data: PayloadTooLargeLimitedResponse
  status: 413
}

export type runWorkflowResponse415 = {
  data: UnsupportedMediaTypeLimitedResponse
  status: 415
}

export type runWorkflowResponse429 = {
  data: RateLimitedResponse
  status: 429
}

export type runWorkflowResponse500 = {
  data: InternalErrorLimitedResponse
  status: 500
}
    
export type runWorkflowResponseSuccess = (runWorkflowResponse202) & {
  headers: Headers;
};
export type runWorkflowResponseError = (runWorkflowResponse400 | runWorkflowResponse401 | runWorkflowResponse404 | runWorkflowResponse413 | runWorkflowResponse415 | runWorkflowResponse429 | runWorkflowResponse500) & {
  headers: Headers;
};

export type runWorkflowResponse = (runWorkflowResponseSuccess | runWorkflowResponseError)

export const getRunWorkflowUrl = (workflowId: string,) => {


  

  return `/v1/workflows/${workflowId}/run`
}

export const runWorkflow = async (workflowId: string,
    workflowRunRequest: WorkflowRunRequest, options?: RequestInit): Promise<runWorkflowResponse> => {
  
  return apiFetch<runWorkflowResponse>(getRunWorkflowUrl(workflowId),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      workflowRunRequest,)
  }
);}




export const getRunWorkflowMutationOptions = <TError = BadRequestLimitedResponse | UnauthorizedLimitedResponse | NotFoundLimitedResponse | PayloadTooLargeLimitedResponse | UnsupportedMediaTypeLimitedResponse | RateLimitedResponse | InternalErrorLimitedResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof runWorkflow>>, TError,{workflowId: string;data: WorkflowRunRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof runWorkflow>>, TError,{workflowId: string;data: WorkflowRunRequest}, TContext> => {

const mutationKey = ['runWorkflow'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof runWorkflow>>, {workflowId: string;data: WorkflowRunRequest}> = (props) => {
          const {workflowId,data} = props ?? {};

          return  runWorkflow(workflowId,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type RunWorkflowMutationResult = NonNullable<Awaited<ReturnType<typeof runWorkflow>>>
    export type RunWorkflowMutationBody = WorkflowRunRequest
    export type RunWorkflowMutationError = BadRequestLimitedResponse | UnauthorizedLimitedResponse | NotFoundLimitedResponse | PayloadTooLargeLimitedResponse | UnsupportedMediaTypeLimitedResponse | RateLimitedResponse | InternalErrorLimitedResponse

    /**
 * @summary Run a workflow
 */
export const useRunWorkflow = <TError = BadRequestLimitedResponse | UnauthorizedLimitedResponse | NotFoundLimitedResponse | PayloadTooLargeLimitedResponse | UnsupportedMediaTypeLimitedResponse | RateLimitedResponse | InternalErrorLimitedResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof runWorkflow>>, TError,{workflowId: string;data: WorkflowRunRequest}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof runWorkflow>>,
        TError,
        {workflowId: string;data: WorkflowRunRequest},
        TContext
      > => {

      const mutationOptions = getRunWorkflowMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * @summary Get run status and artifacts
 */
export type getRunStatusResponse200 = {
  data: PlatformRunStatusEnvelope
  status: 200
}

export type getRunStatusResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type getRunStatusResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getRunStatusResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type getRunStatusResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getRunStatusResponseSuccess = (getRunStatusResponse200) & {
  headers: Headers;
};
export type getRunStatusResponseError = (getRunStatusResponse400 | getRunStatusResponse401 | getRunStatusResponse404 | getRunStatusResponse500) & {
  headers: Headers;
};

export type getRunStatusResponse = (getRunStatusResponseSuccess | getRunStatusResponseError)

export const getGetRunStatusUrl = (runId: string,) => {


  

  return `/v1/runs/${runId}`
}

export const getRunStatus = async (runId: string, options?: RequestInit): Promise<getRunStatusResponse> => {
  
  return apiFetch<getRunStatusResponse>(getGetRunStatusUrl(runId),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetRunStatusQueryKey = (runId?: string,) => {
    return [`/v1/runs/${runId}`] as const;
    }

    
export const getGetRunStatusQueryOptions = <TData = Awaited<ReturnType<typeof getRunStatus>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRunStatus>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetRunStatusQueryKey(runId);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getRunStatus>>> = ({ signal }) => getRunStatus(runId, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(runId), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getRunStatus>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetRunStatusQueryResult = NonNullable<Awaited<ReturnType<typeof getRunStatus>>>
export type GetRunStatusQueryError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse


export function useGetRunStatus<TData = Awaited<ReturnType<typeof getRunStatus>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 runId: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRunStatus>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getRunStatus>>,
          TError,
          Awaited<ReturnType<typeof getRunStatus>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetRunStatus<TData = Awaited<ReturnType<typeof getRunStatus>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRunStatus>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getRunStatus>>,
          TError,
          Awaited<ReturnType<typeof getRunStatus>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetRunStatus<TData = Awaited<ReturnType<typeof getRunStatus>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRunStatus>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Get run status and artifacts
 */

export function useGetRunStatus<TData = Awaited<ReturnType<typeof getRunStatus>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getRunStatus>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetRunStatusQueryOptions(runId,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




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
export type streamRunEventsResponse200 = {
  data: string
  status: 200
}

export type streamRunEventsResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type streamRunEventsResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type streamRunEventsResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type streamRunEventsResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type streamRunEventsResponseSuccess = (streamRunEventsResponse200) & {
  headers: Headers;
};
export type streamRunEventsResponseError = (streamRunEventsResponse400 | streamRunEventsResponse401 | streamRunEventsResponse404 | streamRunEventsResponse500) & {
  headers: Headers;
};

export type streamRunEventsResponse = (streamRunEventsResponseSuccess | streamRunEventsResponseError)

export const getStreamRunEventsUrl = (runId: string,) => {


  

  return `/v1/runs/${runId}/events`
}

export const streamRunEvents = async (runId: string, options?: RequestInit): Promise<streamRunEventsResponse> => {
  
  return apiFetch<streamRunEventsResponse>(getStreamRunEventsUrl(runId),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getStreamRunEventsQueryKey = (runId?: string,) => {
    return [`/v1/runs/${runId}/events`] as const;
    }

    
export const getStreamRunEventsQueryOptions = <TData = Awaited<ReturnType<typeof streamRunEvents>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof streamRunEvents>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getStreamRunEventsQueryKey(runId);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof streamRunEvents>>> = ({ signal }) => streamRunEvents(runId, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(runId), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof streamRunEvents>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type StreamRunEventsQueryResult = NonNullable<Awaited<ReturnType<typeof streamRunEvents>>>
export type StreamRunEventsQueryError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse


export function useStreamRunEvents<TData = Awaited<ReturnType<typeof streamRunEvents>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 runId: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof streamRunEvents>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof streamRunEvents>>,
          TError,
          Awaited<ReturnType<typeof streamRunEvents>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useStreamRunEvents<TData = Awaited<ReturnType<typeof streamRunEvents>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof streamRunEvents>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof streamRunEvents>>,
          TError,
          Awaited<ReturnType<typeof streamRunEvents>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useStreamRunEvents<TData = Awaited<ReturnType<typeof streamRunEvents>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof streamRunEvents>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Stream run events (SSE)
 */

export function useStreamRunEvents<TData = Awaited<ReturnType<typeof streamRunEvents>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 runId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof streamRunEvents>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getStreamRunEventsQueryOptions(runId,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * Schema varies by `partnerName`. Currently registered: `chainabit`.

 * @summary Provision a partner integration
 */
export type provisionPartnerResponse200 = {
  data: PartnerTokenEnvelope
  status: 200
}

export type provisionPartnerResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type provisionPartnerResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type provisionPartnerResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type provisionPartnerResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type provisionPartnerResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type provisionPartnerResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type provisionPartnerResponseSuccess = (provisionPartnerResponse200) & {
  headers: Headers;
};
export type provisionPartnerResponseError = (provisionPartnerResponse400 | provisionPartnerResponse401 | provisionPartnerResponse404 | provisionPartnerResponse413 | provisionPartnerResponse415 | provisionPartnerResponse500) & {
  headers: Headers;
};

export type provisionPartnerResponse = (provisionPartnerResponseSuccess | provisionPartnerResponseError)

export const getProvisionPartnerUrl = (partnerName: string,) => {


  

  return `/v1/partners/${partnerName}/provision`
}

export const provisionPartner = async (partnerName: string,
    partnerOpaquePayload: PartnerOpaquePayload, options?: RequestInit): Promise<provisionPartnerResponse> => {
  
  return apiFetch<provisionPartnerResponse>(getProvisionPartnerUrl(partnerName),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      partnerOpaquePayload,)
  }
);}




export const getProvisionPartnerMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof provisionPartner>>, TError,{partnerName: string;data: PartnerOpaquePayload}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof provisionPartner>>, TError,{partnerName: string;data: PartnerOpaquePayload}, TContext> => {

const mutationKey = ['provisionPartner'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof provisionPartner>>, {partnerName: string;data: PartnerOpaquePayload}> = (props) => {
          const {partnerName,data} = props ?? {};

          return  provisionPartner(partnerName,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type ProvisionPartnerMutationResult = NonNullable<Awaited<ReturnType<typeof provisionPartner>>>
    export type ProvisionPartnerMutationBody = PartnerOpaquePayload
    export type ProvisionPartnerMutationError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse

    /**
 * @summary Provision a partner integration
 */
export const useProvisionPartner = <TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof provisionPartner>>, TError,{partnerName: string;data: PartnerOpaquePayload}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof provisionPartner>>,
        TError,
        {partnerName: string;data: PartnerOpaquePayload},
        TContext
      > => {

      const mutationOptions = getProvisionPartnerMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * @summary Read partner balance
 */
export type getPartnerBalanceResponse200 = {
  data: PartnerOpaqueEnvelope
  status: 200
}

export type getPartnerBalanceResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type getPartnerBalanceResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type getPartnerBalanceResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type getPartnerBalanceResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type getPartnerBalanceResponseSuccess = (getPartnerBalanceResponse200) & {
  headers: Headers;
};
export type getPartnerBalanceResponseError = (getPartnerBalanceResponse400 | getPartnerBalanceResponse401 | getPartnerBalanceResponse404 | getPartnerBalanceResponse500) & {
  headers: Headers;
};

export type getPartnerBalanceResponse = (getPartnerBalanceResponseSuccess | getPartnerBalanceResponseError)

export const getGetPartnerBalanceUrl = (partnerName: string,) => {


  

  return `/v1/partners/${partnerName}/balance`
}

export const getPartnerBalance = async (partnerName: string, options?: RequestInit): Promise<getPartnerBalanceResponse> => {
  
  return apiFetch<getPartnerBalanceResponse>(getGetPartnerBalanceUrl(partnerName),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetPartnerBalanceQueryKey = (partnerName?: string,) => {
    return [`/v1/partners/${partnerName}/balance`] as const;
    }

    
export const getGetPartnerBalanceQueryOptions = <TData = Awaited<ReturnType<typeof getPartnerBalance>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(partnerName: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getPartnerBalance>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetPartnerBalanceQueryKey(partnerName);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getPartnerBalance>>> = ({ signal }) => getPartnerBalance(partnerName, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(partnerName), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getPartnerBalance>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetPartnerBalanceQueryResult = NonNullable<Awaited<ReturnType<typeof getPartnerBalance>>>
export type GetPartnerBalanceQueryError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse


export function useGetPartnerBalance<TData = Awaited<ReturnType<typeof getPartnerBalance>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 partnerName: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getPartnerBalance>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getPartnerBalance>>,
          TError,
          Awaited<ReturnType<typeof getPartnerBalance>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetPartnerBalance<TData = Awaited<ReturnType<typeof getPartnerBalance>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 partnerName: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getPartnerBalance>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getPartnerBalance>>,
          TError,
          Awaited<ReturnType<typeof getPartnerBalance>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetPartnerBalance<TData = Awaited<ReturnType<typeof getPartnerBalance>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 partnerName: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getPartnerBalance>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Read partner balance
 */

export function useGetPartnerBalance<TData = Awaited<ReturnType<typeof getPartnerBalance>>, TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | InternalErrorResponse>(
 partnerName: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getPartnerBalance>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetPartnerBalanceQueryOptions(partnerName,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * @summary Refresh a partner OAuth token
 */
export type refreshPartnerTokenResponse200 = {
  data: PartnerTokenEnvelope
  status: 200
}

export type refreshPartnerTokenResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type refreshPartnerTokenResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type refreshPartnerTokenResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type refreshPartnerTokenResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type refreshPartnerTokenResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type refreshPartnerTokenResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type refreshPartnerTokenResponseSuccess = (refreshPartnerTokenResponse200) & {
  headers: Headers;
};
export type refreshPartnerTokenResponseError = (refreshPartnerTokenResponse400 | refreshPartnerTokenResponse401 | refreshPartnerTokenResponse404 | refreshPartnerTokenResponse413 | refreshPartnerTokenResponse415 | refreshPartnerTokenResponse500) & {
  headers: Headers;
};

export type refreshPartnerTokenResponse = (refreshPartnerTokenResponseSuccess | refreshPartnerTokenResponseError)

export const getRefreshPartnerTokenUrl = (partnerName: string,) => {


  

  return `/v1/partners/${partnerName}/refresh-token`
}

export const refreshPartnerToken = async (partnerName: string,
    partnerOpaquePayload: PartnerOpaquePayload, options?: RequestInit): Promise<refreshPartnerTokenResponse> => {
  
  return apiFetch<refreshPartnerTokenResponse>(getRefreshPartnerTokenUrl(partnerName),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      partnerOpaquePayload,)
  }
);}




export const getRefreshPartnerTokenMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof refreshPartnerToken>>, TError,{partnerName: string;data: PartnerOpaquePayload}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof refreshPartnerToken>>, TError,{partnerName: string;data: PartnerOpaquePayload}, TContext> => {

const mutationKey = ['refreshPartnerToken'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof refreshPartnerToken>>, {partnerName: string;data: PartnerOpaquePayload}> = (props) => {
          const {partnerName,data} = props ?? {};

          return  refreshPartnerToken(partnerName,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type RefreshPartnerTokenMutationResult = NonNullable<Awaited<ReturnType<typeof refreshPartnerToken>>>
    export type RefreshPartnerTokenMutationBody = PartnerOpaquePayload
    export type RefreshPartnerTokenMutationError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse

    /**
 * @summary Refresh a partner OAuth token
 */
export const useRefreshPartnerToken = <TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof refreshPartnerToken>>, TError,{partnerName: string;data: PartnerOpaquePayload}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof refreshPartnerToken>>,
        TError,
        {partnerName: string;data: PartnerOpaquePayload},
        TContext
      > => {

      const mutationOptions = getRefreshPartnerTokenMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * Records a claim at the partner and credits the caller's account with its `amount`.

Send an `Idempotency-Key` to retry safely: a request that timed out or lost its connection may have
credited the account, and a retry with the same key and the same body answers what the first one did
(same `claimId`, `balance` and `createdAt`, with `Idempotent-Replayed: true`) without crediting again,
even while the first is still running. See Decisions.

 * @summary Send a partner claim
 */
export type sendPartnerClaimResponse200 = {
  data: PartnerOpaqueEnvelope
  status: 200
}

export type sendPartnerClaimResponse400 = {
  data: BadRequestResponse
  status: 400
}

export type sendPartnerClaimResponse401 = {
  data: UnauthorizedResponse
  status: 401
}

export type sendPartnerClaimResponse404 = {
  data: NotFoundResponse
  status: 404
}

export type sendPartnerClaimResponse413 = {
  data: PayloadTooLargeResponse
  status: 413
}

export type sendPartnerClaimResponse415 = {
  data: UnsupportedMediaTypeResponse
  status: 415
}

export type sendPartnerClaimResponse422 = {
  data: ApiErrorEnvelope
  status: 422
}

export type sendPartnerClaimResponse500 = {
  data: InternalErrorResponse
  status: 500
}
    
export type sendPartnerClaimResponseSuccess = (sendPartnerClaimResponse200) & {
  headers: Headers;
};
export type sendPartnerClaimResponseError = (sendPartnerClaimResponse400 | sendPartnerClaimResponse401 | sendPartnerClaimResponse404 | sendPartnerClaimResponse413 | sendPartnerClaimResponse415 | sendPartnerClaimResponse422 | sendPartnerClaimResponse500) & {
  headers: Headers;
};

export type sendPartnerClaimResponse = (sendPartnerClaimResponseSuccess | sendPartnerClaimResponseError)

export const getSendPartnerClaimUrl = (partnerName: string,) => {


  

  return `/v1/partners/${partnerName}/send-claim`
}

export const sendPartnerClaim = async (partnerName: string,
    partnerOpaquePayload: PartnerOpaquePayload, options?: RequestInit): Promise<sendPartnerClaimResponse> => {
  
  return apiFetch<sendPartnerClaimResponse>(getSendPartnerClaimUrl(partnerName),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      partnerOpaquePayload,)
  }
);}




export const getSendPartnerClaimMutationOptions = <TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ApiErrorEnvelope | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof sendPartnerClaim>>, TError,{partnerName: string;data: PartnerOpaquePayload}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof sendPartnerClaim>>, TError,{partnerName: string;data: PartnerOpaquePayload}, TContext> => {

const mutationKey = ['sendPartnerClaim'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof sendPartnerClaim>>, {partnerName: string;data: PartnerOpaquePayload}> = (props) => {
          const {partnerName,data} = props ?? {};

          return  sendPartnerClaim(partnerName,data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type SendPartnerClaimMutationResult = NonNullable<Awaited<ReturnType<typeof sendPartnerClaim>>>
    export type SendPartnerClaimMutationBody = PartnerOpaquePayload
    export type SendPartnerClaimMutationError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ApiErrorEnvelope | InternalErrorResponse

    /**
 * @summary Send a partner claim
 */
export const useSendPartnerClaim = <TError = BadRequestResponse | UnauthorizedResponse | NotFoundResponse | PayloadTooLargeResponse | UnsupportedMediaTypeResponse | ApiErrorEnvelope | InternalErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof sendPartnerClaim>>, TError,{partnerName: string;data: PartnerOpaquePayload}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof sendPartnerClaim>>,
        TError,
        {partnerName: string;data: PartnerOpaquePayload},
        TContext
      > => {

      const mutationOptions = getSendPartnerClaimMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }

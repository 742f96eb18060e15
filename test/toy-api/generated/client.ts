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
export interface Note {
  id: string;
  text: string;
  processed: boolean;
  /** How many times a worker processed it (exactly once */
  timesProcessed: number;
}

export interface Error {
  problem: string;
}

/**
 * Any error, as `{problem}`
 */
export type ErrorResponse = Error;

export type CreateNoteBody = {
  /**
   * @minLength 1
   * @maxLength 200
   */
  text: string;
  /** Receives the noteProcessed webhook */
  callbackUrl?: string;
};

export type GetInstance200 = {
  instanceId: string;
};

type SecondParameter<T extends (...args: never) => unknown> = Parameters<T>[1];



/**
 * @summary Create a note; a queue worker marks it processed
 */
export type createNoteResponse201 = {
  data: Note
  status: 201
}

export type createNoteResponse400 = {
  data: ErrorResponse
  status: 400
}

export type createNoteResponse401 = {
  data: ErrorResponse
  status: 401
}

export type createNoteResponse413 = {
  data: ErrorResponse
  status: 413
}

export type createNoteResponse415 = {
  data: ErrorResponse
  status: 415
}

export type createNoteResponse500 = {
  data: ErrorResponse
  status: 500
}
    
export type createNoteResponseSuccess = (createNoteResponse201) & {
  headers: Headers;
};
export type createNoteResponseError = (createNoteResponse400 | createNoteResponse401 | createNoteResponse413 | createNoteResponse415 | createNoteResponse500) & {
  headers: Headers;
};

export type createNoteResponse = (createNoteResponseSuccess | createNoteResponseError)

export const getCreateNoteUrl = () => {


  

  return `/notes`
}

export const createNote = async (createNoteBody: CreateNoteBody, options?: RequestInit): Promise<createNoteResponse> => {
  
  return apiFetch<createNoteResponse>(getCreateNoteUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      createNoteBody,)
  }
);}




export const getCreateNoteMutationOptions = <TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createNote>>, TError,{data: CreateNoteBody}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createNote>>, TError,{data: CreateNoteBody}, TContext> => {

const mutationKey = ['createNote'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createNote>>, {data: CreateNoteBody}> = (props) => {
          const {data} = props ?? {};

          return  createNote(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateNoteMutationResult = NonNullable<Awaited<ReturnType<typeof createNote>>>
    export type CreateNoteMutationBody = CreateNoteBody
    export type CreateNoteMutationError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse

    /**
 * @summary Create a note; a queue worker marks it processed
 */
export const useCreateNote = <TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createNote>>, TError,{data: CreateNoteBody}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createNote>>,
        TError,
        {data: CreateNoteBody},
        TContext
      > => {

      const mutationOptions = getCreateNoteMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }
    
/**
 * @summary One of the caller's notes
 */
export type getNoteResponse200 = {
  data: Note
  status: 200
}

export type getNoteResponse400 = {
  data: ErrorResponse
  status: 400
}

export type getNoteResponse401 = {
  data: ErrorResponse
  status: 401
}

export type getNoteResponse404 = {
  data: ErrorResponse
  status: 404
}

export type getNoteResponse500 = {
  data: ErrorResponse
  status: 500
}
    
export type getNoteResponseSuccess = (getNoteResponse200) & {
  headers: Headers;
};
export type getNoteResponseError = (getNoteResponse400 | getNoteResponse401 | getNoteResponse404 | getNoteResponse500) & {
  headers: Headers;
};

export type getNoteResponse = (getNoteResponseSuccess | getNoteResponseError)

export const getGetNoteUrl = (noteId: string,) => {


  

  return `/notes/${noteId}`
}

export const getNote = async (noteId: string, options?: RequestInit): Promise<getNoteResponse> => {
  
  return apiFetch<getNoteResponse>(getGetNoteUrl(noteId),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetNoteQueryKey = (noteId?: string,) => {
    return [`/notes/${noteId}`] as const;
    }

    
export const getGetNoteQueryOptions = <TData = Awaited<ReturnType<typeof getNote>>, TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse>(noteId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getNote>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetNoteQueryKey(noteId);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getNote>>> = ({ signal }) => getNote(noteId, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(noteId), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getNote>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetNoteQueryResult = NonNullable<Awaited<ReturnType<typeof getNote>>>
export type GetNoteQueryError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse


export function useGetNote<TData = Awaited<ReturnType<typeof getNote>>, TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse>(
 noteId: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getNote>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getNote>>,
          TError,
          Awaited<ReturnType<typeof getNote>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetNote<TData = Awaited<ReturnType<typeof getNote>>, TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse>(
 noteId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getNote>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getNote>>,
          TError,
          Awaited<ReturnType<typeof getNote>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetNote<TData = Awaited<ReturnType<typeof getNote>>, TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse>(
 noteId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getNote>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary One of the caller's notes
 */

export function useGetNote<TData = Awaited<ReturnType<typeof getNote>>, TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse>(
 noteId: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getNote>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetNoteQueryOptions(noteId,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * @summary Which services instance answered
 */
export type getInstanceResponse200 = {
  data: GetInstance200
  status: 200
}

export type getInstanceResponse500 = {
  data: ErrorResponse
  status: 500
}
    
export type getInstanceResponseSuccess = (getInstanceResponse200) & {
  headers: Headers;
};
export type getInstanceResponseError = (getInstanceResponse500) & {
  headers: Headers;
};

export type getInstanceResponse = (getInstanceResponseSuccess | getInstanceResponseError)

export const getGetInstanceUrl = () => {


  

  return `/instance`
}

export const getInstance = async ( options?: RequestInit): Promise<getInstanceResponse> => {
  
  return apiFetch<getInstanceResponse>(getGetInstanceUrl(),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetInstanceQueryKey = () => {
    return [`/instance`] as const;
    }

    
export const getGetInstanceQueryOptions = <TData = Awaited<ReturnType<typeof getInstance>>, TError = ErrorResponse>( options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getInstance>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetInstanceQueryKey();

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getInstance>>> = ({ signal }) => getInstance({ signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getInstance>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetInstanceQueryResult = NonNullable<Awaited<ReturnType<typeof getInstance>>>
export type GetInstanceQueryError = ErrorResponse


export function useGetInstance<TData = Awaited<ReturnType<typeof getInstance>>, TError = ErrorResponse>(
  options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getInstance>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getInstance>>,
          TError,
          Awaited<ReturnType<typeof getInstance>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetInstance<TData = Awaited<ReturnType<typeof getInstance>>, TError = ErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getInstance>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getInstance>>,
          TError,
          Awaited<ReturnType<typeof getInstance>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetInstance<TData = Awaited<ReturnType<typeof getInstance>>, TError = ErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getInstance>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Which services instance answered
 */

export function useGetInstance<TData = Awaited<ReturnType<typeof getInstance>>, TError = ErrorResponse>(
  options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getInstance>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetInstanceQueryOptions(options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}

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
export interface NewItem {
  /**
   * @minLength 1
   * @maxLength 100
   */
  name: string;
  /** @minimum 0 */
  price: number;
  /** @maxItems 10 */
  tags?: string[];
}

export interface Item {
  id: string;
  name: string;
  price: number;
  tags: string[];
}

export interface Error {
  error: string;
}

/**
 * An error.
 */
export type ErrorResponse = Error;

type SecondParameter<T extends (...args: never) => unknown> = Parameters<T>[1];



/**
 * @summary Read one item
 */
export type getItemResponse200 = {
  data: Item
  status: 200
}

export type getItemResponse400 = {
  data: ErrorResponse
  status: 400
}

export type getItemResponse401 = {
  data: ErrorResponse
  status: 401
}

export type getItemResponse500 = {
  data: ErrorResponse
  status: 500
}
    
export type getItemResponseSuccess = (getItemResponse200) & {
  headers: Headers;
};
export type getItemResponseError = (getItemResponse400 | getItemResponse401 | getItemResponse500) & {
  headers: Headers;
};

export type getItemResponse = (getItemResponseSuccess | getItemResponseError)

export const getGetItemUrl = (id: string,) => {


  

  return `/items/${id}`
}

export const getItem = async (id: string, options?: RequestInit): Promise<getItemResponse> => {
  
  return apiFetch<getItemResponse>(getGetItemUrl(id),
  {      
    ...options,
    method: 'GET'
    
    
  }
);}



export const getGetItemQueryKey = (id?: string,) => {
    return [`/items/${id}`] as const;
    }

    
export const getGetItemQueryOptions = <TData = Awaited<ReturnType<typeof getItem>>, TError = ErrorResponse | ErrorResponse | ErrorResponse>(id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getItem>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
) => {

const {query: queryOptions, request: requestOptions} = options ?? {};

  const queryKey =  queryOptions?.queryKey ?? getGetItemQueryKey(id);

  

    const queryFn: QueryFunction<Awaited<ReturnType<typeof getItem>>> = ({ signal }) => getItem(id, { signal, ...requestOptions });

      

      

   return  { queryKey, queryFn, enabled: !!(id), ...queryOptions} as UseQueryOptions<Awaited<ReturnType<typeof getItem>>, TError, TData> & { queryKey: DataTag<QueryKey, TData, TError> }
}

export type GetItemQueryResult = NonNullable<Awaited<ReturnType<typeof getItem>>>
export type GetItemQueryError = ErrorResponse | ErrorResponse | ErrorResponse


export function useGetItem<TData = Awaited<ReturnType<typeof getItem>>, TError = ErrorResponse | ErrorResponse | ErrorResponse>(
 id: string, options: { query:Partial<UseQueryOptions<Awaited<ReturnType<typeof getItem>>, TError, TData>> & Pick<
        DefinedInitialDataOptions<
          Awaited<ReturnType<typeof getItem>>,
          TError,
          Awaited<ReturnType<typeof getItem>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  DefinedUseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetItem<TData = Awaited<ReturnType<typeof getItem>>, TError = ErrorResponse | ErrorResponse | ErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getItem>>, TError, TData>> & Pick<
        UndefinedInitialDataOptions<
          Awaited<ReturnType<typeof getItem>>,
          TError,
          Awaited<ReturnType<typeof getItem>>
        > , 'initialData'
      >, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
export function useGetItem<TData = Awaited<ReturnType<typeof getItem>>, TError = ErrorResponse | ErrorResponse | ErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getItem>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient
  ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> }
/**
 * @summary Read one item
 */

export function useGetItem<TData = Awaited<ReturnType<typeof getItem>>, TError = ErrorResponse | ErrorResponse | ErrorResponse>(
 id: string, options?: { query?:Partial<UseQueryOptions<Awaited<ReturnType<typeof getItem>>, TError, TData>>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient 
 ):  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> } {

  const queryOptions = getGetItemQueryOptions(id,options)

  const query = useQuery(queryOptions , queryClient) as  UseQueryResult<TData, TError> & { queryKey: DataTag<QueryKey, TData, TError> };

  query.queryKey = queryOptions.queryKey ;

  return query;
}




/**
 * @summary Create an item
 */
export type createItemResponse201 = {
  data: Item
  status: 201
}

export type createItemResponse400 = {
  data: ErrorResponse
  status: 400
}

export type createItemResponse401 = {
  data: ErrorResponse
  status: 401
}

export type createItemResponse413 = {
  data: ErrorResponse
  status: 413
}

export type createItemResponse415 = {
  data: ErrorResponse
  status: 415
}

export type createItemResponse500 = {
  data: ErrorResponse
  status: 500
}
    
export type createItemResponseSuccess = (createItemResponse201) & {
  headers: Headers;
};
export type createItemResponseError = (createItemResponse400 | createItemResponse401 | createItemResponse413 | createItemResponse415 | createItemResponse500) & {
  headers: Headers;
};

export type createItemResponse = (createItemResponseSuccess | createItemResponseError)

export const getCreateItemUrl = () => {


  

  return `/items`
}

export const createItem = async (newItem: NewItem, options?: RequestInit): Promise<createItemResponse> => {
  
  return apiFetch<createItemResponse>(getCreateItemUrl(),
  {      
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(
      newItem,)
  }
);}




export const getCreateItemMutationOptions = <TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createItem>>, TError,{data: NewItem}, TContext>, request?: SecondParameter<typeof apiFetch>}
): UseMutationOptions<Awaited<ReturnType<typeof createItem>>, TError,{data: NewItem}, TContext> => {

const mutationKey = ['createItem'];
const {mutation: mutationOptions, request: requestOptions} = options ?
      options.mutation && 'mutationKey' in options.mutation && options.mutation.mutationKey ?
      options
      : {...options, mutation: {...options.mutation, mutationKey}}
      : {mutation: { mutationKey, }, request: undefined};

      


      const mutationFn: MutationFunction<Awaited<ReturnType<typeof createItem>>, {data: NewItem}> = (props) => {
          const {data} = props ?? {};

          return  createItem(data,requestOptions)
        }

        


  return  { mutationFn, ...mutationOptions }}

    export type CreateItemMutationResult = NonNullable<Awaited<ReturnType<typeof createItem>>>
    export type CreateItemMutationBody = NewItem
    export type CreateItemMutationError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse

    /**
 * @summary Create an item
 */
export const useCreateItem = <TError = ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse | ErrorResponse,
    TContext = unknown>(options?: { mutation?:UseMutationOptions<Awaited<ReturnType<typeof createItem>>, TError,{data: NewItem}, TContext>, request?: SecondParameter<typeof apiFetch>}
 , queryClient?: QueryClient): UseMutationResult<
        Awaited<ReturnType<typeof createItem>>,
        TError,
        {data: NewItem},
        TContext
      > => {

      const mutationOptions = getCreateItemMutationOptions(options);

      return useMutation(mutationOptions , queryClient);
    }

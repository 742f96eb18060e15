/**
 * The fetch used by every generated React Query client. Base URL and auth are runtime settings,
 * so one build of the dashboard can talk to any deployment.
 */
export type ApiClientSettings = {
  baseUrl: string;
  getToken?: () => string | undefined | Promise<string | undefined>;
  headers?: Record<string, string>;
};

/** The settings every API's client uses, and per API slug the ones that differ (a page talking to several APIs). */
export type ClientConfig = ApiClientSettings & { apis?: Record<string, Partial<ApiClientSettings>> };

let config: ClientConfig = { baseUrl: '' };

export function configureClient(next: Partial<ClientConfig>): void {
  config = { ...config, ...next };
}

/** The settings the client of `api` uses (the shared ones without it), for clients that do not go through `customFetch` (event streams). */
export function clientConfig(api?: string): ApiClientSettings {
  const own = api ? config.apis?.[api] : undefined;
  return { ...config, ...own, headers: { ...config.headers, ...own?.headers } };
}

export async function customFetch<T>(url: string, options?: RequestInit, api?: string): Promise<T> {
  const settings = clientConfig(api);
  const headers = new Headers(options?.headers);
  for (const [name, value] of Object.entries(settings.headers ?? {})) headers.set(name, value);
  const token = await settings.getToken?.();
  if (token && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(`${settings.baseUrl}${url}`, { ...options, headers });
  const text = [204, 205, 304].includes(response.status) ? '' : await response.text();
  const data = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { data, status: response.status, headers: response.headers } as T;
}

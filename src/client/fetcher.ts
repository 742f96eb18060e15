/**
 * The fetch used by every generated React Query client. Base URL and auth are runtime settings,
 * so one build of the dashboard can talk to any deployment.
 */
export type ClientConfig = {
  baseUrl: string;
  getToken?: () => string | undefined | Promise<string | undefined>;
  headers?: Record<string, string>;
};

let config: ClientConfig = { baseUrl: '' };

export function configureClient(next: Partial<ClientConfig>): void {
  config = { ...config, ...next };
}

/** The current settings, for clients that do not go through `customFetch` (event streams). */
export function clientConfig(): ClientConfig {
  return config;
}

export async function customFetch<T>(url: string, options?: RequestInit): Promise<T> {
  const headers = new Headers(options?.headers);
  for (const [name, value] of Object.entries(config.headers ?? {})) headers.set(name, value);
  const token = await config.getToken?.();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(`${config.baseUrl}${url}`, { ...options, headers });
  const text = [204, 205, 304].includes(response.status) ? '' : await response.text();
  const data = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { data, status: response.status, headers: response.headers } as T;
}

// generated — do not edit: produced by scripts/generate (orval-clients.ts).
import { customFetch } from '../../src/client/fetcher.js';

/** The fetch of the lenserfight client: the `configureClient` settings for `lenserfight` apply. */
export const apiFetch = <T>(url: string, options?: RequestInit): Promise<T> => customFetch<T>(url, options, "lenserfight");

import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { success } from './problem.js';

type Answer = { status: number; data: unknown; headers?: Headers };

/**
 * A generated mutation hook as a user action: `run` resolves to the success answer, or to undefined with
 * `error` set to the API's problem (the generated fetch resolves error answers too, typed by status).
 */
export function useAction<R extends Answer, V>(mutation: UseMutationResult<R, unknown, V, unknown>) {
  const [error, setError] = useState<unknown>();
  const run = async (variables: V) => {
    setError(undefined);
    try {
      return success(await mutation.mutateAsync(variables));
    } catch (err) {
      setError(err);
      return undefined;
    }
  };
  return { run, error, pending: mutation.isPending };
}

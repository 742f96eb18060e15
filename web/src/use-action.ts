import type { UseMutationResult } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { success } from './problem.js';

type Answer = { status: number; data: unknown; headers?: Headers };

/**
 * A generated mutation hook as a user action: `run` resolves to the success answer, or to undefined with
 * `error` set to the API's problem (the generated fetch resolves error answers too, typed by status).
 *
 * While one run is under way another is refused (resolves to undefined, sends nothing): a double click or a
 * second Enter would otherwise create the object twice. React Query's `isPending` reaches the page only a task
 * later, so the button it disables is still enabled for a fast second click; the guard here is synchronous.
 */
export function useAction<R extends Answer, V>(mutation: UseMutationResult<R, unknown, V, unknown>) {
  const [error, setError] = useState<unknown>();
  const [running, setRunning] = useState(false);
  const inFlight = useRef(false);
  const run = async (variables: V) => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setRunning(true);
    setError(undefined);
    try {
      return success(await mutation.mutateAsync(variables));
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      inFlight.current = false;
      setRunning(false);
    }
  };
  return { run, error, pending: running || mutation.isPending };
}

import { useEffect, useState } from 'react';

export type EventStreamState<T> = { events: T[]; done: boolean; error?: unknown };

/**
 * A React hook over a generated stream function: the events received so far, whether the stream has ended,
 * and its error. The stream is closed when the component unmounts or a dependency changes.
 */
export function useEventStream<T>(open: (signal: AbortSignal) => AsyncIterable<T>, deps: unknown[]): EventStreamState<T> {
  const [state, setState] = useState<EventStreamState<T>>({ events: [], done: false });
  useEffect(() => {
    const controller = new AbortController();
    setState({ events: [], done: false });
    void (async () => {
      try {
        for await (const event of open(controller.signal)) {
          if (controller.signal.aborted) return;
          setState((s) => ({ ...s, events: [...s.events, event] }));
        }
        if (!controller.signal.aborted) setState((s) => ({ ...s, done: true }));
      } catch (error) {
        if (!controller.signal.aborted) setState((s) => ({ ...s, done: true, error }));
      }
    })();
    return () => controller.abort();
    // The caller names what the stream depends on, as with useEffect.
  }, deps);
  return state;
}

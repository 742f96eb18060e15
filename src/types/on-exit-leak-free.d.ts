declare module 'on-exit-leak-free' {
  /** Calls `fn(obj, event)` on process exit while `obj` is alive; held weakly, so a collected object drops out. */
  export function register<T extends object>(obj: T, fn: (obj: T, event: 'exit' | 'beforeExit') => void): void;
  export function unregister(obj: object): void;
}

import { createHook } from 'node:async_hooks';

let pinned: object | undefined;

/** The function the pinned tick object holds: it never runs again. */
function noop(): void {}

/**
 * Keeps one of Node's tick objects (what `process.nextTick` queues) alive for the life of the process.
 *
 * Why: once no tick object is alive for a while (an idle server), V8 collects the hidden class they share, and
 * `process.nextTick`, called several times per HTTP request inside node:http, comes back slower for good: in the
 * bench a node:http server (raw or this framework) served 20-30 % fewer requests a second after two idle minutes,
 * and a CPU profile put 10-15 % of its time in `nextTick` alone, against about 1 % before (with V8's memory reducer
 * off, or with one tick object kept alive, the drop did not happen). The object is caught through an async hook
 * enabled for this one call; Node offers no other handle on it. Returns the object held (undefined if a Node version
 * queues ticks some other way), the same one on every call.
 */
export function pinTickObjectShape(): object | undefined {
  if (pinned) return pinned;
  const hook = createHook({
    init(_id, type, _trigger, resource) {
      if (type === 'TickObject') pinned ??= resource;
    },
  });
  hook.enable();
  process.nextTick(noop);
  hook.disable();
  return pinned;
}

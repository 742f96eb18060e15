import type { Audience } from './protocol.js';

/**
 * Authenticated sockets by audience key, so an event addressed to a few keys touches only their sockets
 * instead of testing every connection.
 */
export class AudienceIndex<T> {
  private readonly byKey = new Map<string, Set<T>>();
  private readonly keysOf = new Map<T, readonly string[]>();

  set(member: T, keys: readonly string[]): void {
    this.remove(member);
    this.keysOf.set(member, keys);
    for (const key of keys) {
      let members = this.byKey.get(key);
      if (!members) this.byKey.set(key, (members = new Set()));
      members.add(member);
    }
  }

  /** The member's keys with `join` added and `leave` taken away; a member not indexed stays so. */
  change(member: T, join: readonly string[], leave: readonly string[]): void {
    const keys = this.keysOf.get(member);
    if (!keys) return;
    this.set(member, [...new Set([...keys.filter((k) => !leave.includes(k)), ...join])]);
  }

  remove(member: T): void {
    for (const key of this.keysOf.get(member) ?? []) {
      const members = this.byKey.get(key);
      members?.delete(member);
      if (members?.size === 0) this.byKey.delete(key);
    }
    this.keysOf.delete(member);
  }

  /** Each member once, however many of the audience's keys it holds. */
  resolve(audience: Audience): Iterable<T> {
    if (audience === '*') return this.keysOf.keys();
    if (audience.length === 1) return this.byKey.get(audience[0]) ?? [];
    const found = new Set<T>();
    for (const key of audience) for (const member of this.byKey.get(key) ?? []) found.add(member);
    return found;
  }
}

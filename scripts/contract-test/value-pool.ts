/** How many values of one name the pool keeps (the first ones seen: later picks stay reproducible). */
const PER_NAME = 50;

/** The properties whose values are kept: ids, names, slugs and keys. */
export const REUSABLE_NAME = /(^id$|Id$|_id$|^name$|Name$|^slug$|Key$|Hash$)/;

/**
 * Ids and names seen in earlier 2xx answers, so later requests reach success paths: a `runId` returned by one
 * operation is tried as the `runId` path parameter of another. A path parameter `id` takes its resource's own
 * first (a `jobId` for `/jobs/{id}`, or a `job_id`), since any `id` seen may be another resource's. Otherwise names
 * match exactly, else case-insensitively, else an `...Id` takes any `id` seen. A fixed value (`--value
 * name=value`) wins over all of them.
 */
export class ValuePool {
  private readonly values = new Map<string, string[]>();

  constructor(private readonly fixedValues: Record<string, unknown> = {}) {}

  /** The value every parameter and top-level body property of this name takes, when one was given. */
  fixed(name: string): unknown {
    return Object.hasOwn(this.fixedValues, name) ? this.fixedValues[name] : undefined;
  }

  collect(body: unknown, depth = 0): void {
    if (depth > 6 || body === null || typeof body !== 'object') return;
    if (Array.isArray(body)) {
      for (const item of body.slice(0, 20)) this.collect(item, depth + 1);
      return;
    }
    for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
      if ((typeof value === 'string' || typeof value === 'number') && REUSABLE_NAME.test(name)) {
        this.add(name, String(value));
      } else this.collect(value, depth + 1);
    }
  }

  pick(name: string, index: number, resource?: string): string | undefined {
    const fixed = this.fixed(name);
    if (typeof fixed === 'string') return fixed;
    const ofResource = resource && /^id$/i.test(name) ? (this.values.get(`${resource}id`) ?? this.values.get(`${resource}_id`)) : undefined;
    const list = ofResource ?? this.values.get(name) ?? this.values.get(name.toLowerCase()) ?? (/id$/i.test(name) ? this.values.get('id') : undefined);
    return list && list.length > 0 ? list[index % list.length] : undefined;
  }

  private add(name: string, value: string): void {
    for (const k of new Set([name, name.toLowerCase()])) {
      const list = this.values.get(k) ?? [];
      if (list.length < PER_NAME && !list.includes(value)) list.push(value);
      this.values.set(k, list);
    }
  }
}

import type { StoredCaseEvent } from '../case-summary/case-summary.entity';

/**
 * A small bounded memo shared by the consumers of one worker process: the case list, the docket
 * and the alerts reactor handle the same batch's cases moments apart, and a case's history up to a
 * version, or its evaluation on a legal day, never changes (keys carry case, version and day).
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): V {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  getOrCompute(key: string, compute: () => V): V {
    const known = this.entries.get(key);
    return known !== undefined ? known : this.set(key, compute());
  }
}

/** Case histories read from their streams, by case and version (a history up to a version never changes). */
export const caseHistoryMemo = new BoundedMemo<StoredCaseEvent[]>(2_000);

import type { Deadline } from '@lemon/deadlines';
import type { PresumptionEvaluation } from '@lemon/state-rules';
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

const MEMO_LIMIT = 2_000;
export const caseHistoryMemo = new BoundedMemo<StoredCaseEvent[]>(MEMO_LIMIT);
const presumptions = new BoundedMemo<PresumptionEvaluation>(MEMO_LIMIT);
const deadlines = new BoundedMemo<Deadline[]>(MEMO_LIMIT);

const keyOf = (events: readonly StoredCaseEvent[], today: string): string | undefined => {
  const last = events[events.length - 1];
  // The first event's id names the case; the last event's version and id pin the history.
  return last ? `${events[0].eventId}@${last.version}:${last.eventId}@${today}` : undefined;
};

export function memoisedPresumption(events: readonly StoredCaseEvent[], today: string, evaluate: () => PresumptionEvaluation) {
  const key = keyOf(events, today);
  return key === undefined ? evaluate() : presumptions.getOrCompute(key, evaluate);
}

export function memoisedDeadlines(events: readonly StoredCaseEvent[], today: string, compute: () => Deadline[]) {
  const key = keyOf(events, today);
  return key === undefined ? compute() : deadlines.getOrCompute(key, compute);
}

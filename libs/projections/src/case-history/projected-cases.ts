import { caseStreamId, evolveCase, foldCaseFile, type CaseEventEnvelope, type CaseState } from '@lemon/domain';
import type { EventStore, RecordedEvent } from '@lemon/event-store';
import { LRUCache } from 'lru-cache';
import type { StoredCaseEvent } from '../case-summary/case-summary.entity';
import { toStoredEvent } from './case-histories';
import { CaseView, envelopesOf } from './case-view';
import { mapYielding } from './yielding';

export interface ProjectedCasesLimits {
  /** Most cases held. */
  maxCases: number;
  /** Most events behind the held cases together: memory follows the events held, whatever the case sizes. */
  maxEvents: number;
}

/**
 * Fewer cases than the api's CaseFileCache: each held case also keeps up to three folded versions
 * with their judgements (the bound counts events only), and a case written again soon is what the
 * state is for; the 2,000 matches the history and view memos this replaces.
 */
export const DEFAULT_PROJECTED_CASES_LIMITS: ProjectedCasesLimits = { maxCases: 2_000, maxEvents: 100_000 };

/**
 * Versions of one case kept folded: the consumers of a process (case list, docket, alerts reactor)
 * follow the log independently, so one may still ask for the version before the one another has
 * just reached; older ones are folded again from the events if asked for.
 */
const VERSIONS_KEPT = 3;
/** Stream reads in flight at once when the store cannot read many streams in one call. */
const READS_IN_FLIGHT = 8;
/** Legal days judged per version (today, and yesterday's judgement during the day-start pass). */
const DAYS_KEPT = 2;

/** One version of a case: its events up to that version, their envelopes and the domain's case-file fold. */
class CaseVersion {
  private readonly days = new Map<string, CaseView>();

  constructor(
    readonly events: readonly StoredCaseEvent[],
    readonly envelopes: readonly CaseEventEnvelope[],
    readonly state: CaseState,
  ) {}

  get version(): number {
    return this.events.length;
  }

  /** The case as judged on `today` (folded once, judged once per day); undefined for a stream without an opened case. */
  viewOn(today: string): CaseView | undefined {
    const state = this.state;
    if (state.status === 'none') return undefined;
    let view = this.days.get(today);
    if (!view) {
      this.days.set(today, (view = new CaseView(this.events, this.envelopes, state, today)));
      if (this.days.size > DAYS_KEPT) this.days.delete(this.days.keys().next().value!);
    }
    return view;
  }
}

/**
 * What this process holds of one case: a prefix of its stream (versions 1..n, immutable arrays:
 * a longer prefix is a new entry) and the last few versions folded from it.
 */
class CaseEntry {
  constructor(
    readonly events: readonly StoredCaseEvent[],
    readonly envelopes: readonly CaseEventEnvelope[],
    private readonly versions: CaseVersion[] = [],
  ) {}

  /** This prefix with the stream's next events after it (only the contiguous ones: a stream has no gaps); the kept versions stay valid and go along. */
  extend(newer: readonly RecordedEvent[]): CaseEntry {
    const next: StoredCaseEvent[] = [];
    for (const event of newer) {
      if (event.streamVersion !== this.events.length + next.length + 1) break;
      next.push(toStoredEvent(event));
    }
    if (next.length === 0) return this;
    return new CaseEntry([...this.events, ...next], [...this.envelopes, ...envelopesOf(next)], this.versions);
  }

  /**
   * The case at `version` (≤ the events held): the newest kept version below it folded on by the
   * events in between (the fold is immutable, so a version of n events costs O(new events), not O(n)).
   */
  at(version: number): CaseVersion {
    const exact = this.versions.find((v) => v.version === version);
    if (exact) return exact;
    let base: CaseVersion | undefined;
    for (const v of this.versions) if (v.version < version && (!base || v.version > base.version)) base = v;
    const whole = version === this.events.length;
    const events = whole ? this.events : this.events.slice(0, version);
    const envelopes = whole ? this.envelopes : this.envelopes.slice(0, version);
    const state = base ? envelopes.slice(base.version).reduce(evolveCase, base.state) : foldCaseFile(envelopes);
    const folded = new CaseVersion(events, envelopes, state);
    this.versions.push(folded);
    if (this.versions.length > VERSIONS_KEPT) {
      const oldest = this.versions.reduce((a, b) => (a.version <= b.version ? a : b));
      this.versions.splice(this.versions.indexOf(oldest), 1);
    }
    return folded;
  }
}

/**
 * The worker's per-case state, shared by the consumers of one process (case list, docket, alerts
 * reactor): each case's stream as far as it was read, and its last versions folded and judged.
 * A batch asks for each touched case at the version the batch reached; only the events after what
 * is held are read (one query for the whole batch), folded onto the held fold, and judged once per
 * version and legal day, however many consumers ask. Bounded LRU (lru-cache): an evicted case is
 * read whole again on its next event. Streams are append-only, so what is held is always a prefix
 * of the stream: holding it never changes an answer, only what has to be read and folded.
 */
export class ProjectedCases {
  private readonly lru: LRUCache<string, CaseEntry>;
  /** Reads in flight per case: a consumer asking meanwhile waits for that read instead of reading again. */
  private readonly reading = new Map<string, Promise<void>>();
  private read = 0;

  constructor(
    private readonly store: EventStore,
    limits: ProjectedCasesLimits = DEFAULT_PROJECTED_CASES_LIMITS,
  ) {
    this.lru = new LRUCache<string, CaseEntry>({
      max: limits.maxCases,
      maxSize: limits.maxEvents,
      sizeCalculation: (entry) => Math.max(1, entry.events.length),
    });
  }

  /**
   * Each case at the version given for it (the last version of it in a batch; later events come in a
   * later batch), judged on `today`. Streams that do not hold an opened case are left out. Gives the
   * event loop back between cases when the work runs long (the api may share this process).
   */
  async viewsAt(upTo: ReadonlyMap<string, number>, today: string): Promise<Map<string, CaseView>> {
    const ids = [...upTo.keys()];
    for (;;) {
      const pending = ids.map((id) => this.reading.get(id)).filter((p) => p !== undefined);
      if (pending.length === 0) break;
      await Promise.all(pending);
    }
    const entries = new Map<string, CaseEntry>();
    const behind: string[] = [];
    for (const id of ids) {
      const entry = this.lru.get(id);
      if (entry && entry.events.length >= upTo.get(id)!) entries.set(id, entry);
      else behind.push(id);
    }
    if (behind.length > 0) {
      const caughtUp = this.catchUp(behind);
      const settled = caughtUp.then(
        () => undefined,
        () => undefined,
      );
      for (const id of behind) this.reading.set(id, settled);
      try {
        for (const [id, entry] of await caughtUp) entries.set(id, entry);
      } finally {
        for (const id of behind) if (this.reading.get(id) === settled) this.reading.delete(id);
      }
    }
    const views = new Map<string, CaseView>();
    await mapYielding(ids, (id) => {
      const entry = entries.get(id)!;
      // A stream read shorter than the batch's version cannot happen (the batch's events are committed); judge what was read.
      const version = Math.min(upTo.get(id)!, entry.events.length);
      const view = version > 0 ? entry.at(version).viewOn(today) : undefined;
      if (view) views.set(id, view);
    });
    return views;
  }

  /** Cases held. */
  get size(): number {
    return this.lru.size;
  }

  /** Events behind the held cases. */
  get eventsHeld(): number {
    return this.lru.calculatedSize;
  }

  /** Events read from the store so far (what holding the cases saves shows here). */
  get eventsRead(): number {
    return this.read;
  }

  /** Reads the events after what is held of each case, in one query when the store reads streams in bulk. */
  private async catchUp(caseIds: readonly string[]): Promise<Map<string, CaseEntry>> {
    // A case not held starts from an entry of its own (its kept versions are its own).
    const held = new Map(caseIds.map((id) => [id, this.lru.peek(id) ?? new CaseEntry([], [])]));
    const streamIds = caseIds.map(caseStreamId);
    const after = new Map(caseIds.map((id, i) => [streamIds[i], held.get(id)!.events.length]));
    let streams: Map<string, RecordedEvent[]>;
    if (this.store.readStreams) {
      streams = await this.store.readStreams(streamIds, { after });
    } else {
      // A store without bulk reads (KurrentDB): one read per stream, a few at a time.
      streams = new Map();
      let next = 0;
      const reader = async () => {
        while (next < streamIds.length) {
          const streamId = streamIds[next++];
          streams.set(streamId, (await this.store.readStream(streamId, { after: after.get(streamId)! })).events);
        }
      };
      await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, streamIds.length) }, reader));
    }
    const entries = new Map<string, CaseEntry>();
    caseIds.forEach((id, i) => {
      const newer = streams.get(streamIds[i]) ?? [];
      this.read += newer.length;
      const entry = held.get(id)!.extend(newer);
      if (entry.events.length > 0) this.lru.set(id, entry);
      entries.set(id, entry);
    });
    return entries;
  }
}

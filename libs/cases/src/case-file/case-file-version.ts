import { computeDeadlines, type DeadlineReport } from '@lemon/deadlines';
import {
  caseEventEnvelopeOf,
  DomainError,
  evolveCase,
  foldCaseFile,
  type CaseEventEnvelope,
  type CaseState,
  type ExistingCaseState,
} from '@lemon/domain';
import type { CaseAccess } from '@lemon/access';
import type { RecordedEvent } from '@lemon/event-store';
import { evaluatePresumption, isJurisdictionCode, rulePackFor, type PresumptionEvaluation } from '@lemon/state-rules';
import { caseHistoryEntries, type CaseHistoryEntry } from './case-history.view';
import { caseSummaryView, type CaseSummaryView } from './case-summary.view';

/** The views of one version that depend on "today" (a legal date). */
interface DayViews {
  summary?: CaseSummaryView;
  presumption?: PresumptionEvaluation;
  deadlines?: DeadlineReport;
  /** Other values derived from this version on this day (e.g. an answer already serialized), by name. */
  derived?: Map<string, unknown>;
}

/** Legal days whose views one version keeps (today, plus a few `asOf` dates); the oldest goes first. */
const DAYS_KEPT = 4;
/** `?asOf=` cuts of one version kept, each with its own views. */
const CUTS_KEPT = 4;

/** What an earlier version of the same file had computed already: its fold goes on from there. */
interface FoldSeed {
  eventCount: number;
  state: CaseState;
  envelopes?: CaseEventEnvelope[];
}

/**
 * A case's events up to one version, and what they mean: the fold, the summary, the presumption,
 * the deadlines and the history, each computed once per version (and legal day) on first use.
 * Events up to a version never change, so neither do these: the values are shared between
 * requests and must never be mutated (privilege filters build new objects).
 *
 * A newer version made with `extend` folds only the new events onto this version's state (the
 * state is immutable), so a case of n events costs O(new events) per write, not O(n).
 */
export class CaseFileVersion {
  private stateMemo?: CaseState;
  private envelopeMemo?: CaseEventEnvelope[];
  private historyMemo?: CaseHistoryEntry[];
  private readonly days = new Map<string, DayViews>();
  private readonly cuts = new Map<number, CaseFileVersion>();

  constructor(
    readonly caseId: string,
    /** Oldest first; never empty. */
    readonly events: readonly RecordedEvent[],
    private seed?: FoldSeed,
  ) {
    if (events.length === 0) throw new RangeError(`case ${caseId}: a case file version needs at least one event`);
  }

  get version(): number {
    return this.events[this.events.length - 1].streamVersion;
  }

  /** This file with `newer` events after it (the stream's next versions), sharing this version's fold. */
  extend(newer: readonly RecordedEvent[]): CaseFileVersion {
    if (newer.length === 0) return this;
    // Only immutable values pass on (never this object), so old versions do not pile up behind new ones.
    return new CaseFileVersion(this.caseId, [...this.events, ...newer], {
      eventCount: this.events.length,
      state: this.caseState(),
      envelopes: this.envelopeMemo,
    });
  }

  /** The folded case file; `status: 'none'` when the events hold no opening. */
  caseState(): CaseState {
    if (this.stateMemo) return this.stateMemo;
    const seed = this.seed;
    this.stateMemo = seed ? this.envelopes().slice(seed.eventCount).reduce(evolveCase, seed.state) : foldCaseFile(this.envelopes());
    this.seed = undefined;
    return this.stateMemo;
  }

  /** The folded case file of an opened case (else case_not_found). */
  state(): ExistingCaseState {
    const state = this.caseState();
    if (state.status === 'none') throw new DomainError('case_not_found', `case ${this.caseId} does not exist`);
    return state;
  }

  access(): CaseAccess {
    const { ownerOrganisationId, sharedWith } = this.state();
    return { ownerOrganisationId, sharedWith };
  }

  summary(day: string): CaseSummaryView {
    const views = this.day(day);
    return (views.summary ??= caseSummaryView(this.caseId, this.events, this.state(), day));
  }

  presumption(day: string): PresumptionEvaluation {
    const views = this.day(day);
    if (views.presumption) return views.presumption;
    const caseFile = this.state();
    if (!isJurisdictionCode(caseFile.jurisdiction)) throw new RangeError(`no rule pack for jurisdiction ${caseFile.jurisdiction}`);
    return (views.presumption = evaluatePresumption({
      events: this.envelopes(),
      caseFile,
      pack: rulePackFor(caseFile.jurisdiction),
      asOf: day,
    }));
  }

  deadlines(day: string): DeadlineReport {
    const views = this.day(day);
    if (views.deadlines) return views.deadlines;
    // The presumption this version already judged for the day is handed in (computeDeadlines uses it
    // only when it was judged under the same pack version and day), so a read judges the case once.
    const evaluation = isJurisdictionCode(this.state().jurisdiction) ? this.presumption(day) : undefined;
    return (views.deadlines = computeDeadlines({
      events: this.envelopes(),
      caseFile: this.state(),
      asOf: day,
      ...(evaluation ? { evaluation } : {}),
    }));
  }

  /**
   * A value derived from this version's views of `day`, computed once under `name` and kept as
   * long as the day's views (e.g. the summary answer serialized for one audience).
   */
  derived<T>(day: string, name: string, compute: () => T): T {
    const views = this.day(day);
    views.derived ??= new Map();
    if (views.derived.has(name)) return views.derived.get(name) as T;
    const value = compute();
    views.derived.set(name, value);
    return value;
  }

  history(): CaseHistoryEntry[] {
    return (this.historyMemo ??= caseHistoryEntries(this.events));
  }

  /** The file as it stood at an instant: events recorded up to then; undefined before the case was opened. */
  asOf(instant: Date): CaseFileVersion | undefined {
    const kept = this.events.filter((e) => e.recordedAt.getTime() <= instant.getTime());
    if (kept.length === 0) return undefined;
    if (kept.length === this.events.length) return this;
    // Recorded times rise with the version, so a cut is a prefix, named by its length.
    const isPrefix = kept[kept.length - 1] === this.events[kept.length - 1];
    const known = isPrefix ? this.cuts.get(kept.length) : undefined;
    if (known) return known;
    const cut = new CaseFileVersion(this.caseId, kept);
    if (isPrefix) keepAtMost(this.cuts, CUTS_KEPT, kept.length, cut);
    return cut;
  }

  /**
   * The file right after its event `version` (a history row's "as it stood after this event"): exact even where several
   * events share one recorded instant. Undefined outside 1…version.
   */
  atVersion(version: number): CaseFileVersion | undefined {
    if (!Number.isInteger(version) || version < 1 || version > this.events.length) return undefined;
    if (version === this.events.length) return this;
    const known = this.cuts.get(version);
    if (known) return known;
    const cut = new CaseFileVersion(this.caseId, this.events.slice(0, version));
    keepAtMost(this.cuts, CUTS_KEPT, version, cut);
    return cut;
  }

  /** When the newest event of this version was recorded. */
  get recordedAt(): Date {
    return this.events[this.events.length - 1].recordedAt;
  }

  /** The domain's envelopes of the events (the fold's, the evaluator's and the deadlines' input), made once. */
  envelopes(): CaseEventEnvelope[] {
    if (this.envelopeMemo) return this.envelopeMemo;
    const seeded = this.seed?.envelopes;
    this.envelopeMemo = seeded
      ? [...seeded, ...this.events.slice(seeded.length).map(caseEventEnvelopeOf)]
      : this.events.map(caseEventEnvelopeOf);
    return this.envelopeMemo;
  }

  private day(day: string): DayViews {
    let views = this.days.get(day);
    if (!views) keepAtMost(this.days, DAYS_KEPT, day, (views = {}));
    return views;
  }
}

/** Map insertion order is the age: past `max` entries the oldest goes. */
function keepAtMost<K, V>(map: Map<K, V>, max: number, key: K, value: V): void {
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as K);
}

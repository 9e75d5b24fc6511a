import { Inject, Injectable } from '@nestjs/common';
import { assertCaseAccess, type CaseAccess, type CaseAction, type Principal } from '@lemon/access';
import { computeDeadlines, type DeadlineReport } from '@lemon/deadlines';
import {
  caseEventEnvelopeOf,
  caseStreamId,
  DomainError,
  foldCaseFile,
  type CaseEventEnvelope,
  type ExistingCaseState,
} from '@lemon/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@lemon/event-store';
import { APP_CONFIG, CLOCK, todayIn, type AppConfig, type Clock } from '@lemon/platform';
import { evaluatePresumption, isJurisdictionCode, rulePackFor, type PresumptionEvaluation } from '@lemon/state-rules';
import { Temporal } from 'temporal-polyfill';
import { caseHistoryEntries, type CaseHistoryEntry } from './case-history.view';
import { audienceOf, type CaseAudience } from './case-privilege';
import { caseSummaryView, type CaseSummaryView } from './case-summary.view';
import { ANY_DAY, CaseViewCache, caseViewKey } from './case-view.cache';

/** A case's events up to one version, and what they mean (each computed once per version and day). */
export class CaseFileVersion {
  constructor(
    readonly caseId: string,
    /** Oldest first; never empty. */
    readonly events: readonly RecordedEvent[],
    private readonly cache: CaseViewCache,
  ) {}

  get version(): number {
    return this.events[this.events.length - 1].streamVersion;
  }

  state(): ExistingCaseState {
    const state = this.cache.view(this.key(ANY_DAY), this.events.length, 'state', () => foldCaseFile(this.envelopes()));
    if (state.status === 'none') throw new DomainError('case_not_found', `case ${this.caseId} does not exist`);
    return state;
  }

  access(): CaseAccess {
    const { ownerOrganisationId, sharedWith } = this.state();
    return { ownerOrganisationId, sharedWith };
  }

  summary(day: string): CaseSummaryView {
    return this.cache.view(this.key(day), this.events.length, 'summary', () =>
      caseSummaryView(this.caseId, this.events, this.state(), day),
    );
  }

  presumption(day: string): PresumptionEvaluation {
    return this.cache.view(this.key(day), this.events.length, 'presumption', () => {
      const caseFile = this.state();
      if (!isJurisdictionCode(caseFile.jurisdiction)) throw new RangeError(`no rule pack for jurisdiction ${caseFile.jurisdiction}`);
      return evaluatePresumption({ events: this.envelopes(), caseFile, pack: rulePackFor(caseFile.jurisdiction), asOf: day });
    });
  }

  deadlines(day: string): DeadlineReport {
    return this.cache.view(this.key(day), this.events.length, 'deadlines', () =>
      computeDeadlines({ events: this.envelopes(), caseFile: this.state(), asOf: day }),
    );
  }

  history(): CaseHistoryEntry[] {
    return this.cache.view(this.key(ANY_DAY), this.events.length, 'history', () => caseHistoryEntries(this.events));
  }

  /** The file as it stood at an instant: events recorded up to then; undefined before the case was opened. */
  asOf(instant: Date): CaseFileVersion | undefined {
    const cut = this.events.filter((e) => e.recordedAt.getTime() <= instant.getTime());
    return cut.length === 0 ? undefined : new CaseFileVersion(this.caseId, cut, this.cache);
  }

  private key(day: string): string {
    return caseViewKey(this.caseId, this.version, day);
  }

  private envelopeMemo?: CaseEventEnvelope[];

  private envelopes(): CaseEventEnvelope[] {
    return (this.envelopeMemo ??= this.events.map(caseEventEnvelopeOf));
  }
}

export interface ReadCaseFile {
  file: CaseFileVersion;
  /** Whether the reader is the case's own firm or an organisation it was shared with. */
  audience: CaseAudience;
}

/**
 * Reads one case from its own stream (never from a projection): one stream read, access decided
 * from those same events, so a revoked share is refused at once whatever the projections are doing.
 */
@Injectable()
export class CaseStreamReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: CaseViewCache,
  ) {}

  /** Today's date in LEGAL_TIME_ZONE (never the UTC date). */
  today(): string {
    return todayIn(this.clock, this.config.legalTimeZone);
  }

  /** The legal date an instant falls on. */
  dayOf(instant: Date): string {
    return todayIn({ now: () => Temporal.Instant.fromEpochMilliseconds(instant.getTime()) }, this.config.legalTimeZone);
  }

  /** The case, once the caller is known to be allowed `action` on it (else 404 / 403). */
  async read(principal: Principal, caseId: string, action: CaseAction = 'read'): Promise<ReadCaseFile> {
    const { events } = await this.store.readStream(caseStreamId(caseId));
    if (events.length === 0) throw new DomainError('case_not_found', `case ${caseId} does not exist`);
    const file = new CaseFileVersion(caseId, events, this.cache);
    const access = file.access();
    assertCaseAccess(principal, caseId, access, action);
    return { file, audience: audienceOf(principal, access) };
  }
}

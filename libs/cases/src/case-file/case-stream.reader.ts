import { Inject, Injectable } from '@nestjs/common';
import { assertCaseAccess, type CaseAction, type Principal } from '@lemon/access';
import { caseStreamId, DomainError } from '@lemon/domain';
import { BatchedStreamTails, EVENT_STORE, type EventStore } from '@lemon/event-store';
import { APP_CONFIG, CLOCK, epochMillisecondsOf, LegalDayFinder, todayIn, type AppConfig, type Clock } from '@lemon/platform';
import { Temporal } from 'temporal-polyfill';
import { audienceOf, type CaseAudience } from './case-privilege';
import { CaseFileCache } from './case-file.cache';
import { CaseFileVersion } from './case-file-version';

export { CaseFileVersion } from './case-file-version';

export interface ReadCaseFile {
  file: CaseFileVersion;
  /** Whether the reader is the case's own firm or an organisation it was shared with. */
  audience: CaseAudience;
}

/**
 * Reads one case from its own stream (never from a projection), access decided from those same
 * events, so a revoked share is refused at once whatever the projections are doing. The newest
 * version read is cached with its views (CaseFileCache); every request still asks the store for
 * the events after it, so a case that did not move costs one small indexed read and no fold (the
 * reads of concurrent requests share one query: BatchedStreamTails).
 */
@Injectable()
export class CaseStreamReader {
  /** Concurrent reads ask "anything after the version held?" together, one query per batch (never joining one already sent). */
  private readonly tails: BatchedStreamTails;
  private readonly legalDays: LegalDayFinder;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly files: CaseFileCache,
  ) {
    this.tails = new BatchedStreamTails(store);
    this.legalDays = new LegalDayFinder(config.legalTimeZone);
  }

  /** Today's date in LEGAL_TIME_ZONE (never the UTC date). */
  today(): string {
    return this.legalDays.dateAt(epochMillisecondsOf(this.clock));
  }

  /** The legal date an instant falls on. */
  dayOf(instant: Date): string {
    return todayIn({ now: () => Temporal.Instant.fromEpochMilliseconds(instant.getTime()) }, this.config.legalTimeZone);
  }

  /** The case, once the caller is known to be allowed `action` on it (else 404 / 403). */
  async read(principal: Principal, caseId: string, action: CaseAction = 'read'): Promise<ReadCaseFile> {
    const file = await this.current(caseId);
    const access = file.access();
    assertCaseAccess(principal, caseId, access, action);
    return { file, audience: audienceOf(principal, access) };
  }

  /** The case at its stream's current version: the cached version plus whatever was appended since. */
  private async current(caseId: string): Promise<CaseFileVersion> {
    const cached = this.files.latest(caseId);
    const events = await this.tails.read(caseStreamId(caseId), cached?.version ?? 0);
    if (cached && events.length === 0) return cached;
    if (!cached && events.length === 0) throw new DomainError('case_not_found', `case ${caseId} does not exist`);
    const file = cached ? cached.extend(events) : new CaseFileVersion(caseId, events);
    this.files.keep(file);
    return file;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertCaseAccess, type CaseAction, type Principal } from '@lemon/access';
import { caseStreamId, DomainError } from '@lemon/domain';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { APP_CONFIG, CLOCK, todayIn, type AppConfig, type Clock } from '@lemon/platform';
import { CaseSummaryEntity } from '@lemon/projections';
import { Temporal } from 'temporal-polyfill';
import type { DataSource } from 'typeorm';

/**
 * Reads one case's read-model row consistently with its writes: waits (bounded) until the row
 * holds every event the store has for the case, so a client that writes then reads sees its write.
 */
@Injectable()
export class CaseRowReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): string {
    return todayIn(this.clock, this.config.legalTimeZone);
  }

  /** The legal date an instant falls on. */
  dayOf(instant: Date): string {
    return todayIn({ now: () => Temporal.Instant.fromEpochMilliseconds(instant.getTime()) }, this.config.legalTimeZone);
  }

  /** The row, once the caller is known to be allowed `action` on the case (else 404 / 403). */
  async readFor(principal: Principal, caseId: string, action: CaseAction = 'read'): Promise<CaseSummaryEntity> {
    const row = await this.read(caseId);
    assertCaseAccess(principal, caseId, { ownerOrganisationId: row.organisationId, sharedWith: row.sharedWith }, action);
    return row;
  }

  private async read(caseId: string): Promise<CaseSummaryEntity> {
    const { version } = await this.store.readStream(caseStreamId(caseId));
    if (version === 0) throw new DomainError('case_not_found', `case ${caseId} does not exist`);
    const deadline = Date.now() + this.config.readYourWritesTimeoutMs;
    let delay = 5;
    for (;;) {
      const row = await this.dataSource.getRepository(CaseSummaryEntity).findOneBy({ caseId });
      if (row && row.version >= version) return row;
      if (Date.now() >= deadline) {
        if (row) return row; // the newest there is; the ETag tells the caller which version it shows
        throw new DomainError('case_not_found', `case ${caseId} is not yet readable; retry shortly`);
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 100);
    }
  }
}

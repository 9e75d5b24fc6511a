import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { caseStreamId, DomainError } from '@lemon/domain';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { APP_CONFIG, CLOCK, todayIn, type AppConfig, type Clock } from '@lemon/platform';
import { CaseSummaryEntity, caseSummaryView, type CaseSummaryView } from '@lemon/projections';
import type { DataSource } from 'typeorm';
import { GetCaseSummaryQuery } from './get-case-summary.query';

@QueryHandler(GetCaseSummaryQuery)
export class GetCaseSummaryHandler implements IQueryHandler<GetCaseSummaryQuery, CaseSummaryView> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ caseId, consistent }: GetCaseSummaryQuery): Promise<CaseSummaryView> {
    const row = consistent ? await this.caughtUpRow(caseId) : await this.row(caseId);
    if (!row) throw new DomainError('case_not_found', `case ${caseId} does not exist`);
    return caseSummaryView(row, todayIn(this.clock, this.config.legalTimeZone));
  }

  private row(caseId: string) {
    return this.dataSource.getRepository(CaseSummaryEntity).findOneBy({ caseId });
  }

  /** The row once it holds the stream's current version (or the newest there is when the wait times out). */
  private async caughtUpRow(caseId: string): Promise<CaseSummaryEntity | null> {
    const { version } = await this.store.readStream(caseStreamId(caseId));
    const deadline = Date.now() + this.config.readYourWritesTimeoutMs;
    let delay = 5;
    for (;;) {
      const row = await this.row(caseId);
      if ((row?.version ?? 0) >= version || Date.now() >= deadline) return row;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 100);
    }
  }
}

import { BadRequestException, Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService } from '@lemon/access';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { CASE_LIST, evaluateCasePresumption, readCaseHistories, ReadModelWaiter } from '@lemon/projections';
import type { DataSource } from 'typeorm';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { ListCasesQuery, type CaseListPage } from './list-cases.query';
import { SqlWhere } from './sql-where';

/** Cases among `rows` that another organisation owns: the reader sees them through a share. */
export const sharedCaseIds = (rows: ReadonlyArray<Record<string, unknown>>, reader: string): string[] =>
  rows.filter((r) => r.organisation_id !== reader).map((r) => r.case_id as string);

@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery, CaseListPage> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly waiter: ReadModelWaiter,
    private readonly rows: CaseStreamReader,
    @Inject(AccessLogService) private readonly accessLog: AccessLogService,
  ) {}

  async execute({ filter, readBy }: ListCasesQuery): Promise<CaseListPage> {
    if (filter.minPosition !== undefined) await this.refuseInventedPosition(filter.minPosition);
    // Read-your-writes for lists: wait for the caller's position, or for the log's head at request time.
    await this.waiter.waitFor(CASE_LIST.name, CASE_LIST.version, filter.minPosition ?? (await this.store.headPosition()));
    const today = this.rows.today();
    const where = new SqlWhere();
    where.add((org) => `(organisation_id = ${org} OR ${org} = ANY (shared_with))`, filter.visibleTo);
    if (filter.jurisdiction) where.add((p) => `jurisdiction = ${p}`, filter.jurisdiction);
    if (filter.status) where.add((p) => `status = ${p}`, filter.status);
    if (filter.q) where.add((p) => `search_text LIKE ${p} ESCAPE '\\'`, `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (filter.presumption) {
      // Stored statuses hold until their stale date; the few stale rows are re-judged for today.
      const matchingStale = await this.staleCasesNowIn(filter.presumption, today, where);
      where.add(
        (status, day, stale) =>
          `((presumption_status = ${status} AND (presumption_stale_on IS NULL OR presumption_stale_on > ${day}::date)) OR case_id = ANY(${stale}::uuid[]))`,
        filter.presumption,
        today,
        matchingStale,
      );
    }
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM rm_case_summaries ${where}`, where.params);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT case_id, organisation_id, version, status, jurisdiction, client_name, vin, make, model, model_year,
              to_char(delivery_date, 'YYYY-MM-DD') AS delivery_date, opened_at, updated_at, presumption_status,
              presumption_stale_on IS NOT NULL AND presumption_stale_on <= $${where.params.length + 1}::date AS stale
         FROM rm_case_summaries ${where}
        ORDER BY opened_at DESC, case_id
        LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
      [...where.params, today],
    );
    if (readBy) await this.accessLog.recordReads(sharedCaseIds(rows, filter.visibleTo), readBy.reader, readBy.request);
    // Rows the daily processor has not re-judged yet for today (stale status) are judged from their stream.
    const staleOnPage = await this.statusesToday(
      rows
        .filter((r) => r.stale)
        .map((r) => ({ case_id: r.case_id as string, jurisdiction: r.jurisdiction as string, version: r.version as number })),
      today,
    );
    return {
      items: rows.map((r) => ({
        caseId: r.case_id as string,
        version: r.version as number,
        status: r.status as string,
        jurisdiction: r.jurisdiction as string,
        clientName: r.client_name as string,
        vehicle: { vin: r.vin as string, make: r.make as string, model: r.model as string, modelYear: r.model_year as number },
        deliveryDate: r.delivery_date as string,
        presumptionStatus: staleOnPage.get(r.case_id as string) ?? (r.presumption_status as string),
        openedAt: (r.opened_at as Date).toISOString(),
        updatedAt: (r.updated_at as Date).toISOString(),
      })),
      page: filter.page,
      pageSize: filter.pageSize,
      total,
    };
  }

  /** A position beyond the last committed event was never handed out: waiting for it would only time out. */
  private async refuseInventedPosition(minPosition: string): Promise<void> {
    const last = await this.store.lastCommittedPosition();
    if (last !== undefined && minPosition <= last) return;
    throw new BadRequestException({
      message: 'minPosition is beyond the end of the event log',
      code: 'validation_failed',
      errors: [
        { field: 'minPosition', messages: ['minPosition must be a position returned by a command; this one is beyond the event log'] },
      ],
    });
  }

  /** Ids of rows whose stored status went stale and whose status today is `wanted`. */
  private async staleCasesNowIn(wanted: string, today: string, where: SqlWhere): Promise<string[]> {
    const day = where.params.length + 1;
    const stale: Array<{ case_id: string; jurisdiction: string; version: number }> = await this.dataSource.query(
      `SELECT case_id, jurisdiction, version FROM rm_case_summaries ${where}${where.toString() ? ' AND' : ' WHERE'}
         presumption_stale_on IS NOT NULL AND presumption_stale_on <= $${day}::date`,
      [...where.params, today],
    );
    const statuses = await this.statusesToday(stale, today);
    return stale.filter((r) => statuses.get(r.case_id) === wanted).map((r) => r.case_id);
  }

  /** Today's presumption status of each row, judged from the case's stream up to the row's version. */
  private async statusesToday(rows: Array<{ case_id: string; jurisdiction: string; version: number }>, today: string) {
    const histories = await readCaseHistories(this.store, new Map(rows.map((r) => [r.case_id, r.version])));
    return new Map(
      rows
        .filter((r) => histories.has(r.case_id))
        .map((r) => [r.case_id, evaluateCasePresumption(r.jurisdiction, histories.get(r.case_id)!, today).status as string]),
    );
  }
}

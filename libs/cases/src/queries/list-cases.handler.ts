import { BadRequestException, Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService } from '@lemon/access';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { CASE_LIST, DEADLINE_DOCKET, evaluateCasePresumption, readCaseHistories, ReadModelWaiter } from '@lemon/projections';
import { ACTOR_OF_KIND, type DeadlineKind } from '@lemon/deadlines';
import type { DataSource } from 'typeorm';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { DEFAULT_CASE_LIST_SORT, ListCasesQuery, type CaseListPage, type CaseListSortKey } from './list-cases.query';
import { SqlWhere } from './sql-where';

/** A deadline still to be acted on or still running (an OPEN duty, a rights period's UPCOMING end), as stored on its computation day. */
const PENDING = (alias: string) => `${alias}.status IN ('OPEN', 'UPCOMING')`;

/**
 * Each sort key as an expression over a rm_case_summaries row (`day`: today's date parameter). Sorting needs no index
 * of its own: the list already visits every matching row to count them, and the page is a top-N sort of those.
 * The next deadline is the same one the row shows (earliest pending, due today or later; none sorts last either way);
 * days out of service are counted through today, as shown; presumption statuses sort in the order of the answer
 * (MET, NOT_MET, INSUFFICIENT_DATA, PERIOD_EXPIRED), by the stored status (a status gone stale since the last daily run
 * is re-judged on the page, not in the order).
 */
const SORT_EXPRESSIONS: Record<CaseListSortKey, (day: string) => string> = {
  client: () => 'lower(client_name)',
  jurisdiction: () => 'jurisdiction',
  delivered: () => 'delivery_date',
  opened: () => 'opened_at',
  lastActivity: () => 'updated_at',
  nextDeadline: (day) =>
    `(SELECT min(d.due_on) FROM rm_deadlines d WHERE d.case_id = rm_case_summaries.case_id AND ${PENDING('d')} AND d.due_on >= ${day})`,
  presumption: () =>
    "CASE presumption_status WHEN 'MET' THEN 0 WHEN 'NOT_MET' THEN 1 WHEN 'INSUFFICIENT_DATA' THEN 2 WHEN 'PERIOD_EXPIRED' THEN 3 ELSE 4 END",
  daysOutOfService: (day) =>
    `days_out_of_service + CASE WHEN repair_open AND days_out_counted_on < ${day} THEN ${day} - days_out_counted_on ELSE 0 END`,
};

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
    // Read-your-writes for lists: wait for the caller's position, or for the log's head at request time
    // (as the docket does: one round trip when the projection is already there). Both read models:
    // the next-deadline column, its sort and the "due within N days" filter read the docket's rows.
    await Promise.all(
      [CASE_LIST, DEADLINE_DOCKET].map(({ name, version }) =>
        filter.minPosition !== undefined
          ? this.waiter.waitFor(name, version, filter.minPosition)
          : this.waiter.waitForLog(name, version, this.store),
      ),
    );
    const today = this.rows.today();
    const where = new SqlWhere();
    where.add((org) => `(organisation_id = ${org} OR ${org} = ANY (shared_with))`, filter.visibleTo);
    if (filter.jurisdiction) where.add((p) => `jurisdiction = ${p}`, filter.jurisdiction);
    if (filter.status) where.add((p) => `status = ${p}`, filter.status);
    if (filter.q) where.add((p) => `search_text LIKE ${p} ESCAPE '\\'`, `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (filter.manufacturer) {
      const pattern = `%${filter.manufacturer.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.add(
        (like, id) =>
          `(lower(manufacturer_name) LIKE ${like} ESCAPE '\\' OR lower(make) LIKE ${like} ESCAPE '\\' OR manufacturer_directory_id = ${id})`,
        pattern,
        filter.manufacturer,
      );
    }
    if (filter.dueWithinDays !== undefined) {
      where.add(
        (day, days) => `EXISTS (SELECT 1 FROM rm_deadlines d WHERE d.case_id = rm_case_summaries.case_id AND ${PENDING('d')}
                                  AND d.due_on >= ${day}::date AND d.due_on <= ${day}::date + ${days}::int)`,
        today,
        filter.dueWithinDays,
      );
    }
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
    const day = `$${where.params.length + 1}::date`;
    const sort = filter.sort ?? DEFAULT_CASE_LIST_SORT;
    const direction = sort.descending ? 'DESC NULLS LAST' : 'ASC NULLS LAST';
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT s.case_id, s.organisation_id, s.version, s.status, s.jurisdiction, s.client_name, s.vin, s.make, s.model, s.model_year,
              to_char(s.delivery_date, 'YYYY-MM-DD') AS delivery_date, s.opened_at, s.updated_at, s.presumption_status,
              s.presumption_stale_on IS NOT NULL AND s.presumption_stale_on <= ${day} AS stale,
              s.manufacturer_name, s.manufacturer_directory_id, s.last_event_type,
              s.days_out_of_service + CASE WHEN s.repair_open AND s.days_out_counted_on < ${day} THEN ${day} - s.days_out_counted_on ELSE 0 END
                AS days_out_today,
              nd.deadline_id AS next_id, nd.kind AS next_kind, nd.title AS next_title, to_char(nd.due_on, 'YYYY-MM-DD') AS next_due,
              nd.due_is_estimate AS next_estimate, nd.status AS next_status
         FROM (SELECT *, ${SORT_EXPRESSIONS[sort.key](day)} AS sort_value FROM rm_case_summaries ${where}
                ORDER BY sort_value ${direction}, case_id
                LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}) s
         LEFT JOIN LATERAL (
           SELECT deadline_id, kind, title, due_on, due_is_estimate, status FROM rm_deadlines d
            WHERE d.case_id = s.case_id AND ${PENDING('d')} AND d.due_on >= ${day}
            ORDER BY d.due_on, d.deadline_id LIMIT 1) nd ON true
        ORDER BY s.sort_value ${direction}, s.case_id`,
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
        manufacturer: { name: r.manufacturer_name as string, directoryId: (r.manufacturer_directory_id as string | null) ?? null },
        nextDeadline: r.next_id
          ? {
              deadlineId: r.next_id as string,
              kind: r.next_kind as string,
              title: r.next_title as string,
              dueOn: r.next_due as string,
              dueIsEstimate: r.next_estimate as boolean,
              actor: ACTOR_OF_KIND[r.next_kind as DeadlineKind] ?? 'consumer',
              status: r.next_status as string,
            }
          : null,
        daysOutOfService: r.days_out_today as number,
        lastActivity: { at: (r.updated_at as Date).toISOString(), eventType: r.last_event_type as string },
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

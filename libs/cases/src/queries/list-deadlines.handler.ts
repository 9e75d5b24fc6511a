import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService } from '@lemon/access';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { DEADLINE_DOCKET, ReadModelWaiter } from '@lemon/projections';
import type { DataSource } from 'typeorm';
import { ACTOR_OF_KIND, type DeadlineKind } from '@lemon/deadlines';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { sharedCaseIds } from './list-cases.handler';
import { DOCKET_COUNT_CAP, ListDeadlinesQuery, type DocketPage } from './list-deadlines.query';
import { SqlWhere } from './sql-where';

/**
 * Today's status: rows hold the status on their computation day. Past its due date an OPEN row is
 * MISSED, or OVERDUE when the one who had to act is a dispute program (its decision is late); an
 * UPCOMING period end is PASSED.
 */
const PROGRAM_KINDS = (Object.entries(ACTOR_OF_KIND) as Array<[string, string]>)
  .filter(([, actor]) => actor === 'program')
  .map(([kind]) => `'${kind}'`)
  .join(', ');
const STATUS_TODAY = (today: string) =>
  `CASE WHEN status = 'OPEN' AND due_on < ${today}::date THEN (CASE WHEN kind IN (${PROGRAM_KINDS}) THEN 'OVERDUE' ELSE 'MISSED' END)
        WHEN status = 'UPCOMING' AND due_on < ${today}::date THEN 'PASSED' ELSE status END`;
const actorOf = (kind: string): string => ACTOR_OF_KIND[kind as DeadlineKind] ?? 'consumer';

@QueryHandler(ListDeadlinesQuery)
export class ListDeadlinesHandler implements IQueryHandler<ListDeadlinesQuery, DocketPage> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly waiter: ReadModelWaiter,
    private readonly rows: CaseStreamReader,
    @Inject(AccessLogService) private readonly accessLog: AccessLogService,
  ) {}

  async execute({ filter, readBy }: ListDeadlinesQuery): Promise<DocketPage> {
    await this.waiter.waitForLog(DEADLINE_DOCKET.name, DEADLINE_DOCKET.version, this.store);
    const today = this.rows.today();
    const where = new SqlWhere();
    if (filter.dueBefore) where.add((d) => `due_on < ${d}::date`, filter.dueBefore);
    if (filter.dueAfter) where.add((d) => `due_on >= ${d}::date`, filter.dueAfter);
    if (filter.status) where.add((s, day) => `${STATUS_TODAY(day)} = ${s}`, filter.status, today);
    if (filter.jurisdiction) where.add((j) => `jurisdiction = ${j}`, filter.jurisdiction);
    if (filter.kind) where.add((k) => `kind = ${k}`, filter.kind);
    // Visible = owned, or shared with the organisation: two branches so each uses its index
    // (rm_deadlines_org_due, already in due-date order; the GIN index on shared_with).
    const org = where.param(filter.visibleTo);
    const filters = where.toString().replace(/^WHERE /, '');
    const and = filters ? ` AND ${filters}` : '';
    const owned = `rm_deadlines WHERE organisation_id = ${org}${and}`;
    const shared = `rm_deadlines WHERE shared_with @> ARRAY[${org}]::text[] AND organisation_id <> ${org}${and}`;
    // The page: each branch ordered and cut inside itself, so the owned branch is read straight off
    // rm_deadlines_org_due (an ORDER BY over the whole union would sort every matching row: 267 ms
    // instead of 5 at 10^5 cases, bench/README.md "Session 3"). Rows are ordered by (due_on, deadline_id), NULL dates last.
    const upTo = filter.page * filter.pageSize + 1;
    const branch = (from: string) => `(SELECT * FROM ${from} ORDER BY due_on, deadline_id LIMIT ${upTo})`;
    const todayParam = `$${where.params.length + 1}`;
    // One statement: the total counted up to the cap (an exact count of a large docket costs more
    // than the page itself), beside the page (+1 row to know whether more follow).
    const result: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT c.counted, d.deadline_id, d.case_id, d.organisation_id, d.client_name, d.model_year, d.make, d.model, d.jurisdiction, d.kind, d.title,
              to_char(d.due_on, 'YYYY-MM-DD') AS due_text, d.due_is_estimate, d.day_type,
              ${STATUS_TODAY(todayParam)} AS status_today, d.status, d.status_reason, d.rule, d.computation, d.based_on, d.low_confidence
         FROM (SELECT count(*)::int AS counted
                 FROM (SELECT 1 FROM ${owned} UNION ALL SELECT 1 FROM ${shared} LIMIT ${DOCKET_COUNT_CAP + 1}) capped) c
         LEFT JOIN LATERAL (
           SELECT * FROM (${branch(owned)} UNION ALL ${branch(shared)}) v
            ORDER BY due_on NULLS LAST, deadline_id
            LIMIT ${filter.pageSize + 1} OFFSET ${(filter.page - 1) * filter.pageSize}
         ) d ON true
        ORDER BY d.due_on NULLS LAST, d.deadline_id`,
      [...where.params, today],
    );
    const counted = result[0].counted as number;
    const rows = result.filter((r) => r.deadline_id !== null);
    const hasMore = rows.length > filter.pageSize;
    if (hasMore) rows.pop();
    if (readBy) await this.accessLog.recordReads(sharedCaseIds(rows, filter.visibleTo), readBy.reader, readBy.request);
    return {
      items: rows.map((r) => ({
        deadlineId: r.deadline_id as string,
        caseId: r.case_id as string,
        clientName: r.client_name as string,
        vehicle: { modelYear: r.model_year as number | null, make: r.make as string, model: r.model as string },
        jurisdiction: r.jurisdiction as string,
        kind: r.kind as string,
        title: r.title as string,
        actor: actorOf(r.kind as string),
        dueOn: r.due_text as string | null,
        dueIsEstimate: r.due_is_estimate as boolean,
        dayType: r.day_type as string,
        status: r.status_today as string,
        statusReason:
          r.status_today === r.status
            ? (r.status_reason as string | null)
            : r.status_today === 'PASSED'
              ? `The period ended on ${r.due_text as string}.`
              : r.status_today === 'OVERDUE'
                ? `The program's decision was due by ${r.due_text as string}; none is recorded.`
                : `The last day to act was ${r.due_text as string}; nothing recorded satisfies it.`,
        rule: r.rule as DocketPage['items'][number]['rule'],
        computation: r.computation as string,
        basedOn: r.based_on as string[],
        lowConfidence: r.low_confidence as boolean,
      })),
      page: filter.page,
      pageSize: filter.pageSize,
      total: Math.min(counted, DOCKET_COUNT_CAP),
      totalIsCapped: counted > DOCKET_COUNT_CAP,
      hasMore,
      asOf: today,
    };
  }
}

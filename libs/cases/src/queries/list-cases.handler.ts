import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { CaseSummaryProjection, ReadModelWaiter } from '@lemon/projections';
import type { DataSource } from 'typeorm';
import { ListCasesQuery, type CaseListPage } from './list-cases.query';

const summary = new CaseSummaryProjection();

@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery, CaseListPage> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async execute({ filter }: ListCasesQuery): Promise<CaseListPage> {
    // Read-your-writes for lists: wait for the caller's position, or for the log's head at request time.
    await this.waiter.waitFor(summary.name, summary.version, filter.minPosition ?? (await this.store.headPosition()));
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.jurisdiction) add('jurisdiction = ?', filter.jurisdiction);
    if (filter.status) add('status = ?', filter.status);
    if (filter.q) add("search_text LIKE ? ESCAPE '\\'", `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM rm_case_summaries ${whereSql}`, params);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT case_id, version, status, jurisdiction, client_name, vin, make, model, model_year,
              to_char(delivery_date, 'YYYY-MM-DD') AS delivery_date, opened_at, updated_at
         FROM rm_case_summaries ${whereSql}
        ORDER BY opened_at DESC, case_id
        LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
      params,
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
        openedAt: (r.opened_at as Date).toISOString(),
        updatedAt: (r.updated_at as Date).toISOString(),
      })),
      page: filter.page,
      pageSize: filter.pageSize,
      total,
    };
  }
}

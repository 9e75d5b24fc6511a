import { randomUUID } from 'node:crypto';
import { createTestDatabase, FixedClock, type TestDatabase } from '@lemon/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Access1732694400000 } from '../migrations/1732694400000-access';
import { AccessLogService, type CaseReader } from './access-log.service';

describe('the case access log (group commit)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let statements: string[];
  const clock = FixedClock.at('2025-06-02T15:00:00Z');
  const reader: CaseReader = { organisationId: randomUUID(), organisationKind: 'manufacturer', userId: randomUUID(), role: 'auditor' };
  const rowsOf = async (caseIds: string[]) => {
    // Another connection: what is committed, not what this session sees.
    const other = new Client({ connectionString: db.url });
    await other.connect();
    try {
      const { rows } = await other.query('SELECT case_id, path FROM audit_case_reads WHERE case_id = ANY($1::uuid[]) ORDER BY id', [
        caseIds,
      ]);
      return rows as Array<{ case_id: string; path: string }>;
    } finally {
      await other.end();
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase('access_log');
    dataSource = new DataSource({ type: 'postgres', url: db.url, migrations: [Access1732694400000], migrationsTableName: 'rm_migrations' });
    await dataSource.initialize();
    await dataSource.runMigrations();
    const query = dataSource.query.bind(dataSource);
    dataSource.query = ((sql: string, ...rest: unknown[]) => {
      statements.push(sql);
      return query(sql, ...(rest as [unknown[]]));
    }) as DataSource['query'];
  });
  beforeEach(() => (statements = []));
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('answers each read only once its row is committed, and writes concurrent reads in shared statements', async () => {
    const log = new AccessLogService(dataSource, clock);
    const caseIds = Array.from({ length: 20 }, () => randomUUID());
    await Promise.all(caseIds.map((caseId, i) => log.recordRead(caseId, reader, { method: 'GET', path: `/cases/${caseId}?n=${i}` })));
    const rows = await rowsOf(caseIds);
    expect(rows.map((r) => r.case_id).sort()).toEqual([...caseIds].sort());
    // The first read writes at once; the other 19 arrived while it was in flight and share the next statement.
    expect(statements.length).toBe(2);

    const alone = randomUUID();
    await log.recordRead(alone, reader, { method: 'GET', path: `/cases/${alone}` });
    expect(await rowsOf([alone])).toHaveLength(1);
  });

  it('keeps one row per distinct case of a request, and fails only the request whose row cannot be stored', async () => {
    const log = new AccessLogService(dataSource, clock);
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const first = log.recordReads([a, a, b], reader, { method: 'GET', path: '/cases' });
    // These three wait for the next batch together; the middle one's case id is not a uuid.
    const results = await Promise.allSettled([
      log.recordRead(c, reader, { method: 'GET', path: '/ok-1' }),
      log.recordRead('not-a-uuid', reader, { method: 'GET', path: '/bad' }),
      log.recordRead(c, reader, { method: 'GET', path: '/ok-2' }),
    ]);
    await first;
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await rowsOf([a, b])).map((r) => r.case_id).sort()).toEqual([a, b].sort());
    expect((await rowsOf([c])).map((r) => r.path)).toEqual(['/ok-1', '/ok-2']);
    expect(await log.reads(a)).toEqual([
      expect.objectContaining({ organisationId: reader.organisationId, role: 'auditor', path: '/cases' }),
    ]);
  });
});

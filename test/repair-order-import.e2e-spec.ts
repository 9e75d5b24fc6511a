import { openCaseBody } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

/** 50 repair orders with a dealer's own headers and US dates; one dealer name holds a quoted newline. */
function fiftyRowCsv(): string {
  const lines = ['RO #,Dealer,Date In,Date Out,Odometer In,Odometer Out,Complaint,Result'];
  for (let i = 0; i < 50; i++) {
    const dateIn = new Date(Date.UTC(2024, 0, 15 + i * 3));
    const dateOut = new Date(Date.UTC(2024, 0, 16 + i * 3));
    const us = (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
    const dealer = i === 7 ? '"BMW of Beverly Hills\nService Annex"' : 'BMW of Beverly Hills';
    const complaint = i % 2 === 0 ? 'Brake pedal sinks at low speed' : 'Infotainment screen goes black';
    lines.push(
      `RO-${2000 + i},${dealer},${us(dateIn)},${us(dateOut)},"${(1000 + i * 100).toLocaleString('en-US')}",${1000 + i * 100 + 5},${complaint},Not fixed`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}

describe('repair-order import (e2e)', () => {
  let t: TestApp;
  const post = async (path: string, body: object) => (await t.client().post(path).send(body).expect(201)).body;
  const upload = (caseId: string, csv: string | Buffer, query = '') =>
    t
      .client()
      .post(`/cases/${caseId}/imports/repair-orders${query}`)
      .set('Content-Type', 'text/csv')
      .send(Buffer.isBuffer(csv) ? csv : Buffer.from(csv));

  beforeAll(async () => {
    t = await startTestApp({ now: '2024-07-01T16:00:00Z' });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('50 rows: dry run answers row by row and records nothing; the real import records them; again: no change', async () => {
    const { caseId } = await post('/cases', openCaseBody());
    await post(`/cases/${caseId}/nonconformities`, { description: 'Brake pedal sinks at low speed', safetyCritical: true });
    const csv = fiftyRowCsv();
    const before = (await t.client().get(`/cases/${caseId}/history`).expect(200)).body.version;

    // Without createMissingDefects the unknown "Infotainment" defect refuses every odd row: 422, nothing recorded.
    const refused = await upload(caseId, csv, '?dryRun=true').expect(422);
    expect(refused.body.errors).toHaveLength(25);
    expect(refused.body.errors[0]).toMatchObject({ row: 2, column: 'Complaint' });
    expect(refused.body.errors[0].message).toContain('Infotainment screen goes black');

    const dry = await upload(caseId, csv, '?dryRun=true&createMissingDefects=true').expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, summary: { rows: 50, record: 50, unchanged: 0, events: 51, defectsCreated: 1 } });
    expect(dry.body.columns).toMatchObject({
      repairOrderNumber: 'RO #',
      dateIn: 'Date In',
      mileageIn: 'Odometer In',
      defects: 'Complaint',
      outcome: 'Result',
    });
    expect(dry.body.rows[7]).toMatchObject({ row: 8, repairOrderNumber: 'RO-2007', outcome: 'record' });
    expect((await t.client().get(`/cases/${caseId}/history`).expect(200)).body.version).toBe(before);

    const real = await upload(caseId, csv, '?createMissingDefects=true').expect(201);
    expect(real.body).toMatchObject({ dryRun: false, summary: { record: 50, events: 51 }, version: before + 51 });
    const summary = (await t.client().get(`/cases/${caseId}`).expect(200)).body;
    expect(JSON.stringify(summary)).toContain('RO-2049');
    const history = (await t.client().get(`/cases/${caseId}/history`).expect(200)).body;
    expect(JSON.stringify(history)).toContain('BMW of Beverly Hills\\nService Annex');
    expect(JSON.stringify(history)).toContain('"dateIn":"2024-01-15"');

    const again = await upload(caseId, csv, '?createMissingDefects=true').expect(200);
    expect(again.body).toMatchObject({ summary: { record: 0, unchanged: 50, events: 0 }, version: before + 51 });
    expect((await t.client().get(`/cases/${caseId}/history`).expect(200)).body.version).toBe(before + 51);
  }, 60_000);

  it('multipart upload, BOM and semicolons are read; a bad row refuses the whole file with row, column and message', async () => {
    const { caseId } = await post('/cases', openCaseBody());
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, { description: 'Stalls', safetyCritical: false });
    const csv =
      '\uFEFFRepair Order;Date In;Mileage In;Defect;Outcome\nA-1;2024-02-01;1 500;' +
      nonconformityId +
      ';fixed\n;;;;\nA-2;02/30/2024;1600;Stalls;fixed\nA-3;2024-03-05;abc;Stalls;maybe\n';
    const bad = await t
      .client()
      .post(`/cases/${caseId}/imports/repair-orders`)
      .attach('file', Buffer.from(csv), { filename: 'ros.csv', contentType: 'text/csv' })
      .expect(422);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'Date In', message: expect.stringContaining('"02/30/2024" is not a date') }),
      expect.objectContaining({ row: 4, column: 'Mileage In' }),
      expect.objectContaining({ row: 4, column: 'Outcome' }),
    ]);
    const version = (await t.client().get(`/cases/${caseId}/history`).expect(200)).body.version;
    const good =
      '\uFEFFRepair Order;Date In;Mileage In;Defect;Outcome\nA-1;2024-02-01;1 500;' +
      nonconformityId +
      ';fixed\n;;;;\nA-2;02/29/2024;1600;stalls;could not duplicate\n';
    const ok = await t
      .client()
      .post(`/cases/${caseId}/imports/repair-orders`)
      .attach('file', Buffer.from(good), { filename: 'ros.csv', contentType: 'text/csv' })
      .expect(201);
    expect(ok.body).toMatchObject({ delimiter: ';', skippedEmptyRows: [2], summary: { record: 2, events: 2 }, version: version + 2 });
  });

  it('the same file imported into two cases records in both (ids derive from the case too)', async () => {
    const csv = 'RO,Date In,Odometer In,Defect,Outcome\nA-1,2024-02-01,100,Stalls,not fixed\n';
    for (let i = 0; i < 2; i++) {
      const { caseId } = await post('/cases', openCaseBody());
      await post(`/cases/${caseId}/nonconformities`, { description: 'Stalls', safetyCritical: false });
      expect((await upload(caseId, csv).expect(201)).body.summary).toMatchObject({ record: 1, events: 1 });
    }
  });

  it('refuses, never 500s: not UTF-8, no header fields, empty body, an impossible history', async () => {
    const { caseId } = await post('/cases', openCaseBody());
    await post(`/cases/${caseId}/nonconformities`, { description: 'Stalls', safetyCritical: false });
    const latin1 = Buffer.from(
      'RO,Date In,Odometer In,Defect,Outcome\nA,2024-02-01,100,Stalls,fixed\nB,2024-02-03,150,Stalls \xe9,fixed\n',
      'latin1',
    );
    expect((await upload(caseId, latin1).expect(400)).body.message).toContain('not valid UTF-8');
    expect((await upload(caseId, 'Foo,Bar\n1,2\n').expect(400)).body.errors[0].field).toBe('header');
    await t.client().post(`/cases/${caseId}/imports/repair-orders`).expect(400);
    // Before delivery (2024-01-10): the domain refuses the row.
    const early = await upload(caseId, 'RO,Date In,Odometer In,Defect,Outcome\nA,2023-12-01,5,Stalls,fixed\n').expect(422);
    expect(early.body.errors[0]).toMatchObject({ row: 1, message: expect.stringContaining('before the vehicle was delivered') });
    await upload(caseId, 'RO,Date In,Odometer In,Defect,Outcome\n"A,2024-02-01,5,Stalls,fixed\n').expect(400);
  });
});

import { createHash } from 'node:crypto';
import type request from 'supertest';
import { openCaseBody } from './support/case-histories';
import { docxText, keepFirstPagePng, pdfText } from './support/documents';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 12, done means: a California BMW case recorded through the API; the written notice as
 * DOCX and PDF carries the Westwood address (seeds: BMW booklets), the VIN and every RO; the
 * restitution figure's offset is exactly Cal. Civ. Code 1793.2(d)(2)(C).
 */
const WESTWOOD = 'Westwood, New Jersey 07675-1227';
const binary = (res: request.Response, callback: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('paperwork: manufacturer directory, restitution, documents (e2e)', () => {
  let t: TestApp;
  let caseId: string;
  let nc: string;
  const ros = ['RO-1001', 'RO-1002', 'RO-1003'];
  const post = async (path: string, body: object, status = 201) => (await t.client().post(path).send(body).expect(status)).body;

  beforeAll(async () => {
    t = await startTestApp({ now: '2024-07-01T16:00:00Z' });
    const me = (await t.client().get('/me').expect(200)).body;
    await t
      .client()
      .patch(`/organisations/${me.organisationId}`)
      .send({ address: '1200 Wilshire Blvd, Suite 400, Los Angeles, CA 90017', phone: '(213) 555-0142' })
      .expect(200);
    await t
      .client()
      .patch(`/users/${me.userId}`)
      .send({ signatureLines: ['Attorney for Maria Delgado'], barNumber: '123456' })
      .expect(200);
    ({ caseId } = await post(
      '/cases',
      openCaseBody({
        manufacturerId: 'bmw',
        client: { name: 'Maria Delgado', phone: '(310) 555-0199', address: '88 Ocean Ave, Santa Monica, CA 90401' },
        acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12, price: 68950, collateralCharges: 6205.5 },
      }),
    ));
    ({ nonconformityId: nc } = await post(`/cases/${caseId}/nonconformities`, {
      description: 'Brake pedal sinks at low speed',
      safetyCritical: true,
      firstReportedOn: '2024-02-05',
    }));
    await post(`/cases/${caseId}/repair-attempts`, {
      repairOrderNumber: ros[0],
      dealer: 'BMW of Beverly Hills',
      dateIn: '2024-02-05',
      dateOut: '2024-02-09',
      mileageIn: 1620,
      mileageOut: 1624,
      nonconformityIds: [nc],
      outcome: 'not_fixed',
    });
    await post(`/cases/${caseId}/repair-attempts`, {
      repairOrderNumber: ros[1],
      dealer: 'BMW of Beverly Hills',
      dateIn: '2024-03-01',
      dateOut: '2024-03-20',
      mileageIn: 2900,
      nonconformityIds: [nc],
      outcome: 'parts_on_order',
    });
    await post(`/cases/${caseId}/repair-attempts`, {
      repairOrderNumber: ros[2],
      dealer: 'Pacific BMW',
      dateIn: '2024-04-10',
      dateOut: '2024-04-22',
      mileageIn: 3410,
      nonconformityIds: [nc],
      outcome: 'not_fixed',
    });
    await post(`/cases/${caseId}/manufacturer-notices`, { sentOn: '2024-04-25', method: 'certified_mail', nonconformityIds: [nc] });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('manufacturer directory', () => {
    it('lists BMW with the booklet notice address, phones and participating states, every value sourced', async () => {
      const list = (await t.client().get('/manufacturers').expect(200)).body;
      expect(list.items.map((m: { id: string }) => m.id)).toContain('bmw');
      const bmw = (await t.client().get('/manufacturers/bmw').expect(200)).body;
      expect(bmw.noticeAddress.value).toMatchObject({ city: 'Westwood', postalCode: '07675-1227' });
      expect(bmw.noticeAddress.value.lines).toEqual([
        'BMW of North America, LLC',
        'Customer Relations and Services Department',
        'P.O. Box 1227',
      ]);
      expect(bmw.customerRelationsPhone).toMatchObject({ value: '1-800-831-1117', confidence: 'H' });
      expect(bmw.noticeRequirementDisclosed.value).toBe(true);
      const editions = bmw.disputeProgram.participatingStates;
      expect(editions.find((e: { editionId: string }) => e.editionId === 'bmw-2007-sav-booklet').states.value).toEqual([
        'AR',
        'CA',
        'GA',
        'ID',
        'IA',
        'KY',
        'MD',
        'MA',
        'MN',
        'PA',
        'OH',
        'VA',
      ]);
      expect(Object.keys(bmw.sources).length).toBeGreaterThan(0);
      await t.client().get('/manufacturers/tesla').expect(404);
    });

    it('an unknown manufacturerId is a 400 and appends nothing', async () => {
      const res = await t
        .client()
        .post('/cases')
        .send(openCaseBody({ manufacturerId: 'nope' }))
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'manufacturerId' })]);
    });

    it('BBB AUTO LINE clocks are NOT_APPLICABLE where BMW does not offer the program (TX), with the reason', async () => {
      const tx = await post('/cases', openCaseBody({ jurisdiction: 'TX' }));
      await post(`/cases/${tx.caseId}/manufacturer-link`, { manufacturerId: 'bmw' });
      await post(`/cases/${tx.caseId}/dispute-claims`, {
        program: 'BBB_AUTO_LINE',
        filedOn: '2024-05-01',
        manufacturerContactedFirst: true,
      });
      const { deadlines } = (await t.client().get(`/cases/${tx.caseId}/deadlines`).expect(200)).body;
      const decision = deadlines.find((d: { kind: string }) => d.kind === 'dispute_decision_due');
      expect(decision.status).toBe('NOT_APPLICABLE');
      expect(decision.statusReason).toContain('does not offer BBB AUTO LINE in TX for model year 2024');
      const ca = (await t.client().get(`/cases/${caseId}/deadlines`).expect(200)).body.deadlines;
      expect(ca.find((d: { deadlineId: string }) => d.deadlineId.endsWith(':bbb-auto-line')).status).toBe('OPEN');
    });
  });

  describe('restitution', () => {
    it('computes the 1793.2(d)(2)(C) offset from the FIRST repair visit, adds expenses, shows the penalty apart', async () => {
      const { expenseId } = await post(`/cases/${caseId}/expenses`, {
        kind: 'towing',
        amount: 185.5,
        on: '2024-02-05',
        description: 'Tow to dealer',
      });
      const { expenseId: rental } = await post(`/cases/${caseId}/expenses`, {
        kind: 'rental',
        amount: 420,
        on: '2024-03-02',
        description: 'Rental car',
      });
      await post(`/cases/${caseId}/expenses/${rental}/corrections`, {
        kind: 'rental',
        amount: 440,
        on: '2024-03-02',
        description: 'Rental car',
        correctionReason: 'Receipt says $440',
      });
      const { expenseId: dup } = await post(`/cases/${caseId}/expenses`, {
        kind: 'other',
        amount: 99,
        on: '2024-03-02',
        description: 'Duplicate',
      });
      await post(`/cases/${caseId}/expenses/${dup}/void`, { reason: 'Entered twice' });
      const r = (await t.client().get(`/cases/${caseId}/restitution?asOf=2024-07-01`).expect(200)).body;
      // (1,620 − 12) = 1,608 miles before the first repair visit; 68,950 × 1,608 ÷ 120,000 = 923.93
      expect(r.status).toBe('COMPUTED');
      expect(r.offset).toMatchObject({ amount: 923.93, miles: 1608, citation: 'Cal. Civ. Code 1793.2(d)(2)(C)' });
      expect(r.offset.arithmetic).toContain('$68,950.00 × 1,608 ÷ 120,000 = $923.93');
      expect(r.incidentals.amount).toBe(625.5);
      expect(r.incidentals.expenses.map((e: { expenseId: string }) => e.expenseId).sort()).toEqual([expenseId, rental].sort());
      // 68,950 + 6,205.50 + 625.50 − 923.93
      expect(r.total.amount).toBe(74857.07);
      expect(r.civilPenalty).toMatchObject({ min: 0, max: 149714.14, added: false });
    });

    it('a negative or non-numeric amount is 400; a missing price is INSUFFICIENT_DATA with what is missing', async () => {
      for (const amount of [-5, 'ten', 1.234]) {
        const res = await t
          .client()
          .post(`/cases/${caseId}/expenses`)
          .send({ kind: 'towing', amount, on: '2024-02-05', description: 'x' })
          .expect(400);
        expect(res.body.errors[0].field).toBe('amount');
      }
      const other = await post('/cases', openCaseBody());
      const r = (await t.client().get(`/cases/${other.caseId}/restitution`).expect(200)).body;
      expect(r.status).toBe('INSUFFICIENT_DATA');
      expect(r.missing).toContain('purchase price unknown');
      expect(r.total.amount).toBeNull();
    });
  });

  describe('documents', () => {
    it('lists what can be generated now and what is missing for the rest', async () => {
      const bare = await post('/cases', openCaseBody());
      const list = (await t.client().get(`/cases/${bare.caseId}/documents`).expect(200)).body;
      const notice = list.kinds.find((k: { kind: string }) => k.kind === 'manufacturer_notice');
      expect(notice.available).toBe(false);
      expect(notice.missing).toEqual(expect.arrayContaining(['no nonconformity recorded']));
      const demand = list.kinds.find((k: { kind: string }) => k.kind === 'demand_letter');
      expect(demand.missing).toEqual(expect.arrayContaining(['purchase price unknown']));
      const full = (await t.client().get(`/cases/${caseId}/documents`).expect(200)).body;
      expect(full.available.map((k: { kind: string }) => k.kind)).toEqual(
        expect.arrayContaining(['manufacturer_notice', 'final_repair_request', 'bbb_claim_packet', 'repair_chronology', 'demand_letter']),
      );
    });

    it('the written notice as DOCX carries the Westwood address, the VIN and every RO, and is reproducible byte for byte', async () => {
      const version = (await t.client().get(`/cases/${caseId}`).expect(200)).body.version;
      const generate = () =>
        t
          .client()
          .post(`/cases/${caseId}/documents`)
          .send({ kind: 'manufacturer_notice', format: 'docx', asOf: '2024-07-01', options: { caseVersion: version } })
          .buffer(true)
          .parse(binary)
          .expect(201);
      const first = await generate();
      expect(first.headers['content-disposition']).toBe(`attachment; filename="manufacturer-notice-5UXCR6C06R9S12345-2024-07-01.docx"`);
      const text = docxText(first.body);
      expect(text).toContain('BMW of North America, LLC');
      expect(text).toContain('Customer Relations and Services Department');
      expect(text).toContain('P.O. Box 1227');
      expect(text).toContain(WESTWOOD);
      expect(text).toContain('5UXCR6C06R9S12345');
      for (const ro of ros) expect(text).toContain(ro);
      expect(text).toContain('1793.22(b)(3)');
      expect(text).toContain('1200 Wilshire Blvd'); // letterhead from the profile
      expect(text).toContain('Attorney for Maria Delgado'); // signature lines
      const second = await generate();
      expect(Buffer.compare(first.body, second.body)).toBe(0);
      const sha = createHash('sha256').update(first.body).digest('hex');
      const history = (await t.client().get(`/cases/${caseId}/history`).expect(200)).body;
      const generated = JSON.stringify(history).match(/DocumentGenerated/g) ?? [];
      expect(generated.length).toBeGreaterThanOrEqual(2);
      expect(JSON.stringify(history)).toContain(sha);
      expect(JSON.stringify(history)).toContain(`"caseVersion":${version}`);
    });

    it('the written notice as PDF carries the same facts', async () => {
      const res = await t
        .client()
        .post(`/cases/${caseId}/documents`)
        .send({ kind: 'manufacturer_notice', format: 'pdf', asOf: '2024-07-01' })
        .buffer(true)
        .parse(binary)
        .expect(201);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = await pdfText(res.body);
      expect(text).toContain(WESTWOOD);
      expect(text).toContain('5UXCR6C06R9S12345');
      for (const ro of ros) expect(text).toContain(ro);
      keepFirstPagePng(res.body, 'manufacturer-notice');
    });

    it.each(['final_repair_request', 'bbb_claim_packet', 'repair_chronology', 'demand_letter'])(
      '%s: PDF and DOCX with the key facts',
      async (kind) => {
        const pdf = await t
          .client()
          .post(`/cases/${caseId}/documents`)
          .send({ kind, format: 'pdf', asOf: '2024-07-01' })
          .buffer(true)
          .parse(binary)
          .expect(201);
        const docx = await t
          .client()
          .post(`/cases/${caseId}/documents`)
          .send({ kind, format: 'docx', asOf: '2024-07-01' })
          .buffer(true)
          .parse(binary)
          .expect(201);
        keepFirstPagePng(pdf.body, kind.replace(/_/g, '-'));
        for (const text of [await pdfText(pdf.body), docxText(docx.body)]) {
          expect(text).toContain('5UXCR6C06R9S12345');
          for (const ro of ros) expect(text).toContain(ro);
          if (kind === 'bbb_claim_packet') {
            expect(text).toContain('4200 Wilson Boulevard');
            expect(text).toContain('1-800-955-5100');
            expect(text).toContain('$68,950.00');
            expect(text).toContain('six (6) months after the expiration of the warranty');
          }
          if (kind === 'repair_chronology') expect(text).toMatch(/Total/);
          if (kind === 'demand_letter') {
            expect(text).toContain('$923.93');
            expect(text).toContain('1793.2(d)(2)(C)');
          }
          if (kind === 'final_repair_request') expect(text).toContain(WESTWOOD);
        }
      },
    );

    it('Florida: the final repair request says it goes by registered or express mail (Fla. Stat. 681.104)', async () => {
      const fl = await post('/cases', openCaseBody({ jurisdiction: 'FL', manufacturerId: 'bmw' }));
      const { nonconformityId } = await post(`/cases/${fl.caseId}/nonconformities`, {
        description: 'Transmission slips',
        safetyCritical: false,
      });
      await post(`/cases/${fl.caseId}/repair-attempts`, {
        repairOrderNumber: 'FL-77',
        dateIn: '2024-02-05',
        mileageIn: 1500,
        nonconformityIds: [nonconformityId],
        outcome: 'not_fixed',
      });
      const res = await t
        .client()
        .post(`/cases/${fl.caseId}/documents`)
        .send({ kind: 'final_repair_request', format: 'pdf', asOf: '2024-07-01' })
        .buffer(true)
        .parse(binary)
        .expect(201);
      const text = await pdfText(res.body);
      expect(text).toContain('This notice is sent by registered or express mail, as section 681.104(1)(a), Florida Statutes, requires.');
      expect(text).toContain('FL-77');
      expect(text).toContain(WESTWOOD);
      keepFirstPagePng(res.body, 'final-repair-request-FL');
    });

    it('downloads a generated document again byte for byte after later events, or says why it cannot', async () => {
      const sha = (body: Buffer) => createHash('sha256').update(body).digest('hex');
      const me = (await t.client().get('/me').expect(200)).body;
      const generate = (body: object) => t.client().post(`/cases/${caseId}/documents`).send(body).buffer(true).parse(binary).expect(201);
      const again = (documentId: string, status = 200) =>
        t.client().get(`/cases/${caseId}/documents/${documentId}`).buffer(true).parse(binary).expect(status);
      // A demand letter asking for a replacement (an option recorded with it) and the notice as PDF, both dated today.
      const demand = await generate({ kind: 'demand_letter', format: 'docx', options: { relief: 'replacement' } });
      const notice = await generate({ kind: 'manufacturer_notice', format: 'pdf' });
      expect(docxText(demand.body)).toContain('replacement');
      // Facts recorded since must not change what was generated before them.
      await post(`/cases/${caseId}/repair-attempts`, {
        repairOrderNumber: 'RO-1004',
        dealer: 'Pacific BMW',
        dateIn: '2024-06-20',
        dateOut: '2024-06-28',
        mileageIn: 4100,
        nonconformityIds: [nc],
        outcome: 'not_fixed',
      });
      const recorded = (await t.client().get(`/cases/${caseId}/history`).query({ pageSize: 1000 }).expect(200)).body.events.filter(
        (e: { type: string }) => e.type === 'DocumentGenerated',
      );
      for (const first of [demand, notice]) {
        const documentId = first.headers['x-document-id'];
        const event = recorded.find((e: { data: { documentId: string } }) => e.data.documentId === documentId);
        const second = await again(documentId);
        expect(sha(second.body)).toBe(sha(first.body));
        expect(sha(second.body)).toBe(event.data.sha256);
        expect(second.headers['x-document-sha256']).toBe(event.data.sha256);
        expect(second.headers['content-type']).toBe(first.headers['content-type']);
        expect(second.headers['content-disposition']).toBe(first.headers['content-disposition']);
      }
      const demandEvent = recorded.find((e: { data: { documentId: string } }) => e.data.documentId === demand.headers['x-document-id']);
      expect(demandEvent.data.options).toEqual({ relief: 'replacement' });
      // Downloading again records no new generation.
      const after = (await t.client().get(`/cases/${caseId}/history`).query({ pageSize: 1000 }).expect(200)).body.events;
      expect(after.filter((e: { type: string }) => e.type === 'DocumentGenerated')).toHaveLength(recorded.length);

      // The signer's signature block changed since: the same bytes cannot be made, and it says so.
      const signature = (await t.client().get(`/users/${me.userId}/signature`).expect(200)).body;
      await t
        .client()
        .patch(`/users/${me.userId}`)
        .send({ signatureLines: ['Counsel for Maria Delgado'] })
        .expect(200);
      const refused = await t.client().get(`/cases/${caseId}/documents/${demand.headers['x-document-id']}`).expect(409);
      expect(refused.body).toMatchObject({ code: 'document_not_reproducible', recordedSha256: sha(demand.body) });
      expect(refused.body.message).toMatch(/cannot be downloaded again: .*signature/);
      await t.client().patch(`/users/${me.userId}`).send({ signatureLines: signature.signatureLines }).expect(200);
      expect(sha((await again(demand.headers['x-document-id'])).body)).toBe(sha(demand.body));

      await t.client().get(`/cases/${caseId}/documents/00000000-0000-4000-8000-000000000000`).expect(404);
    });

    it('bad requests are 400; a shared manufacturer may not generate (403)', async () => {
      await t.client().post(`/cases/${caseId}/documents`).send({ kind: 'poem', format: 'docx' }).expect(400);
      await t.client().post(`/cases/${caseId}/documents`).send({ kind: 'manufacturer_notice', format: 'rtf' }).expect(400);
      const bare = await post('/cases', openCaseBody());
      const res = await t.client().post(`/cases/${bare.caseId}/documents`).send({ kind: 'manufacturer_notice', format: 'pdf' }).expect(422);
      expect(res.body.message).toContain('no manufacturer directory entry linked');
    });
  });
});

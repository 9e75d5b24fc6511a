import request from 'supertest';
import { WebhookReceiver } from '@lemon/testing';
import { openCaseBody } from './support/case-histories';
import { createWorld, PRINCIPALS, type PrincipalName, type World } from './support/organisations';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Every route x every kind of caller, with the exact status each must get. The owner firm's four
 * roles, another firm, the manufacturer the case is shared with, a manufacturer it is not, and no
 * key at all. Routes come from the OpenAPI document: a route without a row here fails the suite.
 */
type Expect = Record<PrincipalName, number>;
type Method = 'get' | 'post' | 'delete' | 'patch';
interface Call {
  path: string;
  body?: object;
  /** A text/csv body (repair-order import). */
  csv?: string;
  query?: Record<string, string>;
  /** A case whose version must not change when the call is refused (nothing appended). */
  caseId?: string;
}
interface Row {
  expect: Expect;
  call(w: Ctx, who: PrincipalName): Promise<Call>;
}
interface Ctx extends World {
  t: TestApp;
  as(who: PrincipalName): ReturnType<typeof request.agent>;
  receiverUrl: string;
}

const statuses = (firm: [number, number, number, number], other: number, shared: number, unshared: number): Expect => ({
  'firm.admin': firm[0],
  'firm.attorney': firm[1],
  'firm.staff': firm[2],
  'firm.auditor': firm[3],
  'other.admin': other,
  'shared.auditor': shared,
  'unshared.auditor': unshared,
  anonymous: 401,
});
const CASE_READ = statuses([200, 200, 200, 200], 404, 200, 404);
const caseWrite = (ok = 201) => statuses([ok, ok, ok, 403], 404, 403, 404);
const caseShare = (ok = 201) => statuses([ok, ok, 403, 403], 404, 403, 404);
const EVERYONE = statuses([200, 200, 200, 200], 200, 200, 200);
/** The firm's work product (restitution, letters): its own people only; a shared manufacturer gets 403. */
const FIRM_READ = statuses([200, 200, 200, 200], 404, 403, 404);
const ORG_ADMIN = (ok: number) => statuses([ok, 403, 403, 403], 404, 404, 404);
const orgResource = (ok: number) => statuses([ok, ok, 403, 403], 404, 403, 403);
const orgCollection = (ok: number) => statuses([ok, ok, 403, 403], ok, 403, 403);

/** Fixtures, made fresh per call as the firm's admin so every success has something to act on. */
const fx = {
  async case(c: Ctx, stage: 'basic' | 'claim' | 'decided' | 'accepted' = 'basic') {
    const post = async (path: string, body: object) => (await c.as('firm.admin').post(path).send(body).expect(201)).body;
    const { caseId } = await post('/cases', openCaseBody());
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, { description: 'Brakes fade', safetyCritical: true });
    const { repairAttemptId } = await post(`/cases/${caseId}/repair-attempts`, {
      dateIn: '2024-02-05',
      dateOut: '2024-02-06',
      mileageIn: 900,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });
    const { intervalId } = await post(`/cases/${caseId}/out-of-service`, { from: '2024-03-01', to: '2024-03-03', reason: 'towed' });
    const { opportunityId } = await post(`/cases/${caseId}/final-repair-opportunities`, { offeredOn: '2024-04-01' });
    await post(`/cases/${caseId}/shares`, { organisationId: c.bmw.id });
    let claimId = '';
    if (stage !== 'basic')
      ({ claimId } = await post(`/cases/${caseId}/dispute-claims`, {
        program: 'BBB_AUTO_LINE',
        filedOn: '2024-05-01',
        manufacturerContactedFirst: true,
      }));
    if (stage === 'decided' || stage === 'accepted')
      await post(`/cases/${caseId}/dispute-claims/${claimId}/decision`, { decidedOn: '2024-06-01', award: 'repurchase' });
    if (stage === 'accepted') await post(`/cases/${caseId}/dispute-claims/${claimId}/acceptance`, { acceptedOn: '2024-06-05' });
    return { caseId, nonconformityId, repairAttemptId, intervalId, opportunityId, claimId };
  },
  async subscription(c: Ctx) {
    return (
      await c
        .as('firm.admin')
        .post('/webhook-subscriptions')
        .send({ url: c.receiverUrl, eventTypes: ['*'] })
        .expect(201)
    ).body.id as string;
  },
};

/** A fixture step made by the firm's admin, answering its body (ids). */
const setup = async (c: Ctx, path: string, body: object) => (await c.as('firm.admin').post(path).send(body).expect(201)).body;

const REPAIR = { dateIn: '2024-02-10', dateOut: '2024-02-11', mileageIn: 1000, outcome: 'not_fixed' };

const EXPENSE = { kind: 'towing', amount: 120, on: '2024-02-05', description: 'Tow to the dealer' };
const withExpense = async (c: Ctx) => {
  const f = await fx.case(c);
  const { expenseId } = (await c.as('firm.admin').post(`/cases/${f.caseId}/expenses`).send(EXPENSE).expect(201)).body;
  return { ...f, expenseId: expenseId as string };
};

const COMPLAINT = { kind: 'complaint_filed', on: '2024-03-01', court: 'Superior Court, Los Angeles', caseNumber: '24STCV00001' };
const withLitigationStep = async (c: Ctx) => {
  const f = await fx.case(c);
  const { stepId } = (await c.as('firm.admin').post(`/cases/${f.caseId}/litigation-steps`).send(COMPLAINT).expect(201)).body;
  return { ...f, stepId: stepId as string };
};

const ROUTES: Record<string, Row> = {
  'POST /cases/{caseId}/litigation-steps': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/litigation-steps`, body: COMPLAINT, caseId };
    },
  },
  'POST /cases/{caseId}/litigation-steps/{stepId}/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await withLitigationStep(c);
      return {
        path: `/cases/${f.caseId}/litigation-steps/${f.stepId}/corrections`,
        body: { ...COMPLAINT, on: '2024-03-02', correctionReason: 'file-stamped the 2nd' },
        caseId: f.caseId,
      };
    },
  },
  'POST /cases/{caseId}/litigation-steps/{stepId}/void': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await withLitigationStep(c);
      return { path: `/cases/${f.caseId}/litigation-steps/${f.stepId}/void`, body: { reason: 'wrong case' }, caseId: f.caseId };
    },
  },
  'GET /manufacturers': { expect: EVERYONE, call: async () => ({ path: '/manufacturers' }) },
  'GET /manufacturers/{manufacturerId}': { expect: EVERYONE, call: async () => ({ path: '/manufacturers/bmw' }) },
  'POST /cases/{caseId}/manufacturer-link': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/manufacturer-link`, body: { manufacturerId: 'bmw' }, caseId };
    },
  },
  'POST /cases/{caseId}/expenses': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/expenses`, body: EXPENSE, caseId };
    },
  },
  'POST /cases/{caseId}/expenses/{expenseId}/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await withExpense(c);
      return {
        path: `/cases/${f.caseId}/expenses/${f.expenseId}/corrections`,
        body: { ...EXPENSE, amount: 130, correctionReason: 'receipt' },
        caseId: f.caseId,
      };
    },
  },
  'POST /cases/{caseId}/expenses/{expenseId}/void': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await withExpense(c);
      return { path: `/cases/${f.caseId}/expenses/${f.expenseId}/void`, body: { reason: 'duplicate' }, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/imports/repair-orders': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return {
        path: `/cases/${caseId}/imports/repair-orders`,
        csv: 'RO,Date In,Odometer In,Defect,Outcome\nRO-9,2024-02-20,1100,Brakes fade,not fixed\n',
        caseId,
      };
    },
  },
  'GET /cases/{caseId}/restitution': {
    expect: FIRM_READ,
    call: async (c) => ({ path: `/cases/${(await fx.case(c)).caseId}/restitution` }),
  },
  'GET /cases/{caseId}/documents': { expect: FIRM_READ, call: async (c) => ({ path: `/cases/${(await fx.case(c)).caseId}/documents` }) },
  'POST /cases/{caseId}/documents': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/documents`, body: { kind: 'repair_chronology', format: 'docx' }, caseId };
    },
  },
  // A document the firm generated, downloaded again: the firm's own people only, like the list.
  'GET /cases/{caseId}/documents/{documentId}': {
    expect: FIRM_READ,
    call: async (c) => {
      const { caseId } = await fx.case(c);
      const generated = await c
        .as('firm.admin')
        .post(`/cases/${caseId}/documents`)
        .send({ kind: 'repair_chronology', format: 'pdf' })
        .expect(201);
      return { path: `/cases/${caseId}/documents/${generated.headers['x-document-id']}` };
    },
  },
  'PATCH /organisations/{organisationId}': {
    expect: statuses([200, 403, 403, 403], 404, 404, 404),
    call: async (c) => ({ path: `/organisations/${c.firm.id}`, body: { phone: '(213) 555-0142' } }),
  },
  'GET /organisations/{organisationId}/profile': {
    expect: statuses([200, 200, 200, 200], 404, 404, 404),
    call: async (c) => ({ path: `/organisations/${c.firm.id}/profile` }),
  },
  // The target is the firm's staff member: an admin or the user themself changes a signature.
  'PATCH /users/{userId}': {
    expect: { ...statuses([200, 403, 200, 403], 404, 404, 404) },
    call: async (c) => ({ path: `/users/${c.firm.users.staff}`, body: { signatureLines: ['Paralegal'] } }),
  },

  'GET /users/{userId}/signature': {
    expect: { ...statuses([200, 403, 200, 403], 404, 404, 404) },
    call: async (c) => ({ path: `/users/${c.firm.users.staff}/signature` }),
  },

  'GET /health': { expect: { ...EVERYONE, anonymous: 200 }, call: async () => ({ path: '/health' }) },
  'GET /me': { expect: EVERYONE, call: async () => ({ path: '/me' }) },
  // Signing in is open to anyone and refuses a wrong password the same way for every caller.
  'POST /auth/login': {
    expect: { ...statuses([401, 401, 401, 401], 401, 401, 401), anonymous: 401 },
    call: async (_, who) => ({ path: '/auth/login', body: { email: `nobody-${who}@example.com`, password: 'not the password at all' } }),
  },
  'POST /auth/logout': {
    expect: { ...statuses([204, 204, 204, 204], 204, 204, 204), anonymous: 204 },
    call: async () => ({ path: '/auth/logout' }),
  },
  'GET /auth/session': { expect: EVERYONE, call: async () => ({ path: '/auth/session' }) },
  // The one-time link is the credential: whoever holds it sets the password.
  'POST /auth/invitations/{token}/accept': {
    expect: { ...statuses([200, 200, 200, 200], 200, 200, 200), anonymous: 200 },
    call: async (c) => {
      const invited = await c
        .as('firm.admin')
        .post(`/organisations/${c.firm.id}/users`)
        .send({ name: 'Invitee', role: 'staff' })
        .expect(201);
      return {
        path: `/auth/invitations/${invited.body.invitation.token}/accept`,
        body: { password: 'correct horse battery staple', email: `${invited.body.id}@firm.example` },
      };
    },
  },
  'POST /users/{userId}/password-reset': {
    expect: ORG_ADMIN(201),
    call: async (c) => ({ path: `/users/${c.firm.users.staff}/password-reset`, body: {} }),
  },
  // Administration (issue 11): the organisation's own admins only; a fresh user per call for (de)activation.
  'PATCH /users/{userId}/role': {
    expect: ORG_ADMIN(200),
    call: async (c) => ({ path: `/users/${c.firm.users.staff}/role`, body: { role: 'staff' } }),
  },
  'PATCH /users/{userId}/name-and-email': {
    expect: ORG_ADMIN(200),
    call: async (c) => ({ path: `/users/${c.firm.users.staff}/name-and-email`, body: { name: 'Paralegal of the firm' } }),
  },
  'POST /users/{userId}/deactivate': {
    expect: ORG_ADMIN(200),
    call: async (c, who) => {
      const user = (
        await c
          .as('firm.admin')
          .post(`/organisations/${c.firm.id}/users`)
          .send({ name: `Temp ${who}`, role: 'staff' })
          .expect(201)
      ).body;
      return { path: `/users/${user.id}/deactivate`, body: {} };
    },
  },
  'POST /users/{userId}/reactivate': {
    expect: ORG_ADMIN(200),
    call: async (c) => ({ path: `/users/${c.firm.users.staff}/reactivate`, body: {} }),
  },
  'GET /organisations/{organisationId}/admin-log': {
    expect: ORG_ADMIN(200),
    call: async (c) => ({ path: `/organisations/${c.firm.id}/admin-log` }),
  },
  'GET /jurisdictions': { expect: EVERYONE, call: async () => ({ path: '/jurisdictions' }) },
  'GET /jurisdictions/{code}': { expect: EVERYONE, call: async () => ({ path: '/jurisdictions/CA' }) },

  // Only the operator (bootstrap) organisation's admins create organisations; see the last test.
  'POST /organisations': {
    expect: statuses([403, 403, 403, 403], 403, 403, 403),
    call: async () => ({ path: '/organisations', body: { name: 'X', kind: 'law_firm' } }),
  },
  'GET /organisations': { expect: EVERYONE, call: async () => ({ path: '/organisations' }) },
  'GET /organisations/{organisationId}': {
    expect: statuses([200, 200, 200, 200], 404, 404, 404),
    call: async (c) => ({ path: `/organisations/${c.firm.id}` }),
  },
  'POST /organisations/{organisationId}/users': {
    expect: ORG_ADMIN(201),
    call: async (c) => ({ path: `/organisations/${c.firm.id}/users`, body: { name: 'New Paralegal', role: 'staff' } }),
  },
  'GET /organisations/{organisationId}/users': {
    expect: ORG_ADMIN(200),
    call: async (c) => ({ path: `/organisations/${c.firm.id}/users` }),
  },
  'POST /users/{userId}/api-keys': {
    expect: ORG_ADMIN(201),
    call: async (c) => ({ path: `/users/${c.firm.users.staff}/api-keys`, body: { label: 'matrix' } }),
  },
  // The target user is the firm's staff member: a user may list their own keys.
  'GET /users/{userId}/api-keys': {
    expect: { ...ORG_ADMIN(200), 'firm.staff': 200 },
    call: async (c) => ({ path: `/users/${c.firm.users.staff}/api-keys` }),
  },
  // The key belongs to the firm's attorney: anyone may revoke their own key.
  'DELETE /api-keys/{keyId}': {
    expect: { ...ORG_ADMIN(204), 'firm.attorney': 204 },
    call: async (c) => ({
      path: `/api-keys/${(await c.as('firm.admin').post(`/users/${c.firm.users.attorney}/api-keys`).send({}).expect(201)).body.id}`,
    }),
  },

  'POST /cases': { expect: statuses([201, 201, 201, 403], 201, 403, 403), call: async () => ({ path: '/cases', body: openCaseBody() }) },
  'GET /cases': { expect: EVERYONE, call: async () => ({ path: '/cases' }) },
  'GET /cases/{caseId}': { expect: CASE_READ, call: async (c) => ({ path: `/cases/${(await fx.case(c)).caseId}` }) },
  'GET /cases/{caseId}/history': { expect: CASE_READ, call: async (c) => ({ path: `/cases/${(await fx.case(c)).caseId}/history` }) },
  'GET /cases/{caseId}/presumption': {
    expect: CASE_READ,
    call: async (c) => ({ path: `/cases/${(await fx.case(c)).caseId}/presumption` }),
  },
  'GET /cases/{caseId}/deadlines': { expect: CASE_READ, call: async (c) => ({ path: `/cases/${(await fx.case(c)).caseId}/deadlines` }) },
  'GET /cases/{caseId}/shares': {
    expect: statuses([200, 200, 200, 200], 404, 403, 404),
    call: async (c) => ({ path: `/cases/${(await fx.case(c)).caseId}/shares` }),
  },
  'GET /cases/{caseId}/access-log': {
    expect: statuses([200, 200, 403, 200], 404, 403, 404),
    call: async (c) => ({ path: `/cases/${(await fx.case(c)).caseId}/access-log` }),
  },
  'POST /cases/{caseId}/shares': {
    expect: caseShare(201),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/shares`, body: { organisationId: c.audi.id }, caseId };
    },
  },
  'DELETE /cases/{caseId}/shares/{organisationId}': {
    expect: caseShare(200),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/shares/${c.bmw.id}`, caseId };
    },
  },

  'POST /cases/{caseId}/nonconformities': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/nonconformities`, body: { description: 'Stalls', safetyCritical: false }, caseId };
    },
  },
  'POST /cases/{caseId}/nonconformities/{nonconformityId}/safety-scope': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c);
      return {
        path: `/cases/${f.caseId}/nonconformities/${f.nonconformityId}/safety-scope`,
        body: { scopes: ['brakes_or_steering'] },
        caseId: f.caseId,
      };
    },
  },
  'POST /cases/{caseId}/manufacturer-disclosure': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/manufacturer-disclosure`, body: { noticeRequirementDisclosed: false }, caseId };
    },
  },
  'POST /cases/{caseId}/ab1755-election': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/ab1755-election`, body: { elected: true, electedOn: '2024-01-02' }, caseId };
    },
  },
  'POST /cases/{caseId}/repair-attempts': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c);
      return { path: `/cases/${f.caseId}/repair-attempts`, body: { ...REPAIR, nonconformityIds: [f.nonconformityId] }, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/repair-attempts/{repairAttemptId}/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c);
      return {
        path: `/cases/${f.caseId}/repair-attempts/${f.repairAttemptId}/corrections`,
        body: { ...REPAIR, dateIn: '2024-02-05', mileageIn: 900, nonconformityIds: [f.nonconformityId], correctionReason: 'RO misread' },
        caseId: f.caseId,
      };
    },
  },
  'POST /cases/{caseId}/repair-attempts/{repairAttemptId}/void': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c);
      return { path: `/cases/${f.caseId}/repair-attempts/${f.repairAttemptId}/void`, body: { reason: 'duplicate' }, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/out-of-service': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/out-of-service`, body: { from: '2024-04-10', to: '2024-04-12', reason: 'parts' }, caseId };
    },
  },
  'POST /cases/{caseId}/out-of-service/{intervalId}/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c);
      return {
        path: `/cases/${f.caseId}/out-of-service/${f.intervalId}/corrections`,
        body: { from: '2024-03-01', to: '2024-03-04', reason: 'towed', correctionReason: 'release date' },
        caseId: f.caseId,
      };
    },
  },
  'POST /cases/{caseId}/out-of-service/{intervalId}/void': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c);
      return { path: `/cases/${f.caseId}/out-of-service/${f.intervalId}/void`, body: { reason: 'wrong case' }, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/odometer-readings': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/odometer-readings`, body: { readOn: '2024-05-01', mileage: 5000 }, caseId };
    },
  },
  'POST /cases/{caseId}/manufacturer-notices': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/manufacturer-notices`, body: { sentOn: '2024-04-02', method: 'certified_mail' }, caseId };
    },
  },
  'POST /cases/{caseId}/final-repair-opportunities': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/final-repair-opportunities`, body: { offeredOn: '2024-04-03' }, caseId };
    },
  },
  'POST /cases/{caseId}/final-repair-opportunities/{opportunityId}/completion': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c);
      return {
        path: `/cases/${f.caseId}/final-repair-opportunities/${f.opportunityId}/completion`,
        body: { completedOn: '2024-04-09', outcome: 'not_fixed' },
        caseId: f.caseId,
      };
    },
  },
  'POST /cases/{caseId}/dispute-claims': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return {
        path: `/cases/${caseId}/dispute-claims`,
        body: { program: 'BBB_AUTO_LINE', filedOn: '2024-05-01', manufacturerContactedFirst: false },
        caseId,
      };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/inspection': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'claim');
      return {
        path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/inspection`,
        body: { requestedOn: '2024-05-10', additionalDays: 30 },
        caseId: f.caseId,
      };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/decision': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'claim');
      return {
        path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/decision`,
        body: { decidedOn: '2024-06-01', award: 'repurchase' },
        caseId: f.caseId,
      };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/acceptance': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'decided');
      return { path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/acceptance`, body: { acceptedOn: '2024-06-05' }, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/rejection': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'decided');
      return { path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/rejection`, body: { rejectedOn: '2024-06-05' }, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/compliance': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'accepted');
      return { path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/compliance`, body: { compliedOn: '2024-06-20' }, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/notes': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/notes`, body: { text: 'called client' }, caseId };
    },
  },
  'POST /cases/{caseId}/resolution': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/resolution`, body: { resolvedOn: '2024-07-01', resolution: 'settlement' }, caseId };
    },
  },

  // Corrections and voids (issue 10 §2): each on a record made fresh by the firm's admin.
  'POST /cases/{caseId}/odometer-readings/{readingId}/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      const { readingId } = await setup(c, `/cases/${caseId}/odometer-readings`, {
        readOn: '2024-05-01',
        mileage: 50000,
        confirmImplausible: true,
      });
      const body = { readOn: '2024-05-01', mileage: 5000, correctionReason: 'Typed 50,000 for 5,000' };
      return { path: `/cases/${caseId}/odometer-readings/${readingId}/corrections`, body, caseId };
    },
  },
  'POST /cases/{caseId}/odometer-readings/{readingId}/void': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      const { readingId } = await setup(c, `/cases/${caseId}/odometer-readings`, { readOn: '2024-05-01', mileage: 5000 });
      return { path: `/cases/${caseId}/odometer-readings/${readingId}/void`, body: { reason: 'typo' }, caseId };
    },
  },
  'POST /cases/{caseId}/nonconformities/{nonconformityId}/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId, nonconformityId } = await fx.case(c);
      const body = { description: 'Brake assist lost', safetyCritical: true, correctionReason: 'Per the ticket' };
      return { path: `/cases/${caseId}/nonconformities/${nonconformityId}/corrections`, body, caseId };
    },
  },
  'POST /cases/{caseId}/nonconformities/{nonconformityId}/void': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      const { nonconformityId } = await setup(c, `/cases/${caseId}/nonconformities`, { description: 'Rattle', safetyCritical: false });
      return { path: `/cases/${caseId}/nonconformities/${nonconformityId}/void`, body: { reason: 'wrong case' }, caseId };
    },
  },
  'POST /cases/{caseId}/manufacturer-notices/{noticeId}/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      const { noticeId } = await setup(c, `/cases/${caseId}/manufacturer-notices`, { sentOn: '2024-04-02', method: 'email' });
      const body = { sentOn: '2024-04-02', method: 'certified_mail', correctionReason: 'Green card' };
      return { path: `/cases/${caseId}/manufacturer-notices/${noticeId}/corrections`, body, caseId };
    },
  },
  'POST /cases/{caseId}/manufacturer-notices/{noticeId}/void': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      const { noticeId } = await setup(c, `/cases/${caseId}/manufacturer-notices`, { sentOn: '2024-04-02', method: 'email' });
      return { path: `/cases/${caseId}/manufacturer-notices/${noticeId}/void`, body: { reason: 'never sent' }, caseId };
    },
  },
  'POST /cases/{caseId}/final-repair-opportunities/{opportunityId}/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c);
      const body = { offeredOn: '2024-04-02', correctionReason: 'Letter date' };
      return { path: `/cases/${f.caseId}/final-repair-opportunities/${f.opportunityId}/corrections`, body, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/final-repair-opportunities/{opportunityId}/void': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c);
      return {
        path: `/cases/${f.caseId}/final-repair-opportunities/${f.opportunityId}/void`,
        body: { reason: 'wrong case' },
        caseId: f.caseId,
      };
    },
  },
  'POST /cases/{caseId}/final-repair-opportunities/{opportunityId}/completion/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c);
      await setup(c, `/cases/${f.caseId}/final-repair-opportunities/${f.opportunityId}/completion`, {
        completedOn: '2024-04-10',
        outcome: 'fixed',
      });
      const body = { completedOn: '2024-04-11', outcome: 'not_fixed', correctionReason: 'The light came back' };
      return { path: `/cases/${f.caseId}/final-repair-opportunities/${f.opportunityId}/completion/corrections`, body, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'claim');
      const body = {
        program: 'BBB_AUTO_LINE',
        filedOn: '2024-05-02',
        manufacturerContactedFirst: true,
        correctionReason: 'Filed next day',
      };
      return { path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/corrections`, body, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/void': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'claim');
      return { path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/void`, body: { reason: 'wrong client' }, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/inspection/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'claim');
      await setup(c, `/cases/${f.caseId}/dispute-claims/${f.claimId}/inspection`, { requestedOn: '2024-05-10', additionalDays: 10 });
      const body = { requestedOn: '2024-05-11', additionalDays: 10, correctionReason: 'Letter date' };
      return { path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/inspection/corrections`, body, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/decision/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'decided');
      const body = { decidedOn: '2024-06-02', award: 'repurchase', correctionReason: 'Letter date' };
      return { path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/decision/corrections`, body, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/acceptance/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'accepted');
      const body = { acceptedOn: '2024-06-06', correctionReason: 'Signed a day later' };
      return { path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/acceptance/corrections`, body, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/rejection/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'decided');
      await setup(c, `/cases/${f.caseId}/dispute-claims/${f.claimId}/rejection`, { rejectedOn: '2024-06-05' });
      const body = { rejectedOn: '2024-06-06', correctionReason: 'Signed a day later' };
      return { path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/rejection/corrections`, body, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/compliance/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'accepted');
      await setup(c, `/cases/${f.caseId}/dispute-claims/${f.claimId}/compliance`, { compliedOn: '2024-06-20' });
      const body = { compliedOn: '2024-06-21', correctionReason: 'Check cleared a day later' };
      return { path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/compliance/corrections`, body, caseId: f.caseId };
    },
  },
  'POST /cases/{caseId}/dispute-claims/{claimId}/{step}/void': {
    expect: caseWrite(),
    call: async (c) => {
      const f = await fx.case(c, 'accepted');
      return {
        path: `/cases/${f.caseId}/dispute-claims/${f.claimId}/acceptance/void`,
        body: { reason: 'entered in error' },
        caseId: f.caseId,
      };
    },
  },
  'POST /cases/{caseId}/client': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return { path: `/cases/${caseId}/client`, body: { name: 'Maria Delgado-Ruiz', phone: '+1 415 555 0199' }, caseId };
    },
  },
  'POST /cases/{caseId}/acquisition/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      const body = { ...openCaseBody().acquisition, price: 70000, correctionReason: 'Per the contract' };
      return { path: `/cases/${caseId}/acquisition/corrections`, body, caseId };
    },
  },
  'POST /cases/{caseId}/warranty/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return {
        path: `/cases/${caseId}/warranty/corrections`,
        body: { months: 48, miles: 50000, correctionReason: 'Per the booklet' },
        caseId,
      };
    },
  },
  'POST /cases/{caseId}/vehicle/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      const body = { vin: 'WBA5R1C55KA123456', make: 'BMW', model: '530i', modelYear: 2019, correctionReason: 'Per the title' };
      return { path: `/cases/${caseId}/vehicle/corrections`, body, caseId };
    },
  },
  'POST /cases/{caseId}/jurisdiction/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      return {
        path: `/cases/${caseId}/jurisdiction/corrections`,
        body: { jurisdiction: 'NV', correctionReason: 'Bought in Reno' },
        caseId,
      };
    },
  },
  'POST /cases/{caseId}/notes/{noteId}/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      const { noteId } = await setup(c, `/cases/${caseId}/notes`, { text: 'called client' });
      const body = { text: 'called the client twice', visibility: 'firm', correctionReason: 'Twice' };
      return { path: `/cases/${caseId}/notes/${noteId}/corrections`, body, caseId };
    },
  },
  'POST /cases/{caseId}/notes/{noteId}/void': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      const { noteId } = await setup(c, `/cases/${caseId}/notes`, { text: 'called client' });
      return { path: `/cases/${caseId}/notes/${noteId}/void`, body: { reason: 'Wrong case' }, caseId };
    },
  },
  'POST /cases/{caseId}/resolution/corrections': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      await setup(c, `/cases/${caseId}/resolution`, { resolvedOn: '2024-07-01', resolution: 'settlement' });
      const body = { resolvedOn: '2024-07-02', resolution: 'settlement', amount: 41000, correctionReason: 'Per the release' };
      return { path: `/cases/${caseId}/resolution/corrections`, body, caseId };
    },
  },
  'POST /cases/{caseId}/reopen': {
    expect: caseWrite(),
    call: async (c) => {
      const { caseId } = await fx.case(c);
      await setup(c, `/cases/${caseId}/resolution`, { resolvedOn: '2024-07-01', resolution: 'settlement' });
      return { path: `/cases/${caseId}/reopen`, body: { reason: 'The settlement fell through' }, caseId };
    },
  },

  'GET /deadlines': { expect: EVERYONE, call: async () => ({ path: '/deadlines' }) },
  'GET /deadlines.ics': {
    expect: { ...statuses([200, 200, 200, 200], 200, 200, 200), anonymous: 200 },
    call: async (c) => ({
      path: '/deadlines.ics',
      query: { token: (await c.as('firm.admin').post('/calendar-feeds').send({}).expect(201)).body.token },
    }),
  },
  'POST /calendar-feeds': { expect: orgCollection(201), call: async () => ({ path: '/calendar-feeds', body: { label: 'matrix' } }) },
  'GET /calendar-feeds': { expect: orgCollection(200), call: async () => ({ path: '/calendar-feeds' }) },
  'DELETE /calendar-feeds/{feedId}': {
    expect: orgResource(204),
    call: async (c) => ({ path: `/calendar-feeds/${(await c.as('firm.admin').post('/calendar-feeds').send({}).expect(201)).body.id}` }),
  },

  'POST /webhook-subscriptions': {
    expect: orgCollection(201),
    call: async (c) => ({ path: '/webhook-subscriptions', body: { url: c.receiverUrl, eventTypes: ['deadline.missed'] } }),
  },
  'GET /webhook-subscriptions': { expect: orgCollection(200), call: async () => ({ path: '/webhook-subscriptions' }) },
  'GET /webhook-subscriptions/{subscriptionId}': {
    expect: orgResource(200),
    call: async (c) => ({ path: `/webhook-subscriptions/${await fx.subscription(c)}` }),
  },
  'DELETE /webhook-subscriptions/{subscriptionId}': {
    expect: orgResource(204),
    call: async (c) => ({ path: `/webhook-subscriptions/${await fx.subscription(c)}` }),
  },
  'POST /webhook-subscriptions/{subscriptionId}/rotate-secret': {
    expect: orgResource(200),
    call: async (c) => ({ path: `/webhook-subscriptions/${await fx.subscription(c)}/rotate-secret`, body: {} }),
  },
  'PATCH /webhook-subscriptions/{subscriptionId}': {
    expect: orgResource(200),
    call: async (c) => ({ path: `/webhook-subscriptions/${await fx.subscription(c)}`, body: { eventTypes: ['deadline.missed'] } }),
  },
  'POST /webhook-subscriptions/{subscriptionId}/pause': {
    expect: orgResource(200),
    call: async (c) => ({ path: `/webhook-subscriptions/${await fx.subscription(c)}/pause`, body: {} }),
  },
  'POST /webhook-subscriptions/{subscriptionId}/enable': {
    expect: orgResource(200),
    call: async (c) => ({ path: `/webhook-subscriptions/${await fx.subscription(c)}/enable`, body: {} }),
  },
  'GET /webhook-subscriptions/{subscriptionId}/deliveries': {
    expect: orgResource(200),
    call: async (c) => ({ path: `/webhook-subscriptions/${await fx.subscription(c)}/deliveries` }),
  },
  'POST /webhook-subscriptions/{subscriptionId}/test': {
    expect: orgResource(200),
    call: async (c) => ({ path: `/webhook-subscriptions/${await fx.subscription(c)}/test`, body: {} }),
  },
  'POST /webhook-subscriptions/{subscriptionId}/deliveries/{messageId}/redeliver': {
    expect: orgResource(200),
    call: async (c) => {
      const id = await fx.subscription(c);
      const sent = (await c.as('firm.admin').post(`/webhook-subscriptions/${id}/test`).send({}).expect(200)).body;
      return { path: `/webhook-subscriptions/${id}/deliveries/${sent.messageId}/redeliver`, body: {} };
    },
  },
};

describe('authorisation matrix: every route, every kind of caller, the exact status', () => {
  let t: TestApp;
  let c: Ctx;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    await receiver.start();
    t = await startTestApp({ env: { WEBHOOK_ALLOWED_TARGETS: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '100000' } });
    const world = await createWorld(t);
    c = {
      ...world,
      t,
      receiverUrl: receiver.url,
      as: (who) => (world.keys[who] ? t.client(world.keys[who]) : request.agent(t.url)),
    };
  }, 60_000); // a shared, loaded machine can take longer than the default 5 s to build the world
  afterAll(async () => {
    await t?.close();
    await receiver.stop();
  });

  it('has a row for every route the API serves', async () => {
    const doc = (await t.client().get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(served.filter((route) => !ROUTES[route])).toEqual([]);
    expect(Object.keys(ROUTES).filter((route) => !served.includes(route))).toEqual([]);
  });

  describe.each(Object.entries(ROUTES))('%s', (route, row) => {
    const method = route.split(' ')[0].toLowerCase() as Method;
    it.each(PRINCIPALS.map((who) => [who, row.expect[who]] as const))('%s gets %i', async (who, status) => {
      const call = await row.call(c, who);
      const before = call.caseId ? (await c.as('firm.admin').get(`/cases/${call.caseId}/history`).expect(200)).body.version : undefined;
      let req = c.as(who)[method](call.path);
      if (call.query) req = req.query(call.query);
      const response = await (call.csv !== undefined
        ? req.set('Content-Type', 'text/csv').send(call.csv)
        : call.body
          ? req.send(call.body)
          : req);
      expect({ route, who, status: response.status, body: response.status === status ? undefined : response.body }).toEqual({
        route,
        who,
        status,
        body: undefined,
      });
      if (call.caseId && status >= 400) {
        const after = (await c.as('firm.admin').get(`/cases/${call.caseId}/history`).expect(200)).body.version;
        expect(after).toBe(before); // a refused request appends nothing
      }
    });
  });

  it('the operator’s admin may create organisations', async () => {
    await t.client().post('/organisations').send({ name: 'Another Maker', kind: 'manufacturer' }).expect(201);
  });
});

import { CaseStream, pick } from './deadlines.spec-helpers';

/**
 * Pre-suit notices, complaints and answers recorded as litigation steps move the clocks that run
 * from them: Cal. Code Civ. Proc. 871.24(a) (pre-suit notice; the manufacturer's windows of
 * 871.24(e)(1)), 871.26(b) and (d) (disclosures and mediation after the answer), and the time to
 * file suit, which a complaint in court satisfies.
 */
describe('litigation steps on the docket (Code Civ. Proc. ss 871.21, 871.24, 871.26)', () => {
  // Delivered 2025-06-02, warranty 36 months / 36,000 miles: 871.21(a) time to file = 2029-06-02.
  const elected = () =>
    new CaseStream({ jurisdiction: 'CA', deliveryDate: '2025-06-02', warranty: { months: 36, miles: 36000 } })
      .nonconformity('nc-1')
      .odometer('2026-06-02', 3010)
      .ab1755Election(true, '2025-01-15');

  it('871.24(e)(1): the recorded pre-suit notice, not the latest manufacturer notice, starts the 30- and 60-day windows', () => {
    const s = elected()
      .notice('n1', '2026-07-01', '2026-07-06')
      .litigationStep('ls-1', { kind: 'presuit_notice', on: '2026-08-03', receivedOn: '2026-08-05', method: 'email' });
    const offer = s.deadline('2026-08-10', 'elected_procedure_offer');
    expect(offer).toMatchObject({
      dueOn: '2026-09-04',
      computation: 'pre-suit notice sent 2026-08-03, received 2026-08-05 + 30 days = 2026-09-04',
    });
    expect(offer.lowConfidenceReasons.join(' ')).not.toContain('is taken as it');
    expect(offer.basedOn).toContain(s.lastId);
    expect(s.deadline('2026-08-10', 'elected_procedure_remedy')).toMatchObject({ dueOn: '2026-10-04' });
  });

  it('871.24(e)(1): without a recorded receipt the windows count from the day the notice was sent, flagged', () => {
    const s = elected().litigationStep('ls-1', { kind: 'presuit_notice', on: '2026-08-03' });
    const offer = s.deadline('2026-08-10', 'elected_procedure_offer');
    expect(offer.dueOn).toBe('2026-09-02');
    expect(offer.lowConfidenceReasons.join(' ')).toContain('Receipt of the pre-suit notice is not recorded');
  });

  it.each([
    // [what, answer filed, kind, due, citation]
    [
      'initial disclosures: 60 days after the answer',
      '2027-01-11',
      'elected_procedure_disclosures',
      '2027-03-12',
      'Code Civ. Proc. s 871.26(b)',
    ],
    [
      'mediation scheduled within 90 days after the answer',
      '2027-01-11',
      'elected_procedure_mediation',
      '2027-04-11',
      'Code Civ. Proc. s 871.26(d)',
    ],
  ] as const)('%s (%s)', (_what, answeredOn, kind, dueOn, citation) => {
    const s = elected()
      .litigationStep('ls-1', { kind: 'complaint_filed', on: '2026-12-01', court: 'Los Angeles County Superior Court' })
      .litigationStep('ls-2', { kind: 'answer_filed', on: answeredOn });
    const d = s.deadline('2027-01-20', kind);
    expect(d).toMatchObject({ dueOn, status: 'OPEN', actor: 'firm', rule: { citation } });
    expect(d.basedOn).toEqual([s.lastId]);
  });

  it('871.26(d): the mediation computation also shows the 150-day "held by" date; a voided answer takes the dates away again', () => {
    const answered = () => elected().litigationStep('ls-2', { kind: 'answer_filed', on: '2027-01-11' });
    expect(answered().deadline('2027-01-20', 'elected_procedure_mediation').computation).toContain('+ 150 days = 2027-06-10 (held by)');
    expect(answered().voidLitigationStep('ls-2').deadline('2027-01-20', 'elected_procedure_disclosures')).toMatchObject({
      dueOn: null,
      status: 'NOT_APPLICABLE',
    });
  });

  it('871.21 / 871.24(a): a complaint satisfies the time to file and the notice before it satisfies the pre-suit notice', () => {
    const s = elected()
      .litigationStep('ls-1', { kind: 'presuit_notice', on: '2026-08-03', receivedOn: '2026-08-05' })
      .litigationStep('ls-2', { kind: 'complaint_filed', on: '2026-10-01', court: 'LASC', caseNumber: '26STCV0001' });
    const r = s.report('2026-10-02');
    expect(pick(r, 'time_to_file')).toMatchObject({ dueOn: '2029-06-02', status: 'MET', satisfiedBy: { on: '2026-10-01' } });
    expect(pick(r, 'pre_suit_notice')).toMatchObject({ status: 'MET', satisfiedBy: { on: '2026-08-03' } });
    expect(pick(r, 'pre_suit_notice').lowConfidenceReasons.join(' ')).not.toContain('day(s) after the pre-suit notice');
  });

  it('871.24(a): a complaint filed fewer than 30 days after the pre-suit notice is flagged on the notice', () => {
    const s = elected()
      .litigationStep('ls-1', { kind: 'presuit_notice', on: '2026-08-03' })
      .litigationStep('ls-2', { kind: 'complaint_filed', on: '2026-08-13' });
    expect(s.deadline('2026-08-20', 'pre_suit_notice').lowConfidenceReasons).toContain(
      'The complaint was filed 10 day(s) after the pre-suit notice was sent (2026-08-03); at least 30 are required.',
    );
  });

  it('Tex. Occ. Code 2301.606(d): a complaint in court does not begin the proceeding before the Texas DMV', () => {
    const s = new CaseStream({ jurisdiction: 'TX', deliveryDate: '2025-06-02', warranty: { months: 36, miles: 36000 } })
      .nonconformity('nc-1')
      .litigationStep('ls-1', { kind: 'complaint_filed', on: '2026-08-13' });
    const d = s.deadline('2026-08-20', 'time_to_file');
    expect(d.status).not.toBe('MET');
    expect(d.satisfiedBy).toBeUndefined();
  });
});

import { alertLeadDates, DEFAULT_ALERT_LEAD_DAYS, isAlertable } from './deadline.alerts';
import { CaseStream, pick } from './deadlines.spec-helpers';

describe('alert helpers', () => {
  // CA claim filed 2024-05-01: decision due 2024-06-10 (40 days).
  const decision = (asOf: string, decidedOn?: string) => {
    const s = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-10' }).claim('c1', '2024-05-01');
    if (decidedOn) s.decision('c1', decidedOn);
    return pick(s.report(asOf), 'dispute_decision_due');
  };

  it.each([
    ['2024-06-10', undefined, true], // OPEN on the due day
    ['2024-06-11', undefined, false], // MISSED: raised once as deadline.missed by the scheduler, never "approaching"
    ['2024-06-11', '2024-06-01', false], // MET
  ])('asOf %s, decided %s -> alertable %s', (asOf, decidedOn, expected) => {
    expect(isAlertable(decision(asOf, decidedOn))).toBe(expected);
  });

  it('NOT_APPLICABLE and undated entries are not alertable', () => {
    const ttf = pick(new CaseStream({ jurisdiction: 'NJ', deliveryDate: '2024-01-10' }).report('2024-02-01'), 'time_to_file');
    expect(isAlertable(ttf)).toBe(false);
    expect(alertLeadDates(ttf, [7])).toEqual([]);
  });

  it('lead dates count calendar days back from the due date, earliest first', () => {
    // Due 2024-06-10: - 30 = 2024-05-11 (May has 31 days), - 14 = 2024-05-27, - 7 = 2024-06-03, - 1 = 2024-06-09.
    expect(alertLeadDates(decision('2024-05-02'), DEFAULT_ALERT_LEAD_DAYS)).toEqual([
      { leadDays: 30, alertOn: '2024-05-11' },
      { leadDays: 14, alertOn: '2024-05-27' },
      { leadDays: 7, alertOn: '2024-06-03' },
      { leadDays: 1, alertOn: '2024-06-09' },
    ]);
  });

  it('drops duplicates and negative or fractional leads; 0 means the due day', () => {
    expect(alertLeadDates(decision('2024-05-02'), [1, 1, -3, 2.5, 0])).toEqual([
      { leadDays: 1, alertOn: '2024-06-09' },
      { leadDays: 0, alertOn: '2024-06-10' },
    ]);
  });
});

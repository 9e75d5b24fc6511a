import { CaseStream } from './deadlines.spec-helpers';

// BBB AUTO LINE is offered by BMW only in the states its booklet lists (seeds: "BMW offers
// additional assistance through BBB AUTO LINE in ..."); the helper's vehicle is a 2024 BMW, whose
// list is the current BBB participants page: AR, CA, GA, KY, IA, ID, MA, MD, MN, PA, VA.
describe('BBB AUTO LINE clocks follow the manufacturer directory (participating states by model year)', () => {
  it.each([
    ['CA', 'OPEN'],
    ['PA', 'OPEN'],
    ['TX', 'NOT_APPLICABLE'],
    ['OH', 'NOT_APPLICABLE'], // listed in the 2007 booklet, not on the current page
  ])('%s: decision clock %s', (jurisdiction, status) => {
    const s = new CaseStream({ jurisdiction, deliveryDate: '2024-01-10' }).linkManufacturer('bmw').claim('c1', '2024-05-01');
    const d = s.deadline('2024-05-02', 'dispute_decision_due', 'c1');
    expect(d.status).toBe(status);
    if (status === 'NOT_APPLICABLE') {
      expect(d.statusReason).toContain(`does not offer BBB AUTO LINE in ${jurisdiction} for model year 2024`);
      expect(d.statusReason).toContain('AR, CA, GA, KY, IA, ID, MA, MD, MN, PA, VA');
    }
  });

  it('the claim window is NOT_APPLICABLE too, and a case with no directory link keeps every clock', () => {
    const linked = new CaseStream({ jurisdiction: 'TX', deliveryDate: '2024-01-10' }).linkManufacturer('bmw').claim('c1', '2024-05-01');
    expect(linked.deadline('2024-05-02', 'dispute_claim_window', 'bbb-auto-line').status).toBe('NOT_APPLICABLE');
    const unlinked = new CaseStream({ jurisdiction: 'TX', deliveryDate: '2024-01-10' }).claim('c1', '2024-05-01');
    expect(unlinked.deadline('2024-05-02', 'dispute_decision_due', 'c1').status).toBe('OPEN');
  });

  it('before any claim, a linked case in a state the program does not serve shows the claim window NOT_APPLICABLE with the reason; a participating state outside California shows none', () => {
    const texas = new CaseStream({ jurisdiction: 'TX', deliveryDate: '2024-01-10' }).linkManufacturer('bmw');
    const window = texas.deadline('2024-05-02', 'dispute_claim_window', 'bbb-auto-line');
    expect(window.status).toBe('NOT_APPLICABLE');
    expect(window.statusReason).toContain('does not offer BBB AUTO LINE in TX for model year 2024');
    const pennsylvania = new CaseStream({ jurisdiction: 'PA', deliveryDate: '2024-01-10' }).linkManufacturer('bmw');
    expect(() => pennsylvania.deadline('2024-05-02', 'dispute_claim_window', 'bbb-auto-line')).toThrow();
  });
});

import type { CaseEvent, CaseEventEnvelope } from '@lemon/domain';
import { gatherPaperworkFacts, type PaperworkInput } from './case-paperwork';
import { buildDocument, missingFor } from './templates';
import type { Block } from './document-model';

const envelopes = (events: CaseEvent[]): CaseEventEnvelope[] =>
  events.map((event, i) => ({ event, eventId: `e${i + 1}`, version: i + 1, recordedAt: '2024-06-01T00:00:00.000Z' }));

const opened = (jurisdiction = 'CA', price?: number): CaseEvent => ({
  type: 'CaseOpened',
  data: {
    caseId: 'c1',
    client: { name: 'Maria Delgado' },
    vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5', modelYear: 2024 },
    jurisdiction,
    acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12, ...(price ? { price } : {}) },
    warranty: { months: 48, miles: 50000 },
    manufacturer: { name: 'BMW', noticeRequirementDisclosed: true },
  },
});
const linked: CaseEvent = { type: 'ManufacturerLinked', data: { manufacturerId: 'bmw', name: 'BMW of North America, LLC' } };
const defect: CaseEvent = {
  type: 'NonconformityReported',
  data: { nonconformityId: 'nc1', description: 'Brake pedal sinks', safetyCritical: true },
};
const repair = (id: string, dateIn: string, dateOut: string, mileageIn: number): CaseEvent => ({
  type: 'RepairAttemptRecorded',
  data: {
    repairAttemptId: id,
    repairOrderNumber: `RO-${id}`,
    dealer: 'BMW of Beverly Hills',
    dateIn,
    dateOut,
    mileageIn,
    nonconformityIds: ['nc1'],
    outcome: 'not_fixed',
  },
});

const input = (events: CaseEvent[]): PaperworkInput => ({
  envelopes: envelopes(events),
  asOf: '2024-07-01',
  caseVersion: events.length,
  organisation: { name: 'Delgado & Partners', address: '1 Main St', phone: '(213) 555-0142' },
  signer: { name: 'Ana Ruiz', signatureLines: ['Attorney for Maria Delgado'], barNumber: '123456' },
});
const text = (blocks: Block[]): string => JSON.stringify(blocks);

describe('documents: what each kind needs, and what it says', () => {
  it('lists what is missing instead of guessing', () => {
    const bare = gatherPaperworkFacts(input([opened()]))!;
    expect(missingFor('manufacturer_notice', bare)).toEqual([
      expect.stringContaining('no manufacturer directory entry linked'),
      'no nonconformity recorded',
    ]);
    expect(missingFor('repair_chronology', bare)).toEqual(['no repair visit or out-of-service interval recorded']);
    expect(missingFor('demand_letter', bare)).toEqual(expect.arrayContaining(['purchase price unknown']));
    expect(missingFor('bbb_claim_packet', bare)).toEqual(
      expect.arrayContaining(["client's address unknown", "client's telephone unknown"]),
    );
  });

  it('the California notice: Westwood address from the directory, 1793.22(b)(3), each RO with dates and mileage, the signature', () => {
    const f = gatherPaperworkFacts(input([opened(), linked, defect, repair('1', '2024-02-05', '2024-02-09', 1620)]))!;
    expect(missingFor('manufacturer_notice', f)).toEqual([]);
    const doc = buildDocument('manufacturer_notice', f);
    expect(doc.templateVersion).toBe('manufacturer_notice@3');
    expect(doc.blocks).toContainEqual({
      type: 'address',
      lines: [
        'BMW of North America, LLC',
        'Customer Relations and Services Department',
        'P.O. Box 1227',
        'Westwood, New Jersey 07675-1227',
      ],
    });
    const t = text(doc.blocks);
    expect(t).toContain('California Civil Code section 1793.22(b)(3)');
    expect(t).toContain('Repair order RO-1, BMW of Beverly Hills: February 5, 2024 to February 9, 2024; mileage 1,620 in');
    expect(t).toContain('Attorney for Maria Delgado');
    expect(t).toContain('State Bar No. 123456');
  });

  it('the chronology counts days per visit as the statute does and keeps a running total (CA: calendar days, both ends)', () => {
    const f = gatherPaperworkFacts(
      input([opened(), defect, repair('1', '2024-02-05', '2024-02-09', 1620), repair('2', '2024-03-01', '2024-03-20', 2900)]),
    )!;
    expect(f.chronology.map((r) => [r.repairOrderNumber, r.daysCounted, r.runningTotal])).toEqual([
      ['RO-1', 5, 5],
      ['RO-2', 20, 25],
    ]);
    expect(f.daysOutOfServiceTotal).toBe(25);
  });

  it('Indiana chronology: Saturdays count (IC 24-5-13-2), and the note names the day type in words', () => {
    // Mon 2024-02-05 .. Sat 2024-02-10: six Monday-to-Saturday business days (five Monday to Friday).
    const f = gatherPaperworkFacts(input([opened('IN'), defect, repair('1', '2024-02-05', '2024-02-10', 1620)]))!;
    expect(f.chronology.map((r) => [r.repairOrderNumber, r.daysCounted])).toEqual([['RO-1', 6]]);
    const t = text(buildDocument('repair_chronology', f).blocks);
    expect(t).toContain('(Monday-to-Saturday business days; overlapping days once');
    expect(t).not.toContain('business_mon_sat');
  });

  it('prints citations with the section sign, as the rule packs\' ASCII "s" / "ss" stand for it', () => {
    const events = [
      opened('CA', 68950),
      linked,
      defect,
      repair('1', '2024-02-05', '2024-02-09', 1620),
      repair('2', '2024-03-01', '2024-03-20', 2900),
    ];
    const t = text(buildDocument('repair_chronology', gatherPaperworkFacts(input(events))!).blocks);
    expect(t).toContain('Days counted as Cal. Civ. Code § 1793.22(b)');
    expect(t).not.toMatch(/Code s \d/);
  });

  it('is the same model for the same events and date (reproducible)', () => {
    const events = [opened('CA', 68950), linked, defect, repair('1', '2024-02-05', '2024-02-09', 1620)];
    expect(buildDocument('demand_letter', gatherPaperworkFacts(input(events))!)).toEqual(
      buildDocument('demand_letter', gatherPaperworkFacts(input(events))!),
    );
  });
});

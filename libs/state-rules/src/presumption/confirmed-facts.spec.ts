import { RULE_PACKS } from '../registry';
import type { JurisdictionCode } from '../jurisdiction-code';
import { evaluatePresumption } from './evaluate-presumption';
import { CaseHistory } from '@lemon/testing/case-history';
import type { Prong } from './presumption.types';

const run = (code: JurisdictionCode, h: CaseHistory, asOf: string) =>
  evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS[code], asOf });
const safetyProngs = (prongs: Prong[]) => prongs.filter((p) => p.kind === 'serious_safety_attempts');

/** Facts the case records beyond the repair history: a defect's confirmed safety scope, the manufacturer's notice disclosure. */
describe('confirmed facts recorded on the case', () => {
  // The former Georgia law (GA-1, deliveries before 2009-01-01) limited the one-attempt tier to brakes or steering.
  it('Georgia before 2009: one brake/steering repair meets the safety prong only once the scope is confirmed (former O.C.G.A. s 10-1-782)', () => {
    const h = new CaseHistory({ jurisdiction: 'GA', deliveryDate: '2008-01-10' })
      .nonconformity('brakes', true)
      .repair('r1', { dateIn: '2008-03-01', dateOut: '2008-03-02', mileageIn: 1500, nc: 'brakes' });
    const before = run('GA', h, '2008-04-01');
    const tierOne = safetyProngs(before.prongs).find((p) => p.threshold === 1)!;
    expect(tierOne).toMatchObject({ count: 1, thresholdReached: true, met: false });
    expect(tierOne.missingPreconditions.map((m) => m.kind)).toContain('safety_scope');

    h.confirmSafetyScope('brakes', ['brakes_or_steering']);
    const after = safetyProngs(run('GA', h, '2008-04-01').prongs).find((p) => p.threshold === 1)!;
    expect(after.missingPreconditions.map((m) => m.kind)).not.toContain('safety_scope');
  });

  it('Minnesota needs a complete failure of braking or steering; "brakes or steering" alone is not enough (Minn. Stat. s 325F.665)', () => {
    const h = new CaseHistory({ jurisdiction: 'MN' })
      .nonconformity('brakes', true)
      .repair('r1', { dateIn: '2024-03-01', dateOut: '2024-03-02', mileageIn: 1500, nc: 'brakes' });
    h.confirmSafetyScope('brakes', ['brakes_or_steering']);
    const partial = safetyProngs(run('MN', h, '2024-04-01').prongs)[0];
    expect(partial.missingPreconditions.map((m) => m.kind)).toContain('safety_scope');
    h.confirmSafetyScope('brakes', ['total_brake_or_steering_failure']);
    const total = safetyProngs(run('MN', h, '2024-04-01').prongs)[0];
    expect(total.missingPreconditions.map((m) => m.kind)).not.toContain('safety_scope');
  });

  it('Maryland also needs the failed state inspection (Md. Code, Com. Law s 14-1502)', () => {
    const h = new CaseHistory({ jurisdiction: 'MD' })
      .nonconformity('steering', true)
      .repair('r1', { dateIn: '2024-03-01', dateOut: '2024-03-02', mileageIn: 1500, nc: 'steering' });
    h.confirmSafetyScope('steering', ['brakes_or_steering']);
    expect(safetyProngs(run('MD', h, '2024-04-01').prongs)[0].missingPreconditions.map((m) => m.kind)).toContain('safety_scope');
    h.confirmSafetyScope('steering', ['brakes_or_steering', 'failed_state_inspection']);
    expect(safetyProngs(run('MD', h, '2024-04-01').prongs)[0].missingPreconditions.map((m) => m.kind)).not.toContain('safety_scope');
  });

  it('California: without the manufacturer’s disclosure the notice element falls away (Cal. Civ. Code s 1793.22(b)(3))', () => {
    const h = new CaseHistory({ jurisdiction: 'CA' }).nonconformity('brakes', true);
    h.repair('r1', { dateIn: '2024-02-05', dateOut: '2024-02-06', mileageIn: 900, nc: 'brakes' }).repair('r2', {
      dateIn: '2024-03-05',
      dateOut: '2024-03-06',
      mileageIn: 1900,
      nc: 'brakes',
    });
    expect(run('CA', h, '2024-04-01').status).toBe('NOT_MET'); // disclosed by default: notice still missing
    h.disclosure(false);
    expect(run('CA', h, '2024-04-01').status).toBe('MET');
    h.disclosure(true);
    expect(run('CA', h, '2024-04-01').status).toBe('NOT_MET');
  });
});

import type request from 'supertest';
import { aCase } from '@lemon/testing/case-history';
import { replayCaseHistory } from './replay-case-history';

/** Valid VINs (check digit per 49 CFR 565.15) for fixtures. */
export const VINS = ['5UXCR6C06R9S12345', 'WBA5R1C00LFH12345', '1M8GDM9AXKP042788', '11111111111111111'];

export const openCaseBody = (overrides: Record<string, unknown> = {}) => ({
  client: { name: 'Maria Delgado', email: 'maria@example.com' },
  vehicle: { vin: VINS[0], make: 'BMW', model: 'X5 xDrive40i', modelYear: 2024 },
  jurisdiction: 'CA',
  acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12 },
  warranty: { months: 48, miles: 50000 },
  manufacturer: 'BMW of North America',
  ...overrides,
});

/**
 * A varied history (defects, repairs with one corrected and one voided, intervals, odometer,
 * notice, a dispute claim, a note), built with the shared case-history builder and recorded
 * through HTTP. Returns the case id.
 */
export async function recordVariedHistory(api: () => ReturnType<typeof request.agent>, seed: number): Promise<string> {
  const nc = 'nc-1';
  const history = aCase({
    jurisdiction: ['CA', 'NY', 'TX', 'FL'][seed % 4]!,
    client: { name: `Client ${seed}`, email: 'maria@example.com' },
    vehicle: { vin: VINS[seed % VINS.length]!, make: 'BMW', model: `Model ${seed}`, modelYear: 2024 },
    deliveryDate: '2024-01-10',
    odometerAtDelivery: 12,
    manufacturer: 'BMW of North America',
  }).nonconformity(nc, seed % 2 === 0, `Defect ${seed}`);
  for (let i = 0; i < 3 + (seed % 3); i++) {
    const day = (n: number) => `2024-03-${String(n).padStart(2, '0')}`;
    history.repair(`ra-${i}`, {
      repairOrderNumber: `RO-${seed}-${i}`,
      dateIn: day(1 + i * 7),
      dateOut: day(3 + i * 7),
      mileageIn: 1000 + i * 300,
      nc,
    });
  }
  history
    .correctRepair(
      'ra-0',
      { repairOrderNumber: `RO-${seed}-0`, dateIn: '2024-03-02', dateOut: '2024-03-04', mileageIn: 1001, nc },
      'RO date misread',
    )
    .voidRepair('ra-1', 'duplicate entry')
    .outOfService('oos-1', '2024-04-01', '2024-04-10', ['2024-04-05'], 'towed');
  if (seed % 2) history.voidOutOfService('oos-1', 'entered on the wrong case');
  history.odometer('2024-05-01', 4000 + seed).notice('2024-05-02', [nc]);
  if (seed % 3 === 0) history.claim('claim-1', '2024-06-01', { program: 'BBB_AUTO_LINE', contactedFirst: true });
  history.note(`note for ${seed}`);
  return (await replayCaseHistory(api, history)).caseId;
}

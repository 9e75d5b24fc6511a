import type request from 'supertest';

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
 * Records a varied history through HTTP: defects, repairs (one corrected, one voided), intervals,
 * odometer, notice, a dispute claim. Returns the case id.
 */
export async function recordVariedHistory(api: () => ReturnType<typeof request.agent>, seed: number): Promise<string> {
  const post = async (path: string, body: object) => (await api().post(path).send(body).expect(201)).body;
  const { caseId } = await post(
    '/cases',
    openCaseBody({
      client: { name: `Client ${seed}` },
      vehicle: { vin: VINS[seed % VINS.length], make: 'BMW', model: `Model ${seed}`, modelYear: 2024 },
      jurisdiction: ['CA', 'NY', 'TX', 'FL'][seed % 4],
    }),
  );
  const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, {
    description: `Defect ${seed}`,
    safetyCritical: seed % 2 === 0,
  });
  const repairs: string[] = [];
  for (let i = 0; i < 3 + (seed % 3); i++) {
    const day = String(1 + i * 7).padStart(2, '0');
    const r = await post(`/cases/${caseId}/repair-attempts`, {
      repairOrderNumber: `RO-${seed}-${i}`,
      dateIn: `2024-03-${day}`,
      dateOut: `2024-03-${String(3 + i * 7).padStart(2, '0')}`,
      mileageIn: 1000 + i * 300,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });
    repairs.push(r.repairAttemptId);
  }
  await post(`/cases/${caseId}/repair-attempts/${repairs[0]}/corrections`, {
    correctionReason: 'RO date misread',
    dateIn: '2024-03-02',
    dateOut: '2024-03-04',
    mileageIn: 1001,
    nonconformityIds: [nonconformityId],
    outcome: 'not_fixed',
  });
  await post(`/cases/${caseId}/repair-attempts/${repairs[1]}/void`, { reason: 'duplicate entry' });
  const { intervalId } = await post(`/cases/${caseId}/out-of-service`, {
    from: '2024-04-01',
    to: '2024-04-10',
    reason: 'towed',
    excludedDays: ['2024-04-05'],
  });
  if (seed % 2) await post(`/cases/${caseId}/out-of-service/${intervalId}/void`, { reason: 'entered on the wrong case' });
  await post(`/cases/${caseId}/odometer-readings`, { readOn: '2024-05-01', mileage: 4000 + seed });
  await post(`/cases/${caseId}/manufacturer-notices`, {
    sentOn: '2024-05-02',
    method: 'certified_mail',
    nonconformityIds: [nonconformityId],
  });
  if (seed % 3 === 0)
    await post(`/cases/${caseId}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn: '2024-06-01', manufacturerContactedFirst: true });
  await post(`/cases/${caseId}/notes`, { text: `note for ${seed}` });
  return caseId;
}

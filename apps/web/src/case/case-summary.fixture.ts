/**
 * For component tests: the case every case-page test starts from (Maria Delgado's 2026 BMW X5, California), without its
 * records; each test adds the defects, visits and readings it is about.
 */
export const caseHeaderFixture = {
  caseId: 'case-1',
  version: 7,
  status: 'open',
  jurisdiction: 'CA',
  client: { name: 'Maria Delgado' },
  vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5', modelYear: 2026 },
  acquisition: { type: 'purchase', deliveryDate: '2026-01-10', odometerAtDelivery: 12 },
  warranty: { months: 48, miles: 50000 },
  manufacturer: { name: 'BMW of North America' },
};

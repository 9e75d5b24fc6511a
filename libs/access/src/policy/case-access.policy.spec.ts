import type { Principal, Role } from '../identity/principal';
import { authorizeCase, mayOpenCases, type CaseAction } from './case-access.policy';

const principal = (organisationId: string, role: Role, kind: Principal['organisationKind'] = 'law_firm'): Principal => ({
  userId: `${organisationId}-${role}`,
  organisationId,
  organisationKind: kind,
  operator: false,
  role,
  apiKeyId: 'k',
});
const access = { ownerOrganisationId: 'firm', sharedWith: ['bmw'] };
const ACTIONS: CaseAction[] = ['read', 'write', 'share', 'read_access_log'];

describe('case access policy', () => {
  it.each([
    // who, role, read, write, share, read_access_log
    ['firm', 'admin', 'allow', 'allow', 'allow', 'allow'],
    ['firm', 'attorney', 'allow', 'allow', 'allow', 'allow'],
    ['firm', 'staff', 'allow', 'allow', 'forbidden', 'forbidden'],
    ['firm', 'auditor', 'allow', 'forbidden', 'forbidden', 'allow'],
    ['bmw', 'auditor', 'allow', 'forbidden', 'forbidden', 'forbidden'],
    ['bmw', 'admin', 'allow', 'forbidden', 'forbidden', 'forbidden'],
    ['other-firm', 'admin', 'not_found', 'not_found', 'not_found', 'not_found'],
    ['audi', 'auditor', 'not_found', 'not_found', 'not_found', 'not_found'],
  ] as const)('%s %s', (org, role, ...expected) => {
    const p = principal(org, role, org === 'bmw' || org === 'audi' ? 'manufacturer' : 'law_firm');
    expect(ACTIONS.map((a) => authorizeCase(p, access, a))).toEqual(expected);
  });

  it('a case without a recorded owner is nobody’s', () => {
    expect(authorizeCase(principal('firm', 'admin'), { sharedWith: [] }, 'read')).toBe('not_found');
  });

  it('only law-firm writers open cases', () => {
    expect(mayOpenCases(principal('firm', 'staff'))).toBe(true);
    expect(mayOpenCases(principal('firm', 'auditor'))).toBe(false);
    expect(mayOpenCases(principal('bmw', 'admin', 'manufacturer'))).toBe(false);
  });
});

import type { TestApp } from './test-app';

export type PrincipalName =
  'firm.admin' | 'firm.attorney' | 'firm.staff' | 'firm.auditor' | 'other.admin' | 'shared.auditor' | 'unshared.auditor' | 'anonymous';

export const PRINCIPALS: readonly PrincipalName[] = [
  'firm.admin',
  'firm.attorney',
  'firm.staff',
  'firm.auditor',
  'other.admin',
  'shared.auditor',
  'unshared.auditor',
  'anonymous',
];

export interface World {
  firm: { id: string; users: Record<'admin' | 'attorney' | 'staff' | 'auditor', string> };
  other: { id: string };
  bmw: { id: string };
  audi: { id: string };
  keys: Record<PrincipalName, string | undefined>;
}

/**
 * Through the API, as the operator's bootstrap admin: a law firm with one user per role, another
 * firm, and two manufacturers (one the firm's cases get shared with), each user with a key.
 */
export async function createWorld(t: TestApp): Promise<World> {
  const admin = () => t.client();
  const org = async (name: string, kind: string) =>
    (await admin().post('/organisations').send({ name, kind }).expect(201)).body.id as string;
  const user = async (organisationId: string, role: string) =>
    (
      await admin()
        .post(`/organisations/${organisationId}/users`)
        .send({ name: `${role} of ${organisationId.slice(0, 4)}`, role })
        .expect(201)
    ).body.id as string;
  const key = async (userId: string) =>
    (await admin().post(`/users/${userId}/api-keys`).send({ label: 'test' }).expect(201)).body.key as string;

  const firm = await org('Delgado & Partners LLP', 'law_firm');
  const other = await org('Other Firm LLP', 'law_firm');
  const bmw = await org('BMW of North America, Customer Relations', 'manufacturer');
  const audi = await org('Audi of America, Customer Relations', 'manufacturer');
  const users = {
    admin: await user(firm, 'admin'),
    attorney: await user(firm, 'attorney'),
    staff: await user(firm, 'staff'),
    auditor: await user(firm, 'auditor'),
  };
  const keys: World['keys'] = {
    'firm.admin': await key(users.admin),
    'firm.attorney': await key(users.attorney),
    'firm.staff': await key(users.staff),
    'firm.auditor': await key(users.auditor),
    'other.admin': await key(await user(other, 'admin')),
    'shared.auditor': await key(await user(bmw, 'auditor')),
    'unshared.auditor': await key(await user(audi, 'auditor')),
    anonymous: undefined,
  };
  return { firm: { id: firm, users }, other: { id: other }, bmw: { id: bmw }, audi: { id: audi }, keys };
}

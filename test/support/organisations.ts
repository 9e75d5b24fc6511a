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
  /** The manufacturer the firm shares with; its first admin's id and key too. */
  bmw: { id: string; adminId: string; adminKey: string };
  audi: { id: string };
  keys: Record<PrincipalName, string | undefined>;
}

/**
 * Through the API, as an operator would set it up: the operator's bootstrap admin creates a law
 * firm, another firm and two manufacturers (one the firm's cases get shared with), and each one's
 * first admin (whose first key comes with it); each organisation's admin then adds its own users
 * and their keys (the operator may not issue keys for another organisation's users).
 */
export async function createWorld(t: TestApp): Promise<World> {
  const operator = () => t.client();
  const org = async (name: string, kind: string) => {
    const id = (await operator().post('/organisations').send({ name, kind }).expect(201)).body.id as string;
    const admin = (
      await operator()
        .post(`/organisations/${id}/users`)
        .send({ name: `admin of ${name}`, role: 'admin' })
        .expect(201)
    ).body as { id: string; apiKey: { key: string } };
    return { id, adminId: admin.id, adminKey: admin.apiKey.key };
  };
  const user = async (organisation: { id: string; adminKey: string }, role: string) =>
    (
      await t
        .client(organisation.adminKey)
        .post(`/organisations/${organisation.id}/users`)
        .send({ name: `${role} of ${organisation.id.slice(0, 4)}`, role })
        .expect(201)
    ).body.id as string;
  const key = async (organisation: { adminKey: string }, userId: string) =>
    (await t.client(organisation.adminKey).post(`/users/${userId}/api-keys`).send({ label: 'test' }).expect(201)).body.key as string;

  const firm = await org('Delgado & Partners LLP', 'law_firm');
  const other = await org('Other Firm LLP', 'law_firm');
  const bmw = await org('BMW of North America, Customer Relations', 'manufacturer');
  const audi = await org('Audi of America, Customer Relations', 'manufacturer');
  const users = {
    admin: firm.adminId,
    attorney: await user(firm, 'attorney'),
    staff: await user(firm, 'staff'),
    auditor: await user(firm, 'auditor'),
  };
  const keys: World['keys'] = {
    'firm.admin': firm.adminKey,
    'firm.attorney': await key(firm, users.attorney),
    'firm.staff': await key(firm, users.staff),
    'firm.auditor': await key(firm, users.auditor),
    'other.admin': other.adminKey,
    'shared.auditor': await key(bmw, await user(bmw, 'auditor')),
    'unshared.auditor': await key(audi, await user(audi, 'auditor')),
    anonymous: undefined,
  };
  return {
    firm: { id: firm.id, users },
    other: { id: other.id },
    bmw: { id: bmw.id, adminId: bmw.adminId, adminKey: bmw.adminKey },
    audi: { id: audi.id },
    keys,
  };
}

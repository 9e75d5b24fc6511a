/** Who is calling, resolved from an API key: the subject of every authorisation decision. */
export type Role = 'admin' | 'attorney' | 'staff' | 'auditor';
export const ROLES: readonly Role[] = ['admin', 'attorney', 'staff', 'auditor'];

export type OrganisationKind = 'law_firm' | 'manufacturer';
export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['law_firm', 'manufacturer'];

export interface Principal {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  /** The bootstrap organisation: its admins create the other organisations. */
  operator: boolean;
  role: Role;
  /** Set when the caller authenticated with an API key (integrations). */
  apiKeyId?: string;
  /** Set when the caller signed in (a person in the web app): the hash of the session id. */
  sessionId?: string;
}

/** What a case's events say about who may touch it. */
export interface CaseAccess {
  ownerOrganisationId?: string;
  sharedWith: ReadonlySet<string> | readonly string[];
}

/** The 50 states + DC: the jurisdictions the rule packs cover. */
export const JURISDICTIONS = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS',
  'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV',
  'WI', 'WY',
];
export const REPAIR_OUTCOMES = [
  { value: 'not_fixed', label: 'Not fixed' },
  { value: 'fixed', label: 'Fixed' },
  { value: 'no_problem_found', label: 'No problem found' },
  { value: 'parts_on_order', label: 'Parts on order' },
];
export const NOTICE_METHODS = [
  { value: 'certified_mail', label: 'Certified mail' },
  { value: 'mail', label: 'Mail' },
  { value: 'email', label: 'Email' },
  { value: 'fax', label: 'Fax' },
  { value: 'online_form', label: 'Online form' },
  { value: 'hand_delivery', label: 'Hand delivery' },
  { value: 'other', label: 'Other' },
];
export const ACTOR_LABEL: Record<string, string> = {
  consumer: 'consumer (your client)',
  manufacturer: 'manufacturer',
  program: 'dispute program',
  firm: 'your firm',
  court: 'court',
};
export const actorLabel = (actor?: string) => (actor ? (ACTOR_LABEL[actor] ?? actor) : '—');

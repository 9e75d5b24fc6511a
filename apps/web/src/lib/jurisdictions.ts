import { JURISDICTION_CODES } from '@lemon/state-rules/jurisdiction-code';

/** The 50 states + DC (the jurisdictions the rule packs cover): the one list, from libs/state-rules. */
export const JURISDICTIONS: string[] = [...JURISDICTION_CODES];
export const REPAIR_OUTCOMES = [
  { value: 'not_fixed', label: 'Not fixed' },
  { value: 'fixed', label: 'Fixed' },
  { value: 'no_problem_found', label: 'No problem found' },
  { value: 'parts_on_order', label: 'Parts on order' },
];
export const NOTICE_METHODS = [
  { value: 'certified_mail', label: 'Certified mail' },
  { value: 'registered_mail', label: 'Registered mail' },
  { value: 'express_mail', label: 'Express mail' },
  { value: 'mail', label: 'Mail' },
  { value: 'email', label: 'Email' },
  { value: 'fax', label: 'Fax' },
  { value: 'online_form', label: 'Online form' },
  { value: 'hand_delivery', label: 'Hand delivery' },
  { value: 'other', label: 'Other' },
];
export const ACTOR_LABEL: Record<string, string> = {
  consumer: 'consumer (the client)',
  manufacturer: 'manufacturer',
  program: 'dispute program',
  firm: 'the client’s law firm',
  court: 'court',
};
export const actorLabel = (actor?: string) => (actor ? (ACTOR_LABEL[actor] ?? actor) : '—');

import type { DeadlineActor, DeadlineKind } from '@lemon/deadlines/deadline-kinds';
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
/** Who must act, in words: one per actor the API can name (a new one fails the type-check here). */
export const ACTOR_LABEL: Readonly<Record<DeadlineActor, string>> = {
  consumer: 'consumer (the client)',
  manufacturer: 'manufacturer',
  program: 'dispute program',
  firm: 'the client’s law firm',
  court: 'court',
};
export const actorLabel = (actor?: string) => (actor ? (ACTOR_LABEL[actor as DeadlineActor] ?? actor) : '—');

/** Each kind of deadline the API can return, in words (a new kind fails the type-check here). */
export const DEADLINE_KIND_LABEL: Readonly<Record<DeadlineKind, string>> = {
  dispute_claim_window: 'Last day to file a dispute program claim',
  state_arbitration_request: 'Last day to request state arbitration',
  dispute_decision_due: 'Dispute program’s decision due',
  manufacturer_compliance_due: 'Manufacturer complies with the accepted decision',
  rights_period_end: 'Lemon-law rights period ends',
  final_repair_facility_designation: 'Manufacturer names the final repair facility',
  final_repair_completion: 'Final repair attempt completed',
  manufacturer_remedy_due: 'Manufacturer repurchases or replaces the vehicle',
  time_to_file: 'Last day to file suit (or begin the proceeding)',
  pre_suit_notice: 'Written pre-suit notice',
  elected_procedure_offer: 'AB 1755: manufacturer’s offer (bars civil penalties)',
  elected_procedure_remedy: 'AB 1755: restitution or replacement completed',
  elected_procedure_disclosures: 'AB 1755: initial disclosures',
  elected_procedure_mediation: 'AB 1755: mediation scheduled and held',
};

/**
 * Every clock the calculator knows, and who acts on each. Persisted by the docket and named in
 * alerts: never rename. Imports nothing: the web app shares this one file (its docket filters by
 * exactly these kinds; apps/web/vite.config.mts, sharedPureModules).
 */
export const DEADLINE_KINDS = [
  'dispute_claim_window',
  'state_arbitration_request',
  'dispute_decision_due',
  'manufacturer_compliance_due',
  'rights_period_end',
  'final_repair_facility_designation',
  'final_repair_completion',
  'manufacturer_remedy_due',
  'time_to_file',
  'pre_suit_notice',
  'elected_procedure_offer',
  'elected_procedure_remedy',
  'elected_procedure_disclosures',
  'elected_procedure_mediation',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Who must act by the date: the consumer, the consumer's law firm, the manufacturer, a dispute program, or the court. */
export const DEADLINE_ACTORS = ['consumer', 'firm', 'manufacturer', 'program', 'court'] as const;
export type DeadlineActor = (typeof DEADLINE_ACTORS)[number];

/**
 * Who acts on each kind of clock. Stable per kind, so the docket (which stores the kind) can say
 * it too. The rights period end is the consumer's: defects must be reported and the test met by then.
 */
export const ACTOR_OF_KIND: Readonly<Record<DeadlineKind, DeadlineActor>> = {
  dispute_claim_window: 'consumer',
  state_arbitration_request: 'consumer',
  dispute_decision_due: 'program',
  manufacturer_compliance_due: 'manufacturer',
  rights_period_end: 'consumer',
  final_repair_facility_designation: 'manufacturer',
  final_repair_completion: 'manufacturer',
  manufacturer_remedy_due: 'manufacturer',
  time_to_file: 'firm',
  pre_suit_notice: 'consumer',
  elected_procedure_offer: 'manufacturer',
  elected_procedure_remedy: 'manufacturer',
  elected_procedure_disclosures: 'firm',
  elected_procedure_mediation: 'firm',
};

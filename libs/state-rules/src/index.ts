// Public surface of @lemon/state-rules: pure rule packs for 50 states + DC, the presumption
// evaluator, warranty expiry, legal-date calendar helpers and the BBB AUTO LINE program rules.
export * from './calendar/legal-date';
export * from './calendar/federal-holidays';
export * from './calendar/day-type';
export * from './calendar/day-intervals';
export * from './calendar/case-out-of-service';
export * from './sourced';
export * from './deadline-spec';
export * from './jurisdiction-code';
export * from './section-signs';
export * from './state-rule-pack';
export { RULE_PACKS, rulePackFor, rulePackVersionFor } from './registry';
export { REFERENCE_SOURCES, type ReferenceSource } from './sources/reference-sources';
export { evaluatePresumption, type EvaluatePresumptionInput } from './presumption/evaluate-presumption';
export * from './presumption/presumption.types';
export * from './warranty/odometer-trend';
export * from './warranty/warranty-expiry';
export * from './dispute/bbb-auto-line';
export * from './restitution/use-offset.rules';
export * from './restitution/compute-restitution';

import { BBB_AUTO_LINE } from '@lemon/state-rules';

/**
 * The BBB AUTO LINE wording the deadlines quote, copied from the BMW warranty booklets (the
 * project's seed documents, "BBB Auto Line - California Residents"). Kept as text so nothing
 * reads the seed files at run time; the numbers themselves come from `BBB_AUTO_LINE`.
 */
export const BMW_BOOKLET = 'BMW warranty booklet, "BBB AUTO LINE - California Residents"';

export const BBB_RULE_TEXT = {
  claimWindow: 'Claims must be filed with BBB AUTO LINE within six (6) months after the expiration of the warranty.',
  decision:
    "The arbitrator's decision should ordinarily be issued within 40 days from the time your complaint is filed; there may be a " +
    'delay of 7 days if you did not first contact BMW about your problem, or a delay of up to 30 days if the arbitrator requests ' +
    'an inspection/report by an impartial technical expert or further investigation and report by BBB AUTO LINE.',
  compliance:
    "If you accept the arbitrator's decision, BMW will be bound by the decision, and will comply with the decision within a " +
    'reasonable time not to exceed 30 days after we receive notice of your acceptance of the decision.',
} as const;

export const BBB_CITATIONS = {
  claimWindow: BBB_AUTO_LINE.claimWindow.citation,
  // Same wording as the state-rules citations, so joined citations de-duplicate.
  decision: `${BBB_AUTO_LINE.decisionWithinDays.citation}; BMW booklet (California residents, item 5)`,
  notContactedFirst: BBB_AUTO_LINE.extraDaysIfManufacturerNotContactedFirst.citation,
  inspection: BBB_AUTO_LINE.maxExtraDaysForInspection.citation,
  compliance: BBB_AUTO_LINE.complianceWithinDaysOfAcceptance.citation,
} as const;

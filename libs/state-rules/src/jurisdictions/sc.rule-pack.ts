import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// South Carolina: values from the lemon-law research extract, checked on 2026-11-28 against the text
// of S.C. Code ss 56-28-30 to 56-28-70 (libs/state-rules/verification/pa-wy.md).
const CITE = 'S.C. Code s 56-28-10 et seq.';
const PRESUMPTION_CITE = 'S.C. Code s 56-28-50';

export const SC_RULE_PACK: RulePack = {
  code: 'SC',
  name: 'South Carolina',
  statute: sourced('S.C. Code s 56-28-10 et seq.', 'H', CITE, ['LLAZ:south-carolina'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'SC-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: null,
          miles: null,
          combine: 'whichever_first',
          endsWithExpressWarranty: true,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'delivery',
          text: 'Attempts and days counted within the express warranty term (56-28-50(A)); the nonconformity itself must arise within the first 12 months of purchase or 12,000 miles, whichever first (56-28-30, not modelled)',
        },
        'L',
        'S.C. Code ss 56-28-30, 56-28-50(A)',
        ['LLAZ:south-carolina', 'SC_56_28_50'],
        {
          note: 'Lowered from M: the text adds a second limit the pack does not model. 56-28-30 (and 56-28-40, "within the term specified in 56-28-30") limit the law to a nonconformity arising within the first 12 months or 12,000 miles, whichever first; only the counting of attempts and days runs over the express warranty term. A defect first reported after 12 months/12,000 miles is shown as inside the period here.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity subject to repair 3 or more times by the manufacturer or its agent within the express warranty term, and it continues to exist',
        },
        'H',
        `${PRESUMPTION_CITE}(A)(1)`,
        ['SC_56_28_50', 'LLAZ:south-carolina'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'S.C. Code s 56-28-50(A)', ['LLAZ:south-carolina'], {
        note: 'Subsection (A) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair for a cumulative total of 30 or more calendar days during the express warranty (extended for war, invasion, strike, fire, flood or other natural disaster)',
        },
        'H',
        'S.C. Code s 56-28-50(A)(2)',
        ['LLAZ:south-carolina'],
        {
          note: '56-28-50(A)(2) (2015 text, LLAZ): out of service by reason of repair for a cumulative total of thirty or more calendar days during the express warranty (the extension sentence says "the twenty-day period", an evident slip in the text). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'if_disclosed',
          method: 'Registered, certified or express mail, if disclosed at sale',
          acceptedMethods: ['registered_mail', 'certified_mail', 'express_mail'],
          conditionsProngs: ALL_PRONGS,
          text: 'Before using the chapter the consumer must give the manufacturer written notification of the need for repair, to allow a final opportunity to cure, if the manufacturer clearly and prominently informed the consumer of this at the time of sale; all written notifications go by registered, certified or express mail',
        },
        'M',
        `${PRESUMPTION_CITE}(B), (E)`,
        ['LLAZ:south-carolina'],
        {
          interpretations: ['The source does not say which presumption prongs the notice conditions; applied to all of them.'],
        },
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: 10,
          repairWithinDays: 10,
          repairWindowFrom: 'facility_delivery',
          dayType: 'business',
          missedWindowSatisfies: false,
          text: 'Within 10 business days (of the notification) the manufacturer names a reasonably accessible repair facility of a franchised dealer; after the consumer delivers the vehicle there it must repair it within 10 business days',
        },
        'H',
        'S.C. Code s 56-28-50(B)',
        ['LLAZ:south-carolina'],
        {
          note: '56-28-50(B) (2015 text, LLAZ): the manufacturer names a reasonably accessible repair facility within ten business days and must repair within ten business days after delivery there; if it cannot, it must replace or refund. A step before the remedy, not an element of the (A) presumption. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'If the manufacturer has a procedure substantially complying with 16 CFR 703, or takes part in a panel or board whose decisions bind it, refund/replacement (56-28-40) does not apply to a consumer who has not first resorted to it or to the state arbitration alternative (56-28-90)',
        },
        'H',
        'S.C. Code s 56-28-60',
        ['LLAZ:south-carolina'],
        {
          note: '56-28-60 (2015 text, LLAZ): a 703-compliant procedure, or a consumer-industry panel whose decisions bind the manufacturer, must first be used (or the state procedure of 56-28-90). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 36 }], combine: 'earliest' },
          text: 'Any action under the chapter must be commenced within 3 years following the date of original delivery to the consumer',
        },
        'H',
        'S.C. Code s 56-28-70',
        ['LLAZ:south-carolina'],
        {
          note: '56-28-70 (2015 text, LLAZ): any action must be commenced within three years following original delivery. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Virginia: values from the lemon-law research extract, checked on 2026-11-28 against the text of
// Va. Code ss 59.1-207.11, -207.13, -207.15 and -207.16 (libs/state-rules/verification/pa-wy.md).
const CITE = 'Va. Code s 59.1-207.9 et seq.';

export const VA_RULE_PACK: RulePack = {
  code: 'VA',
  name: 'Virginia',
  statute: sourced('Va. Code s 59.1-207.9 et seq. (Motor Vehicle Warranty Enforcement Act)', 'H', CITE, ['LLAZ:virginia', 'VA_CAS']),
  versions: [
    {
      id: 'VA-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 18,
          miles: null,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: 'Lemon law rights period: 18 months after original delivery; extended if the manufacturer was notified but the nonconformity was not repaired by its end (rule: time only)',
        },
        'H',
        'Va. Code ss 59.1-207.11 ("lemon law rights period"), 59.1-207.13(C)',
        ['LLAZ:virginia', 'VA_59_1_207_13', 'VA_CAS'],
        {
          note: 'The rights period is extended if the manufacturer was notified but the nonconformity was not repaired by its end; not modelled.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more repairs of the same nonconformity',
        },
        'H',
        'Va. Code s 59.1-207.13(B)(1)',
        ['LLAZ:virginia', 'VA_CAS'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 1,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'counting_window',
            scope: 'any_serious_safety',
            text: '1 or more repairs of a serious safety defect',
          },
        ],
        'H',
        'Va. Code ss 59.1-207.11 ("serious safety defect"), 59.1-207.13(B)(2)',
        ['LLAZ:virginia', 'VA_CAS'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 calendar days out of service (day type in the source: calendar)',
        },
        'H',
        'Va. Code s 59.1-207.13(B)(3)',
        ['LLAZ:virginia', 'VA_CAS'],
      ),
      notice: sourced(
        {
          required: 'if_disclosed',
          method: "Written notice to the manufacturer, if disclosed in the warranty or owner's manual",
          conditionsProngs: ALL_PRONGS,
          text: "Yes - written notice to the manufacturer (if disclosed in warranty/owner's manual); 'notified' also covers manufacturer written response, factory-rep inspection or meeting",
        },
        'H',
        'Va. Code ss 59.1-207.11 ("notify"), 59.1-207.13(D), (E)',
        ['LLAZ:virginia', 'VA_CAS'],
        {
          interpretations: ['The source does not say which presumption prongs the notice conditions; applied to all of them.'],
        },
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'conditional',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 15,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'If the manufacturer had not been notified before the thresholds were met: one more opportunity not to exceed 15 days',
        },
        'H',
        'Va. Code s 59.1-207.13(E)',
        ['LLAZ:virginia', 'VA_CAS'],
        {
          interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'optional',
          text: "If a manufacturer provides an informal dispute settlement procedure, it is the consumer's choice whether to use it before availing himself of his rights; a decision for refund or replacement accepted by the consumer must be complied with within 40 days (59.1-207.15(B))",
        },
        'H',
        'Va. Code s 59.1-207.15(A)',
        ['VA_59_1_207_15', 'VA_CAS'],
        { note: 'Corrected 2026-11-28 from "unknown" (L): the text makes any manufacturer procedure the consumer\'s choice.' },
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'rights_period_end' }], combine: 'earliest' },
          alternatives:
            "A consumer who used the manufacturer's dispute procedure and rejected its final action has 12 months from that action, or the rights period, whichever is longer.",
          text: "Action within the 18-month rights period; a consumer who used the manufacturer's dispute procedure and rejected its final action has 12 months from that final action, or the rights period, whichever is longer",
        },
        'H',
        'Va. Code s 59.1-207.16',
        ['LLAZ:virginia'],
      ),
      coverage: {
        leased: sourced('Covered (CAS: law specifically applies to leased vehicles)', 'M', CITE, ['VA_CAS']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: ['Presumption also presumes significant impairment.'],
    },
  ],
};

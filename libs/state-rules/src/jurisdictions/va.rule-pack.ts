import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Virginia: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
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
        CITE,
        ['LLAZ:virginia', 'VA_CAS'],
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
        CITE,
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
        CITE,
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
        CITE,
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
        CITE,
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
        CITE,
        ['LLAZ:virginia', 'VA_CAS'],
        {
          interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'unknown',
          text: 'not established from available sources; CAS notes the state has certified guidelines for arbitration',
        },
        'L',
        CITE,
        ['VA_CAS'],
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
        CITE,
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

import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// South Carolina: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'S.C. Code s 56-28-10 et seq.';

export const SC_RULE_PACK: RulePack = {
  code: 'SC',
  name: 'South Carolina',
  statute: sourced('S.C. Code s 56-28-10 et seq.', 'M', CITE, ['LLAZ:south-carolina']),
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
          text: 'Attempts/days within the express warranty term (rule: express warranty term)',
        },
        'M',
        CITE,
        ['LLAZ:south-carolina'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more repairs of the same nonconformity',
        },
        'M',
        CITE,
        ['LLAZ:south-carolina'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:south-carolina'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more calendar days (day type in the source: calendar)',
        },
        'M',
        CITE,
        ['LLAZ:south-carolina'],
      ),
      notice: sourced(
        {
          required: 'if_disclosed',
          method: 'Registered, certified or express mail, if disclosed at sale',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes if disclosed at sale - registered, certified or express mail',
        },
        'M',
        CITE,
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
          text: 'Yes - manufacturer has 10 business days to name a facility, then 10 business days to repair',
        },
        'M',
        CITE,
        ['LLAZ:south-carolina'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - must first resort to a 703-compliant procedure or binding board',
        },
        'M',
        CITE,
        ['LLAZ:south-carolina'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 36 }], combine: 'earliest' },
          text: 'Within 3 years after original delivery',
        },
        'M',
        CITE,
        ['LLAZ:south-carolina'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

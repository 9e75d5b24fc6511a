import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// South Dakota: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'S.D. Codified Laws ch. 32-6D';

export const SD_RULE_PACK: RulePack = {
  code: 'SD',
  name: 'South Dakota',
  statute: sourced('S.D. Codified Laws ch. 32-6D', 'M', CITE, ['LLAZ:south-dakota']),
  versions: [
    {
      id: 'SD-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 12,
          miles: 12000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          countingWindow: { months: 24, miles: 24000, combine: 'whichever_first' },
          text: 'Rights period 1 year/12,000 miles; presumption within 24 months/24,000 miles (rule: whichever first (rights period); presumption over 24 months/24,000 miles)',
        },
        'M',
        CITE,
        ['LLAZ:south-dakota'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: true,
          window: 'counting_window',
          anchor: {
            within: 'rights_period',
            minAttempts: 1,
            text: 'At least one attempt during the lemon law rights period.',
          },
          text: '4 or more attempts (one in the rights period) PLUS a final manufacturer attempt',
        },
        'M',
        CITE,
        ['LLAZ:south-dakota'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:south-dakota'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 calendar days in custody including final attempt (day type in the source: calendar)',
        },
        'M',
        CITE,
        ['LLAZ:south-dakota'],
        {
          interpretations: [
            "'In custody including the final attempt' is read as: the days prong also needs the manufacturer's final attempt.",
          ],
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Certified mail to the manufacturer before suing',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - certified mail to the manufacturer before suing',
        },
        'M',
        CITE,
        ['LLAZ:south-dakota'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: ['same_nonconformity_attempts', 'days_out_of_service'],
          satisfiedBy: 'failed_final_attempt',
          designateFacilityWithinDays: null,
          repairWithinDays: 14,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - final opportunity; repair period not to exceed 14 calendar days',
        },
        'M',
        CITE,
        ['LLAZ:south-dakota'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required',
          compliance: '16_cfr_703',
          text: 'Yes - must first exhaust a compliant in-state manufacturer IDSM',
        },
        'M',
        CITE,
        ['LLAZ:south-dakota'],
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
        ['LLAZ:south-dakota'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

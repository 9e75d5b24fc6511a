import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Alabama: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Ala. Code s 8-20A-1 et seq.';

export const AL_RULE_PACK: RulePack = {
  code: 'AL',
  name: 'Alabama',
  statute: sourced('Ala. Code s 8-20A-1 et seq.', 'M', CITE, ['LLAZ:alabama']),
  versions: [
    {
      id: 'AL-1',
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
          text: 'Lemon law rights period 1 year/12,000 miles; presumption if, within 24 months/24,000 miles, attempts or days occur with at least one during the rights period (rule: whichever first (rights period); presumption counted over 24 months/24,000 miles)',
        },
        'M',
        CITE,
        ['LLAZ:alabama'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: true,
          window: 'counting_window',
          anchor: {
            within: 'rights_period',
            minAttempts: 1,
            text: 'At least one of the attempts during the lemon law rights period.',
          },
          text: '3 or more repair attempts (at least one in the rights period) PLUS a final attempt by the manufacturer',
        },
        'M',
        CITE,
        ['LLAZ:alabama'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:alabama'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          anchor: {
            within: 'rights_period',
            minDays: 1,
            text: 'At least one of the days during the lemon law rights period.',
          },
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 calendar days in manufacturer/dealer custody, including the final repair attempt, one of which in the rights period (day type in the source: calendar)',
        },
        'M',
        CITE,
        ['LLAZ:alabama'],
        {
          interpretations: [
            "'One of which in the rights period' is read as at least one day out of service inside the rights period.",
            "'Including the final repair attempt' is read as: the days prong also needs the manufacturer's final attempt.",
          ],
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Certified U.S. mail to the manufacturer demanding repair, before suing',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - before suing, notice of the nonconforming condition by certified U.S. mail to the manufacturer demanding repair',
        },
        'M',
        CITE,
        ['LLAZ:alabama'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: ['same_nonconformity_attempts', 'days_out_of_service'],
          satisfiedBy: 'failed_final_attempt',
          designateFacilityWithinDays: 7,
          repairWithinDays: 14,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - manufacturer names a repair facility within 7 calendar days of the notice and has up to 14 calendar days after delivery to repair',
        },
        'M',
        CITE,
        ['LLAZ:alabama'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required',
          compliance: '16_cfr_703',
          text: 'Yes - must first exhaust a manufacturer IDSM that complies with federal rules',
        },
        'M',
        CITE,
        ['LLAZ:alabama'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 36 }], combine: 'earliest' },
          text: 'Action within 3 years of original delivery',
        },
        'M',
        CITE,
        ['LLAZ:alabama'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

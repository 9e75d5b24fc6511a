import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// South Dakota: values from the lemon-law research extract, checked on 2026-11-28 against the text
// of SDCL 32-6D-1, -5, -6 and -11 (libs/state-rules/verification/pa-wy.md).
const CITE = 'S.D. Codified Laws ch. 32-6D';
const PRESUMPTION_CITE = 'SDCL 32-6D-5';
const ACTION_CITE = 'SDCL 32-6D-6';

export const SD_RULE_PACK: RulePack = {
  code: 'SD',
  name: 'South Dakota',
  statute: sourced('S.D. Codified Laws ch. 32-6D', 'H', CITE, ['LLAZ:south-dakota'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
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
          text: '"Lemon law rights period": ending 1 year after original delivery to a consumer or the first 12,000 miles of operation, whichever first (32-6D-1(3)); the presumption counts events during 24 months following delivery or 24,000 miles, whichever first, at least one attempt inside the rights period (32-6D-5)',
        },
        'H',
        'SDCL 32-6D-1(3); 32-6D-5',
        ['SD_32_6D_1', 'LLAZ:south-dakota'],
        {
          note: 'Rights period read in the current text of 32-6D-1(3); the 24-month/24,000-mile counting window (32-6D-5) only in the 2015 copy.',
        },
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
          text: 'The same nonconforming condition subject to repair attempts 4 or more times by the manufacturer or its authorized dealers, at least one during the lemon law rights period, plus a final attempt by the manufacturer, and it continues to exist',
        },
        'H',
        'SDCL 32-6D-5(1)',
        ['LLAZ:south-dakota'],
        {
          note: 'SDCL 32-6D-5(1) (2015 text, LLAZ): the same nonconforming condition subject to repair attempts four or more times, at least one in the rights period, plus a final attempt by the manufacturer, within 24 months or 24,000 miles, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'SDCL 32-6D-5', ['LLAZ:south-dakota'], {
        note: 'SDCL 32-6D-5 has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service and in the custody of the manufacturer or an authorized dealer due to repair attempts including the final repair attempt, one of which occurred during the rights period, for a cumulative total of 30 calendar days (unless repair was impossible for conditions beyond their control)',
        },
        'H',
        'SDCL 32-6D-5(2)',
        ['LLAZ:south-dakota'],
        {
          note: 'SDCL 32-6D-5(2): out of service and in the custody of the manufacturer or dealer due to repair attempts including the final attempt, one in the rights period, for a cumulative total of thirty calendar days. 2015 text (LLAZ); later amendment not ruled out.',
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
          text: 'Before commencing an action the consumer gives the manufacturer notice of the nonconforming condition by certified mail and demands correction or repair; the notice describes the vehicle, the condition and every previous repair attempt (who and when, 32-6D-1(8))',
        },
        'H',
        ACTION_CITE,
        ['SD_32_6D_6', 'LLAZ:south-dakota'],
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
          text: 'If a presumption has arisen when the notice is given, the manufacturer gets a final opportunity to cure: within 7 calendar days of receiving the notice it names a reasonably accessible repair facility; after the consumer delivers the vehicle there it must correct the condition within 14 calendar days',
        },
        'H',
        ACTION_CITE,
        ['SD_32_6D_6', 'LLAZ:south-dakota'],
        { note: 'Corrected 2026-11-28: the 7 calendar days to name a facility after receipt of the notice (32-6D-6) were missing (null).' },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'If the manufacturer has established an informal dispute settlement procedure conducted within the state and complying with federal rules, the consumer must first exhaust it before suing',
        },
        'H',
        ACTION_CITE,
        ['SD_32_6D_6', 'LLAZ:south-dakota'],
        {
          note: 'Corrected 2026-11-28 from "required": the duty to exhaust exists only where the manufacturer has such an in-state compliant procedure.',
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
        'SDCL 32-6D-11',
        ['LLAZ:south-dakota'],
        {
          note: 'SDCL 32-6D-11 (2015 text, LLAZ): any action must be commenced within three years following original delivery. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

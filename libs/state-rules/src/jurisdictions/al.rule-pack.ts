import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Alabama: values from the lemon-law research extract, checked on 2026-11-28 against the statute
// text (libs/state-rules/verification/al-id.md). s 8-20A-3(a) was read in a copy of the current
// code; ss 8-20A-1, -2 and -6 only in the 2015 snapshot (LLAZ): H on that copy since the
// statutes-deep second pass, each note saying a later amendment is not ruled out.
const CITE = 'Ala. Code s 8-20A-1 et seq.';
const RIGHTS_PERIOD_CITE = "Ala. Code s 8-20A-1 ('lemon law rights period'); s 8-20A-2 (presumption paragraph)";
const PRESUMPTION_CITE = 'Ala. Code s 8-20A-2 (presumption paragraph)';
const ACTION_CITE = 'Ala. Code s 8-20A-3(a)';

export const AL_RULE_PACK: RulePack = {
  code: 'AL',
  name: 'Alabama',
  statute: sourced('Ala. Code s 8-20A-1 et seq.', 'H', CITE, ['LLAZ:alabama'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
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
        'H',
        "Ala. Code s 8-20A-1(8) ('lemon law rights period'); s 8-20A-2(c)",
        ['LLAZ:alabama'],
        {
          note: 's 8-20A-1(8) (2015 text, LLAZ): the rights period ends one year after original delivery or at the first 12,000 miles, whichever first occurs; s 8-20A-2(c) counts the repairs and days over 24 months or 24,000 miles, one attempt inside the rights period. Subsection letters of 8-20A-2 by order (the copy prints none). 2015 text (LLAZ); later amendment not ruled out.',
        },
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
        'H',
        'Ala. Code s 8-20A-2(c)(1)',
        ['LLAZ:alabama'],
        {
          note: 's 8-20A-2(c)(1): the same nonconforming condition subject to repair attempts three or more times, at least one in the rights period, plus a final attempt by the manufacturer, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Ala. Code s 8-20A-2(c)', ['LLAZ:alabama'], {
        note: 's 8-20A-2(c) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
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
        'H',
        'Ala. Code s 8-20A-2(c)(2)',
        ['LLAZ:alabama'],
        {
          note: 's 8-20A-2(c)(2): out of service and in the custody of the manufacturer or dealer due to repair attempts (including the final attempt), one in the rights period, for a cumulative total of 30 calendar days. 2015 text (LLAZ); later amendment not ruled out.',
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
          text: 'Yes - before suing, notice of the nonconforming condition by certified U.S. mail to the manufacturer demanding correction or repair',
        },
        'H',
        ACTION_CITE,
        ['AL_8_20A_3_TEXT', 'LLAZ:alabama'],
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
          text: 'Yes - if a presumption has arisen when the notice is given, the manufacturer gets a final opportunity to cure: it names a reasonably accessible repair facility within 7 calendar days of receiving the notice and has up to 14 calendar days after delivery to that facility to repair',
        },
        'H',
        'Ala. Code s 8-20A-3(a); s 8-20A-2(c)',
        ['AL_8_20A_3_TEXT', 'LLAZ:alabama'],
        {
          note: 'The 7 and 14 calendar days were read in the text of s 8-20A-3(a); the final attempt is an element of both prongs under s 8-20A-2(c)(1), (2) (2015 text, LLAZ). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'If the manufacturer has established an informal dispute settlement procedure that complies with federal rules and regulations, the consumer must first exhaust it before suing',
        },
        'H',
        ACTION_CITE,
        ['AL_8_20A_3_TEXT', 'LLAZ:alabama'],
        {
          note: "Corrected 2026-11-28 from 'required' (research extract) to 'required_if_compliant': s 8-20A-3(a) requires the procedure only where the manufacturer has established one that complies with federal rules.",
        },
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 36 }], combine: 'earliest' },
          text: 'Action within 3 years following the date of original delivery',
        },
        'H',
        'Ala. Code s 8-20A-6',
        ['LLAZ:alabama'],
        {
          note: 's 8-20A-6 (2015 text, LLAZ): any action must be commenced within three years following original delivery. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Indiana: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 against the text of IC 24-5-13-2, -7 and -15 (see
// libs/state-rules/verification/il-ms.md); values not found in the text read keep the extract's confidence.
const CITE = 'Ind. Code ch. 24-5-13';

export const IN_RULE_PACK: RulePack = {
  code: 'IN',
  name: 'Indiana',
  statute: sourced('Ind. Code ch. 24-5-13', 'M', CITE, ['LLAZ:indiana']),
  versions: [
    {
      id: 'IN-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 18,
          miles: 18000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery to the buyer (or delivery of a replacement vehicle)',
          text: '"Term of protection": begins on original delivery to the buyer and ends at the earlier of 18 months after it or the time the vehicle has been driven 18,000 miles after it',
        },
        'H',
        'Ind. Code s 24-5-13-7',
        ['IN_24_5_13_7_TEXT', 'LLAZ:indiana'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The nonconformity subject to repair at least 4 times by the manufacturer or its agents or authorized dealers, and it continues to exist',
        },
        'H',
        'Ind. Code s 24-5-13-15(a)(1)',
        ['IN_24_5_13_15_TEXT', 'LLAZ:indiana'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Ind. Code s 24-5-13-15(a)', ['IN_24_5_13_15_TEXT', 'LLAZ:indiana'], {
        note: 'Subsection (a) has only the repairs and days prongs: no separate serious-safety threshold',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair of any nonconformity for a cumulative total of at least 30 business days, and the nonconformity continues to exist (extended while repair services are unavailable because of a strike, civil unrest, fire, natural disaster, terrorist attack, act of God or war, (b))',
        },
        'H',
        'Ind. Code s 24-5-13-15(a)(2)',
        ['IN_24_5_13_15_TEXT', 'IN_24_5_13_2_TEXT', 'LLAZ:indiana'],
        {
          interpretations: [
            'IC 24-5-13-2 defines a business day as any day other than Sunday or a legal holiday, so Saturdays count; the library counts Monday to Friday except federal holidays, which can reach 30 later than the statute does.',
          ],
        },
      ),
      notice: sourced(
        {
          required: 'if_disclosed',
          method: 'Notice to the manufacturer, if the manufacturer made the required disclosure',
          conditionsProngs: ALL_PRONGS,
          text: 'Conditional - buyer must first notify the manufacturer if the manufacturer made the required disclosure',
        },
        'M',
        CITE,
        ['LLAZ:indiana'],
        {
          interpretations: ['The source does not say which presumption prongs the notice conditions; applied to all of them.'],
        },
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'unknown',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'not established from available sources',
        },
        'L',
        CITE,
        [],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: "Yes - chapter does not apply to a buyer who has not first resorted to the manufacturer's informal procedure (if conditions met, incl. adequate written notice of it)",
        },
        'M',
        CITE,
        ['LLAZ:indiana'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'first_report', months: 24 }], combine: 'earliest' },
          text: 'Action within 2 years after the buyer first reports the nonconformity',
        },
        'M',
        CITE,
        ['LLAZ:indiana'],
      ),
      coverage: {
        leased: sourced('Covered (lease provisions in statute)', 'M', CITE, ['LLAZ:indiana']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

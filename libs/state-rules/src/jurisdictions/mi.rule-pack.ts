import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Michigan: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Mich. Comp. Laws s 257.1401 et seq.';

export const MI_RULE_PACK: RulePack = {
  code: 'MI',
  name: 'Michigan',
  statute: sourced('Mich. Comp. Laws ss 257.1401-257.1410 (Act 87 of 1986, am. 1998 Act 486)', 'H', CITE, [
    'LLAZ:michigan',
    'MI_LEG',
    'NCLC_MI',
  ]),
  versions: [
    {
      id: 'MI-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 12,
          miles: null,
          combine: 'whichever_first',
          endsWithExpressWarranty: true,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'delivery to original consumer',
          text: 'Defect must be reported within the warranty term or 1 year from delivery, whichever earlier (rule: earlier of express-warranty term or 1 year)',
        },
        'H',
        CITE,
        ['LLAZ:michigan', 'NCLC_MI'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'unbounded',
          anchor: {
            within: 'rights_period',
            minAttempts: 1,
            text: 'The first attempt within the warranty term or 1 year, whichever is earlier.',
          },
          text: '4 or more repairs of the same defect (first attempt within the report period); written notice after the 3rd attempt',
        },
        'H',
        CITE,
        ['LLAZ:michigan', 'MI_LLL', 'MI_CA'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', CITE, ['LLAZ:michigan'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: '30 or more days or parts of days during the warranty term or 1 year, whichever earlier; written notice after 25 days (day type in the source: days or parts of days)',
        },
        'H',
        CITE,
        ['LLAZ:michigan', 'MI_CA'],
        { interpretations: ["'Days or parts of days' counted as calendar days, a part day counting as one."] },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Return-receipt service to the manufacturer after the 3rd repair attempt or after 25 days out of service',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - by return-receipt service to the manufacturer after the 3rd repair attempt or after 25 days out of service',
        },
        'H',
        CITE,
        ['LLAZ:michigan', 'NCLC_MI'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 5,
          repairWindowFrom: 'facility_delivery',
          dayType: 'business',
          missedWindowSatisfies: false,
          text: 'Yes - manufacturer names a reasonably accessible facility; 5 business days after delivery to repair',
        },
        'H',
        CITE,
        ['LLAZ:michigan', 'MI_CA'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - act does not apply to a consumer who has not first resorted to a compliant informal dispute settlement procedure the manufacturer established',
        },
        'H',
        CITE,
        ['LLAZ:michigan', 'NCLC_MI'],
      ),
      stateArbitration: null,
      timeToFile: sourced({ known: false, deadline: null, text: 'not established from available sources' }, 'L', CITE, []),
      manufacturerRemedyWindow: sourced(
        {
          days: 30,
          dayType: 'calendar',
          from: 'presumption_met',
          afterNoticeAndFinalAttempt: true,
          text: 'Manufacturer has 30 days to replace or refund, running only once the reasonable-number test is met, the consumer has given written notice (return-receipt service) and the manufacturer has had its final repair attempt (5 business days after delivery to its facility).',
        },
        'M',
        'Mich. Comp. Laws s 257.1403',
        ['LLAZ:michigan', 'MI_LEG', 'NCLC_MI', 'MI_1403_SUMMARY'],
        {
          note: 'A practitioner summary says the refund or replacement is due within 30 days after the final repair attempt; the statute text was not read here.',
        },
      ),
      coverage: {
        leased: sourced(
          "Covered - current MCL 257.1401(a) defines 'consumer' as a person who purchases OR LEASES; 'lessee'/'lessor' defined (1998 Act 486). MI SOS: leases after Jan 1, 2000 covered. (The 2015 lemonlawaz text predates this.)",
          'H',
          'Mich. Comp. Laws s 257.1401(a)',
          ['MI_LEGALFIX', 'MI_SOS', 'MI_CA'],
        ),
        used: sourced(
          "Vehicle must be covered by the manufacturer's express warranty at purchase/lease; used vehicles transferred during the express warranty are covered if defect reported within 1 year of original delivery (secondary summaries)",
          'M',
          'Mich. Comp. Laws s 257.1401(a)',
          ['MI_LEGALFIX', 'MI_LLORG'],
        ),
      },
      notes: ['Manufacturer has 30 days to replace/refund once the reasonable-number test is met.'],
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Rhode Island: values from the lemon-law research extract, checked on 2026-11-28 against the text
// of R.I. Gen. Laws ss 31-5.2-1, -5, -7, -12 (libs/state-rules/verification/pa-wy.md).
const CITE = 'R.I. Gen. Laws s 31-5.2-1 et seq.';
const PRESUMPTION_CITE = 'R.I. Gen. Laws s 31-5.2-5';

export const RI_RULE_PACK: RulePack = {
  code: 'RI',
  name: 'Rhode Island',
  statute: sourced('R.I. Gen. Laws s 31-5.2-1 et seq.', 'H', CITE, ['LLAZ:rhode-island'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'RI-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 12,
          miles: 15000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: '"Term of protection": 1 year or 15,000 miles of use from the date of original delivery to the consumer, whichever comes first (a replacement vehicle: from its delivery)',
        },
        'H',
        'R.I. Gen. Laws s 31-5.2-1 ("term of protection")',
        ['LLAZ:rhode-island', 'RI_31_5_2_1'],
        {
          note: '31-5.2-1 (2015 text, LLAZ; the official copy read breaks off before the definition): "term of protection" means one year or 15,000 miles of use from original delivery, whichever comes first. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity subject to repair 4 or more times within the term of protection, and it continues to exist or has recurred within the term of protection',
        },
        'H',
        `${PRESUMPTION_CITE}(a)(1)`,
        ['RI_31_5_2_5', 'LLAZ:rhode-island', 'RI_470_RICR_1_19'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', `${PRESUMPTION_CITE}(a)`, ['RI_31_5_2_5', 'LLAZ:rhode-island'], {
        note: 'Subsection (a) has only the repairs and days prongs: no separate serious-safety threshold',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair of any nonconformity for a cumulative total of 30 or more calendar days during the term of protection (extended for war, invasion, fire, flood, natural disaster or strike, (b))',
        },
        'H',
        `${PRESUMPTION_CITE}(a)(2)`,
        ['RI_31_5_2_5', 'LLAZ:rhode-island', 'RI_470_RICR_1_19'],
      ),
      notice: sourced(
        {
          required: 'no',
          method:
            'None in the statute: the consumer reports the nonconformity to the manufacturer, its agent, dealer or lessor during the term of protection (31-5.2-2)',
          conditionsProngs: NO_PRONGS,
          text: 'Chapter 31-5.2 sets no written-notice requirement for the consumer; the report of the nonconformity during the term of protection (31-5.2-2) is what triggers the repair duty',
        },
        'M',
        'R.I. Gen. Laws ss 31-5.2-2, 31-5.2-5',
        ['LLAZ:rhode-island', 'RI_31_5_2_5'],
        {
          note: 'Was "unknown" (L). No notice provision in the chapter text read (2015 copy of ss 31-5.2-1 to -13, current -5 and -7); M because an absence cannot be confirmed from the current official text of every section.',
        },
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 7,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'One additional opportunity to cure, not to exceed 7 calendar days, commencing the day the manufacturer first knows or should have known that the 4-repair or 30-day limit was met (it may run past the term of protection)',
        },
        'M',
        `${PRESUMPTION_CITE}(a)(2), (b)`,
        ['RI_31_5_2_5', 'LLAZ:rhode-island'],
        {
          note: 'Text read: the 7 calendar days run from the day the manufacturer first knows or should have known the limits were met (31-5.2-5(b)), not from delivery to a facility.',
          interpretations: [
            'The statute starts the 7 days when the manufacturer knew or should have known; the calculator counts them from the recorded offer of the final opportunity.',
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'If the manufacturer has a procedure complying with 16 CFR 703 (or approved by the FTC or the Attorney General) and gave clear and conspicuous written notice of it at delivery, refund/replacement (31-5.2-3) is not available until the consumer first resorts to that procedure or to the state Motor Vehicle Arbitration Board (31-5.2-7.1); the decision binds the manufacturer only if the consumer accepts it; limitation periods are tolled until 30 days after the final decision',
        },
        'H',
        'R.I. Gen. Laws s 31-5.2-7',
        ['RI_31_5_2_7', 'LLAZ:rhode-island'],
        {
          note: 'Corrected 2026-11-28 from "required": the official text makes prior resort a condition only where the manufacturer has such a procedure and disclosed it at delivery.',
        },
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'delivery', months: 36 },
              { anchor: 'odometer_reaches', months: 24, miles: 15000 },
            ],
            combine: 'earliest',
          },
          text: 'Within 3 years of the date of original delivery or 2 years of the date the mileage reached 15,000 miles, whichever is earlier (tolled during a dispute procedure, 31-5.2-7)',
        },
        'H',
        'R.I. Gen. Laws s 31-5.2-12',
        ['LLAZ:rhode-island', 'RI_31_5_2_7'],
        {
          note: '31-5.2-12 (2015 text, LLAZ; the current 31-5.2-7 cross-refers to it): within three years of original delivery or two years of the date the mileage reached 15,000 miles, whichever is earlier. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('Covered (consumer or lessee)', 'M', CITE, ['LLAZ:rhode-island']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

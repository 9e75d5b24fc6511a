import type { RulePack } from '../state-rule-pack';
import { EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Iowa: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Iowa Code ch. 322G';

export const IA_RULE_PACK: RulePack = {
  code: 'IA',
  name: 'Iowa',
  statute: sourced('Iowa Code ch. 322G', 'H', CITE, ['LLAZ:iowa', 'IA_BBBCOPY']),
  versions: [
    {
      id: 'IA-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: 24000,
          combine: 'whichever_first',
          endsWithExpressWarranty: true,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: true,
          measuredFrom: 'original delivery',
          text: 'Iowa lemon law rights period (rule: earliest of warranty term, 2 years, 24,000 miles (attributable to consumer))',
        },
        'H',
        CITE,
        ['LLAZ:iowa', 'IA_BBBCOPY'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: true,
          window: 'counting_window',
          text: '3 examinations/repairs of the same nonconformity + a final manufacturer attempt after notice',
        },
        'H',
        CITE,
        ['LLAZ:iowa', 'IA_PCR'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 1,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: true,
            window: 'counting_window',
            scope: 'any_serious_safety',
            text: '1 examination/repair of a nonconformity likely to cause death or serious bodily injury + final attempt',
          },
        ],
        'H',
        CITE,
        ['LLAZ:iowa', 'IA_PCR'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more days (day type in the source: days, excluding routine maintenance (type not specified); one secondary source says 20 - treat as conflict)',
        },
        'M',
        CITE,
        ['LLAZ:iowa', 'IA_PCR'],
        { interpretations: ["The source says 'days' without saying which kind; counted as calendar days."] },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Certified or registered mail or overnight service to the manufacturer after 3 attempts (1 for a serious safety defect)',
          conditionsProngs: ['same_nonconformity_attempts', 'serious_safety_attempts'],
          text: 'Yes for the final attempt - certified or registered mail or overnight service to the manufacturer after 3 attempts (1 for safety)',
        },
        'H',
        CITE,
        ['LLAZ:iowa'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: ['same_nonconformity_attempts', 'serious_safety_attempts'],
          satisfiedBy: 'failed_final_attempt',
          designateFacilityWithinDays: 10,
          repairWithinDays: 10,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - manufacturer has 10 days after receipt to offer a repair facility and 10 days after delivery to repair',
        },
        'H',
        CITE,
        ['LLAZ:iowa'],
        {
          interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          text: 'Yes if the manufacturer has an AG-certified program and informed the consumer how to file',
        },
        'H',
        CITE,
        ['LLAZ:iowa'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'rights_period_end', months: 12 }], combine: 'earliest' },
          alternatives:
            '6 months after the performance date if the manufacturer fails to perform a certified-program decision; appeals of certified decisions within 50 days (or 25 days after acceptance).',
          text: 'Suit within 1 year after the rights period (or extension) if no certified program/decision untimely; 6 months after the performance date if manufacturer fails to perform a certified-program decision; appeals of certified decisions within 50 days (or 25 days after acceptance)',
        },
        'H',
        CITE,
        ['LLAZ:iowa'],
      ),
      coverage: {
        leased: sourced('Covered (purchaser or lessee)', 'H', CITE, ['LLAZ:iowa', 'IA_BBBCOPY']),
        used: sourced('Persons entitled to enforce the warranty during the rights period', 'M', CITE, ['IA_BBBCOPY']),
      },
    },
  ],
};

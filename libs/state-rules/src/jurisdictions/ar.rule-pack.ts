import type { RulePack } from '../state-rule-pack';
import { EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Arkansas: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Ark. Code Ann. s 4-90-401 et seq.';

export const AR_RULE_PACK: RulePack = {
  code: 'AR',
  name: 'Arkansas',
  statute: sourced('Ark. Code Ann. ss 4-90-401 to 4-90-417 (Arkansas New Motor Vehicle Quality Assurance Act)', 'H', CITE, [
    'LLAZ:arkansas',
    'AR_CAS',
  ]),
  versions: [
    {
      id: 'AR-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: 24000,
          combine: 'whichever_later',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: "Motor vehicle quality assurance period ends 24 months after delivery or first 24,000 miles, whichever is later (rule: whichever is LATER (per statute text and CAS); one secondary source says 'whichever first')",
        },
        'M',
        CITE,
        ['LLAZ:arkansas', 'AR_CAS', 'AR_FIND'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: true,
          window: 'counting_window',
          text: '3 repairs of the same nonconformity + final attempt after notice; OR 5 or more attempts on separate occasions to repair any nonconformities',
        },
        'H',
        CITE,
        ['LLAZ:arkansas', 'AR_CAS'],
      ),
      anyDefectAttempts: sourced(
        {
          threshold: 5,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '5 or more attempts to repair any nonconformities (on separate occasions). Source: 3 repairs of the same nonconformity + final attempt after notice; OR 5 or more attempts on separate occasions to repair any nonconformities',
        },
        'H',
        CITE,
        ['LLAZ:arkansas', 'AR_CAS'],
      ),
      seriousSafety: sourced(
        [
          {
            threshold: 1,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: true,
            window: 'counting_window',
            scope: 'any_serious_safety',
            text: '1 attempt to repair a nonconformity likely to cause death or serious bodily injury + final attempt after notice',
          },
        ],
        'H',
        CITE,
        ['LLAZ:arkansas', 'AR_CAS'],
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
        ['LLAZ:arkansas'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Certified or registered mail to the manufacturer after 3 attempts (1 for a serious safety defect)',
          conditionsProngs: ['same_nonconformity_attempts', 'serious_safety_attempts'],
          text: 'Yes - certified or registered mail to the manufacturer after 3 attempts (1 for a serious safety defect)',
        },
        'H',
        CITE,
        ['LLAZ:arkansas', 'AR_CAS'],
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
          missedWindowSatisfies: true,
          text: 'Yes - manufacturer has 10 days after receipt to offer a reasonably accessible repair facility and 10 days after delivery to repair; failure creates a non-rebuttable presumption',
        },
        'H',
        CITE,
        ['LLAZ:arkansas', 'AR_CAS'],
        {
          interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          text: "Yes - refund/replacement does not apply to a consumer who has not first used the manufacturer's informal procedure (must be certified by the AG Consumer Protection Division), unless the manufacturer allows direct suit",
        },
        'H',
        CITE,
        ['LLAZ:arkansas'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'first_report', months: 24 }], combine: 'earliest' },
          text: 'Action within 2 years after the date the buyer first reports the nonconformity',
        },
        'H',
        CITE,
        ['LLAZ:arkansas', 'AR_FIND'],
      ),
      coverage: {
        leased: sourced('Covered (purchaser or lessee)', 'H', CITE, ['LLAZ:arkansas', 'AR_LLINFO']),
        used: sourced('May be covered if transferred during the quality assurance period', 'M', CITE, ['AR_LLINFO']),
      },
    },
  ],
};

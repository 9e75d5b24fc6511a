import type { RulePack } from '../state-rule-pack';
import { EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Arkansas: values from the lemon-law research extract, checked on 2026-11-28 against the statute
// text of ss 4-90-403(1), 4-90-404(a), 4-90-406(a), 4-90-410 and 4-90-414(a)
// (libs/state-rules/verification/al-id.md). The period and the time to file were not re-read.
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
          text: '3 attempts to repair the same nonconformity, then written notice and a final attempt; the nonconformity continues to exist',
        },
        'H',
        'Ark. Code Ann. s 4-90-410(a)(1); s 4-90-406(a)(1)',
        ['AR_4_90_410_TEXT', 'AR_4_90_406_TEXT', 'LLAZ:arkansas', 'AR_CAS'],
      ),
      anyDefectAttempts: sourced(
        {
          threshold: 5,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '5 or more attempts on separate occasions to repair any nonconformities that together substantially impair the use and value of the vehicle',
        },
        'H',
        'Ark. Code Ann. s 4-90-410(a)(3)',
        ['AR_4_90_410_TEXT', 'LLAZ:arkansas', 'AR_CAS'],
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
        'Ark. Code Ann. s 4-90-406(a)(1); s 4-90-410(a)(1)',
        ['AR_4_90_406_TEXT', 'AR_4_90_410_TEXT', 'LLAZ:arkansas', 'AR_CAS'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair, or attempt to repair, any nonconformity for a cumulative total of 30 calendar days (extended for war, invasion, strike, fire, flood or natural disaster, (b)(1))',
        },
        'M',
        'Ark. Code Ann. s 4-90-410(a)(2); s 4-90-403(1)',
        ['AR_4_90_410_TEXT', 'AR_4_90_403_TEXT', 'LLAZ:arkansas'],
        {
          note: 'Lowered 2026-11-28 from H: the count of 30 is the text, but s 4-90-403(1) defines a "calendar day" as any day other than a legal holiday, which the calendar day type (every day) does not apply.',
          interpretations: [
            "Counted as every day; the statute's calendar days exclude legal holidays, so a count that includes a holiday may reach 30 a day early.",
          ],
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Certified or registered mail to the manufacturer after 3 attempts (1 for a serious safety defect)',
          conditionsProngs: ['same_nonconformity_attempts', 'serious_safety_attempts'],
          text: 'Yes - after 3 attempts (1 for a nonconformity likely to cause death or serious bodily injury), written notification by certified or registered mail to the manufacturer of the need to repair, to allow a final attempt to cure',
        },
        'H',
        'Ark. Code Ann. s 4-90-406(a)(1)',
        ['AR_4_90_406_TEXT', 'LLAZ:arkansas', 'AR_CAS'],
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
          text: 'Yes - within 10 days after receipt of the notification the manufacturer must provide the opportunity to have the vehicle repaired at a reasonably accessible facility, then conform it within 10 days after delivery there; if it fails either, the final-attempt requirement does not apply and a nonrebuttable presumption arises',
        },
        'H',
        'Ark. Code Ann. s 4-90-406(a)(2), (a)(3)',
        ['AR_4_90_406_TEXT', 'LLAZ:arkansas', 'AR_CAS'],
        {
          interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          text: 'Yes - every manufacturer must operate or participate in an in-state informal dispute proceeding meeting s 4-90-414; refund/replacement does not apply to a consumer who has not first used it, unless the manufacturer allows direct suit or did not make the s 4-90-404(b) disclosure',
        },
        'H',
        'Ark. Code Ann. s 4-90-414(a)(1), (a)(2); s 4-90-404(a)',
        ['AR_4_90_414_TEXT', 'AR_4_90_404_TEXT', 'LLAZ:arkansas'],
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

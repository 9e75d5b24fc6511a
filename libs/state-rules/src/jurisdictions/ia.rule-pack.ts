import type { RulePack } from '../state-rule-pack';
import { EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Iowa: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 against the text of Iowa Code 322G.2 and 322G.4(1) (2018, Justia) and of the
// whole chapter in LLAZ:iowa (statute text as published, file of 2015). See
// libs/state-rules/verification/il-ms.md.
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
        'Iowa Code s 322G.2(8)',
        ['LLAZ:iowa', 'IA_BBBCOPY'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: true,
          window: 'counting_window',
          text: '3 attempts to repair the same nonconformity that substantially impairs the vehicle, then a final manufacturer attempt after written notice',
        },
        'H',
        'Iowa Code s 322G.4(1)(a)',
        ['IA_322G_4_TEXT', 'LLAZ:iowa', 'IA_PCR'],
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
        'Iowa Code s 322G.4(1)(a)',
        ['IA_322G_4_TEXT', 'LLAZ:iowa', 'IA_PCR'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more days out of service (322G.2(4): "days" means calendar days). 322G.4(1)(b): after 20 or more cumulative days the consumer may give written notice (certified or registered mail or overnight service); from its receipt the manufacturer has 10 more cumulative out-of-service days to conform the vehicle',
        },
        'H',
        'Iowa Code s 322G.4(3)(c); days: 322G.2(4)',
        ['IA_322G_2_TEXT', 'IA_322G_4_TEXT', 'LLAZ:iowa', 'IA_PCR'],
        {
          note: '322G.4(3)(c): 30 or more cumulative days out of service, exclusive of routine maintenance, with no notice element; "days" are calendar days (322G.2(4)). The 20-day notice of 322G.4(1) gives the manufacturer 10 more days but is not an element of (3)(c).',
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Certified or registered mail or overnight service to the manufacturer after 3 attempts (1 for a serious safety defect)',
          conditionsProngs: ['same_nonconformity_attempts', 'serious_safety_attempts'],
          text: 'After 3 attempts to repair the same nonconformity (1 for a nonconformity likely to cause death or serious bodily injury) the consumer may give written notification to the manufacturer, by certified or registered mail or by overnight service, of the need to repair it, to allow the manufacturer a final attempt',
        },
        'H',
        'Iowa Code s 322G.4(1)(a)',
        ['IA_322G_4_TEXT', 'LLAZ:iowa'],
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
          unfinishedRepairSatisfies: true,
          text: 'Within 10 days after receipt of the notice the manufacturer must give the consumer the opportunity to have the vehicle repaired at a reasonably accessible repair facility, and within 10 days after delivery there conform it; if it fails to do either in time, the requirement of a final attempt does not apply',
        },
        'H',
        'Iowa Code s 322G.4(1)(a); days: 322G.2(4)',
        ['IA_322G_4_TEXT', 'IA_322G_2_TEXT', 'LLAZ:iowa'],
        {
          note: 'Corrected 2026-11-28: a missed window now satisfies the final-attempt element (322G.4(1)(a): "the requirement that the manufacturer be given a final attempt ... does not apply"); before, the pack required a failed attempt in every case. The evaluator applies the 10 days to name a facility and, since 2026-11-28 (statutes-deep), the second limb: a repair not completed within 10 days after delivery to the facility also lifts the requirement (unfinishedRepairSatisfies).',
          interpretations: [
            'Delivery of the vehicle to the repair facility is not recorded, so the 10 days to complete the repair are counted from the day the final repair opportunity was offered (as the final-repair deadline counts them).',
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          text: 'If the manufacturer has a program the attorney general certified and informed the consumer how and where to file, 322G.4(2) does not apply to a consumer who has not first resorted to it',
        },
        'H',
        'Iowa Code s 322G.6(11)',
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
        'Iowa Code s 322G.8(1), (2), (4)',
        ['LLAZ:iowa'],
      ),
      coverage: {
        leased: sourced('Covered (purchaser or lessee)', 'H', CITE, ['LLAZ:iowa', 'IA_BBBCOPY']),
        used: sourced('Persons entitled to enforce the warranty during the rights period', 'M', CITE, ['IA_BBBCOPY']),
      },
    },
  ],
};

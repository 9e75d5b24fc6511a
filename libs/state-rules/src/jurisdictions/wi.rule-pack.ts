import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Wisconsin: values from the lemon-law research extract, checked on 2026-11-28 against the official text
// of Wis. Stat. s 218.0171(1)(h), (3) and (7)(a) (libs/state-rules/verification/pa-wy.md).
const CITE = 'Wis. Stat. s 218.0171';

export const WI_RULE_PACK: RulePack = {
  code: 'WI',
  name: 'Wisconsin',
  statute: sourced('Wis. Stat. s 218.0171 (formerly 218.015); revised by 2013-14 legislation (double damages eliminated)', 'H', CITE, [
    'NCLC_WI',
    'WI_REVISED',
    'LLAZ:wisconsin',
  ]),
  versions: [
    {
      id: 'WI-1',
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
          measuredFrom: 'first delivery',
          text: 'Warranty term or 1 year (rule: shorter of warranty term or 1 year)',
        },
        'H',
        'Wis. Stat. s 218.0171(1)(h), (2)(a)',
        ['WI_218_0171_2003', 'LLAZ:wisconsin', 'NCLC_WI'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more times made available for repair of the same nonconformity',
        },
        'H',
        'Wis. Stat. s 218.0171(1)(h)1.',
        ['WI_218_0171_2003', 'LLAZ:wisconsin', 'NCLC_WI', 'WI_AUTOLEMON'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', 'Wis. Stat. s 218.0171(1)(h)', ['WI_AUTOLEMON'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: "Aggregate of at least 30 days (day type in the source: calendar (aggregate; includes time the vehicle cannot render service though in consumer's possession))",
        },
        'M',
        'Wis. Stat. s 218.0171(1)(h)2.',
        ['WI_218_0171_2003', 'LLAZ:wisconsin', 'WI_AUTOLEMON'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Written notice to the manufacturer (not the dealer) electing refund or replacement',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - written notice to the manufacturer (not the dealer) electing refund or replacement',
        },
        'M',
        'Wis. Stat. s 218.0171(2)(c)',
        ['WI_BAR2'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'no',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'No final-repair step; manufacturer has 30 days to refund or 45 days to provide a comparable replacement after notice',
        },
        'M',
        'Wis. Stat. s 218.0171(2)',
        ['WI_BAR2'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          text: 'Yes - if a certified informal dispute settlement procedure is available, must first resort to it',
        },
        'H',
        'Wis. Stat. s 218.0171(3)',
        ['WI_218_0171_CURRENT', 'LLAZ:wisconsin'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 36 }], combine: 'earliest' },
          text: 'An action for damages must be commenced within 36 months after first delivery of the motor vehicle to a consumer (2013 Wis. Act 101)',
        },
        'H',
        'Wis. Stat. s 218.0171(7)(a)',
        ['WI_2013_ACT_101', 'WI_LAWTON', 'NCLC_WI'],
      ),
      manufacturerRemedyWindow: sourced(
        {
          days: 30,
          dayType: 'calendar',
          replacementDays: 45,
          from: 'notice',
          text: 'No final-repair step; manufacturer has 30 days to refund or 45 days to provide a comparable replacement after notice',
        },
        'M',
        'Wis. Stat. s 218.0171(2)(c)',
        ['WI_BAR2'],
      ),
      coverage: {
        leased: sourced("Covered - lessee's remedy is refund of lease amounts and termination", 'M', CITE, ['WI_BAR2', 'LLAZ:wisconsin']),
        used: sourced('Not covered by the new-vehicle lemon law', 'M', CITE, ['LLAZ:wisconsin']),
      },
    },
  ],
};

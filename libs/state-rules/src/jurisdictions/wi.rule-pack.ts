import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Wisconsin: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
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
        CITE,
        ['LLAZ:wisconsin', 'NCLC_WI'],
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
        CITE,
        ['LLAZ:wisconsin', 'NCLC_WI', 'WI_AUTOLEMON'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['WI_AUTOLEMON'], { note: 'No separate serious-safety threshold' }),
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
        CITE,
        ['LLAZ:wisconsin', 'WI_AUTOLEMON'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Written notice to the manufacturer (not the dealer) electing refund or replacement',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - written notice to the manufacturer (not the dealer) electing refund or replacement',
        },
        'M',
        CITE,
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
        CITE,
        ['WI_BAR2'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          text: 'Yes - if a certified informal dispute settlement procedure is available, must first resort to it',
        },
        'H',
        CITE,
        ['LLAZ:wisconsin'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 36 }], combine: 'earliest' },
          text: '3 years from purchase (firm FAQ); older NCLC summary said none specified',
        },
        'L',
        CITE,
        ['WI_LAWTON', 'NCLC_WI'],
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
        CITE,
        ['WI_BAR2'],
      ),
      coverage: {
        leased: sourced("Covered - lessee's remedy is refund of lease amounts and termination", 'M', CITE, ['WI_BAR2', 'LLAZ:wisconsin']),
        used: sourced('Not covered by the new-vehicle lemon law', 'M', CITE, ['LLAZ:wisconsin']),
      },
    },
  ],
};

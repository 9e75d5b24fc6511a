import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Missouri: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Mo. Rev. Stat. s 407.560-407.579';

export const MO_RULE_PACK: RulePack = {
  code: 'MO',
  name: 'Missouri',
  statute: sourced('Mo. Rev. Stat. ss 407.560-407.579', 'M', CITE, ['LLAZ:missouri']),
  versions: [
    {
      id: 'MO-1',
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
          measuredFrom: 'original delivery',
          text: 'Warranty term or 1 year (rule: shorter of warranty term or 1 year)',
        },
        'M',
        CITE,
        ['LLAZ:missouri'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity',
        },
        'M',
        CITE,
        ['LLAZ:missouri'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:missouri'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'working',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more working days (day type in the source: working days, excluding routine maintenance)',
        },
        'M',
        CITE,
        ['LLAZ:missouri'],
        {
          interpretations: ["'Working days' is not defined in the reference; counted as Monday-Friday except US federal holidays."],
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Written notification to the manufacturer',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - written notification to the manufacturer',
        },
        'M',
        CITE,
        ['LLAZ:missouri'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 10,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - 10 calendar days after delivery to an authorized repair facility',
        },
        'M',
        CITE,
        ['LLAZ:missouri'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - must first resort to a 703-compliant manufacturer procedure',
        },
        'M',
        CITE,
        ['LLAZ:missouri'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'warranty_expiry', months: 6 },
              { anchor: 'delivery', months: 18 },
            ],
            combine: 'earliest',
          },
          alternatives: 'Or 90 days after final IDSM panel action.',
          text: 'Within 6 months after warranty expiration or 18 months after delivery, whichever earlier; or 90 days after final IDSM panel action',
        },
        'M',
        CITE,
        ['LLAZ:missouri'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: [
        "Consumer pays manufacturer's fees if suit is in bad faith or final recovery is not at least 10% above a pre-suit settlement offer.",
      ],
    },
  ],
};

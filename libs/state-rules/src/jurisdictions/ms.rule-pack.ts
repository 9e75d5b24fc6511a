import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Mississippi: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Miss. Code s 63-17-151 et seq.';

export const MS_RULE_PACK: RulePack = {
  code: 'MS',
  name: 'Mississippi',
  statute: sourced('Miss. Code s 63-17-151 et seq.', 'M', CITE, ['LLAZ:mississippi']),
  versions: [
    {
      id: 'MS-1',
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
          text: 'Warranty term or 1 year (extendable if reported but unrepaired) (rule: shorter of warranty term or 1 year)',
        },
        'M',
        CITE,
        ['LLAZ:mississippi'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more repairs of substantially the same nonconformity',
        },
        'M',
        CITE,
        ['LLAZ:mississippi'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:mississippi'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 15,
          comparison: 'at_least',
          dayType: 'working',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 15 or more working days (day type in the source: working days, excluding routine maintenance)',
        },
        'M',
        CITE,
        ['LLAZ:mississippi'],
        {
          interpretations: ["'Working days' is not defined in the reference; counted as Monday-Friday except US federal holidays."],
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Written notification to the manufacturer (regional or zone office) before using the law',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - written notification to the manufacturer (regional/zone office) before using the law',
        },
        'M',
        CITE,
        ['LLAZ:mississippi'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 10,
          repairWindowFrom: 'facility_delivery',
          dayType: 'working',
          missedWindowSatisfies: false,
          text: 'Yes - 10 working days after delivery to the designated repair facility',
        },
        'M',
        CITE,
        ['LLAZ:mississippi'],
        {
          interpretations: ["'Working days' is not defined in the reference; counted as Monday-Friday except US federal holidays."],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - must first resort to a 703-compliant manufacturer procedure',
        },
        'M',
        CITE,
        ['LLAZ:mississippi'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'warranty_expiry', months: 12 },
              { anchor: 'delivery', months: 18 },
            ],
            combine: 'earliest',
          },
          alternatives: 'Or 90 days after final action of the IDSM panel.',
          text: 'Within 1 year after warranty expiration or 18 months after delivery, whichever earlier; or 90 days after final action of the IDSM panel',
        },
        'M',
        CITE,
        ['LLAZ:mississippi'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

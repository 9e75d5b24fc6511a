import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Nevada: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Nev. Rev. Stat. s 597.600-597.680';

export const NV_RULE_PACK: RulePack = {
  code: 'NV',
  name: 'Nevada',
  statute: sourced('Nev. Rev. Stat. ss 597.600-597.680', 'M', CITE, ['LLAZ:nevada']),
  versions: [
    {
      id: 'NV-1',
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
          measuredFrom: 'delivery to original buyer',
          text: 'Warranty term or 1 year (rule: shorter of warranty term or 1 year)',
        },
        'M',
        CITE,
        ['LLAZ:nevada'],
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
        ['LLAZ:nevada'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:nevada'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more calendar days (day type in the source: calendar)',
        },
        'M',
        CITE,
        ['LLAZ:nevada'],
      ),
      notice: sourced(
        {
          required: 'unknown',
          method: 'not established from available sources',
          conditionsProngs: NO_PRONGS,
          text: 'not established from available sources',
        },
        'L',
        CITE,
        [],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'unknown',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'not established from available sources',
        },
        'L',
        CITE,
        [],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - buyer must first submit the claim to a 703-compliant manufacturer procedure',
        },
        'M',
        CITE,
        ['LLAZ:nevada'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 18 }], combine: 'earliest' },
          text: 'Action within 18 months after original delivery',
        },
        'M',
        CITE,
        ['LLAZ:nevada'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

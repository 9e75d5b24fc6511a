import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Vermont: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Vt. Stat. tit. 9, s 4170 et seq.';

export const VT_RULE_PACK: RulePack = {
  code: 'VT',
  name: 'Vermont',
  statute: sourced('Vt. Stat. tit. 9, s 4170 et seq.', 'M', CITE, ['LLAZ:vermont']),
  versions: [
    {
      id: 'VT-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: null,
          miles: null,
          combine: 'whichever_first',
          endsWithExpressWarranty: true,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'delivery',
          text: 'Express warranty term (rule: express warranty term (first attempt within it))',
        },
        'M',
        CITE,
        ['LLAZ:vermont'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'unbounded',
          anchor: { within: 'rights_period', minAttempts: 1, text: 'The first attempt within the express warranty term.' },
          text: '3 or more repairs of the same nonconformity (first within the warranty), by the same dealer unless good cause',
        },
        'M',
        CITE,
        ['LLAZ:vermont'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:vermont'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more calendar days during the warranty (day type in the source: calendar)',
        },
        'M',
        CITE,
        ['LLAZ:vermont'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method:
            'After the 3rd attempt or 30 days, written notice to the manufacturer (and lessor) on its forms of the election to proceed',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - after the 3rd attempt or 30 days, notify manufacturer (and lessor) in writing on manufacturer-supplied forms of the election to proceed',
        },
        'M',
        CITE,
        ['LLAZ:vermont'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - one final opportunity within the 45-day period',
        },
        'M',
        CITE,
        ['LLAZ:vermont'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'state_program',
          text: 'State Vermont Motor Vehicle Arbitration Board process; refund within 30 days of board decision',
        },
        'M',
        CITE,
        ['LLAZ:vermont'],
      ),
      stateArbitration: sourced(
        {
          name: 'Vermont Motor Vehicle Arbitration Board',
          mandatory: false,
          manufacturerComplianceDays: 30,
          text: 'State Vermont Motor Vehicle Arbitration Board process; refund within 30 days of board decision',
        },
        'M',
        CITE,
        ['LLAZ:vermont'],
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [{ anchor: 'warranty_expiry' }, { anchor: 'last_repair_attempt', months: 12 }],
            combine: 'latest',
            then: { months: 12 },
          },
          text: "Within 1 year after the later of warranty expiration or 1 year after the manufacturer's last repair attempt",
        },
        'M',
        CITE,
        ['LLAZ:vermont'],
        {
          interpretations: ['Encoded literally: 1 year after the later of warranty expiration or 1 year after the last repair attempt.'],
        },
      ),
      coverage: {
        leased: sourced('Covered (lessee refund provisions)', 'M', CITE, ['LLAZ:vermont']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

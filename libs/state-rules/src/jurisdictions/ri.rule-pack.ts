import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Rhode Island: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'R.I. Gen. Laws s 31-5.2-1 et seq.';

export const RI_RULE_PACK: RulePack = {
  code: 'RI',
  name: 'Rhode Island',
  statute: sourced('R.I. Gen. Laws s 31-5.2-1 et seq.', 'M', CITE, ['LLAZ:rhode-island']),
  versions: [
    {
      id: 'RI-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 12,
          miles: 15000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: 'Term of protection: 1 year or 15,000 miles (rule: whichever comes first)',
        },
        'M',
        CITE,
        ['LLAZ:rhode-island'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity (continues or recurs)',
        },
        'M',
        CITE,
        ['LLAZ:rhode-island'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:rhode-island'], { note: 'No separate serious-safety threshold' }),
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
        ['LLAZ:rhode-island'],
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
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 7,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - one additional opportunity not to exceed 7 calendar days',
        },
        'M',
        CITE,
        ['LLAZ:rhode-island'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required',
          compliance: '16_cfr_703',
          text: 'Yes - must first resort to a 703/AG-approved procedure or the state Motor Vehicle Arbitration Board procedure',
        },
        'M',
        CITE,
        ['LLAZ:rhode-island'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'delivery', months: 36 },
              { anchor: 'odometer_reaches', months: 24, miles: 15000 },
            ],
            combine: 'earliest',
          },
          text: 'Within 3 years of delivery or 2 years after the vehicle reached 15,000 miles, whichever earlier',
        },
        'M',
        CITE,
        ['LLAZ:rhode-island'],
      ),
      coverage: {
        leased: sourced('Covered (consumer or lessee)', 'M', CITE, ['LLAZ:rhode-island']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Tennessee: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Tenn. Code s 55-24-201 et seq.';

export const TN_RULE_PACK: RulePack = {
  code: 'TN',
  name: 'Tennessee',
  statute: sourced('Tenn. Code s 55-24-201 et seq.', 'M', CITE, ['LLAZ:tennessee']),
  versions: [
    {
      id: 'TN-1',
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
          text: 'Term of protection: warranty term or 1 year (rule: shorter of warranty term or 1 year)',
        },
        'M',
        CITE,
        ['LLAZ:tennessee'],
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
        ['LLAZ:tennessee'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:tennessee'], { note: 'No separate serious-safety threshold' }),
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
        ['LLAZ:tennessee'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Written notification by certified mail directly to the manufacturer (to the dealer if no address is available)',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - written notification by certified mail directly to the manufacturer (to dealer if address unavailable)',
        },
        'M',
        CITE,
        ['LLAZ:tennessee'],
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
          text: 'Yes - additional opportunity not to exceed 10 days',
        },
        'M',
        CITE,
        ['LLAZ:tennessee'],
        {
          interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - if 703-compliant procedure exists and consumer was notified',
        },
        'M',
        CITE,
        ['LLAZ:tennessee'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [{ anchor: 'warranty_expiry' }, { anchor: 'delivery', months: 12 }],
            combine: 'latest',
            then: { months: 6 },
          },
          text: 'Within 6 months after the later of warranty expiration or 1 year after delivery',
        },
        'M',
        CITE,
        ['LLAZ:tennessee'],
      ),
      coverage: {
        leased: sourced('Covered (purchaser or lessee)', 'M', CITE, ['LLAZ:tennessee']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

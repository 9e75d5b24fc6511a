import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Alaska: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Alaska Stat. s 45.45.300 et seq.';

export const AK_RULE_PACK: RulePack = {
  code: 'AK',
  name: 'Alaska',
  statute: sourced('Alaska Stat. ss 45.45.300-45.45.360', 'M', CITE, ['LLAZ:alaska']),
  versions: [
    {
      id: 'AK-1',
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
          measuredFrom: 'delivery to original owner',
          text: 'Express warranty term or 1 year from delivery, whichever ends first (rule: shorter of express warranty or 1 year)',
        },
        'M',
        CITE,
        ['LLAZ:alaska'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more repairs of the same nonconformity',
        },
        'M',
        CITE,
        ['LLAZ:alaska'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:alaska'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: "30 or more business days (delays beyond the repairer's control excluded) (day type in the source: business)",
        },
        'M',
        CITE,
        ['LLAZ:alaska'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Certified mail to the manufacturer and the dealer or repairing agent, no later than 60 days after the period ends',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - certified-mail notice to manufacturer AND dealer/repairing agent, no later than 60 days after the warranty/1-year period ends, demanding refund or replacement on the 60th day after mailing',
        },
        'M',
        CITE,
        ['LLAZ:alaska'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 30,
          repairWindowFrom: 'notice_received',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - manufacturer may make a final repair attempt within 30 days after receiving the notice',
        },
        'M',
        CITE,
        ['LLAZ:alaska'],
        {
          interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Conditional - applies where the manufacturer has a 703-compliant procedure or, after notice, offers arbitration/mediation binding on the manufacturer but not the owner (statute text excerpt truncated)',
        },
        'L',
        CITE,
        ['LLAZ:alaska'],
      ),
      stateArbitration: null,
      timeToFile: sourced({ known: false, deadline: null, text: 'not established from available sources' }, 'L', CITE, []),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: ['Reasonable allowance capped at straight-line depreciation over seven years.'],
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Oregon: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Or. Rev. Stat. s 646A.400 et seq.';

export const OR_RULE_PACK: RulePack = {
  code: 'OR',
  name: 'Oregon',
  statute: sourced('Or. Rev. Stat. s 646A.400 et seq. (renumbered from 646.315-646.375 as cited in the statute text)', 'M', CITE, [
    'LLAZ:oregon',
  ]),
  versions: [
    {
      id: 'OR-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 12,
          miles: 12000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: '1 year or 12,000 miles (2015 text; later amendments not checked) (rule: whichever ends earlier)',
        },
        'M',
        CITE,
        ['LLAZ:oregon'],
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
        ['LLAZ:oregon'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:oregon'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more business days (day type in the source: business)',
        },
        'M',
        CITE,
        ['LLAZ:oregon'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct written notification (a request for the IDSM counts)',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - prior direct written notification and opportunity to cure (a request for the IDSM counts as notification)',
        },
        'M',
        CITE,
        ['LLAZ:oregon'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: ALL_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - opportunity to cure (days not specified)',
        },
        'M',
        CITE,
        ['LLAZ:oregon'],
        {
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - if the manufacturer has a 703-compliant procedure and notifies the consumer; arbitration decision binds the manufacturer',
        },
        'M',
        CITE,
        ['LLAZ:oregon'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'rights_period_end', months: 12 }], combine: 'earliest' },
          text: 'Within 1 year after the earlier of 12,000 miles or 1 year from delivery',
        },
        'M',
        CITE,
        ['LLAZ:oregon'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Wyoming: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Wyo. Stat. s 40-17-101';

export const WY_RULE_PACK: RulePack = {
  code: 'WY',
  name: 'Wyoming',
  statute: sourced('Wyo. Stat. s 40-17-101', 'M', CITE, ['LLAZ:wyoming']),
  versions: [
    {
      id: 'WY-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 12,
          miles: null,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: 'Report within 1 year of delivery (rule: 1 year)',
        },
        'M',
        CITE,
        ['LLAZ:wyoming'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'more_than',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'More than 3 repairs (i.e. 4+) of the same nonconformity',
        },
        'M',
        CITE,
        ['LLAZ:wyoming'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:wyoming'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 business days (day type in the source: business)',
        },
        'M',
        CITE,
        ['LLAZ:wyoming'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - prior direct written notification and reasonable opportunity to cure',
        },
        'M',
        CITE,
        ['LLAZ:wyoming'],
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
          text: 'Yes - reasonable opportunity to cure (days not specified)',
        },
        'M',
        CITE,
        ['LLAZ:wyoming'],
        {
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required',
          compliance: '16_cfr_703',
          text: 'Yes - must exhaust a compliant manufacturer IDSM',
        },
        'M',
        CITE,
        ['LLAZ:wyoming'],
      ),
      stateArbitration: null,
      timeToFile: sourced({ known: false, deadline: null, text: 'not established from available sources' }, 'L', CITE, []),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

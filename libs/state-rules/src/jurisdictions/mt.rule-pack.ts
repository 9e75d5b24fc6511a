import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Montana: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Mont. Code s 61-4-501 et seq.';

export const MT_RULE_PACK: RulePack = {
  code: 'MT',
  name: 'Montana',
  statute: sourced('Mont. Code s 61-4-501 et seq.', 'M', CITE, ['LLAZ:montana']),
  versions: [
    {
      id: 'MT-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: 18000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: 'Warranty period: 2 years or 18,000 miles (rule: whichever is earlier)',
        },
        'M',
        CITE,
        ['LLAZ:montana'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity during the warranty period',
        },
        'M',
        CITE,
        ['LLAZ:montana'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:montana'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: true,
          text: 'Cumulative 30 or more business days after notification (day type in the source: business)',
        },
        'M',
        CITE,
        ['LLAZ:montana'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: "Prior written notification to the address disclosed in the warranty or owner's manual",
          conditionsProngs: ALL_PRONGS,
          text: "Yes - prior written notification (address disclosed in warranty/owner's manual) and opportunity to cure",
        },
        'M',
        CITE,
        ['LLAZ:montana'],
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
        ['LLAZ:montana'],
        {
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          decisionWithinDays: 60,
          text: 'Yes - must first resort to a Department-of-Commerce-certified procedure (decisions within 60 days)',
        },
        'M',
        CITE,
        ['LLAZ:montana'],
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

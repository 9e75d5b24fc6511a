import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Illinois: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = '815 ILCS 380';

export const IL_RULE_PACK: RulePack = {
  code: 'IL',
  name: 'Illinois',
  statute: sourced('815 ILCS 380 (New Vehicle Buyer Protection Act)', 'H', CITE, ['LLAZ:illinois']),
  versions: [
    {
      id: 'IL-1',
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
          measuredFrom: 'delivery to consumer',
          text: 'Statutory warranty period: 1 year or 12,000 miles (rule: whichever occurs first)',
        },
        'H',
        CITE,
        ['LLAZ:illinois'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity within the statutory warranty period',
        },
        'H',
        CITE,
        ['LLAZ:illinois'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', CITE, ['LLAZ:illinois'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: '30 or more business days out of service (day type in the source: business)',
        },
        'H',
        CITE,
        ['LLAZ:illinois'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - presumption applies only if manufacturer received prior direct written notification and an opportunity to correct',
        },
        'H',
        CITE,
        ['LLAZ:illinois'],
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
          text: 'Yes - opportunity to correct (days not specified)',
        },
        'M',
        CITE,
        ['LLAZ:illinois'],
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
          text: "Yes - must first resort to the manufacturer's informal settlement procedure where established (subject to statutory conditions); limitations extended while pending",
        },
        'H',
        CITE,
        ['LLAZ:illinois'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 18 }], combine: 'earliest' },
          alternatives: 'Extended by the days the informal procedure was pending.',
          text: 'Action within 18 months after original delivery, extended by days pending in the informal procedure',
        },
        'H',
        CITE,
        ['LLAZ:illinois'],
      ),
      coverage: {
        leased: sourced('Covered (lessee for at least 1 year)', 'H', CITE, ['LLAZ:illinois']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

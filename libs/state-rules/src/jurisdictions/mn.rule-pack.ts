import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Minnesota: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Minn. Stat. s 325F.665';

export const MN_RULE_PACK: RulePack = {
  code: 'MN',
  name: 'Minnesota',
  statute: sourced('Minn. Stat. s 325F.665', 'H', CITE, ['LLAZ:minnesota', 'MN_CA']),
  versions: [
    {
      id: 'MN-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: null,
          combine: 'whichever_first',
          endsWithExpressWarranty: true,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: 'Presumption within the express warranty or 2 years, whichever earlier; remedy still available if attempts occur within 3 years and defect first reported during the warranty (rule: shorter of warranty term or 2 years)',
        },
        'H',
        CITE,
        ['LLAZ:minnesota', 'MN_CA', 'MN_DMV'],
        {
          note: 'Remedy still available if attempts occur within 3 years and the defect was first reported during the warranty; not modelled.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity',
        },
        'H',
        CITE,
        ['LLAZ:minnesota', 'MN_CA'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 1,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'counting_window',
            scope: 'total_brake_or_steering_failure',
            text: '1 repair of a nonconformity causing complete failure of braking or steering, likely to cause death or serious bodily injury',
          },
        ],
        'H',
        CITE,
        ['LLAZ:minnesota', 'MN_CA'],
      ),
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
        'H',
        CITE,
        ['LLAZ:minnesota', 'MN_CA'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior written notification at least once (the dealer forwards it by certified mail)',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - prior written notification at least once plus an opportunity to cure (dealer forwards by certified mail)',
        },
        'H',
        CITE,
        ['LLAZ:minnesota', 'MN_CA'],
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
        ['LLAZ:minnesota'],
        {
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'unknown',
          text: 'Manufacturers must operate an in-state 703-compliant IDSM; decisions non-binding, removable for trial de novo. Whether the consumer must use it first not established from available sources',
        },
        'M',
        CITE,
        ['LLAZ:minnesota', 'MN_CA'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 36 }], combine: 'earliest' },
          alternatives: 'If an IDSM was used within 3 years: within 6 months after its final decision.',
          text: 'Civil action within 3 years of original delivery; if IDSM used within 3 years, within 6 months after its final decision',
        },
        'H',
        CITE,
        ['LLAZ:minnesota'],
      ),
      coverage: {
        leased: sourced('Covered (lease > 4 months; personal use at least 40% of time)', 'H', CITE, ['LLAZ:minnesota']),
        used: sourced('Covered while original manufacturer warranty is in effect (transferees)', 'M', CITE, ['MN_DMV']),
      },
    },
  ],
};

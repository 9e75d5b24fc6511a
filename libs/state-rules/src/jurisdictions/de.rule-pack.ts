import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Delaware: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Del. Code tit. 6, s 5001 et seq.';

export const DE_RULE_PACK: RulePack = {
  code: 'DE',
  name: 'Delaware',
  statute: sourced('Del. Code tit. 6, s 5001 et seq.', 'M', CITE, ['LLAZ:delaware']),
  versions: [
    {
      id: 'DE-1',
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
          text: 'Warranty term or 1 year (rule: shorter of warranty term or 1 year)',
        },
        'M',
        CITE,
        ['LLAZ:delaware'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of substantially the same nonconformity',
        },
        'M',
        CITE,
        ['LLAZ:delaware'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:delaware'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'more_than',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'More than 30 calendar days, counted from the first presentation with a written repair document (day type in the source: calendar (more than 30))',
        },
        'M',
        CITE,
        ['LLAZ:delaware'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - prior direct written notification and an opportunity to repair',
        },
        'M',
        CITE,
        ['LLAZ:delaware'],
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
          text: 'Yes - opportunity to repair (days not specified)',
        },
        'M',
        CITE,
        ['LLAZ:delaware'],
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
          decisionWithinDays: 65,
          text: 'Yes if the procedure holds a Division of Consumer Protection certificate (certified programs may not delay decisions beyond 65 days); otherwise direct suit',
        },
        'M',
        CITE,
        ['LLAZ:delaware'],
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

import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Indiana: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Ind. Code ch. 24-5-13';

export const IN_RULE_PACK: RulePack = {
  code: 'IN',
  name: 'Indiana',
  statute: sourced('Ind. Code ch. 24-5-13', 'M', CITE, ['LLAZ:indiana']),
  versions: [
    {
      id: 'IN-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 18,
          miles: 18000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'delivery',
          text: 'Rights period ends 18 months after delivery or 18,000 miles (rule: earlier of 18 months or 18,000 miles)',
        },
        'M',
        CITE,
        ['LLAZ:indiana'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the nonconformity',
        },
        'M',
        CITE,
        ['LLAZ:indiana'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:indiana'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more business days (extended for strikes) (day type in the source: business)',
        },
        'M',
        CITE,
        ['LLAZ:indiana'],
      ),
      notice: sourced(
        {
          required: 'if_disclosed',
          method: 'Notice to the manufacturer, if the manufacturer made the required disclosure',
          conditionsProngs: ALL_PRONGS,
          text: 'Conditional - buyer must first notify the manufacturer if the manufacturer made the required disclosure',
        },
        'M',
        CITE,
        ['LLAZ:indiana'],
        {
          interpretations: ['The source does not say which presumption prongs the notice conditions; applied to all of them.'],
        },
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'unknown',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'not established from available sources',
        },
        'L',
        CITE,
        [],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: "Yes - chapter does not apply to a buyer who has not first resorted to the manufacturer's informal procedure (if conditions met, incl. adequate written notice of it)",
        },
        'M',
        CITE,
        ['LLAZ:indiana'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'first_report', months: 24 }], combine: 'earliest' },
          text: 'Action within 2 years after the buyer first reports the nonconformity',
        },
        'M',
        CITE,
        ['LLAZ:indiana'],
      ),
      coverage: {
        leased: sourced('Covered (lease provisions in statute)', 'M', CITE, ['LLAZ:indiana']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

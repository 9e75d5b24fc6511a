import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// New Hampshire: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'N.H. Rev. Stat. ch. 357-D';

export const NH_RULE_PACK: RulePack = {
  code: 'NH',
  name: 'New Hampshire',
  statute: sourced('N.H. Rev. Stat. ch. 357-D', 'M', CITE, ['LLAZ:new-hampshire']),
  versions: [
    {
      id: 'NH-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: null,
          miles: null,
          combine: 'whichever_first',
          endsWithExpressWarranty: true,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'delivery',
          text: "Attempts/days counted within the manufacturer's express warranty term (rule: express warranty term)",
        },
        'M',
        CITE,
        ['LLAZ:new-hampshire'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more repairs of the same nonconformity, evidenced by repair orders, by the same dealer unless good cause',
        },
        'M',
        CITE,
        ['LLAZ:new-hampshire'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:new-hampshire'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more business days during the express warranty (day type in the source: business (not out of service if available most of the day))',
        },
        'M',
        CITE,
        ['LLAZ:new-hampshire'],
        {
          interpretations: [
            "'Not out of service if available most of the day' is not modelled: a day counts if the vehicle was out of service for any part of it.",
          ],
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'After the 3rd attempt or 30 business days, notice to the manufacturer on its form of the election to proceed',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - after the 3rd attempt or 30 business days, notify the manufacturer (on the manufacturer-supplied form) of the election to proceed',
        },
        'M',
        CITE,
        ['LLAZ:new-hampshire'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - one final opportunity within the 40-day period before the board',
        },
        'M',
        CITE,
        ['LLAZ:new-hampshire'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'state_program',
          text: 'State New Motor Vehicle Arbitration Board process; manufacturer must refund/replace within 30 days of board decision; appeal to superior court within 30 days',
        },
        'M',
        CITE,
        ['LLAZ:new-hampshire'],
      ),
      stateArbitration: sourced(
        {
          name: 'New Hampshire New Motor Vehicle Arbitration Board',
          mandatory: false,
          manufacturerComplianceDays: 30,
          appealWithinDays: 30,
          text: 'State New Motor Vehicle Arbitration Board process; manufacturer must refund/replace within 30 days of board decision; appeal to superior court within 30 days',
        },
        'M',
        CITE,
        ['LLAZ:new-hampshire'],
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [{ anchor: 'warranty_expiry' }, { anchor: 'final_repair_attempt' }],
            combine: 'latest',
            then: { months: 12 },
          },
          text: "Within 1 year after the later of warranty expiration or the manufacturer's final repair attempt",
        },
        'M',
        CITE,
        ['LLAZ:new-hampshire'],
      ),
      coverage: {
        leased: sourced('Covered (lease refund provisions)', 'M', CITE, ['LLAZ:new-hampshire']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Kentucky: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Ky. Rev. Stat. s 367.840-367.846';

export const KY_RULE_PACK: RulePack = {
  code: 'KY',
  name: 'Kentucky',
  statute: sourced('Ky. Rev. Stat. ss 367.840-367.846; dispute system ss 367.860-367.870', 'H', CITE, ['LLAZ:kentucky']),
  versions: [
    {
      id: 'KY-1',
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
          measuredFrom: 'original delivery to buyer',
          text: 'First 12,000 miles or 12 months (rule: whichever is earlier)',
        },
        'H',
        CITE,
        ['LLAZ:kentucky', 'KY_USLL'],
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
        ['LLAZ:kentucky', 'KY_USLL'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', CITE, ['LLAZ:kentucky'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: true,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 calendar days out of service for the SAME nonconformity (not any defects) (day type in the source: calendar)',
        },
        'H',
        CITE,
        ['LLAZ:kentucky'],
      ),
      notice: sourced(
        {
          required: 'unknown',
          method: 'Secondary sources: certified mail, return receipt, describing the defect and repair dates',
          conditionsProngs: NO_PRONGS,
          text: 'Secondary only: written notice to the manufacturer (certified mail, return receipt) describing the defect and repair dates; statute text in the stored snapshot did not confirm',
        },
        'L',
        CITE,
        ['KY_WIKI'],
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
          text: 'Secondary only: consumer must give the manufacturer a final opportunity to repair; no day count found',
        },
        'L',
        CITE,
        ['KY_WIKI'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required',
          text: 'Yes - refund/replacement disputes must go through the dispute resolution system (KRS 367.860-.870 or 16 CFR 703) before judicial relief',
        },
        'H',
        'Ky. Rev. Stat. s 367.860-367.870',
        ['LLAZ:kentucky'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 24 }], combine: 'earliest' },
          text: 'Action within 2 years after original delivery',
        },
        'H',
        CITE,
        ['LLAZ:kentucky'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: ["Kentucky's informal dispute system definitions reference disputes within the first 2 years or 25,000 miles of ownership."],
    },
  ],
};

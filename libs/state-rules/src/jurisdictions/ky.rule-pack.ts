import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Kentucky: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 against the text of KRS 367.842 in the copy LLAZ:kentucky (statute text
// as published, file of 2015; see libs/state-rules/verification/il-ms.md). No newer copy of 367.842
// was found, so a later amendment cannot be excluded.
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
          text: 'Within the first 12,000 miles of operation or the 12 months following original delivery to the buyer, whichever is earlier',
        },
        'H',
        'Ky. Rev. Stat. s 367.842(3)',
        ['LLAZ:kentucky', 'KY_USLL'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity, defect or condition subject to repair 4 or more times by the manufacturer, and it continues to exist',
        },
        'H',
        'Ky. Rev. Stat. s 367.842(3)(a)',
        ['LLAZ:kentucky', 'KY_USLL'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Ky. Rev. Stat. s 367.842(3)', ['LLAZ:kentucky'], {
        note: 'Subsection (3) has only the repairs and days prongs: no separate serious-safety threshold',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: true,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair of the same nonconformity, defect or condition for a cumulative total of at least 30 calendar days',
        },
        'H',
        'Ky. Rev. Stat. s 367.842(3)(b)',
        ['LLAZ:kentucky'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Written report of the nonconformity to the manufacturer (no mailing method named)',
          conditionsProngs: NO_PRONGS,
          text: 'If the manufacturer or its agents are unable to repair the nonconformity after a reasonable number of attempts within the first 12,000 miles or 12 months, the buyer shall report the nonconformity, in writing, to the manufacturer',
        },
        'H',
        'Ky. Rev. Stat. s 367.842(1)',
        ['LLAZ:kentucky'],
        {
          note: 'Corrected 2026-11-28 from "unknown" (secondary source, certified mail): the text requires a written report to the manufacturer and names no mailing method. It is a step before the remedy, not an element of the (3) presumption.',
        },
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'no',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'KRS 367.842 provides no final repair opportunity or window; the consumer reports the nonconformity in writing (367.842(1))',
        },
        'M',
        'Ky. Rev. Stat. s 367.842',
        ['LLAZ:kentucky', 'KY_WIKI'],
        {
          note: 'A secondary source (KY_WIKI) says a final opportunity is required; the statute text read (2015 copy) has none. M: the absence rests on one copy.',
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required',
          text: 'Refund/replacement disputes shall be resolved through the dispute resolution system under KRS 367.860-367.870 or 16 CFR 703, pursued before any judicial relief under KRS 367.843',
        },
        'H',
        'Ky. Rev. Stat. s 367.842(4)',
        ['LLAZ:kentucky'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 24 }], combine: 'earliest' },
          text: 'Any action under 367.842 shall be commenced within 2 years after original delivery of the new motor vehicle to the buyer',
        },
        'H',
        'Ky. Rev. Stat. s 367.842(8)',
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

import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Nebraska: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 (libs/state-rules/verification/mo-or.md): only ss 60-2701 to 60-2703 were
// found in text; the presumption section was not, so the extract's confidence stays.
const CITE = 'Neb. Rev. Stat. s 60-2701 et seq.';

export const NE_RULE_PACK: RulePack = {
  code: 'NE',
  name: 'Nebraska',
  statute: sourced('Neb. Rev. Stat. s 60-2701 et seq.', 'M', CITE, ['LLAZ:nebraska']),
  versions: [
    {
      id: 'NE-1',
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
        'Neb. Rev. Stat. s 60-2702',
        ['NE_60_2702_TEXT', 'LLAZ:nebraska'],
        {
          note: 's 60-2702 (read) sets the reporting window: the term of the express warranties or one year after original delivery, whichever is the earlier date. The presumption section itself was not read (s 60-2703, read, holds only the remedy and the defenses).',
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
        'M',
        CITE,
        ['LLAZ:nebraska'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:nebraska'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 40,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 40 or more days (day type in the source: days (type not specified))',
        },
        'M',
        CITE,
        ['LLAZ:nebraska'],
        { interpretations: ["The source says 'days' without saying which kind; counted as calendar days."] },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct written notification by certified mail',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - prior direct written notification by certified mail and opportunity to cure',
        },
        'M',
        CITE,
        ['LLAZ:nebraska'],
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
        ['LLAZ:nebraska'],
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
          text: "Yes if the manufacturer's procedure is certified under Director of Motor Vehicles standards",
        },
        'M',
        CITE,
        ['LLAZ:nebraska'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'warranty_expiry', months: 12 },
              { anchor: 'delivery', months: 24 },
            ],
            combine: 'earliest',
          },
          text: 'Within 1 year after warranty expiration or 2 years after delivery, whichever earlier',
        },
        'M',
        CITE,
        ['LLAZ:nebraska'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

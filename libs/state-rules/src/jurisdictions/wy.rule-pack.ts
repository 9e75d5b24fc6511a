import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Wyoming: values from the lemon-law research extract, checked on 2026-11-28 against the text of
// Wyo. Stat. s 40-17-101 in the 2015 copy only (no current copy reached; libs/state-rules/verification/pa-wy.md).
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
        'Wyo. Stat. s 40-17-101(b), (d)',
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
        'Wyo. Stat. s 40-17-101(d)(i)',
        ['LLAZ:wyoming'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', 'Wyo. Stat. s 40-17-101(d)', ['LLAZ:wyoming'], { note: 'No separate serious-safety threshold' }),
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
        'Wyo. Stat. s 40-17-101(d)(ii)',
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
        'Wyo. Stat. s 40-17-101(h)',
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
        'Wyo. Stat. s 40-17-101(h)',
        ['LLAZ:wyoming'],
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
          text: "The refund/replacement remedy (subsection (c)) does not apply to a consumer who has not exhausted the manufacturer's informal dispute settlement procedure, if one exists and complies with federal statute and regulation",
        },
        'M',
        'Wyo. Stat. s 40-17-101(f)',
        ['LLAZ:wyoming'],
        {
          note: 'Corrected 2026-11-28 from "required": (f) requires exhaustion only if a compliant procedure exists (text read in the 2015 copy).',
        },
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

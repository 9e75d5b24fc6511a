import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Wyoming: values from the lemon-law research extract, checked on 2026-11-28 against the text of
// Wyo. Stat. s 40-17-101 in the 2015 copy only (no current copy reached; libs/state-rules/verification/pa-wy.md).
const CITE = 'Wyo. Stat. s 40-17-101';

export const WY_RULE_PACK: RulePack = {
  code: 'WY',
  name: 'Wyoming',
  statute: sourced('Wyo. Stat. s 40-17-101', 'H', CITE, ['LLAZ:wyoming'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
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
        'H',
        'Wyo. Stat. s 40-17-101(d)(i)',
        ['LLAZ:wyoming'],
        {
          note: '40-17-101(d)(i) (2015 text, LLAZ): the same nonconformity subject to repair more than three times, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Wyo. Stat. s 40-17-101(d)', ['LLAZ:wyoming'], {
        note: '40-17-101(d) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
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
        'H',
        'Wyo. Stat. s 40-17-101(d)(ii)',
        ['LLAZ:wyoming'],
        {
          note: '40-17-101(d)(ii) (2015 text, LLAZ): out of service due to repair for a cumulative total of thirty business days ("business day" undefined: Monday to Friday, federal holidays). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - prior direct written notification and reasonable opportunity to cure',
        },
        'H',
        'Wyo. Stat. s 40-17-101(h)',
        ['LLAZ:wyoming'],
        {
          note: '40-17-101(h) (2015 text, LLAZ): the presumption does not apply unless the manufacturer has received prior direct written notification from or on behalf of the consumer and has had a reasonable opportunity to cure. 2015 text (LLAZ); later amendment not ruled out.',
        },
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
        'H',
        'Wyo. Stat. s 40-17-101(h)',
        ['LLAZ:wyoming'],
        {
          note: '40-17-101(h): a reasonable opportunity to cure after the written notification; no days are set. 2015 text (LLAZ); later amendment not ruled out.',
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
        'H',
        'Wyo. Stat. s 40-17-101(f)',
        ['LLAZ:wyoming'],
        {
          note: '40-17-101(f) (2015 text, LLAZ): subsection (c) does not apply to a consumer who has not exhausted a manufacturer procedure that exists and complies with federal law and regulation. 2015 text (LLAZ); later amendment not ruled out.',
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

import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// North Dakota: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 (libs/state-rules/verification/mo-or.md): ss 51-07-17 and 51-07-18 read in
// text (51-07-18(3) only in part); the presumption (51-07-19) and limitation were not.
const CITE = 'N.D. Cent. Code s 51-07-16 et seq.';

export const ND_RULE_PACK: RulePack = {
  code: 'ND',
  name: 'North Dakota',
  statute: sourced('N.D. Cent. Code ss 51-07-16 to 51-07-22', 'M', CITE, ['LLAZ:north-dakota']),
  versions: [
    {
      id: 'ND-1',
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
        'N.D. Cent. Code s 51-07-17',
        ['ND_51_07_17_TEXT', 'LLAZ:north-dakota'],
        {
          note: 's 51-07-17 (read) sets the reporting window: the term of the express warranties or one year after original delivery, whichever is the earlier date. The presumption (s 51-07-19) was not read.',
        },
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
        CITE,
        ['LLAZ:north-dakota'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:north-dakota'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative at least 30 business days (day type in the source: business)',
        },
        'M',
        CITE,
        ['LLAZ:north-dakota'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - prior direct notification and opportunity to cure',
        },
        'M',
        CITE,
        ['LLAZ:north-dakota'],
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
        ['LLAZ:north-dakota'],
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
          text: 'Yes - must first resort to a 703-compliant procedure or binding appeals board',
        },
        'M',
        'N.D. Cent. Code s 51-07-18(3)',
        ['ND_51_07_18_TEXT', 'LLAZ:north-dakota'],
        {
          note: 's 51-07-18(3) (text current through 2024, read only to "... or if the manufacturer participates in a consumer and industry appeals, arbitration ...") names the 16 C.F.R. 703 procedure and an industry appeals board; the rest is the extract\'s.',
        },
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [{ anchor: 'warranty_expiry' }, { anchor: 'delivery', months: 18 }],
            combine: 'earliest',
            then: { months: 6 },
          },
          text: 'Within 6 months after the earlier of warranty expiration or 18 months after delivery',
        },
        'M',
        CITE,
        ['LLAZ:north-dakota'],
      ),
      coverage: {
        leased: sourced('Covered (lease provisions)', 'M', CITE, ['LLAZ:north-dakota']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: ['Electing the lemon-law remedy forecloses other remedies on the same facts (exclusive remedy).'],
    },
  ],
};

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
  statute: sourced('N.D. Cent. Code ss 51-07-16 to 51-07-22', 'H', CITE, ['LLAZ:north-dakota'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
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
        'H',
        'N.D. Cent. Code s 51-07-17; s 51-07-19(1)',
        ['ND_51_07_17_TEXT', 'LLAZ:north-dakota'],
        {
          note: 's 51-07-17 (read) sets the reporting window; s 51-07-19(1) (2015 text, LLAZ) counts the repairs over the express warranty term or one year after original delivery, whichever is earlier, and the days over the warranty term or a year, whichever is less. 2015 text (LLAZ); later amendment not ruled out.',
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
        'H',
        'N.D. Cent. Code s 51-07-19(1)(a)',
        ['LLAZ:north-dakota'],
        {
          note: 's 51-07-19(1)(a): the same nonconformity continued to exist despite having been subject to repair more than three times within the period. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'N.D. Cent. Code s 51-07-19(1)', ['LLAZ:north-dakota'], {
        note: 's 51-07-19(1) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
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
        'H',
        'N.D. Cent. Code s 51-07-19(1)(b)',
        ['LLAZ:north-dakota'],
        {
          note: 's 51-07-19(1)(b): out of service for repair for a cumulative total of at least thirty business days during the warranty term or in a year, whichever is less. "Business day" is not defined in ss 51-07-16 to 51-07-22. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - prior direct notification and opportunity to cure',
        },
        'H',
        'N.D. Cent. Code s 51-07-19(3)',
        ['LLAZ:north-dakota'],
        {
          note: 's 51-07-19(3): the presumption does not apply against a manufacturer unless it has received prior direct notification from or on behalf of the consumer and an opportunity to cure (the text does not say "written"). 2015 text (LLAZ); later amendment not ruled out.',
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
          text: 'Yes - opportunity to cure (days not specified)',
        },
        'H',
        'N.D. Cent. Code s 51-07-19(3)',
        ['LLAZ:north-dakota'],
        {
          note: 's 51-07-19(3): an opportunity to cure the alleged defect after the notification; no days are set. 2015 text (LLAZ); later amendment not ruled out.',
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
        'H',
        'N.D. Cent. Code s 51-07-18(3)',
        ['ND_51_07_18_TEXT', 'LLAZ:north-dakota'],
        {
          note: 's 51-07-18(3) (current through 2024 in part; whole in the 2015 text, LLAZ): a procedure substantially complying with 16 C.F.R. 703, or a consumer and industry appeals, arbitration or mediation board whose decisions bind the manufacturer, must first be used; the attorney general determines on application whether a mechanism qualifies. 2015 text (LLAZ); later amendment not ruled out.',
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
        'H',
        'N.D. Cent. Code s 51-07-21',
        ['LLAZ:north-dakota'],
        {
          note: 's 51-07-21 (printed run into s 51-07-20 in the copy): an action must be commenced within six months after the earlier of the expiration of the express warranty term or eighteen months after original delivery. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('Covered (lease provisions)', 'M', CITE, ['LLAZ:north-dakota']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: ['Electing the lemon-law remedy forecloses other remedies on the same facts (exclusive remedy).'],
    },
  ],
};

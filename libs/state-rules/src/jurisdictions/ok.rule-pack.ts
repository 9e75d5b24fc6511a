import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Oklahoma: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 (libs/state-rules/verification/mo-or.md): only s 901(A)-(C) was found in
// text; the presumption subsection was not, so the extract's confidence stays.
const CITE = 'Okla. Stat. tit. 15, s 901';

export const OK_RULE_PACK: RulePack = {
  code: 'OK',
  name: 'Oklahoma',
  statute: sourced('Okla. Stat. tit. 15, s 901', 'H', CITE, ['LLAZ:oklahoma'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'OK-1',
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
        'Okla. Stat. tit. 15, s 901(B); s 901(D)',
        ['OK_901_TEXT', 'LLAZ:oklahoma'],
        {
          note: 's 901(B) (read) sets the reporting window and s 901(D) counts the repairs and days over the same window: the term of the express warranties or one year after original delivery, whichever is the earlier date. s 901(D) read in the 2015 text (LLAZ). 2015 text (LLAZ); later amendment not ruled out.',
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
        'H',
        'Okla. Stat. tit. 15, s 901(D)(1)',
        ['LLAZ:oklahoma'],
        {
          note: 's 901(D)(1): the same nonconformity subject to repair four or more times within the period, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Okla. Stat. tit. 15, s 901(D)', ['LLAZ:oklahoma'], {
        note: 's 901(D) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 45,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 45 or more calendar days (day type in the source: calendar)',
        },
        'H',
        'Okla. Stat. tit. 15, s 901(D)(2)',
        ['LLAZ:oklahoma'],
        {
          note: 's 901(D)(2): out of service by reason of repair for a cumulative total of forty-five or more calendar days during the period (extended for war, invasion, strike, fire, flood or natural disaster, not modelled). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Direct written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - nonconformity reported directly in writing; presumption requires prior direct written notification and opportunity to cure',
        },
        'H',
        'Okla. Stat. tit. 15, s 901(B), (C)',
        ['OK_901_TEXT', 'LLAZ:oklahoma'],
        {
          note: 's 901(C), last sentence (2015 text, LLAZ): in no event does the presumption apply against a manufacturer unless it has received prior direct written notification from or on behalf of the consumer and has had an opportunity to cure; s 901(B) (read): the report goes "directly in writing" to the manufacturer, its agent or its authorized dealer. 2015 text (LLAZ); later amendment not ruled out.',
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
        'Okla. Stat. tit. 15, s 901(C)',
        ['LLAZ:oklahoma'],
        {
          note: 's 901(C), last sentence: an opportunity to cure the defect alleged after the written notification; no days are set. 2015 text (LLAZ); later amendment not ruled out.',
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - must first resort to a 703-compliant procedure',
        },
        'H',
        'Okla. Stat. tit. 15, s 901(F)',
        ['LLAZ:oklahoma'],
        {
          note: 's 901(F): if the manufacturer has established an informal dispute settlement procedure complying in all respects with 16 C.F.R. 703, the refund or replacement provisions of subsection C do not apply to a consumer who has not first resorted to it. 2015 text (LLAZ); later amendment not ruled out.',
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

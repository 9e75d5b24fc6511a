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
  statute: sourced('Okla. Stat. tit. 15, s 901', 'M', CITE, ['LLAZ:oklahoma']),
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
        'M',
        'Okla. Stat. tit. 15, s 901(B)',
        ['OK_901_TEXT', 'LLAZ:oklahoma'],
        {
          note: 's 901(B) (read) sets the reporting window: the term of the express warranties or one year after original delivery, whichever is the earlier date. The presumption subsection was not read.',
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
        ['LLAZ:oklahoma'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:oklahoma'], { note: 'No separate serious-safety threshold' }),
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
        'M',
        CITE,
        ['LLAZ:oklahoma'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Direct written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - nonconformity reported directly in writing; presumption requires prior direct written notification and opportunity to cure',
        },
        'M',
        CITE,
        ['OK_901_TEXT', 'LLAZ:oklahoma'],
        {
          note: 's 901(B) (read): the duty to repair follows a report of the nonconformity "directly in writing" to the manufacturer, its agent or its authorized dealer. That the presumption needs prior written notification to the manufacturer is the extract\'s reading (subsection not read).',
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
        'M',
        CITE,
        ['LLAZ:oklahoma'],
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
          text: 'Yes - must first resort to a 703-compliant procedure',
        },
        'M',
        CITE,
        ['LLAZ:oklahoma'],
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

import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Kansas: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 against the text of K.S.A. 50-645(b) (see libs/state-rules/verification/il-ms.md);
// the presumption, 50-645(d), and the dispute program, 50-645(e), read in LLAZ:kansas (statute text as
// published, file of 2015). 50-646 only preserves other remedies; no limitation period is in the act.
const CITE = 'Kan. Stat. s 50-645 et seq.';

export const KS_RULE_PACK: RulePack = {
  code: 'KS',
  name: 'Kansas',
  statute: sourced('Kan. Stat. s 50-645 et seq.', 'H', CITE, ['LLAZ:kansas'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'KS-1',
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
          text: 'The nonconformity reported during the term of any warranties or during the period of one year following original delivery to a consumer, whichever is the earlier date',
        },
        'H',
        'K.S.A. 50-645(b)',
        ['KS_50_645_TEXT', 'LLAZ:kansas'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity that substantially impairs use and value subject to repair 4 or more times by the manufacturer, its agents or authorized dealers within the warranty term or 1 year after original delivery, whichever is earlier, and it continues to exist',
        },
        'H',
        'K.S.A. 50-645(d)(1)',
        ['LLAZ:kansas'],
      ),
      anyDefectAttempts: sourced(
        {
          threshold: 10,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '10 or more attempts by the manufacturer, its agents or authorized dealers to repair any nonconformities that substantially impair use and value',
        },
        'H',
        'K.S.A. 50-645(d)(3)',
        ['LLAZ:kansas'],
        {
          interpretations: ['(d)(3) names no period of its own; counted within the same warranty term or one year as (d)(1) and (d)(2).'],
        },
      ),
      seriousSafety: sourced([], 'H', 'K.S.A. 50-645(d)', ['LLAZ:kansas'], {
        note: 'Subsection (d) has the same-defect, days and any-defect prongs only: no separate serious-safety threshold',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair for a cumulative total of 30 or more calendar days during the warranty term or the one-year period, whichever is earlier (extended for war, invasion, strike, fire, flood or other natural disaster)',
        },
        'H',
        'K.S.A. 50-645(d)(2)',
        ['LLAZ:kansas'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Actual notice of the nonconformity to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'The presumption arises only "if the manufacturer receives actual notice of the nonconformity"; no form or method is named',
        },
        'H',
        'K.S.A. 50-645(d)',
        ['LLAZ:kansas'],
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
          text: 'not established from available sources',
        },
        'L',
        CITE,
        [],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'If the manufacturer has an informal dispute settlement procedure complying in all respects with 16 CFR 703, the refund/replacement provisions of (c) do not apply to a consumer who has not first resorted to it',
        },
        'H',
        'K.S.A. 50-645(e)',
        ['LLAZ:kansas'],
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

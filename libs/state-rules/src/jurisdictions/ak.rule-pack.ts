import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Alaska: values from the lemon-law research extract, checked on 2026-11-28 against the statute
// text (libs/state-rules/verification/al-id.md). AS 45.45.310 was read in the 2019 code (Justia);
// 45.45.305, .320 and .355 only in the 2015 snapshot (LLAZ): H on that copy since the statutes-deep
// second pass, each note saying a later amendment is not ruled out.
const CITE = 'Alaska Stat. s 45.45.300 et seq.';
const PRESUMPTION_CITE = 'Alaska Stat. s 45.45.320';
const NOTICE_CITE = 'Alaska Stat. s 45.45.310';

export const AK_RULE_PACK: RulePack = {
  code: 'AK',
  name: 'Alaska',
  statute: sourced('Alaska Stat. ss 45.45.300-45.45.360', 'H', CITE, ['LLAZ:alaska'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'AK-1',
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
          measuredFrom: 'delivery to original owner',
          text: 'Express warranty term or 1 year from delivery, whichever ends first (rule: shorter of express warranty or 1 year)',
        },
        'H',
        'Alaska Stat. s 45.45.320(1), (2); s 45.45.305',
        ['LLAZ:alaska'],
        {
          note: 's 45.45.305 and 45.45.320 (2015 text, LLAZ): the term of the express warranty or one year after delivery to the original owner, whichever terminates first; the same period appears in the 2019 text of s 45.45.310. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more repairs of the same nonconformity',
        },
        'H',
        'Alaska Stat. s 45.45.320(1)',
        ['LLAZ:alaska'],
        {
          note: 's 45.45.320(1): the same nonconformity subject to repair three or more times within the period, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Alaska Stat. s 45.45.320', ['LLAZ:alaska'], {
        note: 's 45.45.320 has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: "30 or more business days (delays beyond the repairer's control excluded) (day type in the source: business)",
        },
        'H',
        'Alaska Stat. s 45.45.320(2)',
        ['LLAZ:alaska'],
        {
          note: 's 45.45.320(2): out of service for repair a total of 30 or more business days within the period; days when repairs are not performed for reasons beyond the control of the manufacturer or dealer are excluded. "Business day" is not defined. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Certified mail to the manufacturer and the dealer or repairing agent, no later than 60 days after the period ends',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - to claim a refund or replacement, written notice by certified mail to the manufacturer AND its dealer or repairing agent, before 60 days have elapsed after the express warranty or the 1-year period ends (whichever first), demanding refund or replacement on the 60th day after mailing',
        },
        'H',
        NOTICE_CITE,
        ['AK_45_45_310_TEXT', 'LLAZ:alaska'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 30,
          repairWindowFrom: 'notice_received',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - manufacturer may make a final repair attempt within 30 days after receiving the notice',
        },
        'M',
        NOTICE_CITE,
        ['AK_45_45_310_TEXT', 'LLAZ:alaska'],
        {
          interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          text: 'Conditional - the owner must first use the procedure where the manufacturer has a 16 C.F.R. 703-compliant informal dispute procedure, or after the notice offers in writing arbitration or mediation binding on the manufacturer but not the owner, and the procedure is approved by the attorney general',
        },
        'H',
        'Alaska Stat. s 45.45.355',
        ['LLAZ:alaska', 'AK_45_45_355_SUMMARY'],
        {
          note: 'Corrected 2026-11-28: s 45.45.355 (2015 text, LLAZ) requires prior resort only to a procedure that substantially complies with 16 C.F.R. 703 (or a binding-on-the-manufacturer arbitration or mediation offered in writing after the notice) and is approved by the attorney general (was 16_cfr_703, L; a 2026 summary agrees). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      stateArbitration: null,
      timeToFile: sourced({ known: false, deadline: null, text: 'not established from available sources' }, 'L', CITE, []),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: ['Reasonable allowance capped at straight-line depreciation over seven years.'],
    },
  ],
};

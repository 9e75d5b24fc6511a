import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Alaska: values from the lemon-law research extract, checked on 2026-11-28 against the statute
// text (libs/state-rules/verification/al-id.md). AS 45.45.310 was read in the 2019 code (Justia);
// 45.45.305, .320 and .355 only in the 2015 snapshot (LLAZ), so their values stay below H.
const CITE = 'Alaska Stat. s 45.45.300 et seq.';
const PRESUMPTION_CITE = 'Alaska Stat. s 45.45.320';
const NOTICE_CITE = 'Alaska Stat. s 45.45.310';

export const AK_RULE_PACK: RulePack = {
  code: 'AK',
  name: 'Alaska',
  statute: sourced('Alaska Stat. ss 45.45.300-45.45.360', 'M', CITE, ['LLAZ:alaska']),
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
        'M',
        `${PRESUMPTION_CITE}(1); s 45.45.305`,
        ['LLAZ:alaska'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more repairs of the same nonconformity',
        },
        'M',
        `${PRESUMPTION_CITE}(1)`,
        ['LLAZ:alaska'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', PRESUMPTION_CITE, ['LLAZ:alaska'], {
        note: 'The presumption section has only the repairs and days prongs: no separate serious-safety threshold',
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
        'M',
        `${PRESUMPTION_CITE}(2)`,
        ['LLAZ:alaska'],
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
        'M',
        'Alaska Stat. s 45.45.355',
        ['LLAZ:alaska', 'AK_45_45_355_SUMMARY'],
        {
          note: "Corrected 2026-11-28: the full text of s 45.45.355 (2015 snapshot; a 2026 summary agrees) requires attorney-general approval, so the program must be state-approved, not only 703-compliant (was '16_cfr_703', L).",
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

import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Nevada: values from the lemon-law research extract, checked on 2026-11-28 against the text of
// NRS 597.610 and 597.620 (see libs/state-rules/verification/mo-or.md); the presumption
// (597.630(2)) and the limitation section were not found in text and keep the extract's confidence.
const CITE = 'Nev. Rev. Stat. s 597.600-597.680';

export const NV_RULE_PACK: RulePack = {
  code: 'NV',
  name: 'Nevada',
  statute: sourced('Nev. Rev. Stat. ss 597.600-597.680', 'H', CITE, ['LLAZ:nevada'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'NV-1',
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
          measuredFrom: 'delivery to original buyer',
          text: 'Warranty term or 1 year (rule: shorter of warranty term or 1 year)',
        },
        'H',
        'Nev. Rev. Stat. s 597.610; s 597.630(2)',
        ['NV_597_610_TEXT', 'LLAZ:nevada'],
        {
          note: 'NRS 597.610 (read) sets the reporting window and NRS 597.630(2) (2015 text, LLAZ) counts the repairs and days within the time the express warranty is in effect or within 1 year after delivery to the original buyer, whichever occurs earlier. 2015 text (LLAZ); later amendment not ruled out.',
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
        'Nev. Rev. Stat. s 597.630(2)(a)',
        ['LLAZ:nevada'],
        {
          note: 'NRS 597.630(2)(a): the same nonconformity subject to repair four or more times within the period, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Nev. Rev. Stat. s 597.630(2)', ['LLAZ:nevada'], {
        note: 'NRS 597.630(2) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more calendar days (day type in the source: calendar)',
        },
        'H',
        'Nev. Rev. Stat. s 597.630(2)(b)',
        ['LLAZ:nevada'],
        {
          note: 'NRS 597.630(2)(b): out of service for repairs for a cumulative total of 30 or more calendar days within the period, appropriately extended for repairs delayed by reasons beyond the control of the manufacturer or dealer (not modelled). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Written report of the nonconformity to the manufacturer, within the warranty term or 1 year after delivery',
          conditionsProngs: NO_PRONGS,
          text: "The buyer reports the nonconformity in writing to the manufacturer before the express warranties expire or within 1 year after delivery to the original buyer, whichever is earlier; that report starts the manufacturer's duty to repair",
        },
        'H',
        'Nev. Rev. Stat. s 597.610',
        ['NV_597_610_TEXT'],
        {
          note: 'Corrected 2026-11-28 from "not established" (L): NRS 597.610 requires the written report to the manufacturer; no mailing method is named. NRS 597.630(2) (2015 text, LLAZ) does not condition the presumption on it, so it gates no prong. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'no',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'No final repair opportunity in NRS 597.600-597.680; the presumption (597.630(2)) has no notice or cure condition',
        },
        'H',
        'Nev. Rev. Stat. s 597.630',
        ['LLAZ:nevada'],
        {
          note: 'Established 2026-11-28 (was "not established", L): NRS 597.600 to 597.680 (2015 text, LLAZ) give the manufacturer no final repair opportunity and do not condition the presumption on one. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'If the manufacturer has established or designated an informal procedure that substantially complies with 16 C.F.R. part 703, the buyer must first submit the claim under it before an action under NRS 597.630',
        },
        'H',
        'Nev. Rev. Stat. s 597.620',
        ['NV_597_620_TEXT', 'NV_597_610_TEXT', 'LLAZ:nevada'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 18 }], combine: 'earliest' },
          text: 'Action within 18 months after original delivery',
        },
        'H',
        'Nev. Rev. Stat. s 597.650',
        ['LLAZ:nevada'],
        {
          note: 'NRS 597.650 (the pack cited 597.670 through the chapter range): any action under NRS 597.600 to 597.630 must be commenced within 18 months after original delivery to the buyer. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

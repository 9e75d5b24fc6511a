import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Nevada: values from the lemon-law research extract, checked on 2026-11-28 against the text of
// NRS 597.610 and 597.620 (see libs/state-rules/verification/mo-or.md); the presumption
// (597.630(2)) and the limitation section were not found in text and keep the extract's confidence.
const CITE = 'Nev. Rev. Stat. s 597.600-597.680';

export const NV_RULE_PACK: RulePack = {
  code: 'NV',
  name: 'Nevada',
  statute: sourced('Nev. Rev. Stat. ss 597.600-597.680', 'M', CITE, ['LLAZ:nevada']),
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
        'M',
        'Nev. Rev. Stat. s 597.610',
        ['NV_597_610_TEXT', 'LLAZ:nevada'],
        {
          note: 'NRS 597.610 (read) sets the reporting window: before the express warranties expire or no later than 1 year after delivery to the original buyer, whichever occurs earlier. The presumption in 597.630(2) was not read.',
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
        ['LLAZ:nevada'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', CITE, ['LLAZ:nevada'], { note: 'No separate serious-safety threshold' }),
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
        'M',
        CITE,
        ['LLAZ:nevada'],
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
          note: 'Corrected 2026-11-28 from "not established" (L): NRS 597.610 requires the written report to the manufacturer. No mailing method is named. Whether the presumption (597.630(2), not read) is conditioned on it is not established, so it gates no prong.',
        },
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
        'M',
        CITE,
        ['LLAZ:nevada'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

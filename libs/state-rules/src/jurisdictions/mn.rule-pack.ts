import type { RulePack } from '../state-rule-pack';
import { EARLIEST, earliestBasis, sourced } from './pack-helpers';
import type { ProngKind } from '../state-rule-pack';

// Minnesota: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Minn. Stat. s 325F.665';
// Checked on 2026-11-28 against the text of s 325F.665 in the copy LLAZ:minnesota (statute text as
// published, file of 2015; see libs/state-rules/verification/il-ms.md). That copy prints the
// paragraphs of subd. 3 as bullets; (a)-(h) cited here follow their order. No newer copy was found.
/** Subd. 3(e): the notice and opportunity to cure condition the presumption of paragraph (b) only, not (c). */
const PARAGRAPH_B_PRONGS: readonly ProngKind[] = ['same_nonconformity_attempts', 'days_out_of_service'];

export const MN_RULE_PACK: RulePack = {
  code: 'MN',
  name: 'Minnesota',
  statute: sourced('Minn. Stat. s 325F.665', 'H', CITE, ['LLAZ:minnesota', 'MN_CA']),
  versions: [
    {
      id: 'MN-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: null,
          combine: 'whichever_first',
          endsWithExpressWarranty: true,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: 'Presumption within the express warranty or 2 years, whichever earlier; remedy still available if attempts occur within 3 years and defect first reported during the warranty (rule: shorter of warranty term or 2 years)',
        },
        'H',
        'Minn. Stat. s 325F.665, subd. 3(b)',
        ['LLAZ:minnesota', 'MN_CA', 'MN_DMV'],
        {
          note: 'Subd. 3(b): within the applicable express warranty term or 2 years after original delivery, whichever is earlier. Subd. 3(f): the remedy is still available if the attempts occur within 3 years and the defect was first reported during the warranty; not modelled.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity subject to repair 4 or more times by the manufacturer, its agents or authorized dealers within the warranty term or 2 years after original delivery, whichever is earlier, and it continues to exist',
        },
        'H',
        'Minn. Stat. s 325F.665, subd. 3(b)(1)',
        ['LLAZ:minnesota', 'MN_CA'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 1,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'counting_window',
            scope: 'total_brake_or_steering_failure',
            text: '1 repair of a nonconformity causing complete failure of braking or steering, likely to cause death or serious bodily injury',
          },
        ],
        'H',
        'Minn. Stat. s 325F.665, subd. 3(c)',
        ['LLAZ:minnesota', 'MN_CA'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair for a cumulative total of 30 or more business days during the warranty term or the 2-year period, whichever is earlier',
        },
        'H',
        'Minn. Stat. s 325F.665, subd. 3(b)(2)',
        ['LLAZ:minnesota', 'MN_CA'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method:
            'Prior written notification from or on behalf of the consumer, at least once (a dealer or agent that receives it forwards it to the manufacturer by certified mail, return receipt requested)',
          conditionsProngs: PARAGRAPH_B_PRONGS,
          text: 'The presumption of paragraph (b) applies against the manufacturer only if it, its agent or dealer received prior written notification at least once and an opportunity to cure the defect alleged',
        },
        'H',
        'Minn. Stat. s 325F.665, subd. 3(e)',
        ['LLAZ:minnesota', 'MN_CA'],
        {
          note: 'Corrected 2026-11-28: the notice conditions the paragraph (b) prongs (repairs, days) only; the one-repair braking/steering presumption of paragraph (c) is not conditioned on it. Before, the pack applied it to every prong.',
        },
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: PARAGRAPH_B_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'An opportunity to cure the defect alleged, after the written notification (days not specified); conditions paragraph (b) only',
        },
        'M',
        'Minn. Stat. s 325F.665, subd. 3(e)',
        ['LLAZ:minnesota'],
        {
          note: 'Corrected 2026-11-28 with the notice: conditions the paragraph (b) prongs only, not the braking/steering presumption of (c).',
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required',
          compliance: '16_cfr_703',
          text: 'Every manufacturer must operate or join an in-state informal dispute settlement mechanism complying with 16 CFR 703; the refund/replacement provisions of subd. 3 do not apply to a consumer who has not first used it before a civil action, unless the manufacturer allows otherwise. Decisions are nonbinding and removable for trial de novo (subd. 7)',
        },
        'H',
        'Minn. Stat. s 325F.665, subd. 6(a)',
        ['LLAZ:minnesota', 'MN_CA'],
        {
          note: 'Corrected 2026-11-28 from "unknown": subd. 6(a) makes prior use of the mechanism a condition of the refund/replacement remedy.',
        },
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 36 }], combine: 'earliest' },
          alternatives: 'If an IDSM was used within 3 years: within 6 months after its final decision.',
          text: 'Civil action within 3 years of original delivery; if the consumer applied to the mechanism within 3 years and is aggrieved by its decision, within 6 months after the final decision',
        },
        'H',
        'Minn. Stat. s 325F.665, subd. 10',
        ['LLAZ:minnesota'],
      ),
      coverage: {
        leased: sourced('Covered (lease > 4 months; personal use at least 40% of time)', 'H', CITE, ['LLAZ:minnesota']),
        used: sourced('Covered while original manufacturer warranty is in effect (transferees)', 'M', CITE, ['MN_DMV']),
      },
    },
  ],
};

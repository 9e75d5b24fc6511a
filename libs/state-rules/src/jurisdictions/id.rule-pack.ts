import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Idaho: values and confidence from the lemon-law research extract (statute text, 2015 snapshot);
// checked on 2026-11-28 (libs/state-rules/verification/al-id.md): citations narrowed to the
// subsections of that text, the dispute program read from s 48-906(1). The current official
// text of s 48-903 was readable only in part (subsection (1)), so nothing was raised.
const CITE = 'Idaho Code s 48-901 et seq.';

export const ID_RULE_PACK: RulePack = {
  code: 'ID',
  name: 'Idaho',
  statute: sourced('Idaho Code s 48-901 et seq. (Motor Vehicle Warranties / Lemon Law)', 'H', CITE, ['LLAZ:idaho', 'ID_CARCOMP']),
  versions: [
    {
      id: 'ID-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: 24000,
          combine: 'whichever_first',
          endsWithExpressWarranty: true,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: 'Presumption window: earliest of express warranty term, 2 years, or 24,000 miles; remedy still available if reasonable attempts occur within 3 years of delivery and defect was first reported during the warranty (rule: earliest of warranty term, 2 years, 24,000 miles)',
        },
        'H',
        'Idaho Code s 48-902(1); s 48-903(2)(a)',
        ['LLAZ:idaho', 'ID_CARCOMP', 'ID_LLORG'],
        {
          note: 'Remedy still available if reasonable attempts occur within 3 years of delivery and the defect was first reported during the warranty; not modelled.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity (manufacturer gets at least one opportunity)',
        },
        'H',
        'Idaho Code s 48-903(2)(a)',
        ['LLAZ:idaho', 'ID_CARCOMP'],
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
        'Idaho Code s 48-903(3)',
        ['LLAZ:idaho', 'ID_CARCOMP'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more business days (day type in the source: business)',
        },
        'H',
        'Idaho Code s 48-903(2)(b)',
        ['LLAZ:idaho', 'ID_CARCOMP'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior written notification at least once to the manufacturer, agent or dealer (dealer forwards by certified mail)',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - prior written notification at least once to manufacturer, agent or dealer (dealer forwards by certified mail); if manufacturer never notified it still gets at least one opportunity',
        },
        'H',
        'Idaho Code s 48-903(5)',
        ['LLAZ:idaho'],
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
        'Idaho Code s 48-903(5)',
        ['LLAZ:idaho'],
        {
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required',
          compliance: '16_cfr_703',
          text: 'Every manufacturer doing business in Idaho must operate or participate in an in-state 703-compliant informal dispute settlement mechanism; refund or replacement under s 48-903 does not apply to a consumer who has not first used it, unless the manufacturer allows suit without it. Its decision is non-binding; either party may remove it to district court for trial de novo (the manufacturer within 30 days, s 48-907)',
        },
        'M',
        'Idaho Code s 48-906(1)',
        ['LLAZ:idaho'],
        {
          note: "Established 2026-11-28 from the text of s 48-906(1) (2015 snapshot; a 2026 summary agrees): the consumer must use the mechanism first. Was 'unknown'.",
        },
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 36 }], combine: 'earliest' },
          alternatives: 'If the consumer applied to the IDSM within 3 years: appeal within 3 months after its final decision.',
          text: "Civil action within 3 years of original delivery; if consumer applied to the IDSM within 3 years, appeal within 3 months after the mechanism's final decision",
        },
        'H',
        'Idaho Code s 48-910',
        ['LLAZ:idaho'],
      ),
      coverage: {
        leased: sourced('Covered (purchaser or lessee)', 'H', CITE, ['LLAZ:idaho', 'ID_LLORG']),
        used: sourced('Transferees during the express warranty are consumers', 'M', CITE, ['ID_LLORG']),
      },
      notes: ["Covers 'personal business use' as well as personal/family/household."],
    },
  ],
};

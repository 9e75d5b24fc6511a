import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Arizona: values from the lemon-law research extract, checked on 2026-11-28 against the statute
// text (libs/state-rules/verification/al-id.md). Only s 44-1262 was read in the text; the
// presumption (s 44-1264) and procedure sections were found only in summaries, so they stay M.
const CITE = 'Ariz. Rev. Stat. s 44-1261 et seq.';
const PRESUMPTION_CITE = 'Ariz. Rev. Stat. s 44-1264';

export const AZ_RULE_PACK: RulePack = {
  code: 'AZ',
  name: 'Arizona',
  statute: sourced('Ariz. Rev. Stat. ss 44-1261 to 44-1267 (Motor Vehicle Warranties Act)', 'H', CITE, ['LLAZ:arizona']),
  versions: [
    {
      id: 'AZ-1',
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
          text: 'Report and presumption window: the shorter of the express warranty term or 2 years / 24,000 miles following original delivery, whichever is earlier',
        },
        'H',
        `Ariz. Rev. Stat. s 44-1262(A)(1); ${PRESUMPTION_CITE}`,
        ['AZ_44_1262_TEXT', 'LLAZ:arizona'],
        {
          note: 's 44-1262(A)(1) text read (LawServer); that s 44-1264 counts over the same window is from a summary quoting it (LawInfo).',
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
        PRESUMPTION_CITE,
        ['LLAZ:arizona'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'M', PRESUMPTION_CITE, ['LLAZ:arizona'], { note: 'No separate serious-safety threshold' }),
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
        PRESUMPTION_CITE,
        ['LLAZ:arizona'],
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Direct written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - presumption requires prior direct written notification to the manufacturer',
        },
        'M',
        PRESUMPTION_CITE,
        ['LLAZ:arizona'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'Yes - opportunity to cure (days not specified)',
        },
        'M',
        PRESUMPTION_CITE,
        ['LLAZ:arizona'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - if the manufacturer has a 16 CFR 703-compliant procedure, refund/replacement does not apply until consumer first resorts to it',
        },
        'M',
        CITE,
        ['LLAZ:arizona'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'rights_period_end', months: 6 }], combine: 'earliest' },
          text: 'Action within 6 months after the earlier of warranty expiration or 2 years/24,000 miles from delivery',
        },
        'M',
        CITE,
        ['LLAZ:arizona'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: ['Only the 2015 statute text was available; no current official AZ source found.'],
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Arizona: values from the lemon-law research extract, checked on 2026-11-28 against the statute
// text (libs/state-rules/verification/al-id.md). s 44-1262 read in a current copy; ss 44-1264 and
// 44-1265 read in the 2015 text (LLAZ:arizona, statutes-deep second pass).
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
        'Ariz. Rev. Stat. s 44-1262(A)(1); s 44-1264(A)',
        ['AZ_44_1262_TEXT', 'LLAZ:arizona'],
        {
          note: 's 44-1262(A)(1) text read (LawServer); s 44-1264(A)(1) and (A)(2) (2015 text, LLAZ) count over the same window: the shorter of the express warranty term or two years or 24,000 miles after original delivery, whichever is earlier. 2015 text (LLAZ); later amendment not ruled out.',
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
        'Ariz. Rev. Stat. s 44-1264(A)(1)',
        ['LLAZ:arizona'],
        {
          note: 's 44-1264(A)(1): the same nonconformity subject to repair four or more times within the period, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Ariz. Rev. Stat. s 44-1264(A)', ['LLAZ:arizona'], {
        note: 's 44-1264(A) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
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
        'Ariz. Rev. Stat. s 44-1264(A)(2)',
        ['LLAZ:arizona'],
        {
          note: 's 44-1264(A)(2): out of service by reason of repair for a cumulative total of thirty or more calendar days within the period (extended for war, invasion, strike, fire, flood or natural disaster, (B), not modelled). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Direct written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - presumption requires prior direct written notification to the manufacturer',
        },
        'H',
        'Ariz. Rev. Stat. s 44-1264(C)',
        ['LLAZ:arizona'],
        {
          note: 's 44-1264(C): the presumption does not apply against a manufacturer unless it has received prior direct written notification from or on behalf of the consumer of the alleged defect and has had an opportunity to cure it. No mailing method is named. 2015 text (LLAZ); later amendment not ruled out.',
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
          text: 'Yes - the presumption needs an opportunity to cure after the written notification (days not specified)',
        },
        'H',
        'Ariz. Rev. Stat. s 44-1264(C)',
        ['LLAZ:arizona'],
        {
          note: 'Corrected 2026-11-28 (statutes-deep): s 44-1264(C) makes the opportunity to cure, like the notice, a condition of the presumption, so it now conditions every prong (before, it conditioned none). No days are set. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - if the manufacturer has a 16 CFR 703-compliant procedure, refund/replacement does not apply until consumer first resorts to it',
        },
        'H',
        'Ariz. Rev. Stat. s 44-1265(A)',
        ['LLAZ:arizona'],
        {
          note: 's 44-1265(A): if the manufacturer has established or participates in an informal dispute settlement procedure complying in all respects with 16 C.F.R. 703, s 44-1263 refunds or replacement do not apply to a consumer who has not first resorted to it. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'rights_period_end', months: 6 }], combine: 'earliest' },
          text: 'Action within 6 months after the earlier of warranty expiration or 2 years/24,000 miles from delivery',
        },
        'H',
        'Ariz. Rev. Stat. s 44-1265(B)',
        ['LLAZ:arizona'],
        {
          note: 's 44-1265(B): an action must begin within six months following the earlier of expiration of the express warranty term or two years or 24,000 miles after original delivery. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: [
        'ss 44-1264 and 44-1265 read in the 2015 statute text (LLAZ); no current official copy found, so a later amendment is not ruled out.',
      ],
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Missouri: values from the lemon-law research extract, checked on 2026-11-28 against the text of
// ss 407.571 and 407.573 (see libs/state-rules/verification/mo-or.md); values not found in the
// text read keep the extract's confidence.
const CITE = 'Mo. Rev. Stat. s 407.560-407.579';
const PRESUMPTION = 'Mo. Rev. Stat. s 407.571';
const NOTICE = 'Mo. Rev. Stat. s 407.573.2';

export const MO_RULE_PACK: RulePack = {
  code: 'MO',
  name: 'Missouri',
  statute: sourced('Mo. Rev. Stat. ss 407.560-407.579', 'H', CITE, ['LLAZ:missouri'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'MO-1',
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
          text: 'Within the terms, conditions or limitations of the express warranty, or the one year following original delivery to a consumer, whichever expires earlier',
        },
        'H',
        PRESUMPTION,
        ['MO_407_571_TEXT', 'MO_407_565_TEXT', 'LLAZ:missouri'],
        {
          note: 'Read in the RSMo 2000 text of s 407.571 (reprinted as existing law in 2001 H.B. 800, which proposed 18 months and was not enacted); s 407.565, current with the 2023 session, still says one year. The period may be extended for a problem reported but not repaired by its end (s 407.573.1, not modelled).',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity subject to repair four or more times by the manufacturer or its agents, and it continues to exist',
        },
        'H',
        `${PRESUMPTION}(1)`,
        ['MO_407_571_TEXT', 'LLAZ:missouri'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', PRESUMPTION, ['MO_407_571_TEXT'], {
        note: 's 407.571 has only the repairs (1) and days (2) prongs: no separate serious-safety threshold',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'working',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair of the nonconformity for a cumulative total of thirty or more working days, exclusive of down time for routine maintenance, since delivery (extended while repair services are unavailable for reasons beyond the manufacturer’s control)',
        },
        'H',
        `${PRESUMPTION}(2)`,
        ['MO_407_571_TEXT', 'LLAZ:missouri'],
        {
          interpretations: ["'Working days' is not defined in ss 407.560-407.579; counted as Monday-Friday except US federal holidays."],
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Written notification to the manufacturer',
          conditionsProngs: NO_PRONGS,
          text: 'Before using ss 407.560-407.579 the consumer must give the manufacturer written notification of the need to repair the nonconformity, to allow it an opportunity to cure',
        },
        'H',
        NOTICE,
        ['MO_407_573_TEXT', 'LLAZ:missouri'],
        { note: 'No mailing method is named; the notice is a step before the remedy, not an element of the s 407.571 presumption.' },
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 10,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'The manufacturer immediately names a reasonably accessible repair facility; after the consumer delivers the vehicle there it has ten calendar days to conform it',
        },
        'H',
        NOTICE,
        ['MO_407_573_TEXT', 'LLAZ:missouri'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Yes - must first resort to a 703-compliant manufacturer procedure',
        },
        'H',
        'Mo. Rev. Stat. s 407.575',
        ['LLAZ:missouri'],
        {
          note: 's 407.575 (2015 copy of the RSMo text dated August 28, 2000, LLAZ): if the manufacturer has established an informal dispute settlement procedure complying in all respects with 16 C.F.R. 703, the refund or replacement provisions do not apply to a consumer who has not first resorted to it (s 407.577 is the fee section, not the resort rule). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'warranty_expiry', months: 6 },
              { anchor: 'delivery', months: 18 },
            ],
            combine: 'earliest',
          },
          alternatives: 'Or 90 days after final IDSM panel action.',
          text: 'Within 6 months after warranty expiration or 18 months after delivery, whichever earlier; or 90 days after final IDSM panel action',
        },
        'H',
        'Mo. Rev. Stat. s 407.573.3',
        ['MO_407_573_TEXT', 'LLAZ:missouri'],
        {
          note: 's 407.573.3 (laws9 copy read to "within six months following expiration of the te..."; whole in the 2015 copy, LLAZ): within six months after the warranty terms expire or eighteen months after original delivery, whichever is earlier, or within ninety days after the final action of an informal dispute panel. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
      notes: [
        "Consumer pays manufacturer's fees if suit is in bad faith or final recovery is not at least 10% above a pre-suit settlement offer.",
      ],
    },
  ],
};

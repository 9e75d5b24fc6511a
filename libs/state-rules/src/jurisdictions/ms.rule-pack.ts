import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Mississippi: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 against the text of Miss. Code ss 63-17-157, 63-17-159 and 63-17-163 in the
// copy LLAZ:mississippi (statute text as published, file of 2015; see
// libs/state-rules/verification/il-ms.md). The copy prints the subsections of 63-17-159 as bullets;
// the numbers (1)-(6) cited here follow their order. No newer copy was found.
const CITE = 'Miss. Code s 63-17-151 et seq.';

export const MS_RULE_PACK: RulePack = {
  code: 'MS',
  name: 'Mississippi',
  statute: sourced('Miss. Code s 63-17-151 et seq.', 'H', CITE, ['LLAZ:mississippi'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'MS-1',
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
          text: 'Within the terms, conditions or limitations of the express warranty, or the one year following original delivery to a consumer, whichever expires earlier (extended if the problem was reported but not repaired by then)',
        },
        'H',
        'Miss. Code s 63-17-159(3)',
        ['LLAZ:mississippi'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'Substantially the same nonconformity subject to repair 3 or more times by the manufacturer or its agent, and it continues to exist',
        },
        'H',
        'Miss. Code s 63-17-159(3)(a)',
        ['LLAZ:mississippi'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Miss. Code s 63-17-159(3)', ['LLAZ:mississippi'], {
        note: 'Subsection (3) has only the repairs and days prongs: no separate serious-safety threshold',
      }),
      daysOutOfService: sourced(
        {
          days: 15,
          comparison: 'at_least',
          dayType: 'working',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: "Out of service by reason of repair of the nonconformity for a cumulative total of 15 or more working days, exclusive of downtime for routine maintenance, since delivery (extended while repair services are unavailable for reasons beyond the manufacturer's control)",
        },
        'H',
        'Miss. Code s 63-17-159(3)(b)',
        ['LLAZ:mississippi'],
        {
          interpretations: ["'Working days' is not defined in the reference; counted as Monday-Friday except US federal holidays."],
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Written notification to the manufacturer (regional or zone office) before using the law',
          conditionsProngs: NO_PRONGS,
          text: "Before availing himself of 63-17-159 the consumer gives written notification to the manufacturer of the need for the repair, to allow it an opportunity to cure (zone or regional office addresses are in the owner's manual)",
        },
        'H',
        'Miss. Code s 63-17-159(4)',
        ['LLAZ:mississippi'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: 10,
          repairWindowFrom: 'facility_delivery',
          dayType: 'working',
          missedWindowSatisfies: false,
          text: 'The manufacturer immediately names a reasonably accessible repair facility; after the consumer delivers the vehicle there it has 10 working days to conform it to the warranty',
        },
        'H',
        'Miss. Code s 63-17-159(4)',
        ['LLAZ:mississippi'],
        {
          interpretations: ["'Working days' is not defined in the reference; counted as Monday-Friday except US federal holidays."],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'If the manufacturer has a procedure complying in all respects with 16 CFR 703, the refund/replacement provisions do not apply to a consumer who has not first resorted to it (63-17-163); the requirement falls away if the manufacturer did not tell the consumer of it after the failed final repair (63-17-159(4))',
        },
        'H',
        'Miss. Code s 63-17-163; 63-17-159(4)',
        ['LLAZ:mississippi'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'warranty_expiry', months: 12 },
              { anchor: 'delivery', months: 18 },
            ],
            combine: 'earliest',
          },
          alternatives: 'Or 90 days after final action of the IDSM panel.',
          text: "Within 1 year following expiration of the express warranty or 18 months following original delivery, whichever is earlier; or, after an informal dispute settlement procedure, within 90 days following the panel's final action",
        },
        'H',
        'Miss. Code s 63-17-159(5)',
        ['LLAZ:mississippi'],
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

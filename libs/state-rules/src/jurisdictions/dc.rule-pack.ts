import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// District of Columbia: values from the lemon-law research extract, checked on 2026-11-28 against
// the text of D.C. Code ss 50-502(a)-(b) and 50-507(b) in undated copies (M), see
// libs/state-rules/verification/al-id.md.
const CITE = 'D.C. Code s 50-501 et seq.';

export const DC_RULE_PACK: RulePack = {
  code: 'DC',
  name: 'District of Columbia',
  statute: sourced(
    'D.C. Code s 50-501 et seq. (Automobile Consumer Protection Act of 1984); CAS cites older numbering 40-1301',
    'H',
    CITE,
    ['DC_FINDLAW', 'DC_CAS'],
  ),
  versions: [
    {
      id: 'DC-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: 18000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'delivery to original purchaser',
          text: 'The first 18,000 miles of operation or 2 years following delivery to the original purchaser, whichever is the earlier date',
        },
        'M',
        'D.C. Code s 50-502(a)',
        ['DC_50_502_TEXT', 'DC_FINDLAW', 'DC_CAS', 'DC_LLORG', 'DC_BADCAR'],
        {
          note: 'The text of s 50-502(a) (report and repair period) was read in an undated copy; the presumption subsection that counts over the same period was not.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same non-safety nonconformity after notification by the consumer',
        },
        'M',
        CITE,
        ['DC_FINDLAW', 'DC_CAS'],
        {
          interpretations: [
            "'Counted after consumer notification' is satisfied by the repair visits themselves (the report to the dealer).",
          ],
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 1,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'counting_window',
            scope: 'any_serious_safety',
            text: '1 or more repairs of a safety-related nonconformity after notification',
          },
        ],
        'M',
        CITE,
        ['DC_FINDLAW', 'DC_CAS'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more days (day type in the source: calendar)',
        },
        'M',
        CITE,
        ['DC_FINDLAW', 'DC_CAS'],
        { interpretations: ["The source says 'days' without saying which kind; counted as calendar days."] },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Report of the nonconformity to the manufacturer, its agent or the dealer',
          conditionsProngs: NO_PRONGS,
          text: 'Report to manufacturer/agent/dealer; attempts counted after consumer notification',
        },
        'M',
        CITE,
        ['DC_CAS', 'DC_FINDLAW'],
        {
          interpretations: [
            'A repair visit to a dealer is taken as the report to the manufacturer or dealer, so it does not gate the presumption.',
          ],
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
          requirement: 'unknown',
          text: 'not established from available sources; District-run arbitration (Board of Consumer Claims Arbitration) available',
        },
        'L',
        CITE,
        ['DC_CAS'],
      ),
      stateArbitration: sourced(
        {
          name: 'District of Columbia Board of Consumer Claims Arbitration',
          mandatory: false,
          text: 'not established from available sources; District-run arbitration (Board of Consumer Claims Arbitration) available',
        },
        'L',
        CITE,
        ['DC_CAS'],
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 48 }], combine: 'earliest' },
          text: 'Any action under the chapter must be commenced within 4 years of the date of original delivery of the motor vehicle to the consumer',
        },
        'M',
        'D.C. Code s 50-507(b)',
        ['DC_50_507_TEXT', 'DC_BOARD_SUMMARY'],
        {
          note: 'Established 2026-11-28 from the text of s 50-507(b) (undated copy; a 2026 summary cites the same four years). Was not established (L).',
        },
      ),
      coverage: {
        leased: sourced('Covered (persons to whom the vehicle is leased)', 'M', CITE, ['DC_LLORG']),
        used: sourced("lemonlaw.org: 'appears to cover used vehicles'", 'L', CITE, ['DC_LLORG']),
      },
      notes: ['No lemonlawaz statute file for DC; secondary sources only.'],
    },
  ],
};

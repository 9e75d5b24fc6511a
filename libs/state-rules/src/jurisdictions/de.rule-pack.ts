import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Delaware: values from the lemon-law research extract, checked on 2026-11-28 against the text of
// 6 Del. C. s 5004 (libs/state-rules/verification/al-id.md) and the Department of Justice guide.
const CITE = 'Del. Code tit. 6, s 5001 et seq.';
const PRESUMPTION_CITE = 'Del. Code tit. 6, s 5004';
const TEXT_SOURCES = ['DE_5004_TEXT', 'LLAZ:delaware'];

export const DE_RULE_PACK: RulePack = {
  code: 'DE',
  name: 'Delaware',
  statute: sourced('Del. Code tit. 6, s 5001 et seq.', 'H', CITE, ['LLAZ:delaware'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'DE-1',
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
          text: 'Within the warranty term or 1 year following original delivery, whichever is the earlier date',
        },
        'H',
        `${PRESUMPTION_CITE}(a)`,
        TEXT_SOURCES,
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'Substantially the same nonconformity subject to repair or correction 4 or more times, and it continues to exist',
        },
        'H',
        `${PRESUMPTION_CITE}(a)(1)`,
        TEXT_SOURCES,
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', `${PRESUMPTION_CITE}(a)`, TEXT_SOURCES, {
        note: 'Subsection (a) has only the repairs and days prongs: no separate serious-safety threshold',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'more_than',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Out of service by reason of repair of a nonconformity for a cumulative total of more than 30 calendar days since original delivery; the 30 days start with the first presentation for which a written document describing the nonconformity is prepared, extended only for conditions beyond the control of the manufacturer',
        },
        'H',
        `${PRESUMPTION_CITE}(a)(2)`,
        TEXT_SOURCES,
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - the presumption applies only if the manufacturer received prior direct written notification from or on behalf of the consumer and had an opportunity to repair or correct the nonconformity',
        },
        'H',
        `${PRESUMPTION_CITE}(b)`,
        TEXT_SOURCES,
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
          text: 'Yes - opportunity to repair or correct the nonconformity after the notice (days not specified)',
        },
        'M',
        `${PRESUMPTION_CITE}(b)`,
        TEXT_SOURCES,
        {
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          decisionWithinDays: 65,
          text: 'Yes if the procedure holds a Division of Consumer Protection certificate (certified programs may not delay decisions beyond 65 days); otherwise direct suit',
        },
        'M',
        CITE,
        ['LLAZ:delaware', 'DE_AG_LEMON'],
        {
          note: 'The Department of Justice guide (read 2026-11-28) confirms the annual certificate and direct suit without one; the section text was not read.',
        },
      ),
      stateArbitration: null,
      timeToFile: sourced({ known: false, deadline: null, text: 'not established from available sources' }, 'L', CITE, []),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

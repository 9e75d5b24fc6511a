import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Vermont: values from the lemon-law research extract, checked on 2026-11-28 against the chapter text
// (9 V.S.A. ss 4170-4181; libs/state-rules/verification/pa-wy.md). The presumption's subsection letter
// in s 4172 was not confirmed in a current copy, so it is cited by section.
const CITE = 'Vt. Stat. tit. 9, s 4170 et seq.';

export const VT_RULE_PACK: RulePack = {
  code: 'VT',
  name: 'Vermont',
  statute: sourced('Vt. Stat. tit. 9, s 4170 et seq.', 'H', CITE, ['LLAZ:vermont'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'VT-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: null,
          miles: null,
          combine: 'whichever_first',
          endsWithExpressWarranty: true,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'delivery',
          text: 'Express warranty term (rule: express warranty term (first attempt within it))',
        },
        'M',
        '9 V.S.A. ss 4171 ("express warranty"), 4172 (presumption)',
        ['LLAZ:vermont'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'unbounded',
          anchor: { within: 'rights_period', minAttempts: 1, text: 'The first attempt within the express warranty term.' },
          text: '3 or more repairs of the same nonconformity (first within the warranty), by the same dealer unless good cause',
        },
        'H',
        '9 V.S.A. s 4172(g)(1), (h)',
        ['LLAZ:vermont', 'VT_DMV_LEMON'],
        {
          note: '4172(g)(1) (2015 text, LLAZ; letters by order, the leased-refund paragraph names (e) as the refund paragraph): the same nonconformity, identified in a written examination or repair order, subject to repair at least three times, the first within the express warranty term, and it continues to exist; (h): attempts evidenced by written orders, three by the same dealer unless good cause (not modelled). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', '9 V.S.A. s 4172(g)', ['LLAZ:vermont'], {
        note: '4172(g) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more calendar days during the warranty (day type in the source: calendar)',
        },
        'H',
        '9 V.S.A. s 4172(g)(2)',
        ['LLAZ:vermont', 'VT_DMV_LEMON'],
        {
          note: '4172(g)(2) (2015 text, LLAZ): out of service by reason of repair for a cumulative total of 30 or more calendar days during the term of the express warranty; not out of service if available to the consumer for a major part of the day (not modelled). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method:
            'After the 3rd attempt or 30 days, written notice to the manufacturer (and lessor) on its forms of the election to proceed',
          conditionsProngs: NO_PRONGS,
          text: 'Yes - after the 3rd attempt or 30 days, notify manufacturer (and lessor) in writing on manufacturer-supplied forms of the election to proceed',
        },
        'M',
        '9 V.S.A. s 4173(a)',
        ['LLAZ:vermont'],
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
          text: 'Yes - one final opportunity to correct the defect within the 45 days before the arbitration hearing (4173(c), (d))',
        },
        'M',
        '9 V.S.A. s 4173(d)',
        ['LLAZ:vermont'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'state_program',
          text: 'State Vermont Motor Vehicle Arbitration Board process; refund within 30 days of board decision',
        },
        'M',
        '9 V.S.A. ss 4173(c), 4174',
        ['LLAZ:vermont'],
      ),
      stateArbitration: sourced(
        {
          name: 'Vermont Motor Vehicle Arbitration Board',
          mandatory: false,
          manufacturerComplianceDays: 30,
          text: 'State Vermont Motor Vehicle Arbitration Board process; refund within 30 days of board decision',
        },
        'M',
        '9 V.S.A. ss 4173(e), 4174',
        ['LLAZ:vermont'],
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [{ anchor: 'warranty_expiry' }, { anchor: 'last_repair_attempt', months: 12 }],
            combine: 'latest',
            then: { months: 12 },
          },
          text: "Within 1 year after the later of warranty expiration or 1 year after the manufacturer's last repair attempt",
        },
        'H',
        '9 V.S.A. s 4179(a)',
        ['LLAZ:vermont'],
        {
          note: "4179(a) (2015 text, LLAZ): proceedings commenced within one year following the later of the expiration of the express warranty term or one year following the manufacturer's last attempt at repair. 2015 text (LLAZ); later amendment not ruled out.",
          interpretations: ['Encoded literally: 1 year after the later of warranty expiration or 1 year after the last repair attempt.'],
        },
      ),
      coverage: {
        leased: sourced('Covered (lessee refund provisions)', 'M', CITE, ['LLAZ:vermont']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// New Hampshire: values from the lemon-law research extract, checked on 2026-11-28 against the
// text of RSA 357-D:2 and 357-D:4, I (see libs/state-rules/verification/mo-or.md); the presumption
// (357-D:3) and the limitation period were not found in text and keep the extract's confidence.
const CITE = 'N.H. Rev. Stat. ch. 357-D';

export const NH_RULE_PACK: RulePack = {
  code: 'NH',
  name: 'New Hampshire',
  statute: sourced('N.H. Rev. Stat. ch. 357-D', 'H', CITE, ['LLAZ:new-hampshire'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'NH-1',
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
          text: "Attempts/days counted within the manufacturer's express warranty term (rule: express warranty term)",
        },
        'H',
        'N.H. Rev. Stat. s 357-D:3, VII(a), (b)',
        ['LLAZ:new-hampshire', 'NH_CONSUMER_NOTICE'],
        {
          note: 'RSA 357-D:3, VII (2015 text, LLAZ; source notes through 2002): repairs counted "within the express warranty term" and days "during the term of the express warranty"; matches the consumer notice printed in manufacturer warranty booklets. A practitioner page describes the period as the warranty term plus one year: not in this text. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '3 or more repairs of the same nonconformity, evidenced by repair orders, by the same dealer unless good cause',
        },
        'H',
        'N.H. Rev. Stat. s 357-D:3, VII(a), VIII',
        ['LLAZ:new-hampshire', 'NH_CONSUMER_NOTICE'],
        {
          note: 'RSA 357-D:3, VII(a): the same nonconformity, identified in a written examination or repair order, subject to repair at least 3 times within the express warranty term and it continues to exist; VIII: each attempt must be evidenced by a written order, and the presumption applies only to 3 attempts by the same agent or dealer unless the consumer shows good cause (not modelled). 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'N.H. Rev. Stat. s 357-D:3, VII', ['LLAZ:new-hampshire'], {
        note: 'RSA 357-D:3, VII has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more business days during the express warranty (day type in the source: business (not out of service if available most of the day))',
        },
        'H',
        'N.H. Rev. Stat. s 357-D:3, VII(b); s 357-D:2, II',
        ['LLAZ:new-hampshire', 'NH_CONSUMER_NOTICE', 'NH_357D_2_TEXT'],
        {
          note: 'RSA 357-D:3, VII(b) (2015 text, LLAZ): out of service by reason of repair for a cumulative total of 30 or more business days during the term of the express warranty; not out of service if available to the consumer for a major part of the day. 2015 text (LLAZ); later amendment not ruled out.',
          interpretations: [
            "'Not out of service if available most of the day' is not modelled: a day counts if the vehicle was out of service for any part of it.",
            'RSA 357-D:2, II (read) defines a business day as a day the service departments of the manufacturer’s authorized dealers are normally open; counted as Monday-Friday except US federal holidays.',
          ],
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method:
            'Written notice to the manufacturer and lessor, on the forms the manufacturer provides at delivery, of the defect and the election to proceed',
          conditionsProngs: NO_PRONGS,
          text: "After the third repair attempt, or after 30 or more cumulative business days out of service, the consumer notifies the manufacturer and lessor in writing, on the manufacturer's forms, of the nonconformity and the election to proceed, choosing the manufacturer's dispute mechanism or the state board (the choice excludes the other)",
        },
        'H',
        'N.H. Rev. Stat. s 357-D:4, I',
        ['NH_357D_4_TEXT', 'LLAZ:new-hampshire'],
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
          text: 'Yes - one final opportunity within the 40-day period before the board',
        },
        'H',
        'N.H. Rev. Stat. s 357-D:4, V',
        ['LLAZ:new-hampshire'],
        {
          note: 'RSA 357-D:4, V (2015 text, LLAZ): within the 40-day period before the hearing (IV) the manufacturer has one final opportunity to correct and repair the defect; a procedural step, not an element of the 357-D:3, VII presumption. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'state_program',
          text: 'State New Motor Vehicle Arbitration Board process; manufacturer must refund/replace within 30 days of board decision; appeal to superior court within 30 days',
        },
        'H',
        'N.H. Rev. Stat. s 357-D:4, I, IV',
        ['LLAZ:new-hampshire'],
        {
          note: "RSA 357-D:4, I: the consumer elects, in the notice, the manufacturer's mechanism or the state board, and the choice excludes the other; IV: the hearing within 40 days of receipt of the notice (extension up to 30 days for good cause). 2015 text (LLAZ); later amendment not ruled out.",
        },
      ),
      stateArbitration: sourced(
        {
          name: 'New Hampshire New Motor Vehicle Arbitration Board',
          mandatory: false,
          manufacturerComplianceDays: 30,
          appealWithinDays: 30,
          text: 'State New Motor Vehicle Arbitration Board process; manufacturer must refund/replace within 30 days of board decision; appeal to superior court within 30 days',
        },
        'H',
        'N.H. Rev. Stat. s 357-D:4, VI; s 357-D:6, II',
        ['LLAZ:new-hampshire'],
        {
          note: 'RSA 357-D:4, VI: refund or replacement within 30 days of the board decision or 15 days of final adjudication; s 357-D:6, II: appeal to the superior court within 30 days of the written decision. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [{ anchor: 'warranty_expiry' }, { anchor: 'final_repair_attempt' }],
            combine: 'latest',
            then: { months: 12 },
          },
          text: "Within 1 year after the later of warranty expiration or the manufacturer's final repair attempt",
        },
        'H',
        'N.H. Rev. Stat. s 357-D:11, I',
        ['LLAZ:new-hampshire'],
        {
          note: "RSA 357-D:11, I: any proceeding under the chapter must be commenced within one year following the later of the expiration of the express warranty term or the manufacturer's final repair attempt under 357-D:4, V. 2015 text (LLAZ); later amendment not ruled out.",
        },
      ),
      coverage: {
        leased: sourced('Covered (lease refund provisions)', 'M', CITE, ['LLAZ:new-hampshire']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Montana: values from the lemon-law research extract, checked on 2026-11-28 against the text of
// ss 61-4-502 and 61-4-507 (see libs/state-rules/verification/mo-or.md); ss 61-4-501, 61-4-504 and
// 61-4-511 read in the 2015 text (LLAZ:montana, statutes-deep second pass, verification/mo-or.md).
const CITE = 'Mont. Code s 61-4-501 et seq.';
const NOTICE = 'Mont. Code Ann. s 61-4-502(2), (3)';

export const MT_RULE_PACK: RulePack = {
  code: 'MT',
  name: 'Montana',
  statute: sourced('Mont. Code s 61-4-501 et seq.', 'H', CITE, ['LLAZ:montana'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'MT-1',
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
          measuredFrom: 'original delivery',
          text: 'Warranty period: 2 years or 18,000 miles (rule: whichever is earlier)',
        },
        'H',
        'Mont. Code Ann. s 61-4-501 ("warranty period"); s 61-4-504(1)',
        ['MT_DOJ_LEMON', 'LLAZ:montana'],
        {
          note: 's 61-4-501 (2015 text, LLAZ): "warranty period" means the period ending 2 years after original delivery or during the first 18,000 miles of operation, whichever is earlier; s 61-4-504 counts over the warranty period. The Department of Justice consumer page gives the same period. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity during the warranty period',
        },
        'H',
        'Mont. Code Ann. s 61-4-504(1)(a)',
        ['LLAZ:montana'],
        {
          note: 's 61-4-504(1)(a): the same nonconformity subject to repair four or more times during the warranty period, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'Mont. Code Ann. s 61-4-504(1)', ['LLAZ:montana'], {
        note: 's 61-4-504(1) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: true,
          text: 'Cumulative 30 or more business days after notification (day type in the source: business)',
        },
        'H',
        'Mont. Code Ann. s 61-4-504(1)(b)',
        ['LLAZ:montana'],
        {
          note: 's 61-4-504(1)(b): out of service because of nonconformity for a cumulative total of 30 or more business days during the warranty period after notification of the manufacturer, agent or dealer. "Business day" is not defined in the part. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: "Prior written notification to the name and address the manufacturer discloses in the warranty or owner's manual",
          conditionsProngs: ALL_PRONGS,
          text: "The presumption does not apply against a manufacturer that has not received prior written notification from or on behalf of the consumer and had an opportunity to cure; the manufacturer must disclose the requirement and the address in the warranty or owner's manual",
        },
        'H',
        NOTICE,
        ['MT_61_4_502_TEXT', 'LLAZ:montana'],
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
          text: 'The manufacturer must have had an opportunity to cure the alleged defect after the written notification (the statute gives no number of days)',
        },
        'H',
        'Mont. Code Ann. s 61-4-502(2)',
        ['MT_61_4_502_TEXT', 'LLAZ:montana'],
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
          decisionWithinDays: 60,
          text: 'Yes - must first resort to a certified procedure (16 C.F.R. part 703 as of October 1, 1983; decisions within 60 days)',
        },
        'H',
        'Mont. Code Ann. s 61-4-507; s 61-4-511(2)(a)',
        ['MT_61_4_507_TEXT', 'LLAZ:montana'],
        {
          note: 's 61-4-507 (read, history through 2001): s 61-4-503 does not apply against a manufacturer with a procedure certified by the department of commerce (16 C.F.R. 703 as of 1983-10-01) unless the consumer first resorted to it; s 61-4-511(2)(a) (2015 text, LLAZ): a certified procedure may not delay a decision beyond 60 days after the consumer first resorts to it. 2015 text (LLAZ); later amendment not ruled out.',
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

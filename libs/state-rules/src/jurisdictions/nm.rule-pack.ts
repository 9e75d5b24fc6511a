import type { RulePack } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, earliestBasis, sourced } from './pack-helpers';

// New Mexico: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 (libs/state-rules/verification/mo-or.md): s 57-16A-6 read in text; the
// presumption in s 57-16A-3 and the limitation in s 57-16A-8 were not, so they keep the extract's confidence.
const CITE = 'N.M. Stat. s 57-16A-1 et seq.';

export const NM_RULE_PACK: RulePack = {
  code: 'NM',
  name: 'New Mexico',
  statute: sourced('N.M. Stat. ss 57-16A-1 to 57-16A-9 (Motor Vehicle Quality Assurance Act)', 'H', CITE, ['LLAZ:new-mexico'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'NM-1',
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
          text: 'Warranty term or 1 year (rule: shorter of warranty term or 1 year)',
        },
        'H',
        'N.M. Stat. s 57-16A-3(A), (C)',
        ['LLAZ:new-mexico'],
        {
          note: 's 57-16A-3(A) and (C) (2015 text, LLAZ; 1995 Repl.): the express warranty term or one year after original delivery, whichever is the earlier date. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same uncorrected nonconformity',
        },
        'H',
        'N.M. Stat. s 57-16A-3(C)(1)',
        ['LLAZ:new-mexico'],
        {
          note: 's 57-16A-3(C)(1): the same uncorrected nonconformity subject to repair four or more times within the period, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'N.M. Stat. s 57-16A-3(C)', ['LLAZ:new-mexico'], {
        note: 's 57-16A-3(C) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: "Cumulative 30 or more business days (day type in the source: business, in repairer's possession, excluding routine maintenance)",
        },
        'H',
        'N.M. Stat. s 57-16A-3(C)(2)',
        ['LLAZ:new-mexico'],
        {
          note: 's 57-16A-3(C)(2): in the possession of the manufacturer, agent or dealer for repair a cumulative total of thirty or more business days during the period, exclusive of down time for routine maintenance. "Business day" is not defined in the Act. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Prior direct written notification to the manufacturer',
          conditionsProngs: ALL_PRONGS,
          text: 'Yes - prior direct written notification and opportunity to cure',
        },
        'H',
        'N.M. Stat. s 57-16A-3(C)',
        ['LLAZ:new-mexico'],
        {
          note: 's 57-16A-3(C), closing sentences: the presumption does not apply unless the manufacturer has received prior direct written notification from or on behalf of the consumer and an opportunity to cure; the manufacturer must tell the consumer of the obligation in the warranty or a separate notice. 2015 text (LLAZ); later amendment not ruled out.',
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
          text: 'Yes - opportunity to cure (days not specified)',
        },
        'H',
        'N.M. Stat. s 57-16A-3(C)',
        ['LLAZ:new-mexico'],
        {
          note: 's 57-16A-3(C): an opportunity to cure the defect alleged after the written notification; no days are set. 2015 text (LLAZ); later amendment not ruled out.',
          interpretations: [
            "'Opportunity to cure' is read as satisfied once a final repair opportunity was offered (FinalRepairOpportunityOffered).",
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'If the manufacturer has established or participates in a fair and impartial procedure that substantially complies with 16 C.F.R. part 703, refund or replacement under s 57-16A-3(B) does not apply to a consumer who has not first resorted to it (the attorney general may determine the procedure complies)',
        },
        'H',
        'N.M. Stat. s 57-16A-6',
        ['NM_57_16A_6_TEXT', 'LLAZ:new-mexico'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: {
            terms: [
              { anchor: 'delivery', months: 18 },
              { anchor: 'idsm_final_action', days: 90 },
            ],
            combine: 'latest',
          },
          text: 'Within 18 months after delivery, or 90 days after final IDSM panel action, whichever later',
        },
        'H',
        'N.M. Stat. s 57-16A-8',
        ['LLAZ:new-mexico'],
        {
          note: 's 57-16A-8: within eighteen months following original delivery or, if the consumer resorted to an informal dispute settlement procedure, within ninety days following the final action of the panel, whichever is later. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('not established from available sources', 'L', CITE, []),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

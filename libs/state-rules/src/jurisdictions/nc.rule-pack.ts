import type { RulePack } from '../state-rule-pack';
import { EARLIEST, earliestBasis, sourced } from './pack-helpers';

// North Carolina: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'N.C. Gen. Stat. s 20-351 et seq.';

export const NC_RULE_PACK: RulePack = {
  code: 'NC',
  name: 'North Carolina',
  statute: sourced('N.C. Gen. Stat. s 20-351 et seq.', 'H', CITE, ['LLAZ:north-carolina'], {
    note: 'Chapter and section range identified in the statute text itself (the whole 2015 copy, LLAZ, and where found a current copy; statutes-deep second pass). 2015 text (LLAZ); later amendment not ruled out.',
  }),
  versions: [
    {
      id: 'NC-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: 24000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: 'Defects reported during the greater of 1 year or the warranty term must be repaired; refund/replacement for defects occurring within 24 months/24,000 miles (rule: remedy for defects occurring no later than 24 months/24,000 miles; warranties at least 1 year/12,000 miles)',
        },
        'M',
        CITE,
        ['LLAZ:north-carolina'],
        {
          interpretations: ["The source does not say 'whichever first' or 'later'; read as whichever occurs first."],
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'Same nonconformity presented for repair 4 or more times',
        },
        'H',
        'N.C. Gen. Stat. s 20-351.5(a)(1)',
        ['LLAZ:north-carolina'],
        {
          note: '20-351.5(a)(1) (2015 text, LLAZ): the same nonconformity presented for repair four or more times, and it continues to exist. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'N.C. Gen. Stat. s 20-351.5(a)', ['LLAZ:north-carolina'], {
        note: '20-351.5(a) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 20,
          comparison: 'at_least',
          dayType: 'business',
          sameDefectOnly: false,
          rollingWindowMonths: 12,
          countOnlyAfterNotice: false,
          text: 'Cumulative 20 or more business days during any 12-month period of the warranty (requires written notice + up to 15 calendar days to correct) (day type in the source: business)',
        },
        'H',
        'N.C. Gen. Stat. s 20-351.5(a)(2)',
        ['LLAZ:north-carolina'],
        {
          note: '20-351.5(a)(2) (2015 text, LLAZ): out of service during or while awaiting repair for a cumulative total of 20 or more business days during any 12-month period of the warranty, after direct written notice and a reasonable period, not to exceed 15 calendar days, to correct. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'if_disclosed',
          method:
            'Direct written notice to the manufacturer (required only if the manufacturer disclosed it in the warranty or owners manual)',
          conditionsProngs: ['same_nonconformity_attempts', 'days_out_of_service'],
          text: 'Yes - the presumption applies provided the consumer notified the manufacturer directly in writing and allowed it a reasonable period, not to exceed 15 calendar days, to correct the nonconformity; not required if the manufacturer failed to disclose the requirement. Plus written notice of intent to sue at least 10 days before filing.',
        },
        'H',
        'N.C. Gen. Stat. s 20-351.5(a)',
        ['LLAZ:north-carolina', 'NC_3515_TEXT'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: ['same_nonconformity_attempts', 'days_out_of_service'],
          satisfiedBy: 'failed_final_attempt',
          designateFacilityWithinDays: null,
          repairWithinDays: 15,
          repairWindowFrom: 'notice_received',
          dayType: 'calendar',
          missedWindowSatisfies: true,
          text: 'Yes - "a reasonable period, not to exceed 15 calendar days" to correct the nonconformity, counted from the written notice (not from any offer the manufacturer makes); satisfied once that period has run with the nonconformity continuing, or a final attempt failed earlier',
        },
        'H',
        'N.C. Gen. Stat. s 20-351.5(a)',
        ['LLAZ:north-carolina', 'NC_3515_TEXT'],
        {
          interpretations: [
            'Counted from the day the manufacturer received the notice when recorded (else the day it was sent); the statute says only that the consumer notified the manufacturer and allowed the period.',
          ],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: 'Manufacturer may require use of an informal procedure that substantially complies with 16 CFR 703',
        },
        'H',
        'N.C. Gen. Stat. s 20-351.7',
        ['LLAZ:north-carolina'],
        {
          note: '20-351.7 (2015 text, LLAZ): a manufacturer may require an informal settlement procedure before litigation if it substantially complies with the Magnuson-Moss Warranty Act and its regulations and the requirement is written clearly and conspicuously in the warranty. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      stateArbitration: null,
      timeToFile: sourced({ known: false, deadline: null, text: 'not established from available sources' }, 'L', CITE, []),
      preSuitNotice: sourced(
        {
          daysBeforeFiling: 10,
          text: 'Yes - direct written notice to the manufacturer (if disclosed) for the days test; plus written notice of intent to sue at least 10 days before filing',
        },
        'H',
        'N.C. Gen. Stat. s 20-351.7',
        ['LLAZ:north-carolina'],
        {
          note: '20-351.7 (2015 text, LLAZ): written notice of the intent to bring an action at least 10 days before filing. 2015 text (LLAZ); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('Covered (separate lessee remedy provisions)', 'M', CITE, ['LLAZ:north-carolina']),
        used: sourced('not established from available sources', 'L', CITE, []),
      },
    },
  ],
};

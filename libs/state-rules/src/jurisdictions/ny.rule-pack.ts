import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// New York: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 (libs/state-rules/verification/mo-or.md): GBL 198-a(a) read in text and
// 198-a(b) as quoted by a court; subdivisions (b) to (k) read in the 2015 text (LLAZ:new-york,
// statutes-deep second pass; letters by the order of the subdivisions, which the copy does not print).
const CITE = 'N.Y. Gen. Bus. Law s 198-a';

export const NY_RULE_PACK: RulePack = {
  code: 'NY',
  name: 'New York',
  statute: sourced('N.Y. Gen. Bus. Law s 198-a (New Car Lemon Law); separate Used Car Lemon Law s 198-b', 'H', CITE, [
    'LLAZ:new-york',
    'NY_198A',
    'NY_AG',
  ]),
  versions: [
    {
      id: 'NY-1',
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
          measuredFrom: 'original delivery to consumer',
          text: 'First 18,000 miles or 2 years from original delivery, whichever first. Vehicle purchased/leased/transferred in NY within that window, or registered in NY. (rule: whichever is earlier)',
        },
        'H',
        'N.Y. Gen. Bus. Law s 198-a(a)(2), (b)',
        ['NY_198A_TEXT', 'NY_DAIMLER_V_SPITZER', 'LLAZ:new-york', 'NY_198A', 'NY_AG'],
        {
          note: '198-a(a)(2) (read): a vehicle purchased, leased or transferred in New York within the first eighteen thousand miles of operation or two years from original delivery, whichever is earlier, or registered here; 198-a(b) as quoted in DaimlerChrysler v. Spitzer (2004): "during the first eighteen thousand miles of operation or ...".',
        },
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: '4 or more repairs of the same nonconformity, defect or condition within the period, still existing',
        },
        'H',
        'N.Y. Gen. Bus. Law s 198-a(d)(1)',
        ['LLAZ:new-york', 'NY_AG'],
        {
          note: '198-a(d)(1): the same nonconformity, defect or condition subject to repair four or more times within the first 18,000 miles or two years from original delivery, whichever is earlier, and it continues to exist. 2015 text (LLAZ; subdivision letters by order, the copy does not print them); later amendment not ruled out.',
        },
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', 'N.Y. Gen. Bus. Law s 198-a(d)', ['LLAZ:new-york'], {
        note: '198-a(d) has only the repairs and days prongs: no separate serious-safety threshold. 2015 text (LLAZ; subdivision letters by order, the copy does not print them); later amendment not ruled out.',
      }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: 'Cumulative 30 or more calendar days out of service for one or more nonconformities within the period (day type in the source: calendar)',
        },
        'H',
        'N.Y. Gen. Bus. Law s 198-a(d)(2)',
        ['LLAZ:new-york', 'NY_AG'],
        {
          note: '198-a(d)(2): out of service by reason of repair of one or more nonconformities for a cumulative total of thirty or more calendar days during the period; (e) extends it for war, invasion, strike, fire, flood or natural disaster (not modelled). 2015 text (LLAZ; subdivision letters by order, the copy does not print them); later amendment not ruled out.',
        },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Report the defect to the manufacturer or dealer during the period (a dealer forwards written notice within 7 days)',
          conditionsProngs: NO_PRONGS,
          text: 'Report the defect to manufacturer or dealer during the period; a dealer receiving notice must forward written notice to the manufacturer within 7 days by certified mail. If a dealer refuses to repair within 7 days, consumer may send certified-mail notice of refusal; manufacturer then has 20 days to commence repairs or must refund/replace.',
        },
        'H',
        'N.Y. Gen. Bus. Law s 198-a(b)(1), (b)(2)',
        ['LLAZ:new-york', 'NY_AG'],
        {
          note: '198-a(b)(1): the consumer reports the nonconformity to the manufacturer, its agent or its authorized dealer during the period; a dealer forwards written notice to the manufacturer by certified mail within seven days. (b)(2): after a dealer refuses to repair within seven days, certified-mail notice of the refusal gives the manufacturer twenty days to commence repairs. (d) has no notice condition. 2015 text (LLAZ; subdivision letters by order, the copy does not print them); later amendment not ruled out.',
          interpretations: [
            'A repair visit to a dealer is taken as the report to the manufacturer or dealer, so it does not gate the presumption.',
          ],
        },
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'no',
          conditionsProngs: NO_PRONGS,
          satisfiedBy: 'offered',
          designateFacilityWithinDays: null,
          repairWithinDays: null,
          repairWindowFrom: null,
          dayType: 'calendar',
          missedWindowSatisfies: false,
          text: 'No general final-repair step; the 20-day commence-repairs window applies only after a dealer refuses repair',
        },
        'H',
        'N.Y. Gen. Bus. Law s 198-a(b)(2), (d)',
        ['LLAZ:new-york'],
        {
          note: "No final repair step in 198-a(d); the only manufacturer window is (b)(2) (twenty days to commence repairs after notice of a dealer's refusal), not modelled as a final attempt. 2015 text (LLAZ; subdivision letters by order, the copy does not print them); later amendment not ruled out.",
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: '16_cfr_703',
          text: "Yes if the manufacturer has an informal dispute settlement mechanism: refund/replacement remedy does not apply to a consumer who has not first resorted to it. Alternatively the consumer may choose the AG's alternate arbitration program (fee). Manufacturer must comply within 30 days of consumer's acceptance of an arbitrator's decision; $25 per business day of noncompliance up to $500.",
        },
        'H',
        'N.Y. Gen. Bus. Law s 198-a(g), (h), (k)',
        ['LLAZ:new-york'],
        {
          note: "198-a(g): a manufacturer mechanism must comply with the section, and (c) refunds or replacement do not apply to a consumer who has not first resorted to it; (h): thirty days to comply after the consumer accepts the decision, $25 per business day up to $500; (k): the consumer may instead choose the attorney general's alternate arbitration. 2015 text (LLAZ; subdivision letters by order, the copy does not print them); later amendment not ruled out.",
        },
      ),
      stateArbitration: sourced(
        {
          name: 'New York Attorney General alternate arbitration program',
          mandatory: false,
          manufacturerComplianceDays: 30,
          text: "Yes if the manufacturer has an informal dispute settlement mechanism: refund/replacement remedy does not apply to a consumer who has not first resorted to it. Alternatively the consumer may choose the AG's alternate arbitration program (fee). Manufacturer must comply within 30 days of consumer's acceptance of an arbitrator's decision; $25 per business day of noncompliance up to $500.",
        },
        'H',
        'N.Y. Gen. Bus. Law s 198-a(h), (k)',
        ['LLAZ:new-york'],
        {
          note: "198-a(k): alternate arbitration under attorney general regulations on the consumer's application and fee; (h): thirty days to comply. 2015 text (LLAZ; subdivision letters by order, the copy does not print them); later amendment not ruled out.",
        },
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 48 }], combine: 'earliest' },
          text: 'Action must be commenced within 4 years of original delivery',
        },
        'H',
        'N.Y. Gen. Bus. Law s 198-a(j)',
        ['LLAZ:new-york', 'NY_DAIMLER_V_SPITZER'],
        {
          note: '198-a(j) (2015 text, LLAZ): any action must be commenced within four years of original delivery; DaimlerChrysler v. Spitzer (2004) states the same. 2015 text (LLAZ; subdivision letters by order, the copy does not print them); later amendment not ruled out.',
        },
      ),
      coverage: {
        leased: sourced('Covered (purchaser, lessee or transferee)', 'H', CITE, ['LLAZ:new-york', 'NY_AG']),
        used: sourced(
          'New Car Lemon Law covers vehicles transferred within first 18,000 miles/2 years; other used cars under Used Car Lemon Law (GBL 198-b)',
          'H',
          CITE,
          ['NY_AG', 'LLAZ:new-york'],
        ),
      },
      notes: ['Mileage deduction only for miles in excess of 12,000 (mileage x price / 100,000).'],
    },
  ],
};

import type { RulePack } from '../state-rule-pack';
import { EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Florida: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Fla. Stat. s 681.104';

export const FL_RULE_PACK: RulePack = {
  code: 'FL',
  name: 'Florida',
  statute: sourced('Fla. Stat. ss 681.10-681.118 (Motor Vehicle Warranty Enforcement Act)', 'H', CITE, [
    'LLAZ:florida',
    'FL_104',
    'NCLC_FL',
  ]),
  versions: [
    {
      id: 'FL-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: null,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery to consumer',
          text: 'Lemon Law rights period ends 24 months after original delivery (no mileage cap); defect must be first reported within it. (rule: time only)',
        },
        'H',
        CITE,
        ['LLAZ:florida', 'NCLC_FL'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 3,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: true,
          window: 'counting_window',
          text: '3 repairs of the same nonconformity PLUS a final attempt by the manufacturer after written notice',
        },
        'H',
        'Fla. Stat. s 681.104(1)(a), (3)(a)',
        ['LLAZ:florida', 'FL_104'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced([], 'H', CITE, ['LLAZ:florida'], { note: 'No separate serious-safety threshold' }),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'at_least',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          opportunityAfterNotice: true,
          text: 'Cumulative 30+ days (60 for RVs) for one or more nonconformities; consumer must send written notice by registered or express mail at 15 days, and the manufacturer must have had at least one opportunity to inspect or repair after receiving it (day type in the source: days (60 for recreational vehicles), excluding routine maintenance)',
        },
        'H',
        'Fla. Stat. s 681.104(1)(b), (3)(b)',
        ['LLAZ:florida', 'FL_104'],
        { interpretations: ["The source says 'days' without saying which kind; counted as calendar days."] },
      ),
      notice: sourced(
        {
          required: 'yes',
          method: 'Registered or express mail to the manufacturer, after 3 attempts and after 15 cumulative days out of service',
          acceptedMethods: ['registered_mail', 'express_mail'],
          conditionsProngs: ['same_nonconformity_attempts', 'days_out_of_service'],
          text: 'Yes - by registered or express mail to the manufacturer after 3 attempts (final-attempt notice) and after 15 cumulative days out of service',
        },
        'H',
        'Fla. Stat. s 681.104(1)(a), (1)(b)',
        ['FL_104', 'FL_104_TEXT'],
      ),
      finalRepairOpportunity: sourced(
        {
          required: 'yes',
          conditionsProngs: ['same_nonconformity_attempts'],
          satisfiedBy: 'failed_final_attempt',
          designateFacilityWithinDays: 10,
          repairWithinDays: 10,
          repairWindowFrom: 'facility_delivery',
          dayType: 'calendar',
          missedWindowSatisfies: true,
          text: 'Yes - manufacturer has 10 days from receipt to respond and designate a reasonably accessible repair facility, then 10 days (45 for RVs) from delivery to the facility to conform the vehicle; if it fails, the final-attempt requirement falls away',
        },
        'H',
        'Fla. Stat. s 681.104(1)(a)',
        ['FL_104', 'FL_104_TEXT'],
        {
          interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
        },
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          claimWindow: { terms: [{ anchor: 'rights_period_end', days: 60 }], combine: 'earliest' },
          text: 'Yes - if the manufacturer has a state-certified procedure, consumer must first use it (claim filed no later than 60 days after the rights period ends); and before any civil action the consumer must submit the dispute to the Division and to the Florida New Motor Vehicle Arbitration Board if eligible',
        },
        'H',
        CITE,
        ['LLAZ:florida'],
      ),
      stateArbitration: sourced(
        {
          name: 'Florida New Motor Vehicle Arbitration Board',
          mandatory: true,
          requestWindow: {
            terms: [
              { anchor: 'rights_period_end', days: 60 },
              { anchor: 'idsm_final_action', days: 30 },
            ],
            combine: 'latest',
          },
          hearingWithinDays: 40,
          decisionWithinDays: 60,
          manufacturerComplianceDays: 40,
          appealWithinDays: 30,
          text: 'Florida New Motor Vehicle Arbitration Board (AG). Request no later than 60 days after rights period expires or 30 days after final action of a certified procedure, whichever later; if certified procedure does not decide within 40 days, consumer may seek removal to the Board. Board hears within 40 days and decides within 60 days of approval; manufacturer must comply within 40 days of receipt of decision; appeal to circuit court within 30 days.',
        },
        'H',
        CITE,
        ['LLAZ:florida'],
      ),
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'rights_period_end', months: 12 }], combine: 'earliest' },
          alternatives: 'Or within 1 year after final action of the informal procedure, the Division or the Board.',
          text: 'Action within 1 year after expiration of the Lemon Law rights period, or within 1 year after final action of the informal procedure/division/board',
        },
        'H',
        CITE,
        ['LLAZ:florida'],
      ),
      coverage: {
        leased: sourced('Covered (lessee; leased vehicles where lessee responsible for repairs)', 'H', CITE, ['LLAZ:florida', 'NCLC_FL']),
        used: sourced('Transferees during the rights period are consumers (same time frame)', 'M', CITE, ['LLAZ:florida']),
      },
      notes: ['Manufacturer must repurchase within 40 days once a reasonable number of attempts is established (s 681.104(2)).'],
    },
  ],
};

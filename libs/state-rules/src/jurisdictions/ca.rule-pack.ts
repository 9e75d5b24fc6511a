import type { RulePack } from '../state-rule-pack';
import { EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// California: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
const CITE = 'Cal. Civ. Code s 1793.22(b)';

export const CA_RULE_PACK: RulePack = {
  code: 'CA',
  name: 'California',
  statute: sourced(
    'Cal. Civ. Code ss 1790-1795.8 (Song-Beverly Consumer Warranty Act); s 1793.2(d) (replace/restitution); s 1793.22 (Tanner Consumer Protection Act presumption); Code Civ. Proc. s 871.20 et seq. (AB 1755, 2024; opt-in track per SB 26, 2025)',
    'H',
    CITE,
    ['LLAZ:california', 'CA_USLEGAL', 'CA_AB1755_BB', 'CA_SB26_NITA'],
  ),
  versions: [
    {
      id: 'CA-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 18,
          miles: 18000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'odometer',
          mileageBasisStated: true,
          measuredFrom: 'delivery to buyer',
          text: 'Within 18 months from delivery to the buyer or 18,000 miles on the odometer of the vehicle, whichever occurs first (the presumption window; the duty to repurchase/replace runs for the whole express warranty).',
        },
        'H',
        CITE,
        ['LLAZ:california', 'CA_USLEGAL', 'CA_FINDLEMON', 'BMW_BOOKLETS'],
      ),
      sameNonconformity: sourced(
        {
          threshold: 4,
          comparison: 'at_least',
          plusFinalManufacturerAttempt: false,
          window: 'counting_window',
          text: 'The same nonconformity has been subject to repair four or more times by the manufacturer or its agents and the buyer has at least once directly notified the manufacturer of the need for the repair (1793.22(b)(2)).',
        },
        'H',
        CITE,
        ['LLAZ:california', 'CA_USLEGAL', 'BMW_BOOKLETS'],
      ),
      anyDefectAttempts: null,
      seriousSafety: sourced(
        [
          {
            threshold: 2,
            comparison: 'at_least',
            plusFinalManufacturerAttempt: false,
            window: 'counting_window',
            scope: 'any_serious_safety',
            text: 'The same nonconformity results in a condition likely to cause death or serious bodily injury if the vehicle is driven, it has been subject to repair two or more times by the manufacturer or its agents, and the buyer has at least once directly notified the manufacturer of the need for the repair (1793.22(b)(1)).',
          },
        ],
        'H',
        CITE,
        ['LLAZ:california', 'CA_USLEGAL', 'BMW_BOOKLETS'],
      ),
      daysOutOfService: sourced(
        {
          days: 30,
          comparison: 'more_than',
          dayType: 'calendar',
          sameDefectOnly: false,
          rollingWindowMonths: null,
          countOnlyAfterNotice: false,
          text: "The vehicle is out of service by reason of repair of nonconformities by the manufacturer or its agents for a cumulative total of more than 30 calendar days since delivery (1793.22(b)(3)); extended only for conditions beyond the manufacturer's control.",
        },
        'H',
        CITE,
        ['LLAZ:california', 'CA_CAS', 'BMW_BOOKLETS'],
      ),
      notice: sourced(
        {
          required: 'if_disclosed',
          method: "Direct notice to the manufacturer at the address clearly and conspicuously disclosed in the warranty or owner's manual",
          conditionsProngs: ['same_nonconformity_attempts', 'serious_safety_attempts'],
          text: "The direct-notice element of (b)(1) and (b)(2) applies only if the manufacturer clearly and conspicuously disclosed the requirement and the notice address in the warranty or owner's manual (BMW's booklets do). Civil penalty under s 1794(e): the buyer may serve written notice requesting compliance.",
        },
        'M',
        'Cal. Civ. Code s 1793.22(b)(3)',
        ['LLAZ:california', 'CA_AB1755_BB', 'CA_AB1755_VB', 'BMW_BOOKLETS'],
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
          text: "No statutory final-repair step for the presumption. s 1794(e)(4): no civil penalty if manufacturer complies within 30 days of the buyer's written notice. AB 1755 opt-in track: manufacturer may avoid civil penalty by offering restitution/replacement within 30 days of pre-suit notice and completing within 60 days.",
        },
        'M',
        'Cal. Civ. Code s 1794(e)',
        ['LLAZ:california', 'CA_AB1755_VB'],
      ),
      disputeProgram: sourced(
        {
          requirement: 'required_if_compliant',
          compliance: 'state_certified',
          text: 'Conditional: if a qualified (DCA-certified) third-party dispute resolution process exists and the buyer was timely notified, the buyer cannot assert the presumption until first resorting to it. Suit itself is not barred. Qualified programs must let manufacturer perform within 30 days after buyer accepts the decision.',
        },
        'H',
        'Cal. Civ. Code s 1793.22(c)-(d)',
        ['LLAZ:california', 'BMW_BOOKLETS'],
      ),
      stateArbitration: null,
      timeToFile: sourced(
        {
          known: true,
          deadline: { terms: [{ anchor: 'delivery', months: 48 }], combine: 'earliest' },
          text: 'Traditional track: no limitations period in Song-Beverly itself; practitioner sources describe 4 years (Cal. Com. Code s 2725). AB 1755 track (CCP s 871.21): action within 1 year after express warranty expires, and no more than 6 years after original delivery, subject to tolling (out-of-service time; up to 60 days after pre-suit notice). Whether 871.21 reaches only opted-in manufacturers is described differently by sources - verify.',
        },
        'M',
        'Cal. Com. Code s 2725 (practitioner reading)',
        ['CA_AB1755_BB', 'CA_VALERO', 'CA_SB26_NITA'],
        {
          interpretations: ['Practitioner sources describe 4 years (Cal. Com. Code s 2725); counted from delivery.'],
        },
      ),
      coverage: {
        leased: sourced('Covered (buyer or lessee)', 'H', CITE, ['LLAZ:california', 'CA_USLEGAL']),
        used: sourced(
          'New-motor-vehicle definition includes dealer-owned/demonstrator vehicles sold with a new-car warranty; used-vehicle coverage was narrowed by Rodriguez v. FCA US LLC (Cal. 2024) per practitioner/tool material - verify.',
          'L',
          CITE,
          ['LLAZ:california'],
        ),
      },
      notes: [
        'Covers small businesses with up to 5 vehicles under 10,000 lb GVWR (CAS).',
        'AB 1755 / SB 26: a manufacturer may elect the Code Civ. Proc. 871.20 et seq. procedures (871.29; the sources say for 5 years, DCA keeps the list). Whether a given manufacturer elected is recorded per case (POST /cases/{id}/ab1755-election).',
      ],
      variants: [
        {
          id: 'CA-AB1755',
          appliesWhen:
            'Only if the manufacturer has elected to proceed under Code Civ. Proc. s 871.20 et seq. (election under s 871.29; AB 1755 / SB 26). ' +
            'Recorded per case (POST /cases/{id}/ab1755-election), not decided by the delivery date. The presumption itself (Civ. Code 1793.22(b)) is unchanged.',
          effectiveFrom: sourced(
            '2025-04-01',
            'M',
            'Code Civ. Proc. s 871.20(a) (AB 1755; amended by SB 26, Stats. 2025, ch. 1, effective April 2, 2025)',
            ['CA_AB1755_BB', 'CA_AB1755_VB', 'CA_SB26_NITA'],
            {
              note: 'The reference dates the pre-suit notice rule Apr 1, 2025; other parts of AB 1755 may differ - verify.',
            },
          ),
          overrides: {
            timeToFile: sourced(
              {
                known: true,
                deadline: {
                  terms: [
                    { anchor: 'warranty_expiry', months: 12 },
                    { anchor: 'delivery', months: 72 },
                  ],
                  combine: 'earliest',
                },
                alternatives:
                  'Tolled as provided by Civ. Code 1793.22(c), for the time the vehicle is out of service for repair of any nonconformity, and for the time after the 871.24 pre-suit notice, at most 60 days (871.21(c)); tolling is not computed here.',
                text: 'Elected procedure (CCP s 871.21(a), (b)): the action must be commenced within one year after the applicable express warranty expires, and not later than six years after original delivery.',
              },
              'H',
              'Code Civ. Proc. s 871.21(a), (b)',
              ['CA_871_21_TEXT', 'CA_AB1755_BB', 'CA_VALERO', 'CA_SB26_NITA'],
              {
                note: 'Applies to actions covered by s 871.20, i.e. against a manufacturer that elected under s 871.29 (871.20(a) as amended by SB 26).',
              },
            ),
            preSuitNotice: sourced(
              {
                daysBeforeFiling: 30,
                text: "At least 30 days before commencing an action seeking civil penalties, the consumer notifies the manufacturer (name, VIN, brief repair history) and demands repurchase or replacement, in writing by email to the manufacturer's designated address or by certified or registered mail, return receipt requested; the consumer must have the vehicle when the notice is sent (CCP s 871.24(a), (c), (d)).",
              },
              'H',
              'Code Civ. Proc. s 871.24(a)',
              ['CA_871_24_TEXT', 'CA_AB1755_TEXT', 'CA_AB1755_BB'],
            ),
            electedProcedure: {
              name: 'Code Civ. Proc. s 871.20 et seq. (AB 1755) procedure',
              manufacturerOffer: sourced(
                {
                  days: 30,
                  text: 'Civil penalties are barred if, within 30 days after receipt of the pre-suit notice, the manufacturer offers restitution or replacement (plus reasonable attorney fees and costs if the consumer is represented) (CCP s 871.24(e)(1)(A)).',
                },
                'H',
                'Code Civ. Proc. s 871.24(e)(1)(A)',
                ['CA_871_24_TEXT', 'CA_AB1755_TEXT'],
              ),
              remedyCompleted: sourced(
                {
                  days: 60,
                  text: '... and the replacement or restitution is completed within 60 days from the date of receipt of the original notice (CCP s 871.24(e)(1)(B)).',
                },
                'H',
                'Code Civ. Proc. s 871.24(e)(1)(B)',
                ['CA_871_24_TEXT', 'CA_AB1755_TEXT'],
              ),
              initialDisclosures: sourced(
                {
                  daysAfterAnswer: 60,
                  text: 'Within 60 days after the answer or other responsive pleading is filed, all parties provide initial disclosures and documents without awaiting a discovery request (CCP s 871.26(b)); initial depositions within 120 days (871.26(c)).',
                },
                'M',
                'Code Civ. Proc. s 871.26(b)',
                ['CA_871_26_TEXT'],
                { note: 'Read in the AB 1755 bill text (2024); not checked against later amendments.' },
              ),
              mediation: sourced(
                {
                  scheduleWithinDaysAfterAnswer: 90,
                  heldWithinDaysAfterAnswer: 150,
                  text: 'Within 90 days after the answer all parties schedule a mediation, to occur within 150 days after the answer, with a court-appointed or private mediator; other discovery is stayed until it concludes (CCP s 871.26(d), (e)).',
                },
                'M',
                'Code Civ. Proc. s 871.26(d)',
                ['CA_871_26_TEXT'],
                { note: 'Read in the AB 1755 bill text (2024); not checked against later amendments.' },
              ),
            },
            finalRepairOpportunity: sourced(
              {
                required: 'no',
                conditionsProngs: [],
                satisfiedBy: 'offered',
                designateFacilityWithinDays: null,
                repairWithinDays: null,
                repairWindowFrom: null,
                dayType: 'calendar',
                missedWindowSatisfies: false,
                text: 'Elected procedure: no final repair opportunity; the manufacturer may avoid civil penalties by offering restitution or replacement within 30 days of receiving the pre-suit notice and completing it within 60 days (CCP s 871.24(e)(1)).',
              },
              'M',
              'Code Civ. Proc. s 871.24(e)(1)',
              ['CA_AB1755_VB', 'CA_871_24_TEXT'],
            ),
          },
        },
      ],
    },
  ],
};

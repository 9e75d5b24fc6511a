import type {
  CaseSummary,
  DisputeClaim,
  FinalRepairOpportunity,
  LitigationStep,
  ManufacturerNotice,
  Note,
  OdometerReading,
  RepairAttempt,
} from '../api/types';
import { JURISDICTIONS, NOTICE_METHODS, REPAIR_OUTCOMES } from '../lib/jurisdictions';

/**
 * Every fact of a case as data: which fields a form shows and which API route takes them. One
 * generic drawer (RecordForms.tsx) renders any of these, so recording, correcting and voiding work
 * the same way for every kind of fact. Actions are plain data (no functions), so a form being
 * typed can be kept in sessionStorage when the session ends and reopened after sign-in.
 */
/** `vin`: checked as it is typed, as in "New case" (components/VinInput.tsx), against the `modelYear` field beside it. */
export type FieldKind = 'text' | 'textarea' | 'vin' | 'date' | 'dates' | 'number' | 'money' | 'select' | 'multiselect' | 'checkbox';

export interface Option {
  value: string;
  label: string;
}

export interface Field {
  /** The request body's property (the API's field errors name it). */
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  description?: string;
  options?: Option[];
  /** Checkbox sending a word rather than true/false: [unchecked, checked]. */
  values?: [string, string];
  /** A number read as a label, not a quantity (a model year): shown without a thousands separator. */
  ungrouped?: boolean;
}

export type FieldValue = string | number | boolean | string[] | null;

export interface FactAction {
  /** Stable identity (kind, verb, record id): keys the drawer and the kept draft. */
  key: string;
  /** The button or menu text ("Correct", "Void", "Record completion"). */
  verb: string;
  /** The drawer's title. */
  title: string;
  /** The API route below /cases/{caseId}. */
  path: string;
  fields: Field[];
  initial: Record<string, FieldValue>;
  /** Corrections need `correctionReason`, voids and reopening `reason`: kept in the history beside the record. */
  reason?: { name: 'correctionReason' | 'reason'; label: string; description: string };
  submitLabel: string;
  danger?: boolean;
}

const correctionReason: FactAction['reason'] = {
  name: 'correctionReason',
  label: 'Why the correction',
  description: 'Kept in the history beside the original.',
};
const voidReason: FactAction['reason'] = {
  name: 'reason',
  label: 'Why void it',
  description: 'The record stays in the history, marked void.',
};

const DISPUTE_PROGRAMS: Option[] = [
  { value: 'BBB_AUTO_LINE', label: 'BBB AUTO LINE' },
  { value: 'STATE_PROGRAM', label: 'State program' },
  { value: 'MANUFACTURER_PROGRAM', label: 'Manufacturer’s program' },
];
const AWARDS: Option[] = ['repurchase', 'replacement', 'repair', 'reimbursement', 'other', 'no_award'].map((value) => ({
  value,
  label: value.replace('_', ' '),
}));
export const LITIGATION_STEPS: Option[] = [
  { value: 'presuit_notice', label: 'Pre-suit notice sent' },
  { value: 'complaint_filed', label: 'Complaint filed' },
  { value: 'answer_filed', label: 'Answer filed' },
];
const RESOLUTIONS: Option[] = ['repurchase', 'replacement', 'settlement', 'withdrawn'].map((value) => ({ value, label: value }));
const ACQUISITION_TYPES: Option[] = [
  { value: 'purchase', label: 'Purchase' },
  { value: 'lease', label: 'Lease' },
];
const SAFETY_SCOPES: Option[] = [
  { value: 'brakes_or_steering', label: 'Brakes or steering' },
  { value: 'total_brake_or_steering_failure', label: 'Total brake or steering failure' },
  { value: 'failed_state_inspection', label: 'Failed state inspection' },
];

/** Live defects, for the "which defects" pickers. */
export const defectOptions = (c: CaseSummary): Option[] =>
  c.nonconformities.filter((n) => !n.voided).map((n) => ({ value: n.nonconformityId, label: n.description }));

const label = (value: string) => value.replaceAll('_', ' ');

/** The fields of one kind of fact. */
const fields = {
  repair: (c: CaseSummary): Field[] => [
    { name: 'repairOrderNumber', label: 'Repair order number', kind: 'text' },
    { name: 'dealer', label: 'Dealer', kind: 'text' },
    { name: 'dateIn', label: 'Date in', kind: 'date', required: true },
    { name: 'dateOut', label: 'Date out', kind: 'date', description: 'Empty while still at the dealer' },
    { name: 'mileageIn', label: 'Mileage in', kind: 'number', required: true },
    { name: 'mileageOut', label: 'Mileage out', kind: 'number' },
    { name: 'nonconformityIds', label: 'Defects repaired', kind: 'multiselect', required: true, options: defectOptions(c) },
    { name: 'outcome', label: 'Outcome', kind: 'select', required: true, options: REPAIR_OUTCOMES },
  ],
  defect: (): Field[] => [
    {
      name: 'description',
      label: 'Description',
      kind: 'text',
      required: true,
      description: 'In the client’s words, e.g. “Transmission slips between 2nd and 3rd”.',
    },
    { name: 'safetyCritical', label: 'Safety-critical (could cause death or serious injury)', kind: 'checkbox' },
    { name: 'firstReportedOn', label: 'First reported on', kind: 'date' },
    { name: 'mileage', label: 'Mileage when first reported', kind: 'number' },
  ],
  outOfService: (): Field[] => [
    { name: 'from', label: 'Out of service from', kind: 'date', required: true },
    { name: 'to', label: 'Through', kind: 'date', required: true },
    { name: 'reason', label: 'Why the vehicle was out of service', kind: 'text', required: true, description: 'e.g. “awaiting parts”' },
    {
      name: 'excludedDays',
      label: 'Days not counted',
      kind: 'dates',
      description: 'Days beyond the manufacturer’s control (e.g. a natural disaster): not counted toward the days prong.',
    },
  ],
  odometer: (): Field[] => [
    { name: 'readOn', label: 'Read on', kind: 'date', required: true },
    { name: 'mileage', label: 'Mileage', kind: 'number', required: true },
    { name: 'source', label: 'Source', kind: 'text', description: 'e.g. “client photo”, “registration renewal”' },
  ],
  notice: (c: CaseSummary): Field[] => [
    { name: 'sentOn', label: 'Sent on', kind: 'date', required: true },
    {
      name: 'method',
      label: 'Method',
      kind: 'select',
      required: true,
      options: NOTICE_METHODS,
      description: 'FL accepts only registered or express mail, NJ only certified mail.',
    },
    { name: 'receivedOn', label: 'Received on', kind: 'date' },
    { name: 'nonconformityIds', label: 'Defects named in the notice', kind: 'multiselect', options: defectOptions(c) },
  ],
  finalRepairOffer: (c: CaseSummary): Field[] => [
    { name: 'offeredOn', label: 'Offered on', kind: 'date', required: true },
    { name: 'nonconformityIds', label: 'Defects it is for', kind: 'multiselect', options: defectOptions(c) },
  ],
  finalRepairCompletion: (): Field[] => [
    { name: 'completedOn', label: 'Completed on', kind: 'date', required: true },
    { name: 'outcome', label: 'Outcome', kind: 'select', required: true, options: REPAIR_OUTCOMES },
  ],
  disputeClaim: (): Field[] => [
    { name: 'program', label: 'Program', kind: 'select', required: true, options: DISPUTE_PROGRAMS },
    { name: 'filedOn', label: 'Filed on', kind: 'date', required: true },
    { name: 'manufacturerContactedFirst', label: 'The manufacturer was contacted first', kind: 'checkbox' },
  ],
  litigation: (): Field[] => [
    { name: 'kind', label: 'Step', kind: 'select', required: true, options: LITIGATION_STEPS },
    { name: 'on', label: 'Sent or filed on', kind: 'date', required: true },
    { name: 'receivedOn', label: 'Received on (pre-suit notice)', kind: 'date' },
    { name: 'method', label: 'How it was sent (pre-suit notice)', kind: 'select', options: NOTICE_METHODS },
    { name: 'court', label: 'Court (complaint)', kind: 'text' },
    { name: 'caseNumber', label: 'Case number (complaint)', kind: 'text' },
  ],
  client: (): Field[] => [
    { name: 'name', label: 'Client name', kind: 'text', required: true },
    { name: 'email', label: 'Email', kind: 'text' },
    { name: 'phone', label: 'Phone', kind: 'text' },
    { name: 'address', label: 'Address', kind: 'textarea' },
  ],
  acquisition: (): Field[] => [
    { name: 'type', label: 'Purchase or lease', kind: 'select', required: true, options: ACQUISITION_TYPES },
    { name: 'deliveryDate', label: 'Delivery date', kind: 'date', required: true },
    { name: 'odometerAtDelivery', label: 'Odometer at delivery', kind: 'number', required: true },
    { name: 'price', label: 'Price (USD)', kind: 'money' },
    { name: 'collateralCharges', label: 'Collateral charges (USD)', kind: 'money' },
    { name: 'leasePaymentsMade', label: 'Lease payments made (USD)', kind: 'money' },
  ],
  warranty: (): Field[] => [
    { name: 'months', label: 'Warranty months', kind: 'number', required: true },
    { name: 'miles', label: 'Warranty miles', kind: 'number', required: true },
  ],
  vehicle: (): Field[] => [
    { name: 'vin', label: 'VIN', kind: 'vin', required: true },
    { name: 'make', label: 'Make', kind: 'text', required: true },
    { name: 'model', label: 'Model', kind: 'text', required: true },
    { name: 'modelYear', label: 'Model year', kind: 'number', required: true, ungrouped: true },
  ],
  jurisdiction: (): Field[] => [
    {
      name: 'jurisdiction',
      label: 'State whose lemon law applies',
      kind: 'select',
      required: true,
      options: JURISDICTIONS.map((code) => ({ value: code, label: code })),
      description: 'The presumption, the deadlines and restitution are judged again under this state’s rules.',
    },
  ],
  resolution: (): Field[] => [
    { name: 'resolvedOn', label: 'Resolved on', kind: 'date', required: true },
    { name: 'resolution', label: 'Resolution', kind: 'select', required: true, options: RESOLUTIONS },
    { name: 'amount', label: 'Amount (USD)', kind: 'money' },
    { name: 'summary', label: 'Summary', kind: 'textarea' },
  ],
  note: (): Field[] => [
    { name: 'text', label: 'Note', kind: 'textarea', required: true },
    {
      name: 'visibility',
      label: 'Visible to organisations the case is shared with',
      kind: 'checkbox',
      values: ['firm', 'shared'],
      description: 'Off by default: notes are firm-private (attorney work product).',
    },
  ],
};

/** The steps of a dispute claim after its filing, each with the fields posted to `…/{step}`. */
export const DISPUTE_STEPS = {
  inspection: {
    title: 'inspection request',
    fields: [
      { name: 'requestedOn', label: 'Requested on', kind: 'date', required: true },
      { name: 'additionalDays', label: 'Additional days (at most 30)', kind: 'number', required: true },
    ] as Field[],
    current: (c: DisputeClaim) => c.inspection && { requestedOn: c.inspection.requestedOn, additionalDays: c.inspection.additionalDays },
  },
  decision: {
    title: 'decision',
    fields: [
      { name: 'decidedOn', label: 'Decided on', kind: 'date', required: true },
      { name: 'award', label: 'Award', kind: 'select', required: true, options: AWARDS },
      { name: 'summary', label: 'Summary', kind: 'textarea' },
    ] as Field[],
    current: (c: DisputeClaim) =>
      c.decision && { decidedOn: c.decision.decidedOn, award: c.decision.award, summary: c.decision.summary ?? null },
  },
  acceptance: {
    title: 'consumer’s acceptance',
    fields: [{ name: 'acceptedOn', label: 'Accepted on', kind: 'date', required: true }] as Field[],
    current: (c: DisputeClaim) => c.acceptedOn && { acceptedOn: c.acceptedOn },
  },
  rejection: {
    title: 'consumer’s rejection',
    fields: [{ name: 'rejectedOn', label: 'Rejected on', kind: 'date', required: true }] as Field[],
    current: (c: DisputeClaim) => c.rejectedOn && { rejectedOn: c.rejectedOn },
  },
  compliance: {
    title: 'manufacturer’s compliance',
    fields: [{ name: 'compliedOn', label: 'Complied on', kind: 'date', required: true }] as Field[],
    current: (c: DisputeClaim) => c.compliedOn && { compliedOn: c.compliedOn },
  },
} as const;
export type DisputeStep = keyof typeof DISPUTE_STEPS;

const blank = (list: Field[]): Record<string, FieldValue> =>
  Object.fromEntries(
    list.map((f) => [
      f.name,
      f.kind === 'checkbox' ? (f.values ? f.values[0] : false) : f.kind === 'multiselect' || f.kind === 'dates' ? [] : null,
    ]),
  );
const pick = (list: Field[], record: object): Record<string, FieldValue> =>
  Object.fromEntries(
    list.map((f) => [f.name, ((record as Record<string, FieldValue | undefined>)[f.name] ?? blank([f])[f.name]) as FieldValue]),
  );

/** Record, correct and void: the same three actions for every kind of record that has an id. */
function recordActions(spec: {
  kind: string;
  noun: string;
  route: string;
  fields: Field[];
  recordVerb?: string;
  submit: string;
  defaults?: Record<string, FieldValue>;
}) {
  return {
    record: (): FactAction => ({
      key: `${spec.kind}:record`,
      verb: spec.recordVerb ?? `Record ${spec.noun}`,
      title: `${spec.recordVerb ?? 'Record'} ${spec.recordVerb ? '' : spec.noun}`.trim(),
      path: spec.route,
      fields: spec.fields,
      initial: { ...blank(spec.fields), ...spec.defaults },
      submitLabel: spec.submit,
    }),
    correct: (id: string, current: object): FactAction => ({
      key: `${spec.kind}:correct:${id}`,
      verb: 'Correct',
      title: `Correct ${spec.noun}`,
      path: `${spec.route}/${id}/corrections`,
      fields: spec.fields,
      initial: pick(spec.fields, current),
      reason: correctionReason,
      submitLabel: 'Save the correction',
    }),
    void: (id: string): FactAction => ({
      key: `${spec.kind}:void:${id}`,
      verb: 'Void',
      title: `Void ${spec.noun}`,
      path: `${spec.route}/${id}/void`,
      fields: [],
      initial: {},
      reason: voidReason,
      submitLabel: `Void the ${spec.noun.replace(/^an? /, '')}`,
      danger: true,
    }),
  };
}

/** Every action the case page offers, built from the case as it stands. */
export function caseActions(c: CaseSummary) {
  const defects = defectOptions(c);
  const repair = recordActions({
    kind: 'repair',
    noun: 'a repair visit',
    route: '/repair-attempts',
    submit: 'Record the repair',
    fields: fields.repair(c),
    defaults: { outcome: 'not_fixed', nonconformityIds: defects.length === 1 ? [defects[0].value] : [] },
  });
  const defect = recordActions({
    kind: 'defect',
    noun: 'a defect',
    route: '/nonconformities',
    fields: fields.defect(),
    recordVerb: 'Add a defect',
    submit: 'Add the defect',
  });
  const outOfService = recordActions({
    kind: 'oos',
    noun: 'an out-of-service interval',
    route: '/out-of-service',
    fields: fields.outOfService(),
    submit: 'Record the interval',
  });
  const odometer = recordActions({
    kind: 'odometer',
    noun: 'an odometer reading',
    route: '/odometer-readings',
    fields: fields.odometer(),
    submit: 'Record the reading',
  });
  const notice = recordActions({
    kind: 'notice',
    noun: 'a written notice',
    route: '/manufacturer-notices',
    submit: 'Record the notice',
    fields: fields.notice(c),
    defaults: { method: 'certified_mail', nonconformityIds: defects.map((d) => d.value) },
  });
  const finalRepair = recordActions({
    kind: 'final-repair',
    noun: 'a final repair opportunity',
    route: '/final-repair-opportunities',
    submit: 'Record the offer',
    fields: fields.finalRepairOffer(c),
    defaults: { nonconformityIds: defects.map((d) => d.value) },
  });
  const dispute = recordActions({
    kind: 'dispute',
    noun: 'a dispute claim',
    route: '/dispute-claims',
    submit: 'File the claim',
    fields: fields.disputeClaim(),
    recordVerb: 'File a dispute claim',
    defaults: { program: 'BBB_AUTO_LINE' },
  });
  const litigation = recordActions({
    kind: 'litigation',
    noun: 'a litigation step',
    route: '/litigation-steps',
    fields: fields.litigation(),
    submit: 'Record the step',
    defaults: { kind: 'presuit_notice' },
  });
  return {
    repair: {
      record: repair.record,
      correct: (r: RepairAttempt) => repair.correct(r.repairAttemptId, r),
      void: (r: RepairAttempt) => repair.void(r.repairAttemptId),
    },
    defect: {
      record: defect.record,
      correct: (n: CaseSummary['nonconformities'][number]) => defect.correct(n.nonconformityId, n),
      void: (n: CaseSummary['nonconformities'][number]) => defect.void(n.nonconformityId),
      safetyScope: (n: CaseSummary['nonconformities'][number]): FactAction => ({
        key: `defect:safety-scope:${n.nonconformityId}`,
        verb: 'Safety categories',
        title: `Safety categories of “${n.description}”`,
        path: `/nonconformities/${n.nonconformityId}/safety-scope`,
        fields: [
          {
            name: 'scopes',
            label: 'Categories that apply',
            kind: 'multiselect',
            required: true,
            options: SAFETY_SCOPES,
            description: 'The narrower safety categories GA, MD, ID and MN require; replaces an earlier choice.',
          },
          { name: 'note', label: 'Note', kind: 'text' },
        ],
        initial: {
          scopes: (n.confirmedSafetyScopes ?? []).map((s) => (typeof s === 'string' ? s : s.scope)),
          note: null,
        },
        submitLabel: 'Save the categories',
      }),
    },
    outOfService: {
      record: outOfService.record,
      correct: (i: CaseSummary['outOfService']['intervals'][number]) => outOfService.correct(i.intervalId, i),
      void: (i: CaseSummary['outOfService']['intervals'][number]) => outOfService.void(i.intervalId),
    },
    odometer: {
      record: odometer.record,
      correct: (r: OdometerReading) => odometer.correct(r.readingId, r),
      void: (r: OdometerReading) => odometer.void(r.readingId),
    },
    notice: {
      record: notice.record,
      correct: (n: ManufacturerNotice) => notice.correct(n.noticeId, n),
      void: (n: ManufacturerNotice) => notice.void(n.noticeId),
    },
    finalRepair: {
      record: finalRepair.record,
      correct: (o: FinalRepairOpportunity) => finalRepair.correct(o.opportunityId, o),
      void: (o: FinalRepairOpportunity) => finalRepair.void(o.opportunityId),
      complete: (o: FinalRepairOpportunity): FactAction => ({
        key: `final-repair:complete:${o.opportunityId}`,
        verb: 'Record completion',
        title: `Completion of the final repair opportunity offered ${o.offeredOn}`,
        path: `/final-repair-opportunities/${o.opportunityId}/completion`,
        fields: fields.finalRepairCompletion(),
        initial: { completedOn: null, outcome: 'not_fixed' },
        submitLabel: 'Record the completion',
      }),
      correctCompletion: (o: FinalRepairOpportunity): FactAction => ({
        key: `final-repair:correct-completion:${o.opportunityId}`,
        verb: 'Correct completion',
        title: `Correct the completion of the final repair opportunity offered ${o.offeredOn}`,
        path: `/final-repair-opportunities/${o.opportunityId}/completion/corrections`,
        fields: fields.finalRepairCompletion(),
        initial: pick(fields.finalRepairCompletion(), o.completion ?? {}),
        reason: correctionReason,
        submitLabel: 'Save the correction',
      }),
    },
    dispute: {
      record: dispute.record,
      correct: (d: DisputeClaim) => dispute.correct(d.claimId, d),
      void: (d: DisputeClaim) => dispute.void(d.claimId),
      /** Record a step, or correct and void one already recorded. */
      step: (d: DisputeClaim, step: DisputeStep): FactAction[] => {
        const spec = DISPUTE_STEPS[step];
        const current = spec.current(d);
        const base = `/dispute-claims/${d.claimId}/${step}`;
        if (!current)
          return [
            {
              key: `dispute:${step}:${d.claimId}`,
              verb: `Record the ${spec.title}`,
              title: `Record the ${spec.title} (claim filed ${d.filedOn})`,
              path: base,
              fields: spec.fields,
              initial: { ...blank(spec.fields), ...(step === 'decision' ? { award: 'repurchase' } : {}) },
              submitLabel: `Record the ${spec.title}`,
            },
          ];
        return [
          {
            key: `dispute:${step}:correct:${d.claimId}`,
            verb: `Correct the ${spec.title}`,
            title: `Correct the ${spec.title} (claim filed ${d.filedOn})`,
            path: `${base}/corrections`,
            fields: spec.fields,
            initial: pick(spec.fields, current),
            reason: correctionReason,
            submitLabel: 'Save the correction',
          },
          {
            key: `dispute:${step}:void:${d.claimId}`,
            verb: `Void the ${spec.title}`,
            title: `Void the ${spec.title} (claim filed ${d.filedOn})`,
            path: `${base}/void`,
            fields: [],
            initial: {},
            reason: voidReason,
            submitLabel: `Void the ${spec.title}`,
            danger: true,
          },
        ];
      },
    },
    litigation: {
      record: litigation.record,
      correct: (l: LitigationStep) => litigation.correct(l.stepId, l),
      void: (l: LitigationStep) => litigation.void(l.stepId),
    },
    terms: {
      client: (): FactAction => ({
        key: 'client:update',
        verb: 'Update contact details',
        title: 'Update the client’s contact details',
        path: '/client',
        fields: fields.client(),
        initial: pick(fields.client(), c.client),
        submitLabel: 'Save the contact details',
      }),
      acquisition: (): FactAction => ({
        key: 'acquisition:correct',
        verb: 'Correct purchase',
        title: 'Correct the purchase or lease',
        path: '/acquisition/corrections',
        fields: fields.acquisition(),
        initial: pick(fields.acquisition(), c.acquisition),
        reason: correctionReason,
        submitLabel: 'Save the correction',
      }),
      warranty: (): FactAction => ({
        key: 'warranty:correct',
        verb: 'Correct warranty',
        title: 'Correct the warranty terms',
        path: '/warranty/corrections',
        fields: fields.warranty(),
        initial: pick(fields.warranty(), c.warranty),
        reason: correctionReason,
        submitLabel: 'Save the correction',
      }),
      vehicle: (): FactAction => ({
        key: 'vehicle:correct',
        verb: 'Correct vehicle',
        title: 'Correct the vehicle',
        path: '/vehicle/corrections',
        fields: fields.vehicle(),
        initial: pick(fields.vehicle(), c.vehicle),
        reason: correctionReason,
        submitLabel: 'Save the correction',
      }),
      jurisdiction: (): FactAction => ({
        key: 'jurisdiction:correct',
        verb: 'Correct jurisdiction',
        title: 'Correct the jurisdiction (the case was opened under the wrong state)',
        path: '/jurisdiction/corrections',
        fields: fields.jurisdiction(),
        initial: { jurisdiction: c.jurisdiction },
        reason: correctionReason,
        submitLabel: 'Save the correction',
      }),
      disclosure: (): FactAction => ({
        key: 'disclosure:record',
        verb: 'Notice disclosure',
        title: 'Did the warranty disclose the direct-notice requirement?',
        path: '/manufacturer-disclosure',
        fields: [
          {
            name: 'noticeRequirementDisclosed',
            label: 'The manufacturer disclosed that the consumer must notify it directly',
            kind: 'checkbox',
            description: 'When not disclosed, the notice element of the presumption does not apply (e.g. Cal. Civ. Code § 1793.22(b)(3)).',
          },
          { name: 'note', label: 'Note', kind: 'text' },
        ],
        initial: { noticeRequirementDisclosed: c.manufacturer.noticeRequirementDisclosed ?? true, note: null },
        submitLabel: 'Save',
      }),
      ab1755: (): FactAction => ({
        key: 'ab1755:record',
        verb: 'AB 1755 election',
        title: 'The manufacturer’s AB 1755 election (Code Civ. Proc. § 871.20 et seq.)',
        path: '/ab1755-election',
        fields: [
          { name: 'elected', label: 'The manufacturer elected the AB 1755 procedure', kind: 'checkbox' },
          { name: 'electedOn', label: 'Elected on', kind: 'date' },
          { name: 'source', label: 'Source', kind: 'text' },
        ],
        initial: {
          elected: c.ab1755Election?.elected ?? false,
          electedOn: c.ab1755Election?.electedOn ?? null,
          source: c.ab1755Election?.source ?? null,
        },
        submitLabel: 'Save the election',
      }),
    },
    resolution: {
      resolve: (): FactAction => ({
        key: 'resolution:record',
        verb: 'Resolve the case',
        title: 'Resolve the case',
        path: '/resolution',
        fields: fields.resolution(),
        initial: { resolvedOn: null, resolution: 'repurchase', amount: null, summary: null },
        submitLabel: 'Resolve the case',
      }),
      /** Only while resolved: the resolution in effect, corrected without reopening the case. */
      correct: (): FactAction => ({
        key: 'resolution:correct',
        verb: 'Correct the resolution',
        title: 'Correct the resolution',
        path: '/resolution/corrections',
        fields: fields.resolution(),
        initial: pick(fields.resolution(), c.resolution ?? {}),
        reason: correctionReason,
        submitLabel: 'Save the correction',
      }),
      reopen: (): FactAction => ({
        key: 'resolution:reopen',
        verb: 'Reopen the case',
        title: 'Reopen the case',
        path: '/reopen',
        fields: [],
        initial: {},
        reason: { name: 'reason', label: 'Why reopen it', description: 'The resolution stays in the history, undone.' },
        submitLabel: 'Reopen the case',
      }),
    },
    note: (): FactAction => ({
      key: 'note:record',
      verb: 'Add a note',
      title: 'Add a note',
      path: '/notes',
      fields: fields.note(),
      initial: { text: null, visibility: 'firm' },
      submitLabel: 'Add the note',
    }),
    notes: {
      correct: (n: Note): FactAction => ({
        key: `note:correct:${n.noteId}`,
        verb: 'Edit',
        title: 'Edit the note',
        path: `/notes/${n.noteId}/corrections`,
        fields: fields.note(),
        initial: { text: n.text, visibility: n.visibility },
        reason: { ...correctionReason!, description: 'Kept in the history beside the earlier wording (firm-private when the note is).' },
        submitLabel: 'Save the note',
      }),
      void: (n: Note): FactAction => ({
        key: `note:void:${n.noteId}`,
        verb: 'Void',
        title: 'Void the note',
        path: `/notes/${n.noteId}/void`,
        fields: [],
        initial: {},
        reason: voidReason,
        submitLabel: 'Void the note',
        danger: true,
      }),
    },
  };
}

export type CaseActions = ReturnType<typeof caseActions>;

/** The request body from what the form holds: empty fields are left out (the API names what is missing). */
export function bodyOf(action: FactAction, values: Record<string, FieldValue>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of [...action.fields, ...(action.reason ? [{ name: action.reason.name } as Field] : [])]) {
    const v = values[f.name];
    if (v === null || v === undefined || v === '') continue;
    body[f.name] =
      typeof v === 'string' ? (f.kind === 'textarea' || f.kind === 'text' || f.kind === 'vin' || !f.kind ? v.trim() || undefined : v) : v;
    if (body[f.name] === undefined) delete body[f.name];
  }
  return body;
}

export { label as words };

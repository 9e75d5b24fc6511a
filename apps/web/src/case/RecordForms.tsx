import { Alert, Button, Checkbox, Drawer, Group, MultiSelect, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { CaseSummary, RepairAttempt } from '../api/types';
import { NOTICE_METHODS, REPAIR_OUTCOMES } from '../lib/jurisdictions';

const iso = (d: unknown): string | undefined =>
  d ? (typeof d === 'string' ? d.slice(0, 10) : (d as Date).toISOString().slice(0, 10)) : undefined;

export type FormKind =
  | { kind: 'repair' }
  | { kind: 'correct-repair'; repair: RepairAttempt }
  | { kind: 'void-repair'; repair: RepairAttempt }
  | { kind: 'defect' }
  | { kind: 'notice' }
  | { kind: 'odometer' }
  | { kind: 'note' };

/** Warnings the API answers with that a person may override ("record anyway"). */
const CONFIRMABLE = new Set(['duplicate_repair_order', 'implausible_mileage', 'possible_duplicate', 'confirmation_required']);

interface Props {
  form: FormKind | null;
  summary: CaseSummary;
  onClose: () => void;
  /** Sends the command; `confirm` is true after the person chose "record anyway". */
  submit: (path: string, body: object) => Promise<void>;
}

function useSubmit(submit: Props['submit'], onClose: () => void) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (path: string, body: object, confirmed = false) => {
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      await submit(path, confirmed ? { ...body, confirm: true } : body);
      setWarning(null);
      onClose();
    } catch (e) {
      if (e instanceof ApiError) {
        if (e.body.code && CONFIRMABLE.has(e.body.code)) setWarning(e.message);
        else {
          setErrors(e.fieldErrors());
          setMessage(e.body.errors?.length ? 'Please correct the fields marked below.' : e.message);
        }
      } else setMessage(String(e));
    } finally {
      setBusy(false);
    }
  };
  return { errors, message, warning, busy, run, setWarning };
}

function Feedback({
  message,
  warning,
  onConfirm,
  busy,
}: {
  message: string | null;
  warning: string | null;
  onConfirm: () => void;
  busy: boolean;
}) {
  return (
    <>
      {message && (
        <Alert color="red" role="alert">
          {message}
        </Alert>
      )}
      {warning && (
        <Alert color="orange" role="alert" title="Please confirm">
          {warning}
          <Button mt="xs" size="xs" color="orange" onClick={onConfirm} loading={busy}>
            Record anyway
          </Button>
        </Alert>
      )}
    </>
  );
}

export function RecordDrawer({ form, summary, onClose, submit }: Props) {
  const titles: Record<FormKind['kind'], string> = {
    repair: 'Record a repair visit',
    'correct-repair': 'Correct a repair visit',
    'void-repair': 'Void a repair visit',
    defect: 'Add a defect',
    notice: 'Record a written notice to the manufacturer',
    odometer: 'Record an odometer reading',
    note: 'Add a note',
  };
  return (
    <Drawer
      opened={form !== null}
      onClose={onClose}
      title={form ? titles[form.kind] : ''}
      position="right"
      size="md"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {form && <FormBody key={JSON.stringify(form)} form={form} summary={summary} onClose={onClose} submit={submit} />}
    </Drawer>
  );
}

function FormBody({ form, summary, onClose, submit }: Props & { form: FormKind }) {
  const s = useSubmit(submit, onClose);
  const base = `/cases/${summary.caseId}`;
  const defects = summary.nonconformities.map((n) => ({ value: n.nonconformityId, label: n.description }));
  const shell = (body: ReactNode, send: () => [string, object], label: string) => {
    const onSubmit = (e: FormEvent) => {
      e.preventDefault();
      const [path, payload] = send();
      void s.run(path, payload);
    };
    return (
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Feedback
            message={s.message}
            warning={s.warning}
            busy={s.busy}
            onConfirm={() => {
              const [path, payload] = send();
              void s.run(path, payload, true);
            }}
          />
          {body}
          <Group>
            <Button type="submit" loading={s.busy}>
              {label}
            </Button>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    );
  };

  if (form.kind === 'repair' || form.kind === 'correct-repair') return <RepairForm {...{ form, defects, s, shell, base }} />;
  if (form.kind === 'void-repair') return <VoidForm {...{ form, s, shell, base }} />;
  if (form.kind === 'defect') return <DefectForm {...{ s, shell, base }} />;
  if (form.kind === 'notice') return <NoticeForm {...{ defects, s, shell, base }} />;
  if (form.kind === 'odometer') return <OdometerForm {...{ s, shell, base }} />;
  return <NoteForm {...{ s, shell, base }} />;
}

type Shell = (body: ReactNode, send: () => [string, object], label: string) => ReactNode;
type S = ReturnType<typeof useSubmit>;

function RepairForm({
  form,
  defects,
  s,
  shell,
  base,
}: {
  form: FormKind;
  defects: Array<{ value: string; label: string }>;
  s: S;
  shell: Shell;
  base: string;
}) {
  const existing = form.kind === 'correct-repair' ? form.repair : undefined;
  const [v, setV] = useState({
    repairOrderNumber: existing?.repairOrderNumber ?? '',
    dealer: existing?.dealer ?? '',
    dateIn: existing?.dateIn ?? (null as string | null),
    dateOut: existing?.dateOut ?? (null as string | null),
    mileageIn: existing?.mileageIn ?? ('' as number | ''),
    mileageOut: existing?.mileageOut ?? ('' as number | ''),
    nonconformityIds: existing?.nonconformityIds ?? (defects.length === 1 ? [defects[0].value] : []),
    outcome: existing?.outcome ?? 'not_fixed',
    correctionReason: '',
  });
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const e = s.errors;
  return shell(
    <>
      <TextInput
        label="Repair order number"
        value={v.repairOrderNumber}
        error={e.repairOrderNumber}
        onChange={(x) => set({ repairOrderNumber: x.currentTarget.value })}
      />
      <TextInput label="Dealer" value={v.dealer} error={e.dealer} onChange={(x) => set({ dealer: x.currentTarget.value })} />
      <Group grow>
        <DateInput
          clearButtonProps={{ 'aria-label': 'Clear the date' }}
          label="Date in"
          required
          valueFormat="YYYY-MM-DD"
          value={v.dateIn}
          error={e.dateIn}
          onChange={(d) => set({ dateIn: iso(d) ?? null })}
        />
        <DateInput
          clearButtonProps={{ 'aria-label': 'Clear the date' }}
          label="Date out"
          description="Empty while still at the dealer"
          clearable
          valueFormat="YYYY-MM-DD"
          value={v.dateOut}
          error={e.dateOut}
          onChange={(d) => set({ dateOut: iso(d) ?? null })}
        />
      </Group>
      <Group grow>
        <NumberInput
          label="Mileage in"
          required
          min={0}
          value={v.mileageIn}
          error={e.mileageIn}
          onChange={(x) => set({ mileageIn: x === '' ? '' : Number(x) })}
        />
        <NumberInput
          label="Mileage out"
          min={0}
          value={v.mileageOut}
          error={e.mileageOut}
          onChange={(x) => set({ mileageOut: x === '' ? '' : Number(x) })}
        />
      </Group>
      <MultiSelect
        label="Defects repaired"
        required
        data={defects}
        value={v.nonconformityIds}
        error={e.nonconformityIds}
        onChange={(ids) => set({ nonconformityIds: ids })}
      />
      <Select
        label="Outcome"
        required
        data={REPAIR_OUTCOMES}
        value={v.outcome}
        error={e.outcome}
        onChange={(o) => set({ outcome: o ?? 'not_fixed' })}
        allowDeselect={false}
      />
      {existing && (
        <Textarea
          label="Why the correction"
          description="Kept in the history beside the original."
          required
          value={v.correctionReason}
          error={e.correctionReason}
          onChange={(x) => set({ correctionReason: x.currentTarget.value })}
        />
      )}
    </>,
    () => {
      const body = {
        ...(v.repairOrderNumber ? { repairOrderNumber: v.repairOrderNumber } : {}),
        ...(v.dealer ? { dealer: v.dealer } : {}),
        dateIn: v.dateIn ?? '',
        ...(v.dateOut ? { dateOut: v.dateOut } : {}),
        mileageIn: v.mileageIn === '' ? undefined : v.mileageIn,
        ...(v.mileageOut !== '' ? { mileageOut: v.mileageOut } : {}),
        nonconformityIds: v.nonconformityIds,
        outcome: v.outcome,
      };
      return existing
        ? [`${base}/repair-attempts/${existing.repairAttemptId}/corrections`, { ...body, correctionReason: v.correctionReason }]
        : [`${base}/repair-attempts`, body];
    },
    existing ? 'Save the correction' : 'Record the repair',
  );
}

function VoidForm({ form, s, shell, base }: { form: FormKind; s: S; shell: Shell; base: string }) {
  const [reason, setReason] = useState('');
  const repair = (form as { repair: RepairAttempt }).repair;
  return shell(
    <Textarea
      label="Why void it"
      description="The record stays in the history, marked void."
      required
      value={reason}
      error={s.errors.reason}
      onChange={(x) => setReason(x.currentTarget.value)}
    />,
    () => [`${base}/repair-attempts/${repair.repairAttemptId}/void`, { reason }],
    'Void the repair',
  );
}

function DefectForm({ s, shell, base }: { s: S; shell: Shell; base: string }) {
  const [v, setV] = useState({ description: '', safetyCritical: false, firstReportedOn: null as string | null });
  return shell(
    <>
      <TextInput
        label="Description"
        description="In the client's words, e.g. “Transmission slips between 2nd and 3rd”."
        required
        value={v.description}
        error={s.errors.description}
        onChange={(x) => setV({ ...v, description: x.currentTarget.value })}
      />
      <Checkbox
        label="Safety-critical (could cause death or serious injury)"
        checked={v.safetyCritical}
        onChange={(x) => setV({ ...v, safetyCritical: x.currentTarget.checked })}
      />
      <DateInput
        clearButtonProps={{ 'aria-label': 'Clear the date' }}
        label="First reported on"
        clearable
        valueFormat="YYYY-MM-DD"
        value={v.firstReportedOn}
        error={s.errors.firstReportedOn}
        onChange={(d) => setV({ ...v, firstReportedOn: iso(d) ?? null })}
      />
    </>,
    () => [
      `${base}/nonconformities`,
      {
        description: v.description,
        safetyCritical: v.safetyCritical,
        ...(v.firstReportedOn ? { firstReportedOn: v.firstReportedOn } : {}),
      },
    ],
    'Add the defect',
  );
}

function NoticeForm({ defects, s, shell, base }: { defects: Array<{ value: string; label: string }>; s: S; shell: Shell; base: string }) {
  const [v, setV] = useState({
    sentOn: null as string | null,
    receivedOn: null as string | null,
    method: 'certified_mail',
    nonconformityIds: defects.map((d) => d.value),
  });
  return shell(
    <>
      <DateInput
        clearButtonProps={{ 'aria-label': 'Clear the date' }}
        label="Sent on"
        required
        valueFormat="YYYY-MM-DD"
        value={v.sentOn}
        error={s.errors.sentOn}
        onChange={(d) => setV({ ...v, sentOn: iso(d) ?? null })}
      />
      <Select
        label="Method"
        data={NOTICE_METHODS}
        value={v.method}
        allowDeselect={false}
        onChange={(m) => setV({ ...v, method: m ?? 'certified_mail' })}
      />
      <DateInput
        clearButtonProps={{ 'aria-label': 'Clear the date' }}
        label="Received on"
        clearable
        valueFormat="YYYY-MM-DD"
        value={v.receivedOn}
        error={s.errors.receivedOn}
        onChange={(d) => setV({ ...v, receivedOn: iso(d) ?? null })}
      />
      <MultiSelect
        label="Defects named in the notice"
        data={defects}
        value={v.nonconformityIds}
        onChange={(ids) => setV({ ...v, nonconformityIds: ids })}
      />
    </>,
    () => [
      `${base}/manufacturer-notices`,
      {
        sentOn: v.sentOn ?? '',
        method: v.method,
        ...(v.receivedOn ? { receivedOn: v.receivedOn } : {}),
        nonconformityIds: v.nonconformityIds,
      },
    ],
    'Record the notice',
  );
}

function OdometerForm({ s, shell, base }: { s: S; shell: Shell; base: string }) {
  const [v, setV] = useState({ readOn: null as string | null, mileage: '' as number | '' });
  return shell(
    <>
      <DateInput
        clearButtonProps={{ 'aria-label': 'Clear the date' }}
        label="Read on"
        required
        valueFormat="YYYY-MM-DD"
        value={v.readOn}
        error={s.errors.readOn}
        onChange={(d) => setV({ ...v, readOn: iso(d) ?? null })}
      />
      <NumberInput
        label="Mileage"
        required
        min={0}
        value={v.mileage}
        error={s.errors.mileage}
        onChange={(x) => setV({ ...v, mileage: x === '' ? '' : Number(x) })}
      />
    </>,
    () => [`${base}/odometer-readings`, { readOn: v.readOn ?? '', mileage: v.mileage === '' ? undefined : v.mileage }],
    'Record the reading',
  );
}

function NoteForm({ s, shell, base }: { s: S; shell: Shell; base: string }) {
  const [text, setText] = useState('');
  const [shared, setShared] = useState(false);
  return shell(
    <>
      <Textarea
        label="Note"
        required
        autosize
        minRows={4}
        value={text}
        error={s.errors.text}
        onChange={(x) => setText(x.currentTarget.value)}
      />
      <Checkbox
        label="Visible to organisations the case is shared with"
        description="Off by default: notes are firm-private (attorney work product)."
        checked={shared}
        onChange={(x) => setShared(x.currentTarget.checked)}
      />
    </>,
    () => [`${base}/notes`, { text, ...(shared ? { visibility: 'shared' } : {}) }],
    'Add the note',
  );
}

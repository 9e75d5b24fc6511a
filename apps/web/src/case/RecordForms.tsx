import { Alert, Button, Checkbox, Drawer, Group, MultiSelect, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput, DatePickerInput } from '../lib/date-fields';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { withoutError } from '../components/Forms';
import { VinInput } from '../components/VinInput';
import { bodyOf, type Field, type FieldValue } from './facts';
import { formDraft, type OpenForm } from './form-draft';

/** Warnings a person may override, and the flag that says so when the request is sent again. */
const CONFIRMATIONS: Record<string, string> = {
  duplicate_repair_order: 'confirmDuplicate',
  implausible_mileage: 'confirmImplausible',
};

const isoDay = (d: unknown): string | null =>
  d ? (typeof d === 'string' ? d.slice(0, 10) : d instanceof Date ? d.toISOString().slice(0, 10) : null) : null;

interface DrawerProps {
  caseId: string;
  form: OpenForm | null;
  onClose: () => void;
  /** Sends the command to `/cases/{caseId}{path}`; rejects with ApiError. */
  submit: (path: string, body: object) => Promise<void>;
}

/** One drawer for every fact: record, correct, void, update. The timeline stays visible beside it. */
export function RecordDrawer({ caseId, form, onClose, submit }: DrawerProps) {
  const close = () => {
    formDraft.clear();
    onClose();
  };
  return (
    <Drawer
      opened={form !== null}
      onClose={close}
      title={form?.action.title ?? ''}
      position="right"
      size="md"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {form && <FactForm key={form.action.key} caseId={caseId} form={form} onDone={close} submit={submit} />}
    </Drawer>
  );
}

function FactForm({ caseId, form, onDone, submit }: { caseId: string; form: OpenForm; onDone: () => void; submit: DrawerProps['submit'] }) {
  const { action } = form;
  const [values, setValues] = useState<Record<string, FieldValue>>(() => ({
    ...action.initial,
    ...(action.reason ? { [action.reason.name]: '' } : {}),
    ...form.values,
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [warning, setWarning] = useState<{ text: string; flag: string } | null>(null);
  const [confirmed, setConfirmed] = useState<Record<string, true>>({});
  const [busy, setBusy] = useState(false);

  const set = (name: string, value: FieldValue) => {
    setValues((old) => {
      const next = { ...old, [name]: value };
      formDraft.write(caseId, { action, values: next });
      return next;
    });
    // The field's error was about what it held: once it changes, the error goes (the next save says anew what is wrong).
    setErrors((old) => withoutError(old, name));
  };

  const send = async (flags: Record<string, true>) => {
    setBusy(true);
    setErrors({});
    setMessage(null);
    setWarning(null);
    try {
      await submit(action.path, { ...bodyOf(action, values), ...flags });
      onDone();
    } catch (e) {
      if (!(e instanceof ApiError)) setMessage(String(e));
      else if (e.body.code && CONFIRMATIONS[e.body.code]) setWarning({ text: e.message, flag: CONFIRMATIONS[e.body.code] });
      else {
        const fieldErrors = e.fieldErrors();
        const shown = new Set([...action.fields.map((f) => f.name), ...(action.reason ? [action.reason.name] : [])]);
        const elsewhere = Object.entries(fieldErrors).filter(([field]) => !shown.has(field));
        setErrors(fieldErrors);
        setMessage(
          e.body.errors?.length
            ? ['Please correct the fields marked below.', ...elsewhere.map(([field, text]) => `${field}: ${text}`)].join(' ')
            : e.message,
        );
      }
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(confirmed);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={action.title}>
      <Stack gap="sm">
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        {warning && (
          <Alert color="orange" role="alert" title="Please confirm">
            <Text size="sm">{warning.text}</Text>
            <Button
              mt="xs"
              size="xs"
              color="dark"
              loading={busy}
              onClick={() => {
                const flags = { ...confirmed, [warning.flag]: true as const };
                setConfirmed(flags);
                void send(flags);
              }}
            >
              Record anyway
            </Button>
          </Alert>
        )}
        {action.fields.map((field) => (
          <FieldInput
            key={field.name}
            field={field}
            value={values[field.name] ?? null}
            modelYear={typeof values.modelYear === 'number' ? values.modelYear : undefined}
            error={errors[field.name]}
            onChange={set}
          />
        ))}
        {action.reason && (
          <Textarea
            label={action.reason.label}
            description={action.reason.description}
            required
            autosize
            minRows={2}
            value={String(values[action.reason.name] ?? '')}
            error={errors[action.reason.name]}
            onChange={(e) => set(action.reason!.name, e.currentTarget.value)}
          />
        )}
        <Group>
          <Button type="submit" loading={busy} color={action.danger ? 'red.9' : undefined}>
            {action.submitLabel}
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One input of any kind, from its descriptor. */
function FieldInput({
  field,
  value,
  modelYear,
  error,
  onChange,
}: {
  field: Field;
  value: FieldValue;
  /** The form's model year, for a VIN's check digit. */
  modelYear?: number;
  error?: string;
  onChange: (name: string, value: FieldValue) => void;
}) {
  const common = { label: field.label, description: field.description, required: field.required, error };
  const change = (v: FieldValue) => onChange(field.name, v);
  switch (field.kind) {
    case 'text':
      return <TextInput {...common} value={String(value ?? '')} onChange={(e) => change(e.currentTarget.value)} />;
    case 'vin':
      return (
        <VinInput
          label={field.label}
          required={field.required}
          value={String(value ?? '')}
          modelYear={modelYear}
          error={error}
          onChange={change}
        />
      );
    case 'textarea':
      return <Textarea {...common} autosize minRows={3} value={String(value ?? '')} onChange={(e) => change(e.currentTarget.value)} />;
    case 'date':
      return (
        <DateInput
          {...common}
          clearable={!field.required}
          clearButtonProps={{ 'aria-label': `Clear ${field.label}` }}
          valueFormat="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          value={typeof value === 'string' ? value : null}
          onChange={(d) => change(isoDay(d))}
        />
      );
    case 'dates':
      return (
        <DatePickerInput
          {...common}
          type="multiple"
          clearable
          clearButtonProps={{ 'aria-label': `Clear ${field.label}` }}
          valueFormat="YYYY-MM-DD"
          value={Array.isArray(value) ? value : []}
          onChange={(days) => change((days as unknown[]).map(isoDay).filter((d): d is string => d !== null))}
        />
      );
    case 'number':
    case 'money':
      return (
        <NumberInput
          {...common}
          min={0}
          thousandSeparator={field.ungrouped ? undefined : ','}
          decimalScale={field.kind === 'money' ? 2 : 0}
          prefix={field.kind === 'money' ? '$' : undefined}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => change(v === '' ? null : Number(v))}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          data={field.options ?? []}
          value={typeof value === 'string' ? value : null}
          allowDeselect={!field.required}
          onChange={(v) => change(v)}
        />
      );
    case 'multiselect':
      return <MultiSelect {...common} data={field.options ?? []} value={Array.isArray(value) ? value : []} onChange={(v) => change(v)} />;
    case 'checkbox':
      return (
        <Checkbox
          label={field.label}
          description={field.description}
          error={error}
          checked={field.values ? value === field.values[1] : value === true}
          onChange={(e) => change(field.values ? field.values[e.currentTarget.checked ? 1 : 0] : e.currentTarget.checked)}
        />
      );
  }
}

import { Alert, Button, Group, Modal, Text, Title } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client';

/** How an action went, said in words under the form or table it belongs to. */
export type Outcome = { error: boolean; text: string } | null;

export function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return (
    <Alert color={outcome.error ? 'red' : 'teal'} role={outcome.error ? 'alert' : 'status'}>
      {outcome.text}
    </Alert>
  );
}

/** A refusal the form cannot put under one field. */
export function ProblemAlert({ problem, mt }: { problem: string | null | undefined; mt?: string }) {
  if (!problem) return null;
  return (
    <Alert color="red" role="alert" mt={mt}>
      {problem}
    </Alert>
  );
}

/** The API's message for a refusal, or what went wrong otherwise. */
export const errorText = (err: unknown) => (err instanceof ApiError ? err.message : String(err));

/**
 * What the API said: under its field when it names one of `fields`, otherwise as one message. A part of a field counts as
 * the field: the API names one line of a list as "signatureLines.2", which the form shows under "signatureLines".
 */
export const explainApiError = (err: unknown, fields: string[]): { fieldErrors: Record<string, string>; message: string | null } => {
  if (!(err instanceof ApiError)) return { fieldErrors: {}, message: String(err) };
  const fieldErrors = err.fieldErrors();
  const named = Object.keys(fieldErrors).some((f) => fields.some((field) => f === field || f.startsWith(`${field}.`)));
  return { fieldErrors, message: named ? null : err.message };
};

/** `errors` without those of `fields` (the same object when it had none, so React does not render again). */
export function withoutError<Errors extends Partial<Record<string, string>>>(errors: Errors, ...fields: string[]): Errors {
  if (!fields.some((field) => errors[field])) return errors;
  const rest = { ...errors };
  for (const field of fields) delete rest[field];
  return rest;
}

/**
 * A form's text fields with their errors: `input('name')` gives a Mantine input its value, error
 * and change handler (a change clears the field's error), so each field is written once.
 */
export function useFormFields<Fields extends Record<string, string>>(initial: Fields) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof Fields | string, string>>>({});
  const input = (field: keyof Fields) => ({
    value: values[field],
    error: errors[field] || undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = e.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
      setErrors((current) => withoutError(current, field as string));
    },
  });
  return { values, setValues, errors, setErrors, input };
}

/**
 * Saving a form: clears its errors and outcome, shows it saving, makes the `request` and hands the
 * answer to `onSaved`, whose text (if any) is said as the outcome. A refusal that names one of
 * `fields` (the API's names; `asFormErrors` places them when the form's differ) goes under the
 * field, any other as the outcome.
 */
export function useFormSave<Result>(
  form: { setErrors: (errors: Record<string, string>) => void },
  {
    fields,
    request,
    onSaved,
    asFormErrors = (fieldErrors) => fieldErrors,
  }: {
    fields: string[];
    request: () => Promise<Result>;
    onSaved: (result: Result) => Promise<string | void> | string | void;
    asFormErrors?: (fieldErrors: Record<string, string>) => Record<string, string>;
  },
) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    // What the last save was told no longer holds for this one.
    form.setErrors({});
    setOutcome(null);
    setSaving(true);
    try {
      const savedText = await onSaved(await request());
      if (savedText) setOutcome({ error: false, text: savedText });
    } catch (err) {
      const { fieldErrors, message } = explainApiError(err, fields);
      form.setErrors(asFormErrors(fieldErrors));
      if (message) setOutcome({ error: true, text: message });
    } finally {
      setSaving(false);
    }
  };
  return { save, saving, outcome };
}

/** A section's heading inside a tab or drawer. */
export function SectionTitle({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <Title order={2} size="h4" id={id}>
      {children}
    </Title>
  );
}

/** An action that cannot be taken back, asked for twice: what it does, Cancel, and the red button. */
export function ConfirmModal({
  opened,
  title,
  confirmLabel,
  loading,
  onClose,
  onConfirm,
  children,
}: {
  opened: boolean;
  title: string;
  confirmLabel: string;
  loading?: boolean;
  onClose: () => void;
  onConfirm: () => void;
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Text size="sm">{children}</Text>
      <Group justify="end" mt="md">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" loading={loading} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}

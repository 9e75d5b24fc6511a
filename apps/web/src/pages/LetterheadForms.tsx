import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, call } from '../api/client';
import { ErrorBlock, LoadingBlock } from '../components/States';
import { useSession } from '../session';

interface OrganisationProfile {
  organisationId: string;
  name: string;
  address: string | null;
  phone: string | null;
  barNumber: string | null;
}

interface Signature {
  userId: string;
  name: string;
  signatureLines: string[];
  barNumber: string | null;
}

type Outcome = { error: boolean; text: string } | null;

/** What the API said: under its field when it names one, otherwise as one message. */
const explain = (err: unknown, fields: string[]): { fieldErrors: Record<string, string>; message: string | null } => {
  if (!(err instanceof ApiError)) return { fieldErrors: {}, message: String(err) };
  const fieldErrors = err.fieldErrors();
  const named = Object.keys(fieldErrors).some((f) => fields.includes(f));
  return { fieldErrors, message: named ? null : err.message };
};

/** An empty field clears the value (null), as `PATCH` expects; otherwise the text as typed. */
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * How a generated letter's head and closing read, for the preview. It follows the document
 * templates (libs/documents/src/templates.ts `letterhead()` and `signature()`): the firm's name,
 * its address and "Telephone: …"; then the signer's name, their lines, "State Bar No. …" unless a
 * line already carries the number, and the firm's name.
 */
export function LetterPreview({
  firm,
  address,
  phone,
  signer,
}: {
  firm: string;
  address: string;
  phone: string;
  signer?: { name: string; lines: string[]; barNumber: string };
}) {
  const head = [address.trim(), phone.trim() ? `Telephone: ${phone.trim()}` : ''].filter(Boolean);
  const closing = signer
    ? [
        signer.name,
        ...signer.lines,
        ...(signer.barNumber.trim() && !signer.lines.some((l) => l.includes(signer.barNumber.trim()))
          ? [`State Bar No. ${signer.barNumber.trim()}`]
          : []),
        firm,
      ].filter((l, i, all) => all.indexOf(l) === i)
    : [];
  return (
    <Paper
      withBorder
      p="md"
      role="figure"
      aria-label={signer ? 'Preview of a letter’s head and closing' : 'Preview of a letter’s head'}
      style={{ fontFamily: 'Georgia, serif' }}
    >
      <Text fw={700} ta="center" size="lg">
        {firm}
      </Text>
      {head.map((line) => (
        <Text key={line} ta="center" size="sm">
          {line}
        </Text>
      ))}
      {head.length === 0 && (
        <Text ta="center" size="sm" c="dimmed">
          (no address or telephone yet: letters carry only the firm’s name)
        </Text>
      )}
      <div style={{ borderBottom: '1px solid currentColor', marginTop: 6 }} aria-hidden />
      <Text size="sm" mt="md" c="dimmed">
        [date] · [addressee] · [letter] …
      </Text>
      {signer && (
        <Stack gap={0} mt="md">
          <Text size="sm">Sincerely,</Text>
          {closing.map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** The firm's letterhead (its admins): address, telephone, bar number; every generated letter prints it. */
export function LetterheadForm() {
  const session = useSession();
  const queryClient = useQueryClient();
  const orgId = session.organisation.id;
  const profile = useQuery({
    queryKey: ['organisation-profile', orgId],
    queryFn: () =>
      call<OrganisationProfile>(api.GET('/organisations/{organisationId}/profile', { params: { path: { organisationId: orgId } } })),
  });
  const [form, setForm] = useState({ address: '', phone: '', barNumber: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (profile.data)
      setForm({ address: profile.data.address ?? '', phone: profile.data.phone ?? '', barNumber: profile.data.barNumber ?? '' });
  }, [profile.data]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setOutcome(null);
    setSaving(true);
    try {
      await call(
        api.PATCH('/organisations/{organisationId}', {
          params: { path: { organisationId: orgId } },
          body: { address: orNull(form.address), phone: orNull(form.phone), barNumber: orNull(form.barNumber) },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['organisation-profile', orgId] });
      setOutcome({ error: false, text: 'Letterhead saved: letters generated from now on carry it.' });
    } catch (err) {
      const { fieldErrors, message } = explain(err, ['address', 'phone', 'barNumber']);
      setErrors(fieldErrors);
      if (message) setOutcome({ error: true, text: message });
    } finally {
      setSaving(false);
    }
  };

  if (profile.isPending) return <LoadingBlock label="Loading the letterhead" />;
  if (profile.isError) return <ErrorBlock error={profile.error} retry={() => void profile.refetch()} />;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <form onSubmit={save} aria-label="Letterhead">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Firm letterhead
          </Title>
          <Text size="sm">Printed at the head of every letter, packet and exhibit generated for {profile.data.name}.</Text>
          <TextInput
            label="Address"
            description="One line, as letters print it, e.g. “1200 Wilshire Blvd, Suite 400, Los Angeles, CA 90017”."
            maxLength={300}
            value={form.address}
            error={errors.address}
            onChange={(e) => setForm({ ...form, address: e.currentTarget.value })}
          />
          <TextInput
            label="Telephone"
            maxLength={40}
            value={form.phone}
            error={errors.phone}
            onChange={(e) => setForm({ ...form, phone: e.currentTarget.value })}
          />
          <TextInput
            label="Firm bar or registration number"
            description="If the firm has one (kept with the profile; each attorney’s own number goes in their signature)."
            maxLength={40}
            value={form.barNumber}
            error={errors.barNumber}
            onChange={(e) => setForm({ ...form, barNumber: e.currentTarget.value })}
          />
          {outcome && (
            <Alert color={outcome.error ? 'red' : 'teal'} role={outcome.error ? 'alert' : 'status'}>
              {outcome.text}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={saving}>
              Save the letterhead
            </Button>
          </Group>
        </Stack>
      </form>
      <Stack gap="xs">
        <Title order={3} size="h5">
          How a letter will begin
        </Title>
        <LetterPreview firm={profile.data.name} address={form.address} phone={form.phone} />
      </Stack>
    </SimpleGrid>
  );
}

/** The signed-in user's own signature block: the lines under their name on letters they generate. */
export function SignatureForm() {
  const session = useSession();
  const queryClient = useQueryClient();
  const userId = session.user.id;
  const signature = useQuery({
    queryKey: ['signature', userId],
    queryFn: () => call<Signature>(api.GET('/users/{userId}/signature', { params: { path: { userId } } })),
  });
  const [form, setForm] = useState({ lines: '', barNumber: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (signature.data) setForm({ lines: signature.data.signatureLines.join('\n'), barNumber: signature.data.barNumber ?? '' });
  }, [signature.data]);
  const lines = form.lines
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setOutcome(null);
    setSaving(true);
    try {
      await call(
        api.PATCH('/users/{userId}', { params: { path: { userId } }, body: { signatureLines: lines, barNumber: orNull(form.barNumber) } }),
      );
      await queryClient.invalidateQueries({ queryKey: ['signature', userId] });
      setOutcome({ error: false, text: 'Signature saved: letters you generate from now on carry it.' });
    } catch (err) {
      const { fieldErrors, message } = explain(err, ['signatureLines', 'barNumber']);
      // The API names the list ("signatureLines") or one line of it ("signatureLines.2"): both belong under the one field.
      const linesError = Object.entries(fieldErrors)
        .filter(([field]) => field.startsWith('signatureLines'))
        .map(([, text]) => text)
        .join('; ');
      setErrors({ ...fieldErrors, signatureLines: linesError });
      if (message) setOutcome({ error: true, text: message });
    } finally {
      setSaving(false);
    }
  };

  if (signature.isPending) return <LoadingBlock label="Loading your signature" />;
  if (signature.isError) return <ErrorBlock error={signature.error} retry={() => void signature.refetch()} />;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <form onSubmit={save} aria-label="Your signature block">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Your signature block
          </Title>
          <Text size="sm">Printed under your name on the letters you generate ({session.user.name}).</Text>
          <Textarea
            label="Lines under your name"
            description="One per line, at most 6 lines of 120 characters, e.g. “Attorney for Plaintiff”."
            autosize
            minRows={3}
            value={form.lines}
            error={errors.signatureLines || undefined}
            onChange={(e) => setForm({ ...form, lines: e.currentTarget.value })}
          />
          <TextInput
            label="Your State Bar number"
            maxLength={40}
            value={form.barNumber}
            error={errors.barNumber}
            onChange={(e) => setForm({ ...form, barNumber: e.currentTarget.value })}
          />
          {outcome && (
            <Alert color={outcome.error ? 'red' : 'teal'} role={outcome.error ? 'alert' : 'status'}>
              {outcome.text}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={saving}>
              Save my signature
            </Button>
          </Group>
        </Stack>
      </form>
      <Stack gap="xs">
        <Title order={3} size="h5">
          How your letters will close
        </Title>
        <SignaturePreview lines={lines} barNumber={form.barNumber} />
      </Stack>
    </SimpleGrid>
  );
}

/** The preview with the firm's current letterhead around the signature being typed. */
function SignaturePreview({ lines, barNumber }: { lines: string[]; barNumber: string }) {
  const session = useSession();
  const orgId = session.organisation.id;
  const profile = useQuery({
    queryKey: ['organisation-profile', orgId],
    queryFn: () =>
      call<OrganisationProfile>(api.GET('/organisations/{organisationId}/profile', { params: { path: { organisationId: orgId } } })),
  });
  if (profile.isPending) return <LoadingBlock label="Loading the letterhead" />;
  if (profile.isError) return <ErrorBlock error={profile.error} retry={() => void profile.refetch()} />;
  return (
    <LetterPreview
      firm={profile.data.name}
      address={profile.data.address ?? ''}
      phone={profile.data.phone ?? ''}
      signer={{ name: session.user.name, lines, barNumber }}
    />
  );
}

/** Every firm user's own page for their signature block (admins also find it under Administration). */
export default function SignaturePage() {
  return (
    <Stack>
      <Title order={1} size="h2">
        My signature
      </Title>
      <SignatureForm />
    </Stack>
  );
}

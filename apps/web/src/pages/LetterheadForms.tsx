import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, call } from '../api/client';
import { OutcomeAlert, SectionTitle, useFormFields, useFormSave } from '../components/Forms';
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

/** The firm's letterhead, as letters print it (one query for the form and the signature preview). */
function useOrganisationProfile() {
  const orgId = useSession().organisation.id;
  return useQuery({
    queryKey: ['organisation-profile', orgId],
    queryFn: () =>
      call<OrganisationProfile>(api.GET('/organisations/{organisationId}/profile', { params: { path: { organisationId: orgId } } })),
  });
}

/** The firm's letterhead (its admins): address, telephone, bar number; every generated letter prints it. */
export function LetterheadForm() {
  const session = useSession();
  const queryClient = useQueryClient();
  const orgId = session.organisation.id;
  const profile = useOrganisationProfile();
  const form = useFormFields({ address: '', phone: '', barNumber: '' });
  const { setValues } = form;
  useEffect(() => {
    if (profile.data)
      setValues({ address: profile.data.address ?? '', phone: profile.data.phone ?? '', barNumber: profile.data.barNumber ?? '' });
  }, [profile.data, setValues]);

  const { save, saving, outcome } = useFormSave(form, {
    fields: ['address', 'phone', 'barNumber'],
    request: () => {
      const { address, phone, barNumber } = form.values;
      return call(
        api.PATCH('/organisations/{organisationId}', {
          params: { path: { organisationId: orgId } },
          body: { address: orNull(address), phone: orNull(phone), barNumber: orNull(barNumber) },
        }),
      );
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organisation-profile', orgId] });
      return 'Letterhead saved: letters generated from now on carry it.';
    },
  });

  if (profile.isPending) return <LoadingBlock label="Loading the letterhead" />;
  if (profile.isError) return <ErrorBlock error={profile.error} retry={() => void profile.refetch()} />;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <form onSubmit={save} aria-label="Letterhead">
        <Stack gap="sm">
          <SectionTitle>Firm letterhead</SectionTitle>
          <Text size="sm">Printed at the head of every letter, packet and exhibit generated for {profile.data.name}.</Text>
          <TextInput
            label="Address"
            description="One line, as letters print it, e.g. “1200 Wilshire Blvd, Suite 400, Los Angeles, CA 90017”."
            maxLength={300}
            {...form.input('address')}
          />
          <TextInput label="Telephone" maxLength={40} {...form.input('phone')} />
          <TextInput
            label="Firm bar or registration number"
            description="If the firm has one (kept with the profile; each attorney’s own number goes in their signature)."
            maxLength={40}
            {...form.input('barNumber')}
          />
          <OutcomeAlert outcome={outcome} />
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
        <LetterPreview firm={profile.data.name} address={form.values.address} phone={form.values.phone} />
      </Stack>
    </SimpleGrid>
  );
}

/**
 * A signature block: the lines under the signer's name on the letters they generate. The signed-in
 * user's own by default; an admin passes another user of the firm (`signer`) to edit theirs.
 * `stacked` puts the preview under the form (in a drawer) instead of beside it.
 */
export function SignatureForm({ signer, stacked = false }: { signer?: { id: string; name: string }; stacked?: boolean }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const own = signer === undefined || signer.id === session.user.id;
  const userId = signer?.id ?? session.user.id;
  const signerName = signer?.name ?? session.user.name;
  const signature = useQuery({
    queryKey: ['signature', userId],
    queryFn: () => call<Signature>(api.GET('/users/{userId}/signature', { params: { path: { userId } } })),
  });
  const form = useFormFields({ lines: '', barNumber: '' });
  const { setValues } = form;
  useEffect(() => {
    if (signature.data) setValues({ lines: signature.data.signatureLines.join('\n'), barNumber: signature.data.barNumber ?? '' });
  }, [signature.data, setValues]);
  const lines = form.values.lines
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  const { save, saving, outcome } = useFormSave(form, {
    fields: ['signatureLines', 'barNumber'],
    request: () =>
      call(
        api.PATCH('/users/{userId}', {
          params: { path: { userId } },
          body: { signatureLines: lines, barNumber: orNull(form.values.barNumber) },
        }),
      ),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: ['signature', userId] });
      return own
        ? 'Signature saved: letters you generate from now on carry it.'
        : `Signature of ${signerName} saved: letters they generate from now on carry it.`;
    },
    // The API names the list ("signatureLines") or one line of it ("signatureLines.2"): both belong under the one field.
    asFormErrors: (fieldErrors) => ({
      ...fieldErrors,
      lines: Object.entries(fieldErrors)
        .filter(([field]) => field.startsWith('signatureLines'))
        .map(([, text]) => text)
        .join('; '),
    }),
  });

  if (signature.isPending) return <LoadingBlock label={own ? 'Loading your signature' : `Loading the signature of ${signerName}`} />;
  if (signature.isError) return <ErrorBlock error={signature.error} retry={() => void signature.refetch()} />;
  const title = own ? 'Your signature block' : `Signature block of ${signerName}`;
  return (
    <SimpleGrid cols={stacked ? 1 : { base: 1, md: 2 }} spacing="lg">
      <form onSubmit={save} aria-label={title}>
        <Stack gap="sm">
          <SectionTitle>{title}</SectionTitle>
          <Text size="sm">
            {own
              ? `Printed under your name on the letters you generate (${signerName}).`
              : `Printed under ${signerName}’s name on the letters they generate.`}
          </Text>
          <Textarea
            label={own ? 'Lines under your name' : 'Lines under their name'}
            description="One per line, at most 6 lines of 120 characters, e.g. “Attorney for Plaintiff”."
            autosize
            minRows={3}
            {...form.input('lines')}
          />
          <TextInput label={own ? 'Your State Bar number' : 'Their State Bar number'} maxLength={40} {...form.input('barNumber')} />
          <OutcomeAlert outcome={outcome} />
          <Group>
            <Button type="submit" loading={saving}>
              {own ? 'Save my signature' : `Save the signature of ${signerName}`}
            </Button>
          </Group>
        </Stack>
      </form>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {own ? 'How your letters will close' : 'How their letters will close'}
        </Title>
        <SignaturePreview signerName={signerName} lines={lines} barNumber={form.values.barNumber} />
      </Stack>
    </SimpleGrid>
  );
}

/** The preview with the firm's current letterhead around the signature being typed. */
function SignaturePreview({ signerName, lines, barNumber }: { signerName: string; lines: string[]; barNumber: string }) {
  const profile = useOrganisationProfile();
  if (profile.isPending) return <LoadingBlock label="Loading the letterhead" />;
  if (profile.isError) return <ErrorBlock error={profile.error} retry={() => void profile.refetch()} />;
  return (
    <LetterPreview
      firm={profile.data.name}
      address={profile.data.address ?? ''}
      phone={profile.data.phone ?? ''}
      signer={{ name: signerName, lines, barNumber }}
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

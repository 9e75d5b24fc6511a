import { Button, Divider, Drawer, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { OutcomeAlert, SectionTitle, useFormFields, useFormSave } from '../components/Forms';
import { SESSION_QUERY, useSession } from '../session';
import { SignatureForm } from './LetterheadForms';

export interface EditableUser {
  id: string;
  name: string;
  email: string | null;
}

/**
 * An admin corrects a user's name and email (logged, old -> new; the history and letters show the
 * name) and edits their signature block. Two forms, each saved on its own: the signature form is
 * the one every user has for their own.
 */
export function EditUserDrawer({ user, onClose }: { user: EditableUser | null; onClose: () => void }) {
  return (
    <Drawer
      opened={user !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={user ? `Edit ${user.name}` : ''}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {user && (
        <Stack gap="lg">
          <NameAndEmailForm key={user.id} user={user} />
          <Divider />
          <SignatureForm key={`signature-${user.id}`} signer={{ id: user.id, name: user.name }} stacked />
        </Stack>
      )}
    </Drawer>
  );
}

function NameAndEmailForm({ user }: { user: EditableUser }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const orgId = session.organisation.id;
  const form = useFormFields({ name: user.name, email: user.email ?? '' });
  const { save, saving, outcome } = useFormSave(form, {
    fields: ['name', 'email'],
    request: () => {
      const name = form.values.name.trim();
      const email = form.values.email.trim();
      return call<EditableUser>(
        api.PATCH('/users/{userId}/name-and-email', {
          params: { path: { userId: user.id } },
          // An empty email is left as it is (the bootstrap admin may have none yet); the API checks the rest.
          body: { name, ...(email ? { email } : {}) },
        }),
      );
    },
    onSaved: async (saved) => {
      notifications.show({ color: 'teal', title: 'Saved', message: `${saved.name} (${saved.email ?? 'no email'}): name and email saved.` });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users', orgId] }),
        queryClient.invalidateQueries({ queryKey: ['admin-log', orgId] }),
        queryClient.invalidateQueries({ queryKey: ['signature', user.id] }),
        // The header and the signature preview show the signed-in user's own name.
        ...(user.id === session.user.id ? [queryClient.invalidateQueries({ queryKey: SESSION_QUERY })] : []),
      ]);
    },
  });

  return (
    <form onSubmit={save} aria-label={`Name and email of ${user.name}`} noValidate>
      <Stack gap="sm">
        <SectionTitle>Name and email</SectionTitle>
        <Text size="sm">
          The name is what the case history shows beside what they recorded and what their letters print. They sign in with the email; their
          sessions and API keys stay as they are. Every change is in the administration log.
        </Text>
        <TextInput label="Name" required maxLength={200} {...form.input('name')} />
        <TextInput label="Email (they sign in with it)" type="email" required maxLength={254} {...form.input('email')} />
        <OutcomeAlert outcome={outcome} />
        <Group>
          <Button type="submit" loading={saving}>
            Save name and email
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { withoutError } from '../components/Forms';

/** The one-time link's token travels in the URL fragment (never sent to a server log). */
const fragment = () => new URLSearchParams(window.location.hash.replace(/^#/, ''));

export function InvitationPage() {
  const params = fragment();
  const token = params.get('token') ?? '';
  const setup = params.get('setup') === '1';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) {
      setErrors({ repeat: 'The two passwords differ.' });
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage(null);
    const { data, error, response } = await api.POST('/auth/invitations/{token}/accept', {
      params: { path: { token } },
      body: { password, ...(setup ? { email } : {}) },
    });
    setBusy(false);
    const body = (data ?? error) as unknown as { email?: string; message?: string; errors?: Array<{ field: string; messages: string[] }> };
    if (response.ok) setDone(body.email ?? '');
    else {
      setErrors(Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.messages.join('; ')])));
      if (!body.errors?.length) setMessage(body.message ?? `The password could not be set (${response.status}).`);
    }
  };

  return (
    <Container size={460} py="xl" component="main">
      <Title order={1} ta="center" mb="lg">
        {setup ? 'Set up the administrator account' : 'Choose your password'}
      </Title>
      <Paper withBorder p="lg" radius="md">
        {done !== null ? (
          <Stack>
            <Alert color="teal" title="Your password is set">
              Sign in with {done || 'your email address'} and the password you chose.
            </Alert>
            <Button component={Link} to="/sign-in">
              Go to sign-in
            </Button>
          </Stack>
        ) : !token ? (
          <Alert color="red" role="alert">
            This page needs the link your administrator sent you (it carries a one-time token).
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text size="sm">
                At least 12 characters; a short sentence is easy to remember and hard to guess. The link works once, for 72 hours.
              </Text>
              {message && (
                <Alert color="red" role="alert">
                  {message}
                </Alert>
              )}
              {setup && (
                <TextInput
                  label="Your email (you sign in with it)"
                  type="email"
                  required
                  value={email}
                  error={errors.email}
                  onChange={(e) => {
                    setEmail(e.currentTarget.value);
                    setErrors((current) => withoutError(current, 'email'));
                  }}
                />
              )}
              {!setup && errors.email && <Alert color="red">{errors.email}</Alert>}
              <PasswordInput
                label="New password"
                autoComplete="new-password"
                required
                value={password}
                error={errors.password}
                onChange={(e) => {
                  setPassword(e.currentTarget.value);
                  setErrors((current) => withoutError(current, 'password'));
                }}
              />
              <PasswordInput
                label="Repeat the password"
                autoComplete="new-password"
                required
                value={repeat}
                error={errors.repeat}
                onChange={(e) => {
                  setRepeat(e.currentTarget.value);
                  setErrors((current) => withoutError(current, 'repeat'));
                }}
              />
              <Button type="submit" loading={busy}>
                Set password
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Container>
  );
}

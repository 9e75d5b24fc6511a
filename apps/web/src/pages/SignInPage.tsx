import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, setCsrfToken } from '../api/client';
import type { Session } from '../api/types';
import { SESSION_QUERY } from '../session';

/** Where to go after signing in: only a path inside the app (never another site). */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/cases');

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { data, error: failure, response } = await api.POST('/auth/login', { body: { email, password } });
      if (!response.ok) {
        setError((failure as { message?: string } | undefined)?.message ?? `Sign-in failed (${response.status}).`);
        return;
      }
      const session = data as unknown as Session;
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(SESSION_QUERY, session);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (e) {
      setError(`The server could not be reached: ${String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container size={420} py="xl" component="main">
      <Title order={1} ta="center" mb="xs">
        Lemon Ledger
      </Title>
      <Text ta="center" mb="lg">
        Sign in to your firm’s cases
      </Text>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            {params.get('signedOut') && <Alert color="teal">You are signed out.</Alert>}
            {params.get('next') && !params.get('signedOut') && <Alert color="blue">Sign in to continue to the page you asked for.</Alert>}
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={busy}>
              Sign in
            </Button>
            <Text size="sm">Forgot your password? Ask your firm’s administrator for a reset link.</Text>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}

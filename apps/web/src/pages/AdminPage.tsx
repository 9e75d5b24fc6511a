import { Alert, Button, Code, CopyButton, Group, Modal, Select, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, call } from '../api/client';
import { ErrorBlock, LoadingBlock } from '../components/States';
import { useSession } from '../session';

/** A secret or link shown once: copy it now. */
function ShownOnce({ title, value, onClose }: { title: string; value: string | null; onClose: () => void }) {
  return (
    <Modal opened={value !== null} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Text size="sm" mb="xs">
        Shown once: copy it now. It is stored only as a hash.
      </Text>
      <Group wrap="nowrap" align="start">
        <Code style={{ wordBreak: 'break-all' }} data-testid="shown-once">
          {value}
        </Code>
        <CopyButton value={value ?? ''}>
          {({ copied, copy }) => (
            <Button size="xs" onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Modal>
  );
}

interface User {
  id: string;
  name: string;
  email: string | null;
  role: string;
  deactivatedAt?: string | null;
}

const ROLES = [
  { value: 'admin', label: 'admin' },
  { value: 'attorney', label: 'attorney' },
  { value: 'staff', label: 'staff' },
  { value: 'auditor', label: 'auditor (read-only)' },
];

/** Deactivating someone ends their sessions and stops their API keys at once: asked for twice. */
function ConfirmDeactivation({ user, onClose, onConfirm }: { user: User | null; onClose: () => void; onConfirm: () => void }) {
  return (
    <Modal opened={user !== null} onClose={onClose} title={`Deactivate ${user?.name ?? ''}?`} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Text size="sm">
        They are signed out everywhere at once and their API keys stop working. What they recorded keeps their name. You can reactivate them
        later.
      </Text>
      <Group justify="end" mt="md">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" onClick={onConfirm}>
          Deactivate
        </Button>
      </Group>
    </Modal>
  );
}

function Users() {
  const session = useSession();
  const queryClient = useQueryClient();
  const orgId = session.organisation.id;
  const users = useQuery({
    queryKey: ['users', orgId],
    queryFn: () =>
      call<{ items: User[] }>(api.GET('/organisations/{organisationId}/users', { params: { path: { organisationId: orgId } } } as never)),
  });
  const [form, setForm] = useState({ name: '', email: '', role: 'attorney' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [shown, setShown] = useState<{ title: string; value: string } | null>(null);
  const [outcome, setOutcome] = useState<{ error: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState<User | null>(null);
  /** Runs an administration action and says how it went (field errors and refusals in words). */
  const act = async (what: () => Promise<unknown>, done?: string) => {
    setOutcome(null);
    try {
      await what();
      if (done) setOutcome({ error: false, text: done });
      await queryClient.invalidateQueries({ queryKey: ['users', orgId] });
      await queryClient.invalidateQueries({ queryKey: ['admin-log', orgId] });
    } catch (err) {
      setOutcome({ error: true, text: err instanceof ApiError ? err.message : String(err) });
    }
  };
  const changeRole = (user: User, role: string) =>
    act(
      () => call(api.PATCH('/users/{userId}/role', { params: { path: { userId: user.id } }, body: { role: role as 'staff' } })),
      `${user.name} is now ${role}.`,
    );
  const setActive = (user: User, active: boolean) =>
    act(
      () =>
        call(
          active
            ? api.POST('/users/{userId}/reactivate', { params: { path: { userId: user.id } } })
            : api.POST('/users/{userId}/deactivate', { params: { path: { userId: user.id } } }),
        ),
      active ? `${user.name} can sign in again.` : `${user.name} is deactivated: signed out, API keys stopped.`,
    );
  const invite = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    try {
      const created = await call<User & { invitation?: { url: string } }>(
        api.POST('/organisations/{organisationId}/users', {
          params: { path: { organisationId: orgId } },
          body: { name: form.name, role: form.role, ...(form.email ? { email: form.email } : {}) },
        } as never),
      );
      setForm({ name: '', email: '', role: 'attorney' });
      await queryClient.invalidateQueries({ queryKey: ['users', orgId] });
      if (created.invitation) setShown({ title: `Invitation link for ${created.name} (valid 72 hours)`, value: created.invitation.url });
    } catch (err) {
      if (err instanceof ApiError) setErrors({ ...err.fieldErrors(), form: err.body.errors?.length ? '' : err.message });
    }
  };
  const reset = (user: User) =>
    act(async () => {
      const link = await call<{ url: string }>(
        api.POST('/users/{userId}/password-reset', { params: { path: { userId: user.id } } } as never),
      );
      setShown({ title: `Password-reset link for ${user.name} (valid 72 hours)`, value: link.url });
    });
  const newKey = (user: User) =>
    act(async () => {
      const key = await call<{ key: string }>(
        api.POST('/users/{userId}/api-keys', { params: { path: { userId: user.id } }, body: { label: 'created in the web app' } } as never),
      );
      setShown({ title: `API key for ${user.name} (for integrations)`, value: key.key });
    });
  return (
    <Stack>
      <form onSubmit={invite}>
        <Group align="end" wrap="wrap">
          <TextInput
            label="Name"
            required
            value={form.name}
            error={errors.name}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
          />
          <TextInput
            label="Email (they sign in with it)"
            required
            value={form.email}
            error={errors.email}
            onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
          />
          <Select
            label="Role"
            data={['admin', 'attorney', 'staff', 'auditor']}
            value={form.role}
            allowDeselect={false}
            onChange={(r) => setForm({ ...form, role: r ?? 'attorney' })}
            w={140}
          />
          <Button type="submit">Invite</Button>
        </Group>
        {errors.form && (
          <Alert color="red" mt="xs" role="alert">
            {errors.form}
          </Alert>
        )}
      </form>
      {outcome && (
        <Alert color={outcome.error ? 'red' : 'teal'} role={outcome.error ? 'alert' : 'status'}>
          {outcome.text}
        </Alert>
      )}
      {users.isPending ? (
        <LoadingBlock label="Loading users" />
      ) : users.isError ? (
        <ErrorBlock error={users.error} />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label="Users">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.name}</Table.Td>
                  <Table.Td>{u.email ?? '—'}</Table.Td>
                  <Table.Td>
                    {u.id === session.user.id ? (
                      `${u.role} (you)`
                    ) : (
                      <Select
                        aria-label={`Role of ${u.name}`}
                        data={ROLES}
                        value={u.role}
                        allowDeselect={false}
                        onChange={(r) => r && r !== u.role && void changeRole(u, r)}
                        size="xs"
                        w={170}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>{u.deactivatedAt ? `deactivated ${u.deactivatedAt.slice(0, 10)}` : 'active'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {u.id !== session.user.id &&
                        (u.deactivatedAt ? (
                          <Button size="compact-xs" variant="default" onClick={() => void setActive(u, true)}>
                            Reactivate {u.name}
                          </Button>
                        ) : (
                          <Button size="compact-xs" variant="default" c="red.9" onClick={() => setConfirming(u)}>
                            Deactivate {u.name}
                          </Button>
                        ))}
                      <Button size="compact-xs" variant="default" onClick={() => void reset(u)}>
                        Password-reset link
                      </Button>
                      <Button size="compact-xs" variant="default" onClick={() => void newKey(u)}>
                        New API key
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ShownOnce title={shown?.title ?? ''} value={shown?.value ?? null} onClose={() => setShown(null)} />
      <ConfirmDeactivation
        user={confirming}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          const user = confirming!;
          setConfirming(null);
          void setActive(user, false);
        }}
      />
    </Stack>
  );
}

const ACTION_WORDS: Record<string, string> = {
  role_changed: 'changed the role of',
  deactivated: 'deactivated',
  reactivated: 'reactivated',
};

/** Who changed whose role or access, when. */
function AdminLog() {
  const session = useSession();
  const orgId = session.organisation.id;
  const log = useQuery({
    queryKey: ['admin-log', orgId],
    queryFn: () =>
      call<{
        items: Array<{ at: string; actorName: string | null; action: string; targetName: string | null; detail: Record<string, unknown> }>;
      }>(api.GET('/organisations/{organisationId}/admin-log', { params: { path: { organisationId: orgId } } })),
  });
  if (log.isPending) return <LoadingBlock label="Loading the administration log" />;
  if (log.isError) return <ErrorBlock error={log.error} retry={() => void log.refetch()} />;
  if (!log.data.items.length) return <Text size="sm">No role changes or deactivations yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Administration log" className="tabular">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>What</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {log.data.items.map((a, i) => (
            <Table.Tr key={i}>
              <Table.Td>{a.at.slice(0, 16).replace('T', ' ')}</Table.Td>
              <Table.Td>
                {a.actorName ?? 'someone'} {ACTION_WORDS[a.action] ?? a.action} {a.targetName ?? 'a user'}
                {a.action === 'role_changed' ? `: ${String(a.detail.from)} → ${String(a.detail.to)}` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface Feed {
  id: string;
  label?: string | null;
  createdAt: string;
  revokedAt?: string | null;
}

function CalendarFeeds() {
  const queryClient = useQueryClient();
  const feeds = useQuery({ queryKey: ['calendar-feeds'], queryFn: () => call<{ items: Feed[] }>(api.GET('/calendar-feeds')) });
  const revoke = async (id: string) => {
    await call(api.DELETE('/calendar-feeds/{feedId}', { params: { path: { feedId: id } } } as never));
    await queryClient.invalidateQueries({ queryKey: ['calendar-feeds'] });
  };
  if (feeds.isPending) return <LoadingBlock label="Loading calendar feeds" />;
  if (feeds.isError) return <ErrorBlock error={feeds.error} />;
  if (!feeds.data.items.length) return <Text size="sm">No calendar feeds. Create one on the Docket (“Subscribe in my calendar”).</Text>;
  return (
    <Table aria-label="Calendar feeds">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Label</Table.Th>
          <Table.Th>Created</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>Actions</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {feeds.data.items.map((f) => (
          <Table.Tr key={f.id}>
            <Table.Td>{f.label ?? '—'}</Table.Td>
            <Table.Td>{f.createdAt.slice(0, 10)}</Table.Td>
            <Table.Td>{f.revokedAt ? `revoked ${f.revokedAt.slice(0, 10)}` : 'active'}</Table.Td>
            <Table.Td>
              {!f.revokedAt && (
                <Button size="compact-xs" color="red" variant="default" onClick={() => void revoke(f.id)}>
                  Revoke
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface Subscription {
  id: string;
  url: string;
  eventTypes: string[];
  enabled?: boolean;
  disabledAt?: string | null;
}

function Webhooks() {
  const queryClient = useQueryClient();
  const subs = useQuery({ queryKey: ['webhooks'], queryFn: () => call<{ items: Subscription[] }>(api.GET('/webhook-subscriptions')) });
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const deliveries = useQuery({
    queryKey: ['webhooks', selected, 'deliveries'],
    enabled: !!selected,
    queryFn: () =>
      call<{ items: Array<{ messageId: string; eventType?: string; status?: string; attempts?: number; lastStatusCode?: number | null }> }>(
        api.GET('/webhook-subscriptions/{subscriptionId}/deliveries', { params: { path: { subscriptionId: selected! } } } as never),
      ),
  });
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const created = await call<{ secret: string }>(
        api.POST('/webhook-subscriptions', {
          body: { url, eventTypes: ['deadline.approaching', 'deadline.missed', 'case.presumption_met'] },
        } as never),
      );
      setUrl('');
      setSecret(created.secret);
      await queryClient.invalidateQueries({ queryKey: ['webhooks'] });
    } catch (err) {
      setError(err instanceof ApiError ? (err.fieldErrors().url ?? err.message) : String(err));
    }
  };
  const redeliver = async (messageId: string) => {
    await call(
      api.POST('/webhook-subscriptions/{subscriptionId}/deliveries/{messageId}/redeliver', {
        params: { path: { subscriptionId: selected!, messageId } },
      } as never),
    );
    await queryClient.invalidateQueries({ queryKey: ['webhooks', selected, 'deliveries'] });
  };
  return (
    <Stack>
      <form onSubmit={create}>
        <Group align="end">
          <TextInput label="Endpoint URL (https)" value={url} error={error} onChange={(e) => setUrl(e.currentTarget.value)} w={420} />
          <Button type="submit">Add subscription</Button>
        </Group>
      </form>
      {subs.isPending ? (
        <LoadingBlock label="Loading webhooks" />
      ) : subs.isError ? (
        <ErrorBlock error={subs.error} />
      ) : (
        <Table aria-label="Webhook subscriptions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>URL</Table.Th>
              <Table.Th>Events</Table.Th>
              <Table.Th>Deliveries</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {subs.data.items.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.url}</Table.Td>
                <Table.Td>{s.eventTypes.join(', ')}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="default" onClick={() => setSelected(s.id)}>
                    Delivery log
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {selected &&
        (deliveries.isPending ? (
          <LoadingBlock label="Loading deliveries" />
        ) : deliveries.isError ? (
          <ErrorBlock error={deliveries.error} />
        ) : (
          <Table aria-label="Deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Message</Table.Th>
                <Table.Th>Event</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Attempts</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.data.items.map((d) => (
                <Table.Tr key={d.messageId}>
                  <Table.Td>{d.messageId.slice(0, 12)}…</Table.Td>
                  <Table.Td>{d.eventType ?? '—'}</Table.Td>
                  <Table.Td>
                    {d.status ?? '—'} {d.lastStatusCode ? `(${d.lastStatusCode})` : ''}
                  </Table.Td>
                  <Table.Td>{d.attempts ?? '—'}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="default" onClick={() => void redeliver(d.messageId)}>
                      Redeliver
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      <ShownOnce title="Signing secret" value={secret} onClose={() => setSecret(null)} />
    </Stack>
  );
}

export default function AdminPage() {
  return (
    <Stack>
      <Title order={1} size="h2">
        Administration
      </Title>
      <Tabs defaultValue="users" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="users">Users, invitations &amp; API keys</Tabs.Tab>
          <Tabs.Tab value="webhooks">Webhooks</Tabs.Tab>
          <Tabs.Tab value="feeds">Calendar feeds</Tabs.Tab>
          <Tabs.Tab value="log">Administration log</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="sm">
          <Users />
        </Tabs.Panel>
        <Tabs.Panel value="webhooks" pt="sm">
          <Webhooks />
        </Tabs.Panel>
        <Tabs.Panel value="feeds" pt="sm">
          <CalendarFeeds />
        </Tabs.Panel>
        <Tabs.Panel value="log" pt="sm">
          <AdminLog />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

import { Badge, Button, Checkbox, Code, CopyButton, Group, Modal, Select, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, call } from '../api/client';
import {
  ConfirmModal,
  errorText,
  OutcomeAlert,
  ProblemAlert,
  SectionTitle,
  useFormFields,
  useFormSave,
  withoutError,
  type Outcome,
} from '../components/Forms';
import { ErrorBlock, LoadingBlock, QueryBlock } from '../components/States';
import { localDay, localMinute } from '../lib/dates';
import { useSession } from '../session';
import { EditUserDrawer } from './EditUserDrawer';
import { LetterheadForm, SignatureForm } from './LetterheadForms';

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

function Users() {
  const session = useSession();
  const queryClient = useQueryClient();
  const orgId = session.organisation.id;
  const users = useQuery({
    queryKey: ['users', orgId],
    queryFn: () =>
      call<{ items: User[] }>(api.GET('/organisations/{organisationId}/users', { params: { path: { organisationId: orgId } } } as never)),
  });
  const invitation = useFormFields({ name: '', email: '', role: 'attorney' });
  const [shown, setShown] = useState<{ title: string; value: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirming, setConfirming] = useState<User | null>(null);
  const [keysOf, setKeysOf] = useState<User | null>(null);
  // The row being edited, as the list now has it: the drawer follows a name just saved.
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = users.data?.items.find((u) => u.id === editingId) ?? null;
  /** Runs an administration action and says how it went (field errors and refusals in words). */
  const act = async (what: () => Promise<unknown>, done?: string) => {
    setOutcome(null);
    try {
      await what();
      if (done) setOutcome({ error: false, text: done });
      await queryClient.invalidateQueries({ queryKey: ['users', orgId] });
      await queryClient.invalidateQueries({ queryKey: ['admin-log', orgId] });
    } catch (err) {
      setOutcome({ error: true, text: errorText(err) });
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
  const invite = useFormSave(invitation, {
    fields: ['name', 'email', 'role'],
    request: () => {
      const { name, email, role } = invitation.values;
      return call<User & { invitation?: { url: string } }>(
        api.POST('/organisations/{organisationId}/users', {
          params: { path: { organisationId: orgId } },
          body: { name, role, ...(email ? { email } : {}) },
        } as never),
      );
    },
    onSaved: async (created) => {
      invitation.setValues({ name: '', email: '', role: 'attorney' });
      await queryClient.invalidateQueries({ queryKey: ['users', orgId] });
      if (created.invitation) setShown({ title: `Invitation link for ${created.name} (valid 72 hours)`, value: created.invitation.url });
    },
  });
  const reset = (user: User) =>
    act(async () => {
      const link = await call<{ url: string }>(
        api.POST('/users/{userId}/password-reset', { params: { path: { userId: user.id } } } as never),
      );
      setShown({ title: `Password-reset link for ${user.name} (valid 72 hours)`, value: link.url });
    });
  return (
    <Stack>
      <form onSubmit={invite.save}>
        <Group align="end" wrap="wrap">
          <TextInput label="Name" required {...invitation.input('name')} />
          <TextInput label="Email (they sign in with it)" required {...invitation.input('email')} />
          <Select
            label="Role"
            data={['admin', 'attorney', 'staff', 'auditor']}
            value={invitation.values.role}
            allowDeselect={false}
            onChange={(r) => invitation.setValues((current) => ({ ...current, role: r ?? 'attorney' }))}
            w={140}
          />
          <Button type="submit" loading={invite.saving}>
            Invite
          </Button>
        </Group>
        <ProblemAlert problem={invite.outcome?.error ? invite.outcome.text : null} mt="xs" />
      </form>
      <OutcomeAlert outcome={outcome} />
      <QueryBlock query={users} label="Loading users">
        {({ items }) => (
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
                {items.map((u) => (
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
                    <Table.Td>{u.deactivatedAt ? `deactivated ${localDay(u.deactivatedAt)}` : 'active'}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Button size="compact-xs" variant="default" onClick={() => setEditingId(u.id)} aria-label={`Edit ${u.name}`}>
                          Edit
                        </Button>
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
                        <Button size="compact-xs" variant="default" onClick={() => setKeysOf(u)} aria-pressed={keysOf?.id === u.id}>
                          API keys of {u.name}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryBlock>
      {keysOf && <ApiKeys key={keysOf.id} user={keysOf} onClose={() => setKeysOf(null)} />}
      <ShownOnce title={shown?.title ?? ''} value={shown?.value ?? null} onClose={() => setShown(null)} />
      {/* Deactivating someone ends their sessions and stops their API keys at once: asked for twice. */}
      <ConfirmModal
        opened={confirming !== null}
        title={`Deactivate ${confirming?.name ?? ''}?`}
        confirmLabel="Deactivate"
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          const user = confirming!;
          setConfirming(null);
          void setActive(user, false);
        }}
      >
        They are signed out everywhere at once and their API keys stop working. What they recorded keeps their name. You can reactivate them
        later.
      </ConfirmModal>
      <EditUserDrawer user={editing} onClose={() => setEditingId(null)} />
    </Stack>
  );
}

interface ApiKey {
  id: string;
  prefix: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const describeKey = (key: ApiKey) => `${key.label ? `“${key.label}”` : 'the unlabelled key'} (${key.prefix}…)`;

/**
 * One user's API keys, for integrations: label, the first characters, when made and last used,
 * never the key itself (shown once, when issued). Issue a new one; revoke one (asked twice: an
 * integration using it stops at once).
 */
function ApiKeys({ user, onClose }: { user: User; onClose: () => void }) {
  const queryClient = useQueryClient();
  const keys = useQuery({
    queryKey: ['api-keys', user.id],
    queryFn: () => call<{ items: ApiKey[] }>(api.GET('/users/{userId}/api-keys', { params: { path: { userId: user.id } } })),
  });
  const [label, setLabel] = useState('');
  const [labelError, setLabelError] = useState<string | undefined>();
  const [issuing, setIssuing] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const issue = async (e: FormEvent) => {
    e.preventDefault();
    setLabelError(undefined);
    setOutcome(null);
    setIssuing(true);
    try {
      const created = await call<{ key: string }>(
        api.POST('/users/{userId}/api-keys', { params: { path: { userId: user.id } }, body: label.trim() ? { label: label.trim() } : {} }),
      );
      setLabel('');
      setShown(created.key);
      await queryClient.invalidateQueries({ queryKey: ['api-keys', user.id] });
    } catch (err) {
      if (err instanceof ApiError && err.fieldErrors().label) setLabelError(err.fieldErrors().label);
      else setOutcome({ error: true, text: errorText(err) });
    } finally {
      setIssuing(false);
    }
  };
  const revoke = async (key: ApiKey) => {
    setBusy(true);
    setOutcome(null);
    try {
      await call(api.DELETE('/api-keys/{keyId}', { params: { path: { keyId: key.id } } }));
      setRevoking(null);
      setOutcome({ error: false, text: `The key ${describeKey(key)} of ${user.name} is revoked: it stopped working at once.` });
      await queryClient.invalidateQueries({ queryKey: ['api-keys', user.id] });
    } catch (err) {
      setRevoking(null);
      setOutcome({ error: true, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="api-keys-heading">
      <OpenedPanelHeading id="api-keys-heading" closeLabel="Close the keys" onClose={onClose}>
        API keys of {user.name}
      </OpenedPanelHeading>
      <Text size="sm">
        For integrations (a docketing or billing system), never for people: they sign in. A key is shown once, when issued.
      </Text>
      <form onSubmit={issue}>
        <Group align="end">
          <TextInput
            label="Label of a new key"
            description="What it is for, e.g. “docketing system”"
            maxLength={200}
            value={label}
            error={labelError}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
          <Button type="submit" loading={issuing}>
            Issue a key for {user.name}
          </Button>
        </Group>
      </form>
      <OutcomeAlert outcome={outcome} />
      <QueryBlock query={keys} label="Loading API keys">
        {({ items }) =>
          items.length === 0 ? (
            <Text size="sm">{user.name} has no API keys.</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table aria-label={`API keys of ${user.name}`} className="tabular">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Label</Table.Th>
                    <Table.Th>Begins with</Table.Th>
                    <Table.Th>Created (your time)</Table.Th>
                    <Table.Th>Last used</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((k) => (
                    <Table.Tr key={k.id}>
                      <Table.Td>{k.label ?? '—'}</Table.Td>
                      <Table.Td>
                        <Code>{k.prefix}…</Code>
                      </Table.Td>
                      <Table.Td>{localMinute(k.createdAt)}</Table.Td>
                      <Table.Td>{k.lastUsedAt ? localMinute(k.lastUsedAt) : 'never'}</Table.Td>
                      <Table.Td>{k.revokedAt ? `revoked ${localMinute(k.revokedAt)}` : 'active'}</Table.Td>
                      <Table.Td>
                        {!k.revokedAt && (
                          <Button
                            size="compact-xs"
                            variant="default"
                            c="red.9"
                            onClick={() => setRevoking(k)}
                            aria-label={`Revoke ${describeKey(k)}`}
                          >
                            Revoke
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryBlock>
      <Text size="xs">Times in your own time zone; “last used” is written down at most once a minute.</Text>
      <ConfirmModal
        opened={revoking !== null}
        title={`Revoke ${revoking ? describeKey(revoking) : ''}?`}
        confirmLabel="Revoke the key"
        loading={busy}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && void revoke(revoking)}
      >
        Whatever uses this key of {user.name} is refused from now on. This cannot be undone: issue a new key if it is still needed.
      </ConfirmModal>
      <ShownOnce title={`API key for ${user.name} (for integrations)`} value={shown} onClose={() => setShown(null)} />
    </Stack>
  );
}

const ACTION_WORDS: Record<string, string> = {
  role_changed: 'changed the role of',
  deactivated: 'deactivated',
  reactivated: 'reactivated',
  name_changed: 'corrected the name of',
  email_changed: 'changed the email of',
};
/** Actions whose detail is { from, to }: the log shows old → new. */
const CHANGES = new Set(['role_changed', 'name_changed', 'email_changed']);

/** Who changed whose role, access, name or email, when. */
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
  if (!log.data.items.length) return <Text size="sm">No role changes, deactivations or corrections yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Administration log" className="tabular">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When (your time)</Table.Th>
            <Table.Th>What</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {log.data.items.map((a, i) => (
            <Table.Tr key={i}>
              <Table.Td>{localMinute(a.at)}</Table.Td>
              <Table.Td>
                {a.actorName ?? 'someone'} {ACTION_WORDS[a.action] ?? a.action} {a.targetName ?? 'a user'}
                {CHANGES.has(a.action) ? `: ${String(a.detail.from ?? '—')} → ${String(a.detail.to)}` : ''}
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
  // The API answers the feeds as a plain list.
  const feeds = useQuery({ queryKey: ['calendar-feeds'], queryFn: () => call<Feed[]>(api.GET('/calendar-feeds')) });
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const revoke = async (id: string) => {
    setBusy(id);
    setProblem(null);
    try {
      await call(api.DELETE('/calendar-feeds/{feedId}', { params: { path: { feedId: id } } }));
      await queryClient.invalidateQueries({ queryKey: ['calendar-feeds'] });
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(null);
    }
  };
  if (feeds.isPending) return <LoadingBlock label="Loading calendar feeds" />;
  if (feeds.isError) return <ErrorBlock error={feeds.error} retry={() => void feeds.refetch()} />;
  if (!feeds.data.length) return <Text size="sm">No calendar feeds. Create one on the Docket (“Subscribe in my calendar”).</Text>;
  return (
    <Stack>
      <ProblemAlert problem={problem} />
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
          {feeds.data.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>{f.label ?? '—'}</Table.Td>
              <Table.Td>{localDay(f.createdAt)}</Table.Td>
              <Table.Td>{f.revokedAt ? `revoked ${localDay(f.revokedAt)}` : 'active'}</Table.Td>
              <Table.Td>
                {!f.revokedAt && (
                  <Button
                    size="compact-xs"
                    color="red"
                    variant="default"
                    loading={busy === f.id}
                    onClick={() => void revoke(f.id)}
                    aria-label={`Revoke the calendar feed ${f.label ?? 'without a label'}`}
                  >
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

interface Subscription {
  id: string;
  url: string;
  eventTypes: string[];
  description: string | null;
  status: 'active' | 'paused' | 'disabled';
  disabledReason: string | null;
  disabledAt: string | null;
  previousSecretValidUntil: string | null;
}

interface Delivery {
  messageId: string;
  eventType: string;
  status: string;
  attemptCount: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  expiresAt: string | null;
}

/** What each event type means, in words (the API's names in brackets for whoever wires the receiver). */
const EVENT_TYPES = [
  { value: 'deadline.approaching', label: 'A deadline is coming up (at each lead time before it)' },
  { value: 'deadline.missed', label: 'A deadline was missed' },
  { value: 'case.presumption_met', label: 'A case’s presumption is met' },
  { value: '*', label: 'Every event, including kinds added later' },
];
const eventWords = (type: string) => EVENT_TYPES.find((e) => e.value === type)?.label ?? type;

interface SubscriptionFields {
  url: string;
  eventTypes: string[];
  description: string;
}

/** The fields of a subscription, for adding one and for changing one; the API's field errors under their fields. */
function SubscriptionForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: SubscriptionFields;
  submitLabel: string;
  onSubmit: (fields: SubscriptionFields) => Promise<void>;
  onCancel?: () => void;
}) {
  const [fields, setFields] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A field's error was about what it held: once it changes, the error goes.
  const change = (next: Partial<SubscriptionFields>) => {
    setFields((current) => ({ ...current, ...next }));
    setErrors((current) => withoutError(current, ...Object.keys(next)));
  };
  // What follows a save (the secret shown, the form emptied or closed, the outcome said) is the page's, in onSubmit.
  const { save, saving, outcome } = useFormSave(
    { setErrors },
    { fields: ['url', 'eventTypes', 'description'], request: () => onSubmit(fields), onSaved: () => undefined },
  );
  return (
    <form onSubmit={save}>
      <Stack gap="sm">
        <TextInput
          label="Endpoint URL (https)"
          description="Where the signed messages are posted"
          required
          value={fields.url}
          error={errors.url}
          onChange={(e) => change({ url: e.currentTarget.value })}
          maw={560}
        />
        <Checkbox.Group
          label="Send these events"
          value={fields.eventTypes}
          error={errors.eventTypes}
          onChange={(eventTypes) => change({ eventTypes })}
        >
          <Stack gap={6} mt={6}>
            {EVENT_TYPES.map((t) => (
              <Checkbox key={t.value} value={t.value} label={`${t.label} (${t.value})`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          label="Description"
          description="Optional: which system receives them"
          maxLength={500}
          value={fields.description}
          error={errors.description}
          onChange={(e) => change({ description: e.currentTarget.value })}
          maw={560}
        />
        <ProblemAlert problem={outcome?.error ? outcome.text : null} />
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function SubscriptionState({ subscription }: { subscription: Subscription }) {
  if (subscription.status === 'active')
    return (
      <Badge color="green" variant="light" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
        ● sending
      </Badge>
    );
  return (
    <Stack gap={2}>
      <Badge
        color={subscription.status === 'paused' ? 'yellow' : 'red'}
        variant="light"
        styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
      >
        {subscription.status === 'paused' ? '❚❚ paused' : '✕ disabled'}
      </Badge>
      <Text size="xs">
        {subscription.disabledReason ?? ''}
        {subscription.disabledAt ? ` (${localMinute(subscription.disabledAt)})` : ''}; new messages are held up to 3 days
      </Text>
    </Stack>
  );
}

/**
 * The heading of a panel opened from a table row, with its close button: the heading takes the focus when the panel opens,
 * so the keyboard lands on what was opened.
 */
function OpenedPanelHeading({
  id,
  closeLabel,
  onClose,
  children,
}: {
  id: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Group justify="space-between">
      <Title order={2} size="h4" id={id} ref={heading} tabIndex={-1}>
        {children}
      </Title>
      <Button size="xs" variant="default" onClick={onClose}>
        {closeLabel}
      </Button>
    </Group>
  );
}

/** The messages of one subscription and every attempt's outcome; any message can be sent again. */
function DeliveryLog({ subscription, onClose }: { subscription: Subscription; onClose: () => void }) {
  const queryClient = useQueryClient();
  const deliveries = useQuery({
    queryKey: ['webhooks', subscription.id, 'deliveries'],
    queryFn: () =>
      call<Delivery[]>(
        api.GET('/webhook-subscriptions/{subscriptionId}/deliveries', { params: { path: { subscriptionId: subscription.id } } }),
      ),
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const redeliver = async (messageId: string) => {
    setBusy(messageId);
    setOutcome(null);
    try {
      const sent = await call<{ statusCode?: number; error?: string }>(
        api.POST('/webhook-subscriptions/{subscriptionId}/deliveries/{messageId}/redeliver', {
          params: { path: { subscriptionId: subscription.id, messageId } },
        }),
      );
      setOutcome(
        sent.statusCode && sent.statusCode < 300
          ? { error: false, text: `Sent again: the endpoint answered ${sent.statusCode}.` }
          : { error: true, text: `Sent again, but it failed: ${sent.statusCode ?? sent.error ?? 'no answer'}.` },
      );
      await queryClient.invalidateQueries({ queryKey: ['webhooks', subscription.id, 'deliveries'] });
    } catch (err) {
      setOutcome({ error: true, text: errorText(err) });
    } finally {
      setBusy(null);
    }
  };
  // The API answers the messages as a plain list, newest first.
  const items = deliveries.data ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="delivery-log-heading">
      <OpenedPanelHeading id="delivery-log-heading" closeLabel="Close the log" onClose={onClose}>
        Delivery log of {subscription.url}
      </OpenedPanelHeading>
      <OutcomeAlert outcome={outcome} />
      <QueryBlock query={deliveries} label="Loading deliveries">
        {() =>
          items.length === 0 ? (
            <Text size="sm">Nothing sent yet.</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table aria-label="Deliveries" className="tabular">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Raised (your time)</Table.Th>
                    <Table.Th>Event</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Attempts</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((d) => (
                    <Table.Tr key={d.messageId}>
                      <Table.Td>{localMinute(d.createdAt)}</Table.Td>
                      <Table.Td>{d.eventType}</Table.Td>
                      <Table.Td>
                        {d.status}
                        {d.lastStatusCode ? ` (${d.lastStatusCode})` : d.lastError ? ` (${d.lastError})` : ''}
                        {d.expiresAt ? ` — expires ${localMinute(d.expiresAt)} unless resumed` : ''}
                      </Table.Td>
                      <Table.Td>{d.attemptCount}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="default"
                          loading={busy === d.messageId}
                          onClick={() => void redeliver(d.messageId)}
                          aria-label={`Redeliver the ${d.eventType} message of ${localMinute(d.createdAt)}`}
                        >
                          Redeliver
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryBlock>
    </Stack>
  );
}

/**
 * Webhook subscriptions: add one (the signing secret shown once), change its URL and events,
 * pause and resume it, rotate its secret (shown once; the old one keeps signing for 24 hours),
 * send a test, delete it, and read its delivery log.
 */
function Webhooks() {
  const queryClient = useQueryClient();
  // The API answers the subscriptions as a plain list.
  const subs = useQuery({ queryKey: ['webhooks'], queryFn: () => call<Subscription[]>(api.GET('/webhook-subscriptions')) });
  const [shown, setShown] = useState<{ title: string; value: string } | null>(null);
  const [logOf, setLogOf] = useState<Subscription | null>(null);
  const [editing, setEditing] = useState<Subscription | null>(null);
  const [deleting, setDeleting] = useState<Subscription | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [formKey, setFormKey] = useState(0);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['webhooks'] });
  /** One action on one subscription at a time, its button spinning; the outcome said in words. */
  const act = async (id: string, what: () => Promise<string | void>) => {
    setBusy(id);
    setOutcome(null);
    try {
      const said = await what();
      if (said) setOutcome({ error: false, text: said });
      await refresh();
    } catch (err) {
      setOutcome({ error: true, text: errorText(err) });
    } finally {
      setBusy(null);
    }
  };
  const path = (s: Subscription) => ({ params: { path: { subscriptionId: s.id } } });

  const create = async (fields: SubscriptionFields) => {
    const created = await call<{ secret: string; url: string }>(
      api.POST('/webhook-subscriptions', {
        body: {
          url: fields.url.trim(),
          eventTypes: fields.eventTypes as never,
          ...(fields.description.trim() ? { description: fields.description.trim() } : {}),
        },
      }),
    );
    setFormKey((k) => k + 1);
    setShown({ title: `Signing secret for ${created.url}`, value: created.secret });
    await refresh();
  };
  const update = async (s: Subscription, fields: SubscriptionFields) => {
    await call(
      api.PATCH('/webhook-subscriptions/{subscriptionId}', {
        ...path(s),
        body: { url: fields.url.trim(), eventTypes: fields.eventTypes as never, description: fields.description.trim() || null },
      }),
    );
    setEditing(null);
    setOutcome({
      error: false,
      text: `Saved: ${fields.url.trim()} now receives ${fields.eventTypes.map(eventWords).join('; ').toLowerCase()}.`,
    });
    await refresh();
  };
  const pauseOrResume = (s: Subscription) =>
    act(s.id, async () => {
      if (s.status === 'active') {
        await call(api.POST('/webhook-subscriptions/{subscriptionId}/pause', path(s)));
        return `${s.url} is paused: nothing is sent; new messages are held up to 3 days.`;
      }
      await call(api.POST('/webhook-subscriptions/{subscriptionId}/enable', path(s)));
      return `${s.url} is sending again; held messages go out now.`;
    });
  const rotate = (s: Subscription) =>
    act(s.id, async () => {
      const rotated = await call<{ secret: string }>(api.POST('/webhook-subscriptions/{subscriptionId}/rotate-secret', path(s)));
      setShown({ title: `New signing secret for ${s.url} (the old one keeps signing beside it for 24 hours)`, value: rotated.secret });
    });
  const test = (s: Subscription) =>
    act(s.id, async () => {
      const sent = await call<{ statusCode?: number; error?: string }>(api.POST('/webhook-subscriptions/{subscriptionId}/test', path(s)));
      if (sent.statusCode && sent.statusCode < 300) return `Test sent to ${s.url}: it answered ${sent.statusCode}.`;
      throw new Error(`Test sent to ${s.url}, but it failed: ${sent.statusCode ?? sent.error ?? 'no answer'}.`);
    });
  const remove = (s: Subscription) =>
    act(s.id, async () => {
      await call(api.DELETE('/webhook-subscriptions/{subscriptionId}', path(s)));
      setDeleting(null);
      if (logOf?.id === s.id) setLogOf(null);
      return `${s.url} is deleted; messages still waiting for it are cancelled.`;
    });

  return (
    <Stack>
      <SectionTitle>Add a subscription</SectionTitle>
      <SubscriptionForm
        key={formKey}
        initial={{ url: '', eventTypes: ['deadline.approaching', 'deadline.missed', 'case.presumption_met'], description: '' }}
        submitLabel="Add subscription"
        onSubmit={create}
      />
      <SectionTitle>Subscriptions</SectionTitle>
      <OutcomeAlert outcome={outcome} />
      <QueryBlock query={subs} label="Loading webhooks">
        {(subscriptions) =>
          subscriptions.length === 0 ? (
            <Text size="sm">No subscriptions yet.</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table aria-label="Webhook subscriptions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>URL</Table.Th>
                    <Table.Th>Events</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {subscriptions.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {s.url}
                        {s.description && <Text size="xs">{s.description}</Text>}
                      </Table.Td>
                      <Table.Td>
                        {s.eventTypes.map((t) => (
                          <Text key={t} size="xs">
                            {eventWords(t)}
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td miw={130}>
                        <SubscriptionState subscription={s} />
                        {s.previousSecretValidUntil && (
                          <Text size="xs">old secret signs too until {localMinute(s.previousSecretValidUntil)}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <Button
                            size="compact-xs"
                            variant="default"
                            loading={busy === s.id}
                            onClick={() => void pauseOrResume(s)}
                            aria-label={`${s.status === 'active' ? 'Pause' : 'Resume'} ${s.url}`}
                          >
                            {s.status === 'active' ? 'Pause' : 'Resume'}
                          </Button>
                          <Button size="compact-xs" variant="default" onClick={() => setEditing(s)} aria-label={`Change ${s.url}`}>
                            Change
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="default"
                            disabled={busy === s.id}
                            onClick={() => void test(s)}
                            aria-label={`Send a test to ${s.url}`}
                          >
                            Send a test
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="default"
                            disabled={busy === s.id}
                            onClick={() => void rotate(s)}
                            aria-label={`Rotate secret of ${s.url}`}
                          >
                            Rotate secret
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="default"
                            onClick={() => setLogOf(s)}
                            aria-pressed={logOf?.id === s.id}
                            aria-label={`Delivery log of ${s.url}`}
                          >
                            Delivery log
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="default"
                            c="red.9"
                            onClick={() => setDeleting(s)}
                            aria-label={`Delete ${s.url}`}
                          >
                            Delete
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryBlock>
      {logOf && <DeliveryLog key={logOf.id} subscription={logOf} onClose={() => setLogOf(null)} />}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={`Change ${editing?.url ?? ''}`}
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {editing && (
          <SubscriptionForm
            initial={{ url: editing.url, eventTypes: editing.eventTypes, description: editing.description ?? '' }}
            submitLabel="Save the changes"
            onSubmit={(fields) => update(editing, fields)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={`Delete ${deleting?.url ?? ''}?`}
        confirmLabel="Delete the subscription"
        loading={busy === deleting?.id}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && void remove(deleting)}
      >
        Nothing more is sent to it; messages still waiting are cancelled. To stop it for a while instead, pause it.
      </ConfirmModal>
      <ShownOnce title={shown?.title ?? ''} value={shown?.value ?? null} onClose={() => setShown(null)} />
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
          <Tabs.Tab value="letterhead">Letterhead &amp; signature</Tabs.Tab>
          <Tabs.Tab value="webhooks">Webhooks</Tabs.Tab>
          <Tabs.Tab value="feeds">Calendar feeds</Tabs.Tab>
          <Tabs.Tab value="log">Administration log</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="sm">
          <Users />
        </Tabs.Panel>
        <Tabs.Panel value="letterhead" pt="sm">
          <Stack gap="xl">
            <LetterheadForm />
            <SignatureForm />
          </Stack>
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

import { Alert, Badge, Button, Group, List, Modal, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '../lib/date-fields';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { sectionSigns } from '@lemon/state-rules/section-signs';
import { api, ApiError, call } from '../api/client';
import { LoadingBlock } from '../components/States';
import { FirmOnlyOrError, money } from './FirmOnly';
import { withoutError } from '../components/Forms';

interface Figure {
  label: string;
  amount: number | null;
  arithmetic: string;
  citation: string;
  basedOn?: string[];
}
interface Expense {
  expenseId: string;
  kind: string;
  amount: number;
  on: string;
  description: string;
}
interface Restitution {
  asOf: string;
  status: 'COMPUTED' | 'INSUFFICIENT_DATA';
  missing: string[];
  notRecorded: string[];
  acquisitionType: 'purchase' | 'lease';
  price: Figure;
  collateralCharges: Figure;
  incidentals: Figure & { expenses: Expense[] };
  offset: Figure & { isMaximum?: boolean; confidence?: string; lowConfidenceReasons?: string[]; method?: string };
  total: Figure;
  civilPenalty: null | { min: number; max: number | null; arithmetic: string; citation: string; when: string; confidence: string };
  confidence: string;
}

const EXPENSE_KINDS = [
  { value: 'towing', label: 'Towing' },
  { value: 'rental', label: 'Rental car' },
  { value: 'repair', label: 'Repair paid by the client' },
  { value: 'registration', label: 'Registration' },
  { value: 'other', label: 'Other' },
];

type ExpenseForm = { mode: 'record' } | { mode: 'correct'; expense: Expense } | { mode: 'void'; expense: Expense };

function ExpenseDialog({ caseId, form, onClose }: { caseId: string; form: ExpenseForm | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const initial = form && form.mode !== 'record' ? form.expense : undefined;
  const [kind, setKind] = useState<string | null>(initial?.kind ?? null);
  const [amount, setAmount] = useState<number | string>(initial?.amount ?? '');
  const [on, setOn] = useState<string | null>(initial?.on ?? null);
  const [description, setDescription] = useState(initial?.description ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  // A field's error was about what it held: once it changes, the error goes.
  const clear = (...fields: string[]) => setErrors((current) => withoutError(current, ...fields));
  if (!form) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setMessage(null);
    const fields = { kind: kind as 'towing', amount: Number(amount), on: on ?? '', description };
    try {
      if (form.mode === 'record') await call(api.POST('/cases/{caseId}/expenses', { params: { path: { caseId } }, body: fields }));
      else if (form.mode === 'correct')
        await call(
          api.POST('/cases/{caseId}/expenses/{expenseId}/corrections', {
            params: { path: { caseId, expenseId: form.expense.expenseId } },
            body: { ...fields, correctionReason: reason },
          }),
        );
      else
        await call(
          api.POST('/cases/{caseId}/expenses/{expenseId}/void', {
            params: { path: { caseId, expenseId: form.expense.expenseId } },
            body: { reason },
          }),
        );
      await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
      onClose();
    } catch (err) {
      if (err instanceof ApiError) {
        setErrors(err.fieldErrors());
        setMessage(err.message);
      } else setMessage(String(err));
    }
  };
  const title = form.mode === 'record' ? 'Record an expense' : form.mode === 'correct' ? 'Correct the expense' : 'Void the expense';
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {form.mode !== 'void' && (
            <>
              <Select
                label="Kind"
                data={EXPENSE_KINDS}
                value={kind}
                onChange={(v) => {
                  setKind(v);
                  clear('kind');
                }}
                error={errors.kind}
                required
              />
              <NumberInput
                label="Amount (US$)"
                min={0}
                decimalScale={2}
                value={amount}
                onChange={(v) => {
                  setAmount(v);
                  clear('amount');
                }}
                error={errors.amount}
                required
              />
              <DateInput
                label="Paid on"
                valueFormat="YYYY-MM-DD"
                value={on}
                onChange={(d) => {
                  setOn(d ? String(d).slice(0, 10) : null);
                  clear('on');
                }}
                error={errors.on}
                required
              />
              <TextInput
                label="Description"
                value={description}
                onChange={(e) => {
                  setDescription(e.currentTarget.value);
                  clear('description');
                }}
                error={errors.description}
                required
              />
            </>
          )}
          {form.mode !== 'record' && (
            <TextInput
              label={form.mode === 'correct' ? 'Why it is corrected' : 'Why it is voided'}
              description="Kept in the history beside the original."
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                clear('correctionReason', 'reason');
              }}
              error={errors.correctionReason ?? errors.reason}
              required
            />
          )}
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          <Group justify="end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={form.mode === 'void' ? 'red' : undefined}>
              {form.mode === 'record' ? 'Record' : form.mode === 'correct' ? 'Save the correction' : 'Void'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function FigureRow({ figure, sign = '' }: { figure: Figure; sign?: string }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {figure.label}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        {/* One line: on a phone "= $74,427.07" used to break after its sign. */}
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {figure.amount === null ? 'not computed' : `${sign}${money(figure.amount)}`}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{sectionSigns(figure.arithmetic)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs">{sectionSigns(figure.citation)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The repurchase figure, line by line with formula and citation; expenses with record / correct / void. */
export function RestitutionTab({ caseId, readOnly }: { caseId: string; readOnly: boolean }) {
  const query = useQuery({
    queryKey: ['case', caseId, 'restitution'],
    queryFn: () => call<Restitution>(api.GET('/cases/{caseId}/restitution', { params: { path: { caseId } } })),
  });
  const [form, setForm] = useState<ExpenseForm | null>(null);
  if (query.isPending) return <LoadingBlock label="Computing restitution" />;
  if (query.isError) return <FirmOnlyOrError error={query.error} what="Restitution figures" retry={() => void query.refetch()} />;
  const r = query.data;
  return (
    <Stack>
      <Group gap="sm">
        <Badge
          color={r.status === 'COMPUTED' ? 'green' : 'indigo'}
          variant="light"
          styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
        >
          {r.status === 'COMPUTED' ? '● COMPUTED' : '? INSUFFICIENT DATA'}
        </Badge>
        <Text size="sm">
          As of {r.asOf} · {r.acquisitionType} · confidence {r.confidence}
        </Text>
      </Group>
      {r.missing.length > 0 && (
        <Alert color="indigo" title="To compute the figure, record:">
          <List size="sm">
            {r.missing.map((m) => (
              <List.Item key={m}>{sectionSigns(m)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table className="tabular" aria-label="Restitution" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Line</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Formula</Table.Th>
              <Table.Th>Citation</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <FigureRow figure={r.price} />
            <FigureRow figure={r.collateralCharges} sign="+ " />
            <FigureRow figure={r.incidentals} sign="+ " />
            <FigureRow figure={r.offset} sign="− " />
            <FigureRow figure={r.total} sign="= " />
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {r.offset.isMaximum && <Text size="sm">The offset is a statutory maximum (“not exceeding”), not the allowance itself.</Text>}
      {(r.offset.lowConfidenceReasons ?? []).length > 0 && (
        <Alert color="yellow" title="Verify the offset rule">
          <List size="sm">
            {r.offset.lowConfidenceReasons!.map((m) => (
              <List.Item key={m}>{sectionSigns(m)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {r.notRecorded.length > 0 && <Text size="sm">Not recorded, so left out of the total: {sectionSigns(r.notRecorded.join('; '))}.</Text>}
      {r.civilPenalty && (
        <Alert color="gray" title="Civil penalty (shown apart, never added)">
          <Text size="sm">
            {money(r.civilPenalty.min)} to {r.civilPenalty.max === null ? 'no stated maximum' : money(r.civilPenalty.max)} ·{' '}
            {sectionSigns(`${r.civilPenalty.arithmetic} · ${r.civilPenalty.when} (${r.civilPenalty.citation})`)}
          </Text>
        </Alert>
      )}
      <Group justify="space-between">
        <Title order={3} size="h5">
          Incidental expenses
        </Title>
        {!readOnly && (
          <Button size="xs" onClick={() => setForm({ mode: 'record' })}>
            + Record an expense
          </Button>
        )}
      </Group>
      {r.incidentals.expenses.length === 0 ? (
        <Text size="sm">No expenses recorded.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table className="tabular" aria-label="Incidental expenses">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Paid on</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                {!readOnly && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.incidentals.expenses.map((e) => (
                <Table.Tr key={e.expenseId}>
                  <Table.Td>{e.on}</Table.Td>
                  <Table.Td>{EXPENSE_KINDS.find((k) => k.value === e.kind)?.label ?? e.kind}</Table.Td>
                  <Table.Td>{e.description}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(e.amount)}
                  </Table.Td>
                  {!readOnly && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" c="blue.9" onClick={() => setForm({ mode: 'correct', expense: e })}>
                          Correct
                        </Button>
                        <Button size="compact-xs" variant="subtle" c="red.9" onClick={() => setForm({ mode: 'void', expense: e })}>
                          Void
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!readOnly && <ExpenseDialog key={JSON.stringify(form)} caseId={caseId} form={form} onClose={() => setForm(null)} />}
    </Stack>
  );
}

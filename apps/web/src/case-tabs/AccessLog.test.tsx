import { fireEvent, render, screen, within } from '@testing-library/react';
import { AppProviders, makeQueryClient } from '../providers';
import { AccessLogTable, readOf, type CaseRead } from './AccessLog';

const FIRM = 'org-firm';
const MAKER = 'org-bmw';
const CASE = '/cases/3f1c9a2e-0000-4000-8000-000000000001';

/** 40 reads by the firm, then 12 by the manufacturer it shares with, a minute apart (as GET /cases/{id}/access-log lists them: oldest first). */
const reads: CaseRead[] = Array.from({ length: 52 }, (_, i) => {
  const byMaker = i >= 40;
  return {
    readAt: new Date(Date.UTC(2026, 10, 28, 16, i)).toISOString(),
    userId: byMaker ? 'u-morgan' : 'u-alex',
    userName: byMaker ? 'Morgan Lee' : 'Alex Rivera',
    organisationId: byMaker ? MAKER : FIRM,
    organisationName: byMaker ? 'BMW of North America' : 'Delgado LLP',
    role: byMaker ? 'admin' : 'attorney',
    path: i % 2 ? `${CASE}/history` : CASE,
  };
});

const draw = () =>
  render(
    <AppProviders queryClient={makeQueryClient()}>
      <AccessLogTable reads={reads} ownOrganisationId={FIRM} orgNames={{}} />
    </AppProviders>,
  );
const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Access log' }))
    .getAllByRole('row')
    .slice(1);

describe('the access log', () => {
  it('names what was read in words', () => {
    expect(readOf(CASE)).toBe('the case file');
    expect(readOf(`${CASE}/history`)).toBe('the history');
    expect(readOf(`${CASE}/documents/d-1`)).toBe('documents');
    expect(readOf(`${CASE}/final-repair-opportunities`)).toBe('final repair opportunities');
  });

  it('shows every read newest first, 25 to a page, and the reads by other organisations on their own', () => {
    draw();
    expect(screen.getByText('52 reads, newest first · page 1 of 3')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(25);
    expect(within(bodyRows()[0]).getByText('Morgan Lee')).toBeInTheDocument(); // the newest
    fireEvent.click(screen.getByRole('button', { name: 'page 3' }));
    expect(screen.getByRole('button', { name: 'previous page' })).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(2);
    expect(within(bodyRows()[1]).getByText('the case file')).toBeInTheDocument(); // the oldest, read 0

    fireEvent.click(screen.getByText('Other organisations (12)'));
    expect(screen.getByText('12 reads, newest first')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(12);
    for (const row of bodyRows()) expect(within(row).getByText('BMW of North America')).toBeInTheDocument();
    expect(screen.getByText('Everyone (52)')).toBeInTheDocument();
  });
});

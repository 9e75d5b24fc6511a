import { fireEvent, render, screen } from '@testing-library/react';
import type { Deadline } from '../api/types';
import { AppProviders, makeQueryClient } from '../providers';
import { DeadlinesTable } from './DeadlinesTable';

const deadline: Deadline = {
  deadlineId: 'c1:elected_procedure_offer',
  caseId: 'c1',
  kind: 'elected_procedure_offer',
  title: 'Manufacturer’s written offer due (AB 1755)',
  dueOn: '2026-12-30',
  status: 'OPEN',
  actor: 'manufacturer',
  rule: { text: 'The manufacturer answers the pre-suit notice within 30 days', citation: 'Code Civ. Proc. s 871.24(a)', confidence: 'M' },
  computation: "Runs 30 days from the manufacturer's receipt of the consumer's pre-suit notice (CCP s 871.24(a)).",
  statusReason: 'Cal. Civ. Code ss 1793.2-1793.26 still apply.',
};

describe('deadlines table', () => {
  it('prints the citation, the arithmetic and the rule with the section sign', () => {
    const { container } = render(
      <AppProviders queryClient={makeQueryClient()}>
        <DeadlinesTable deadlines={[deadline]} />
      </AppProviders>,
    );
    expect(screen.getByText('Code Civ. Proc. § 871.24(a)')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByText(/pre-suit notice \(CCP § 871\.24\(a\)\)\.$/)).toBeInTheDocument();
    expect(screen.getByText('Cal. Civ. Code §§ 1793.2-1793.26 still apply.')).toBeInTheDocument();
    expect(screen.getByText(/within 30 days \(Code Civ\. Proc\. § 871\.24\(a\), confidence M/)).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/ ss? \d/);
  });
});

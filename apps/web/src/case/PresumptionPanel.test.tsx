import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders, makeQueryClient } from '../providers';
import type { Presumption } from '../api/types';
import { meterText, PresumptionPanel, prongStatus } from './PresumptionPanel';

const presumption: Presumption = {
  status: 'MET',
  asOf: '2026-11-28',
  statute: { citation: 'Cal. Civ. Code s 1793.22(b)', confidence: 'H' },
  rulePackVersion: { id: 'CA-1', effectiveFrom: '1900-01-01' },
  prongs: [
    {
      kind: 'same_nonconformity_attempts',
      label: 'Same nonconformity (nc-1) subject to repair 4 or more times',
      nonconformityId: 'nc-1',
      count: 4,
      threshold: 4,
      comparison: 'at_least',
      unit: 'repair_attempts',
      met: true,
      metOn: '2026-07-11',
      qualifying: [{ kind: 'repair_attempt', repairAttemptId: 'ra-1', dateIn: '2026-02-21' }],
      excluded: [
        { id: 'ra-2', reason: 'outside_period_by_mileage', detail: 'Mileage in 19,000 is past the 18,000-mile limit.' },
        { id: 'ra-3', reason: 'voided', detail: 'Voided: entered twice.' },
      ],
      citation: 'Cal. Civ. Code s 1793.22(b)(2)',
      confidence: 'H',
    },
    {
      kind: 'days_out_of_service',
      label: 'Out of service more than 30 calendar days',
      count: 22,
      threshold: 30,
      comparison: 'more_than',
      unit: 'days',
      met: false,
      distance: { remaining: 9, unit: 'days', text: '9 more calendar days' },
      citation: 'Cal. Civ. Code s 1793.22(b)(3)',
      confidence: 'M',
    },
  ],
};

describe('presumption panel', () => {
  it('says "3 of 4 repairs" and "22 of more than 30 days"', () => {
    expect(meterText({ ...presumption.prongs[0], count: 3 })).toBe('3 of 4 repairs');
    expect(meterText(presumption.prongs[1])).toBe('22 of more than 30 days');
  });

  it("words a prong's state in sentences, each with one full stop", () => {
    expect(prongStatus(presumption.prongs[0])).toBe('Met on 2026-07-11.');
    expect(
      prongStatus({
        ...presumption.prongs[1],
        distance: { remaining: 3, unit: 'repair_attempts', text: '3 more repair attempts' },
        missingPreconditions: ['Written notice to the manufacturer has not been recorded for "Transmission slips".'],
      }),
    ).toBe('3 more repair attempts. Still missing: Written notice to the manufacturer has not been recorded for "Transmission slips".');
  });

  it('shows the status with its date, one meter per prong with the defect by name, what is missing and a verify marker', () => {
    render(
      <MemoryRouter>
        <AppProviders queryClient={makeQueryClient()}>
          <PresumptionPanel presumption={presumption} names={{ 'nc-1': 'Transmission slips' }} jurisdiction="CA" />
        </AppProviders>
      </MemoryRouter>,
    );
    expect(screen.getByText('MET')).toBeInTheDocument();
    expect(screen.getByText('since 2026-07-11')).toBeInTheDocument();
    expect(screen.getByText(/Same nonconformity \(“Transmission slips”\)/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: /Transmission slips.*4 of 4 repairs/ })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: /22 of more than 30 days/ })).toBeInTheDocument();
    expect(screen.getByText(/9 more calendar days/)).toBeInTheDocument();
    // It opens the rule the prong applies, in the version the case is judged under.
    expect(screen.getByRole('link', { name: 'verify (M)' })).toHaveAttribute('href', '/jurisdictions/CA?version=CA-1#daysOutOfService');
  });

  it("prints the rule packs' ASCII citations with the section sign", () => {
    const statute = { citation: 'Cal. Civ. Code ss 1790-1795.8 (Song-Beverly); s 1793.22 (Tanner Act presumption)', confidence: 'H' };
    const { container } = render(
      <MemoryRouter>
        <AppProviders queryClient={makeQueryClient()}>
          <PresumptionPanel presumption={{ ...presumption, statute }} names={{}} jurisdiction="CA" />
        </AppProviders>
      </MemoryRouter>,
    );
    // Above the prongs, the section they share (cut at a whole subsection), not the whole act's citation.
    expect(screen.getByText('Cal. Civ. Code § 1793.22(b)')).toBeInTheDocument();
    expect(screen.getByText(/Cal\. Civ\. Code § 1793\.22\(b\)\(2\)/)).toBeInTheDocument();
    expect(screen.getByText(/Cal\. Civ\. Code § 1793\.22\(b\)\(3\)/)).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/ s \d/);
  });

  it('expands a prong into the repair orders that counted and those left out, each with the reason', () => {
    const repair = (id: string, ro: string, dateIn: string, mileageIn: number) => ({
      repairAttemptId: id,
      repairOrderNumber: ro,
      dateIn,
      dateOut: dateIn,
      mileageIn,
      nonconformityIds: ['nc-1'],
      outcome: 'not_fixed',
      voided: false,
      corrected: false,
    });
    render(
      <MemoryRouter>
        <AppProviders queryClient={makeQueryClient()}>
          <PresumptionPanel
            presumption={presumption}
            names={{ 'nc-1': 'Transmission slips' }}
            jurisdiction="CA"
            records={{
              repairAttempts: [
                repair('ra-1', 'RO-1001', '2026-02-21', 1620),
                repair('ra-2', 'RO-1009', '2027-09-01', 19000),
                repair('ra-3', 'RO-1010', '2026-03-01', 2000),
              ],
              outOfService: { cumulativeDays: 0, intervals: [] },
              finalRepairOpportunities: [],
            }}
          />
        </AppProviders>
      </MemoryRouter>,
    );
    const toggle = screen.getByRole('button', { name: /Why: 1 counted, 2 left out \(Same nonconformity/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/RO-1001 2026-02-21/)).toBeNull();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/RO-1001 2026-02-21 → 2026-02-21, 1,620 mi/)).toBeInTheDocument();
    expect(screen.getByText(/RO-1009 .* outside the period \(by mileage\): Mileage in 19,000 is past/)).toBeInTheDocument();
    expect(screen.getByText(/RO-1010 .* voided: Voided: entered twice/)).toBeInTheDocument();
  });
});

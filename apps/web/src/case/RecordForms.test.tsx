import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../api/client';
import type { CaseSummary } from '../api/types';
import { AppProviders, makeQueryClient } from '../providers';
import { bodyOf, caseActions } from './facts';
import { formDraft } from './form-draft';
import { RecordDrawer } from './RecordForms';
import { caseHeaderFixture } from './case-summary.fixture';

const summary = {
  ...caseHeaderFixture,
  nonconformities: [{ nonconformityId: 'nc-1', description: 'Transmission slips', safetyCritical: false, repairAttempts: 0 }],
  repairAttempts: [],
  outOfService: { cumulativeDays: 0, intervals: [] },
  odometerReadings: [{ readingId: 'rd-1', readOn: '2026-06-15', mileage: 91500, voided: false, corrected: false }],
  manufacturerNotices: [],
  finalRepairOpportunities: [],
  disputeClaims: [],
} as unknown as CaseSummary;

const reading = summary.odometerReadings![0];

describe('the one record / correct / void form', () => {
  beforeEach(() => sessionStorage.clear());

  it('builds every correction from the record, with correctionReason, and every void with {reason}', () => {
    const actions = caseActions(summary);
    const correct = actions.odometer.correct(reading);
    expect(correct.path).toBe('/odometer-readings/rd-1/corrections');
    expect(bodyOf(correct, { ...correct.initial, mileage: 9150, correctionReason: ' Typo ' })).toEqual({
      readOn: '2026-06-15',
      mileage: 9150,
      correctionReason: 'Typo',
    });
    const voiding = actions.notice.void({ noticeId: 'n-1', sentOn: '2026-03-01', method: 'certified_mail' });
    expect(voiding.path).toBe('/manufacturer-notices/n-1/void');
    expect(bodyOf(voiding, { reason: 'Sent to the dealer' })).toEqual({ reason: 'Sent to the dealer' });
    expect(actions.terms.warranty().path).toBe('/warranty/corrections');
    const vehicle = actions.terms.vehicle();
    expect([vehicle.path, vehicle.reason?.name]).toEqual(['/vehicle/corrections', 'correctionReason']);
    expect(bodyOf(vehicle, { ...vehicle.initial, vin: 'WBA5R1C55KA123456', correctionReason: 'Title' })).toEqual({
      vin: 'WBA5R1C55KA123456',
      make: 'BMW',
      model: 'X5',
      modelYear: 2026,
      correctionReason: 'Title',
    });
    expect(actions.terms.jurisdiction().initial).toEqual({ jurisdiction: 'CA' });
    const note = {
      noteId: 'n-1',
      text: 'Inspection Friday',
      visibility: 'shared',
      eventId: 'e',
      recordedAt: '',
      voided: false,
      corrected: false,
    } as const;
    expect(bodyOf(actions.notes.correct(note), { ...actions.notes.correct(note).initial, correctionReason: 'Day' })).toEqual({
      text: 'Inspection Friday',
      visibility: 'shared',
      correctionReason: 'Day',
    });
    expect(actions.notes.void(note).path).toBe('/notes/n-1/void');
    expect(actions.resolution.correct().path).toBe('/resolution/corrections');
    expect(actions.resolution.reopen().reason?.name).toBe('reason');
    expect(actions.litigation.correct({ stepId: 'l-1', kind: 'complaint_filed', on: '2026-09-01' }).initial).toMatchObject({
      kind: 'complaint_filed',
      on: '2026-09-01',
    });
    expect(actions.litigation.void({ stepId: 'l-1', kind: 'complaint_filed', on: '2026-09-01' }).path).toBe('/litigation-steps/l-1/void');
    const claim = {
      claimId: 'c-1',
      program: 'BBB_AUTO_LINE',
      filedOn: '2026-04-01',
      state: 'decided',
      decision: { decidedOn: '2026-05-01', award: 'repair' },
    };
    expect(actions.dispute.step(claim, 'decision').map((a) => a.path)).toEqual([
      '/dispute-claims/c-1/decision/corrections',
      '/dispute-claims/c-1/decision/void',
    ]);
    expect(actions.dispute.step(claim, 'acceptance').map((a) => a.path)).toEqual(['/dispute-claims/c-1/acceptance']);
  });

  it('checks the VIN as it is typed in the vehicle correction, as "New case" does, and sends it upper-cased', async () => {
    const sent: object[] = [];
    render(
      <AppProviders queryClient={makeQueryClient()}>
        <RecordDrawer
          caseId="case-1"
          form={{ action: caseActions(summary).terms.vehicle() }}
          onClose={() => undefined}
          submit={async (path, body) => void sent.push({ path, body })}
        />
      </AppProviders>,
    );
    const vin = screen.getByRole('textbox', { name: /^VIN/ });
    expect(screen.getByText('Valid VIN (check digit matches).')).toBeInTheDocument();
    fireEvent.change(vin, { target: { value: 'WBA5R1C5' } });
    expect(screen.getByText('8 of 17 characters so far.')).toBeInTheDocument();
    fireEvent.change(vin, { target: { value: 'WBA5R1C50KA12345O' } });
    expect(screen.getByText(/never contain the letters I, O or Q/)).toBeInTheDocument();
    fireEvent.change(vin, { target: { value: 'WBA5R1C50KA123456' } });
    expect(screen.getByText(/The check digit \(9th character\) should be 5/)).toBeInTheDocument();
    expect(vin).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(vin, { target: { value: 'wba5r1c55ka123456' } });
    expect(vin).toHaveValue('WBA5R1C55KA123456');
    expect(screen.getByText('Valid VIN (check digit matches).')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: /Why the correction/ }), { target: { value: 'Title' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the correction' }));
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    expect(sent[0]).toEqual({
      path: '/vehicle/corrections',
      body: { vin: 'WBA5R1C55KA123456', make: 'BMW', model: 'X5', modelYear: 2026, correctionReason: 'Title' },
    });
  }, 30_000);

  it('shows the API’s field errors under their fields, asks before recording an implausible reading, and keeps the draft', async () => {
    const sent: object[] = [];
    const answers = [
      new ApiError(400, {
        message: 'Bad Request',
        errors: [{ field: 'correctionReason', messages: ['correctionReason must not be empty'] }],
      }),
      new ApiError(422, { code: 'implausible_mileage', message: 'odometer 9,150 on 2026-06-15 means 2,246 miles a day' }),
      undefined,
    ];
    const submit = async (path: string, body: object) => {
      sent.push({ path, body });
      const answer = answers.shift();
      if (answer) throw answer;
    };
    const closed: string[] = [];
    render(
      <AppProviders queryClient={makeQueryClient()}>
        <RecordDrawer
          caseId="case-1"
          form={{ action: caseActions(summary).odometer.correct(reading) }}
          onClose={() => closed.push('closed')}
          submit={submit}
        />
      </AppProviders>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: /Mileage/ }), { target: { value: '9150' } });
    expect(formDraft.read('case-1')?.values?.mileage).toBe(9150);
    fireEvent.click(screen.getByRole('button', { name: 'Save the correction' }));
    await screen.findByText('correctionReason must not be empty', {}, { timeout: 10_000 });
    expect(screen.getByRole('textbox', { name: /Mileage/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /Why the correction/ })).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(screen.getByRole('textbox', { name: /Why the correction/ }), { target: { value: 'Typed 91,500 for 9,150' } });
    // Typing in the field takes its error away at once, before the next save.
    expect(screen.queryByText('correctionReason must not be empty')).toBeNull();
    expect(screen.getByRole('textbox', { name: /Why the correction/ })).not.toHaveAttribute('aria-invalid', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Save the correction' }));
    await screen.findByText(/2,246 miles a day/, {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Record anyway' }));
    await waitFor(() => expect(closed).toEqual(['closed']), { timeout: 10_000 });
    expect(sent.at(-1)).toEqual({
      path: '/odometer-readings/rd-1/corrections',
      body: { readOn: '2026-06-15', mileage: 9150, correctionReason: 'Typed 91,500 for 9,150', confirmImplausible: true },
    });
    expect(formDraft.read('case-1')).toBeNull();
  }, 30_000);
});

import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders, makeQueryClient } from '../providers';
import { NewCaseDrawer } from './NewCaseDrawer';

describe('new case form', () => {
  it('checks the VIN as it is typed, check digit included, in plain words', () => {
    render(
      <AppProviders queryClient={makeQueryClient()}>
        <MemoryRouter>
          <NewCaseDrawer opened onClose={() => undefined} />
        </MemoryRouter>
      </AppProviders>,
    );
    const vin = screen.getByLabelText(/^VIN/);
    fireEvent.change(vin, { target: { value: '5UXCR6C0' } });
    expect(screen.getByText('8 of 17 characters so far.')).toBeInTheDocument();
    fireEvent.change(vin, { target: { value: '5UXCR6C07R9S12345' } });
    expect(screen.getByText(/The check digit \(9th character\) should be 6/)).toBeInTheDocument();
    fireEvent.change(vin, { target: { value: '5uxcr6c06r9s12345' } });
    expect(screen.getByText('Valid VIN (check digit matches).')).toBeInTheDocument();
    expect(screen.getByText(/the presumption period and warranty run from it/)).toBeInTheDocument();
  });
});

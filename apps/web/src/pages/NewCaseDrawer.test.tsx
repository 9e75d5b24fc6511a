import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Middleware } from 'openapi-fetch';
import { MemoryRouter } from 'react-router';
import { api } from '../api/client';
import { AppProviders, makeQueryClient } from '../providers';
import { NewCaseDrawer } from './NewCaseDrawer';

const renderForm = () =>
  render(
    <AppProviders queryClient={makeQueryClient()}>
      <MemoryRouter>
        <NewCaseDrawer opened onClose={() => undefined} />
      </MemoryRouter>
    </AppProviders>,
  );

describe('new case form', () => {
  it('checks the VIN as it is typed, check digit included, in plain words', () => {
    renderForm();
    const vin = screen.getByLabelText(/^VIN/);
    fireEvent.change(vin, { target: { value: '5UXCR6C0' } });
    expect(screen.getByText('8 of 17 characters so far.')).toBeInTheDocument();
    fireEvent.change(vin, { target: { value: '5UXCR6C07R9S12345' } });
    expect(screen.getByText(/The check digit \(9th character\) should be 6/)).toBeInTheDocument();
    fireEvent.change(vin, { target: { value: '5uxcr6c06r9s12345' } });
    expect(screen.getByText('Valid VIN (check digit matches).')).toBeInTheDocument();
    expect(screen.getByText(/the presumption period and warranty run from it/)).toBeInTheDocument();
  });

  it('puts the API’s field errors under their fields, and a field’s error goes as soon as that field is changed', async () => {
    // The API as this form meets it: POST /cases refuses two fields (its 400 shape).
    const refuse: Middleware = {
      onRequest: ({ request }) =>
        new Response(
          JSON.stringify({
            message: 'Bad Request',
            code: 'validation_failed',
            errors: [
              { field: 'vehicle.vin', messages: ['vin must be 17 characters'] },
              { field: 'client.name', messages: ['client.name must not be empty'] },
            ],
          }),
          { status: request.method === 'POST' ? 400 : 404, headers: { 'Content-Type': 'application/json' } },
        ),
    };
    api.use(refuse);
    try {
      renderForm();
      fireEvent.click(screen.getByRole('button', { name: /Open the case/ }));
      const vin = screen.getByLabelText(/^VIN/);
      const client = screen.getByLabelText(/^Client name/);
      await waitFor(() => expect(vin).toHaveAttribute('aria-invalid', 'true'));
      expect(client).toHaveAttribute('aria-invalid', 'true');
      fireEvent.change(vin, { target: { value: '5UXCR6C06R9S12345' } });
      expect(vin).not.toHaveAttribute('aria-invalid', 'true');
      expect(screen.queryByText('vin must be 17 characters')).toBeNull();
      expect(client).toHaveAttribute('aria-invalid', 'true');
    } finally {
      api.eject(refuse);
    }
  });
});

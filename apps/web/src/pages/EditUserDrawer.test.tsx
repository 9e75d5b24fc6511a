import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import type { Middleware } from 'openapi-fetch';
import { afterEach, beforeEach } from 'vitest';
import { api } from '../api/client';
import type { Session } from '../api/types';
import { AppProviders, makeQueryClient } from '../providers';
import { SessionProvider } from '../session';
import { EditUserDrawer } from './EditUserDrawer';

const session: Session = {
  user: { id: 'admin-1', name: 'Ana Admin', email: 'ana@firm.example', role: 'admin' },
  organisation: { id: 'org-1', name: 'Delgado & Rivera LLP', kind: 'law_firm', operator: false },
};
const dana = { id: 'user-2', name: 'Dana Whitfeld', email: 'dana@old.example' };

/** The API as this form meets it: answers by method and path; every request is kept to be looked at. */
let requests: Array<{ method: string; path: string; body: unknown }>;
let answers: Record<string, (body: unknown) => [number, unknown]>;
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const fakeApi: Middleware = {
  async onRequest({ request }) {
    const path = new URL(request.url).pathname;
    const body = request.method === 'GET' ? undefined : await request.clone().json();
    requests.push({ method: request.method, path, body });
    const answer = answers[`${request.method} ${path}`];
    return answer ? json(...answer(body)) : json(404, { message: `no such route in the test: ${request.method} ${path}` });
  },
};

beforeEach(() => {
  // Notifications live in one store for the whole page: another test's must not count here.
  notifications.clean();
  requests = [];
  answers = {
    'GET /users/user-2/signature': () => [200, { userId: 'user-2', name: dana.name, signatureLines: ['Associate'], barNumber: null }],
    'GET /organisations/org-1/profile': () => [
      200,
      { organisationId: 'org-1', name: 'Delgado & Rivera LLP', address: '1200 Wilshire Blvd', phone: null, barNumber: null },
    ],
  };
  api.use(fakeApi);
});
afterEach(() => api.eject(fakeApi));

const renderDrawer = () =>
  render(
    <AppProviders queryClient={makeQueryClient()}>
      <SessionProvider session={session}>
        <EditUserDrawer user={dana} onClose={() => undefined} />
      </SessionProvider>
    </AppProviders>,
  );

describe('an admin edits another user', () => {
  it('shows their name, email and signature block, and saves the corrected name and email with a notification', async () => {
    answers['PATCH /users/user-2/name-and-email'] = (body) => [200, { ...dana, ...(body as object) }];
    renderDrawer();
    const form = screen.getByRole('form', { name: 'Name and email of Dana Whitfeld' });
    const name = within(form).getByLabelText(/^Name/);
    expect(name).toHaveValue('Dana Whitfeld');
    expect(within(form).getByLabelText(/^Email/)).toHaveValue('dana@old.example');
    // Their signature block, not the admin's own: the form every user has, for Dana.
    expect(await screen.findByRole('form', { name: 'Signature block of Dana Whitfeld' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Lines under their name')).toHaveValue('Associate');

    fireEvent.change(name, { target: { value: ' Dana Whitfield ' } });
    fireEvent.change(within(form).getByLabelText(/^Email/), { target: { value: 'dana@firm.example' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save name and email' }));
    expect(await screen.findByText('Dana Whitfield (dana@firm.example): name and email saved.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PATCH')).toEqual({
      method: 'PATCH',
      path: '/users/user-2/name-and-email',
      body: { name: 'Dana Whitfield', email: 'dana@firm.example' },
    });
  });

  it('puts the API’s field errors under their fields: a taken email under Email, nothing announced as saved', async () => {
    answers['PATCH /users/user-2/name-and-email'] = () => [
      409,
      {
        message: 'another user already has this email address',
        code: 'email_taken',
        errors: [{ field: 'email', messages: ['another user already has this email address'] }],
      },
    ];
    renderDrawer();
    const form = screen.getByRole('form', { name: 'Name and email of Dana Whitfeld' });
    const email = within(form).getByLabelText(/^Email/);
    fireEvent.change(email, { target: { value: 'sam@firm.example' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save name and email' }));
    await waitFor(() => expect(email).toHaveAccessibleDescription('another user already has this email address'));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/name and email saved/)).toBeNull();
    expect(within(form).queryByRole('alert')).toBeNull(); // said once, under the field
    // Typing a new address takes the error away at once (useFormFields), before the next save.
    fireEvent.change(email, { target: { value: 'sam.okafor@firm.example' } });
    expect(email).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('another user already has this email address')).toBeNull();
  });

  it('starts each save afresh: the last refusal goes and the button can be pressed again', async () => {
    const refusals: Array<[number, unknown]> = [
      [503, { message: 'the directory is not answering; try again' }],
      [409, { message: 'taken', errors: [{ field: 'email', messages: ['another user already has this email address'] }] }],
    ];
    answers['PATCH /users/user-2/name-and-email'] = (body) => refusals.shift() ?? [200, { ...dana, ...(body as object) }];
    renderDrawer();
    const form = screen.getByRole('form', { name: 'Name and email of Dana Whitfeld' });
    const email = within(form).getByLabelText(/^Email/);
    const save = within(form).getByRole('button', { name: 'Save name and email' });
    fireEvent.click(save);
    expect(await within(form).findByRole('alert')).toHaveTextContent('the directory is not answering; try again');
    // Each save is pressed again with nothing typed: what the last one was told must not stay.
    fireEvent.click(save);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).queryByRole('alert')).toBeNull();
    fireEvent.click(save);
    expect(await screen.findByText(/name and email saved/)).toBeInTheDocument();
    expect(email).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('saves their signature lines and bar number to their own user, not the admin’s', async () => {
    answers['PATCH /users/user-2'] = (body) => [200, { ...dana, signature: body }];
    renderDrawer();
    const lines = await screen.findByLabelText('Lines under their name');
    fireEvent.change(lines, { target: { value: 'Associate\nAttorney for Maria Delgado' } });
    fireEvent.change(screen.getByLabelText('Their State Bar number'), { target: { value: '654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the signature of Dana Whitfeld' }));
    expect(await screen.findByText('Signature of Dana Whitfeld saved: letters they generate from now on carry it.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PATCH')).toEqual({
      method: 'PATCH',
      path: '/users/user-2',
      body: { signatureLines: ['Associate', 'Attorney for Maria Delgado'], barNumber: '654321' },
    });
    // The preview closes with Dana's name and new lines under the firm's letterhead.
    const preview = screen.getByRole('figure', { name: 'Preview of a letter’s head and closing' });
    expect(within(preview).getByText('State Bar No. 654321')).toBeInTheDocument();
    expect(within(preview).getByText('Dana Whitfeld')).toBeInTheDocument();
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AppProviders, makeQueryClient } from '../providers';
import { QueryBlock } from './States';

/** A request that fails the first time it is made and answers every time after. */
const failingOnce = () => {
  let calls = 0;
  const request = async () => {
    calls += 1;
    if (calls === 1) throw new Error('The server did not answer');
    return ['Eureka', 'Lisbon'];
  };
  return { request, calls: () => calls };
};

function Lemons({
  request,
  renderError,
}: {
  request: () => Promise<string[]>;
  renderError?: (error: Error, retry: () => void) => ReactNode;
}) {
  // No automatic retries: the test's button is the only way the request is made again.
  const query = useQuery({ queryKey: ['lemons'], queryFn: request, retry: false });
  return (
    <QueryBlock query={query} label="Loading lemons" renderError={renderError}>
      {(lemons) => <p>Lemons: {lemons.join(', ')}</p>}
    </QueryBlock>
  );
}

const renderLemons = (props: Parameters<typeof Lemons>[0]) =>
  render(
    <AppProviders queryClient={makeQueryClient()}>
      <Lemons {...props} />
    </AppProviders>,
  );

describe('a block showing a query', () => {
  it('says it is loading, then what went wrong with "Try again", which asks again and shows the answer', async () => {
    const server = failingOnce();
    renderLemons({ request: server.request });

    expect(screen.getByText('Loading lemons…')).toBeInTheDocument();
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent('This could not be loaded');
    expect(problem).toHaveTextContent('The server did not answer');
    expect(screen.queryByText(/Lemons:/)).not.toBeInTheDocument();

    fireEvent.click(within(problem).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Lemons: Eureka, Lisbon')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText('Loading lemons…')).not.toBeInTheDocument();
    expect(server.calls()).toBe(2);
  });

  it('hands a block of its own for errors the retry, which asks again too', async () => {
    const server = failingOnce();
    renderLemons({
      request: server.request,
      renderError: (error, retry) => (
        <button type="button" onClick={retry}>
          Ask again after: {error.message}
        </button>
      ),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Ask again after: The server did not answer' }));

    expect(await screen.findByText('Lemons: Eureka, Lisbon')).toBeInTheDocument();
    expect(server.calls()).toBe(2);
  });
});

import { render, screen, within } from '@testing-library/react';
import { AppProviders, makeQueryClient } from '../providers';
import { DirectoryEntryCard, modelYearsText, type DirectoryEntry, type Sourced } from './DirectoryEntry';

const sourced = <T,>(value: T, confidence: 'H' | 'M' | 'L'): Sourced<T> => ({ value, confidence, sources: ['BMW-2005'] });
const address = { lines: ['PO Box 1227'], city: 'Westwood', state: 'New Jersey', stateCode: 'NJ', postalCode: '07675' };

/** An entry shaped as GET /manufacturers returns it (BMW's, abridged), with the three kinds of edition. */
const entry: DirectoryEntry = {
  id: 'bmw',
  name: 'BMW of North America, LLC',
  aliases: ['BMW'],
  noticeAddress: sourced(address, 'H'),
  customerRelationsPhone: sourced('1-800-831-1117', 'M'),
  noticeRequirementDisclosed: sourced(true, 'H'),
  disputeProgram: {
    program: 'BBB_AUTO_LINE',
    name: 'BBB AUTO LINE',
    address: sourced(address, 'H'),
    phone: sourced('1-800-955-5100', 'H'),
    filingWindow: sourced('Within 6 months after the warranty expires', 'L'),
    participatingStates: [
      { editionId: 'booklet-2005', title: 'BMW 2005 booklet', modelYears: { from: 2005, to: 2005 }, states: sourced(['CA', 'GA'], 'H') },
      { editionId: 'booklet-2010', title: 'BMW 2010–2014 booklets', modelYears: { from: 2010, to: 2014 }, states: sourced(['CA'], 'H') },
      {
        editionId: 'current',
        title: 'BBB AUTO LINE participants page',
        modelYears: { from: 2020, to: 9999 },
        states: sourced(['CA', 'VA'], 'M'),
      },
    ],
  },
};

describe('a manufacturer directory entry', () => {
  it('reads model years as a person says them: one year, a range, or onward for the current edition', () => {
    expect(modelYearsText({ from: 2005, to: 2005 })).toBe('model year 2005');
    expect(modelYearsText({ from: 2010, to: 2014 })).toBe('model years 2010–2014');
    expect(modelYearsText({ from: 2020, to: 9999 })).toBe('model years 2020 onward');

    render(<DirectoryEntryCard entry={entry} sources={{ 'BMW-2005': { title: 'BMW 2005 warranty booklet', where: 'p. 31' } }} />, {
      wrapper: ({ children }) => <AppProviders queryClient={makeQueryClient()}>{children}</AppProviders>,
    });
    expect(screen.getByRole('rowheader', { name: 'Participating states, model years 2020 onward' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Participating states, model year 2005' })).toBeInTheDocument();
    expect(screen.queryByText(/9999/)).not.toBeInTheDocument();
  });

  it('asks to verify every value below high confidence, as the jurisdiction pages do', () => {
    render(<DirectoryEntryCard entry={entry} sources={{}} />, {
      wrapper: ({ children }) => <AppProviders queryClient={makeQueryClient()}>{children}</AppProviders>,
    });
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(within(row('Customer relations')).getByText('medium confidence · verify')).toBeInTheDocument();
    expect(within(row('Claim filing window')).getByText('low confidence · verify')).toBeInTheDocument();
    expect(within(row('Written notice to')).getByText('high confidence')).toBeInTheDocument();
  });
});

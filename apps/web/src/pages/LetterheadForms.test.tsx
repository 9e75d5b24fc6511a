import { render, screen, within } from '@testing-library/react';
import { AppProviders, makeQueryClient } from '../providers';
import { LetterPreview } from './LetterheadForms';

const lines = (figure: HTMLElement) =>
  within(figure)
    .getAllByText(/.+/)
    .map((el) => el.textContent);

describe('the letter preview', () => {
  it('reads as the letter templates print it: name, address, "Telephone: …"; the signer, their lines, the bar number once, the firm', () => {
    render(
      <AppProviders queryClient={makeQueryClient()}>
        <LetterPreview
          firm="Delgado & Rivera LLP"
          address=" 1200 Wilshire Blvd, Suite 400, Los Angeles, CA 90017 "
          phone="(213) 555-0142"
          signer={{ name: 'Alex Rivera', lines: ['Attorney for Plaintiff'], barNumber: '123456' }}
        />
      </AppProviders>,
    );
    const figure = screen.getByRole('figure', { name: 'Preview of a letter’s head and closing' });
    expect(lines(figure)).toEqual([
      'Delgado & Rivera LLP',
      '1200 Wilshire Blvd, Suite 400, Los Angeles, CA 90017',
      'Telephone: (213) 555-0142',
      '[date] · [addressee] · [letter] …',
      'Sincerely,',
      'Alex Rivera',
      'Attorney for Plaintiff',
      'State Bar No. 123456',
      'Delgado & Rivera LLP',
    ]);
  });

  it('prints the bar number only once when a line already carries it, and says when the letterhead is bare', () => {
    render(
      <AppProviders queryClient={makeQueryClient()}>
        <LetterPreview
          firm="Delgado LLP"
          address=""
          phone=""
          signer={{ name: 'Alex Rivera', lines: ['SBN 123456'], barNumber: '123456' }}
        />
      </AppProviders>,
    );
    const figure = screen.getByRole('figure');
    expect(within(figure).queryByText(/State Bar No\./)).toBeNull();
    expect(within(figure).getByText(/no address or telephone yet/)).toBeTruthy();
  });
});

import { render, screen, within } from '@testing-library/react';
import { AppProviders, makeQueryClient } from '../providers';
import { ruleFigures, ruleText, type RulePackVersionBody } from '../lib/rule-pack';
import { VersionRules } from './JurisdictionPage';

const sourced = <T,>(value: T, confidence: 'H' | 'M' | 'L', citation: string, extra: object = {}) => ({
  value,
  confidence,
  citation,
  ...extra,
});

/** A version shaped as GET /jurisdictions/{code} returns it (California's values, abridged). */
const version: RulePackVersionBody = {
  id: 'CA-1',
  effectiveFrom: '1900-01-01',
  effectiveFromBasis: sourced('Earliest encoded text.', 'M', 'Cal. Civ. Code s 1793.22(b)'),
  lowConfidence: ['notice (M)'],
  period: sourced(
    {
      months: 18,
      miles: 18000,
      combine: 'whichever_first',
      text: 'Within 18 months from delivery to the buyer or 18,000 miles on the odometer.',
    },
    'H',
    'Cal. Civ. Code s 1793.22(b)',
    { sources: ['LLAZ:california'] },
  ),
  sameNonconformity: sourced(
    { threshold: 4, comparison: 'at_least', text: 'Subject to repair four or more times.' },
    'H',
    'Cal. Civ. Code s 1793.22(b)(2)',
  ),
  seriousSafety: sourced(
    [{ threshold: 2, comparison: 'at_least', text: 'Two or more times for a serious safety defect.' }],
    'H',
    'Cal. Civ. Code s 1793.22(b)(1)',
  ),
  anyDefectAttempts: null,
  daysOutOfService: sourced(
    { days: 30, comparison: 'more_than', dayType: 'calendar', text: 'More than 30 calendar days.' },
    'H',
    'Cal. Civ. Code s 1793.22(b)(3)',
  ),
  notice: sourced({ required: 'if_disclosed', text: 'Direct notice applies only if disclosed.' }, 'M', 'Cal. Civ. Code s 1793.22(b)(3)', {
    sources: ['CA_USLEGAL'],
    interpretations: ['Notice by any written means the warranty names.'],
  }),
  coverage: {
    leased: sourced('Covered (buyer or lessee)', 'H', 'Cal. Civ. Code s 1793.22(b)'),
    used: sourced('Narrowed in 2024 - verify.', 'L', 'Cal. Civ. Code s 1793.22(e)'),
  },
};
const sources = {
  'LLAZ:california': { title: 'California lemon law text', address: 'https://example.org/ca' },
  CA_USLEGAL: { title: 'US Legal: California lemon law', address: 'https://example.org/uslegal' },
};

describe('a jurisdiction as we read it', () => {
  it('puts each rule in figures: period, attempts, serious-safety tiers, days', () => {
    expect(ruleFigures('period', version.period as never)).toBe('18 months or 18,000 miles, whichever first');
    expect(ruleFigures('sameNonconformity', version.sameNonconformity as never)).toBe('at least 4 repairs');
    expect(ruleFigures('seriousSafety', version.seriousSafety as never)).toBe('at least 2 repairs');
    expect(ruleFigures('daysOutOfService', version.daysOutOfService as never)).toBe('more than 30 calendar days');
    expect(ruleFigures('notice', version.notice as never)).toBeUndefined();
    expect(ruleText(version.coverage.used)).toEqual(['Narrowed in 2024 - verify.']);
  });

  it('shows every rule with the statute’s words, its citation, our confidence, our readings and each source as a link', () => {
    render(
      <AppProviders queryClient={makeQueryClient()}>
        <VersionRules version={version} sources={sources} />
      </AppProviders>,
    );
    const notice = screen.getByRole('region', { name: 'Written notice to the manufacturer' });
    expect(notice).toHaveAttribute('id', 'notice');
    expect(within(notice).getByText('Direct notice applies only if disclosed.')).toBeInTheDocument();
    expect(within(notice).getByText('medium confidence · verify')).toBeInTheDocument();
    expect(within(notice).getByText('Cal. Civ. Code § 1793.22(b)(3)')).toBeInTheDocument();
    expect(within(notice).getByText('Notice by any written means the warranty names.')).toBeInTheDocument();
    expect(within(notice).getByRole('link', { name: 'US Legal: California lemon law' })).toHaveAttribute(
      'href',
      'https://example.org/uslegal',
    );
    expect(screen.getByRole('region', { name: 'Presumption period: 18 months or 18,000 miles, whichever first' })).toBeInTheDocument();
    // A rule the statute does not have is said, not left out silently.
    expect(screen.getByText(/The statute has no rule for: repairs of any defects/)).toBeInTheDocument();
    expect(
      screen.getByText('Below high confidence, verify before relying on: Written notice to the manufacturer (M).'),
    ).toBeInTheDocument();
  });
});

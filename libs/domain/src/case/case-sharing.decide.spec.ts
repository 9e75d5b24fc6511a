import type { CaseEvent } from './case.events';
import { foldCase } from './case.state';
import { caseOpened, caseResolved, givenCase, openCaseData } from './case.spec-helpers';

const FIRM = 'org-firm';
const BMW = 'org-bmw';
const ownedCase = (): CaseEvent => ({ type: 'CaseOpened', data: { ...openCaseData(), ownerOrganisationId: FIRM } });
const OTHER_FIRM = 'org-other-firm';
const shared = (organisationId = BMW, as: 'manufacturer' | 'co_counsel' = 'manufacturer'): CaseEvent => ({
  type: 'CaseShared',
  data: { organisationId, access: 'read', as },
});
const share = (
  organisationId = BMW,
  targetKind: 'manufacturer' | 'law_firm' | 'none' = 'manufacturer',
  as: 'manufacturer' | 'co_counsel' = 'manufacturer',
) => ({ type: 'ShareCase' as const, data: { organisationId, as, targetKind: targetKind === 'none' ? undefined : targetKind } });

describe('sharing a case file read-only with another organisation', () => {
  describe('when the case is open', () => {
    it('shares with a manufacturer, read-only', () => {
      givenCase([ownedCase()]).when(share()).then([shared()]);
    });

    it('shares with another law firm only as co-counsel, still read-only', () => {
      givenCase([ownedCase()])
        .when(share(OTHER_FIRM, 'law_firm', 'co_counsel'))
        .then([shared(OTHER_FIRM, 'co_counsel')]);
    });

    // One refusal for an organisation that does not exist and for one that may not receive the case:
    // the route must not tell which organisations exist.
    it.each([
      ['a law firm, not as co-counsel', 'law_firm', 'manufacturer'],
      ['a manufacturer "as co-counsel"', 'manufacturer', 'co_counsel'],
      ['an organisation that does not exist', 'none', 'manufacturer'],
      ['an organisation that does not exist, as co-counsel', 'none', 'co_counsel'],
    ] as const)('refuses %s, with the same answer', (_what, kind, as) => {
      givenCase([ownedCase()])
        .when(share(OTHER_FIRM, kind, as))
        .thenThrows(
          'rule_violation',
          'cannot be shared with that organisation: share it with a manufacturer, or with a law firm as co_counsel',
          'organisationId',
        );
    });

    it('refuses sharing with the owner itself or twice', () => {
      givenCase([ownedCase()])
        .when(share(FIRM, 'law_firm', 'co_counsel'))
        .thenThrows('rule_violation', 'already belongs', 'organisationId');
      givenCase([ownedCase(), shared()]).when(share()).thenThrows('rule_violation', 'already shared', 'organisationId');
    });

    it('revokes a share, and refuses revoking one that does not exist', () => {
      givenCase([ownedCase(), shared()])
        .when({ type: 'RevokeCaseShare', data: { organisationId: BMW } })
        .then([{ type: 'CaseShareRevoked', data: { organisationId: BMW } }]);
      givenCase([ownedCase()])
        .when({ type: 'RevokeCaseShare', data: { organisationId: BMW } })
        .thenThrows('rule_violation', 'not shared', 'organisationId');
    });

    it('folds owner and shares into the state', () => {
      const state = foldCase([ownedCase(), shared(), shared('org-other'), { type: 'CaseShareRevoked', data: { organisationId: BMW } }]);
      expect(state.status !== 'none' && [state.ownerOrganisationId, [...state.sharedWith]]).toEqual([FIRM, ['org-other']]);
    });
  });

  describe('when the case is resolved', () => {
    it('still shares and revokes: audits come after the end', () => {
      givenCase([ownedCase(), caseResolved()]).when(share()).then([shared()]);
    });
  });

  describe('when no case exists', () => {
    it('is case_not_found', () => {
      givenCase([]).when(share()).thenThrows('case_not_found', 'open the case');
    });
  });

  it('a case opened without an owner (older events) has none', () => {
    const state = foldCase([caseOpened()]);
    expect(state.status !== 'none' && state.ownerOrganisationId).toBeUndefined();
  });
});

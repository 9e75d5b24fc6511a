import type { CaseEvent } from './case.events';
import { foldCase } from './case.state';
import { caseOpened, caseResolved, givenCase, openCaseData } from './case.spec-helpers';

const FIRM = 'org-firm';
const BMW = 'org-bmw';
const ownedCase = (): CaseEvent => ({ type: 'CaseOpened', data: { ...openCaseData(), ownerOrganisationId: FIRM } });
const shared = (organisationId = BMW): CaseEvent => ({ type: 'CaseShared', data: { organisationId, access: 'read' } });

describe('sharing a case file read-only with another organisation', () => {
  describe('when the case is open', () => {
    it('shares with a manufacturer, read-only', () => {
      givenCase([ownedCase()])
        .when({ type: 'ShareCase', data: { organisationId: BMW } })
        .then([shared()]);
    });

    it('refuses sharing with the owner itself or twice', () => {
      givenCase([ownedCase()])
        .when({ type: 'ShareCase', data: { organisationId: FIRM } })
        .thenThrows('rule_violation', 'already belongs', 'organisationId');
      givenCase([ownedCase(), shared()])
        .when({ type: 'ShareCase', data: { organisationId: BMW } })
        .thenThrows('rule_violation', 'already shared', 'organisationId');
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
      givenCase([ownedCase(), caseResolved()])
        .when({ type: 'ShareCase', data: { organisationId: BMW } })
        .then([shared()]);
    });
  });

  describe('when no case exists', () => {
    it('is case_not_found', () => {
      givenCase([])
        .when({ type: 'ShareCase', data: { organisationId: BMW } })
        .thenThrows('case_not_found', 'open the case');
    });
  });

  it('a case opened without an owner (older events) has none', () => {
    const state = foldCase([caseOpened()]);
    expect(state.status !== 'none' && state.ownerOrganisationId).toBeUndefined();
  });
});

import { foldCase } from './case.state';
import { caseOpened, caseResolved, givenCase, openWithRepair } from './case.spec-helpers';

const update = (name = 'Maria Delgado-Ruiz') => ({
  type: 'UpdateClientDetails' as const,
  data: { client: { name, email: 'maria@example.org', phone: '+1 818 555 0199', address: '12 Elm St, Glendale CA' } },
});

describe('update-client-details', () => {
  it('replaces the contact details, also on a resolved case', () => {
    givenCase(openWithRepair())
      .when(update())
      .then([{ type: 'ClientDetailsUpdated', data: update().data }]);
    givenCase([...openWithRepair(), caseResolved()])
      .when(update())
      .then([{ type: 'ClientDetailsUpdated', data: update().data }]);
    const state = foldCase([caseOpened(), { type: 'ClientDetailsUpdated', data: update().data }]);
    expect(state.status !== 'none' && state.client).toEqual(update().data.client);
  });

  it('needs a name', () => {
    givenCase(openWithRepair()).when(update(' ')).thenThrows('rule_violation', "the client's name must not be blank", 'name');
  });
});

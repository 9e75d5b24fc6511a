/** Replacing the client's contact details (an update, not a correction: no reason is asked). */
import type { UpdateClientDetails } from './case.commands';
import type { ClientDetailsUpdated } from './case.events';
import type { CaseFile } from './case.state';
import { assertNotBlank } from './case.guards';

export const updateClientDetails = (command: UpdateClientDetails, _state: CaseFile): ClientDetailsUpdated => {
  assertNotBlank(command.data.client.name, 'name', "the client's name");
  return { type: 'ClientDetailsUpdated', data: { client: { ...command.data.client } } };
};

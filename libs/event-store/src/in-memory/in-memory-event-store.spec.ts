import { describeEventStoreContract } from '../testing/event-store.contract';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreContract('in-memory', {
  setup: async () => new InMemoryEventStore(),
  teardown: (store) => store.close(),
});

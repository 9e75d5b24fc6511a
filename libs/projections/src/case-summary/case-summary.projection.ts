import type { CaseOpened, CaseEventType, RepairAttemptRecorded, RepairAttemptCorrected } from '@lemon/domain';
import { CASE_STREAM_PREFIX } from '@lemon/domain';
import type { RecordedEvent } from '@lemon/event-store';
import type { EntityManager } from 'typeorm';
import { presumptionForStorage } from '../case-presumption/case-presumption';
import type { Projection } from '../projection';
import { CaseSummaryEntity, type StoredCaseEvent } from './case-summary.entity';

const caseIdOf = (streamId: string): string => streamId.slice(CASE_STREAM_PREFIX.length);

const toStored = (event: RecordedEvent): StoredCaseEvent => ({
  eventId: event.id,
  type: event.type,
  version: event.streamVersion,
  position: event.position,
  data: event.data,
  metadata: event.metadata as Record<string, unknown>,
  recordedAt: event.recordedAt.toISOString(),
});

const RESOLVING: CaseEventType = 'CaseResolved';

/** Lower-cased words a user may search a case by. */
const searchTextOf = (opened: CaseOpened['data'], events: readonly StoredCaseEvent[]): string => {
  const repairOrders = events
    .filter((e) => e.type === 'RepairAttemptRecorded' || e.type === 'RepairAttemptCorrected')
    .map((e) => (e.data as (RepairAttemptRecorded | RepairAttemptCorrected)['data']).repairOrderNumber ?? '');
  return [opened.client.name, opened.vehicle.vin, opened.vehicle.make, opened.vehicle.model, opened.manufacturer.name, ...repairOrders]
    .join(' ')
    .toLowerCase();
};

/**
 * Case summaries and the case list: one row per case holding its events and searchable columns.
 * Views (days out of service, presumption, deadlines) are computed from the stored events at
 * read time, because they depend on "today".
 */
export class CaseSummaryProjection implements Projection {
  readonly name = 'case-summary';
  readonly version = 2; // v2: stores the presumption status
  readonly streamPrefix = CASE_STREAM_PREFIX;

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const byCase = new Map<string, RecordedEvent[]>();
    for (const event of events) {
      const caseId = caseIdOf(event.streamId);
      byCase.set(caseId, [...(byCase.get(caseId) ?? []), event]);
    }
    const repository = manager.getRepository(CaseSummaryEntity);
    const existing = await repository.find({ where: [...byCase.keys()].map((caseId) => ({ caseId })) });
    const rows = new Map(existing.map((row) => [row.caseId, row]));
    const changed: CaseSummaryEntity[] = [];
    for (const [caseId, caseEvents] of byCase) {
      const row = rows.get(caseId);
      const fresh = caseEvents.filter((e) => e.streamVersion > (row?.version ?? 0)).map(toStored);
      if (fresh.length === 0) continue;
      const all = [...(row?.events ?? []), ...fresh];
      const opened = all.find((e) => e.type === 'CaseOpened');
      if (!opened) continue; // a stream always starts with CaseOpened; anything else is not a case
      const openedData = opened.data as CaseOpened['data'];
      const last = all[all.length - 1];
      const presumption = presumptionForStorage(openedData.jurisdiction, all);
      changed.push(
        repository.create({
          caseId,
          version: last.version,
          lastPosition: last.position,
          status: all.some((e) => e.type === RESOLVING) ? 'resolved' : 'open',
          jurisdiction: openedData.jurisdiction,
          clientName: openedData.client.name,
          vin: openedData.vehicle.vin,
          make: openedData.vehicle.make,
          model: openedData.vehicle.model,
          modelYear: openedData.vehicle.modelYear,
          deliveryDate: openedData.acquisition.deliveryDate,
          searchText: searchTextOf(openedData, all),
          openedAt: new Date(opened.recordedAt),
          updatedAt: new Date(last.recordedAt),
          events: all,
          presumptionStatus: presumption.status,
          presumptionEvaluatedOn: presumption.evaluatedOn,
          presumptionStaleOn: presumption.staleOn,
        }),
      );
    }
    if (changed.length > 0) await repository.save(changed, { reload: false });
  }

  async reset(manager: EntityManager): Promise<void> {
    await manager.query('TRUNCATE rm_case_summaries');
  }
}

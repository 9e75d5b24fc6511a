import type { CaseOpened, CaseEventType, RepairAttemptRecorded, RepairAttemptCorrected } from '@lemon/domain';
import { CASE_STREAM_PREFIX } from '@lemon/domain';
import type { RecordedEvent } from '@lemon/event-store';
import { In, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { enqueueWebhookEvent } from '@lemon/webhooks';
import { presumptionForStorage } from '../case-presumption/case-presumption';
import { refreshCaseDeadlines } from '../deadline-docket/deadline-docket';
import type { ApplyMode, Projection } from '../projection';
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
/** Presumption status of a row whose derived data a rebuild has not computed yet. */
const PENDING = 'PENDING';

/** Lower-cased words a user may search a case by. */
const searchTextOf = (opened: CaseOpened['data'], events: readonly StoredCaseEvent[]): string => {
  const repairOrders = events
    .filter((e) => e.type === 'RepairAttemptRecorded' || e.type === 'RepairAttemptCorrected')
    .map((e) => (e.data as (RepairAttemptRecorded | RepairAttemptCorrected)['data']).repairOrderNumber ?? '');
  return [opened.client.name, opened.vehicle.vin, opened.vehicle.make, opened.vehicle.model, opened.manufacturer.name, ...repairOrders]
    .join(' ')
    .toLowerCase();
};

/** The organisation a case belongs to (recorded on CaseOpened; before that, the opener's organisation). */
const ownerOf = (opened: StoredCaseEvent): string =>
  (opened.data as CaseOpened['data']).ownerOrganisationId ??
  (opened.metadata.actor as { organisationId?: string } | undefined)?.organisationId ??
  'unowned';

/** Organisations the case is shared with, read-only, after every share and revocation in order. */
const sharedWithOf = (events: readonly StoredCaseEvent[]): string[] => {
  const shared = new Set<string>();
  for (const e of events) {
    if (e.type === 'CaseShared') shared.add((e.data as { organisationId: string }).organisationId);
    if (e.type === 'CaseShareRevoked') shared.delete((e.data as { organisationId: string }).organisationId);
  }
  return [...shared].sort();
};

/**
 * The case files: one row per case holding its events and searchable columns, its deadlines on
 * the docket, and the `case.presumption_met` alert when a case crosses into MET, all written in
 * the same transaction. Views that depend on "today" are computed from the stored events at
 * read time.
 */
export class CaseSummaryProjection implements Projection {
  readonly name = 'case-summary';
  readonly version = 4; // v2: presumption status; v3: deadline docket and owner; v4: shares
  readonly streamPrefix = CASE_STREAM_PREFIX;

  async apply(events: readonly RecordedEvent[], manager: EntityManager, mode: ApplyMode = 'live'): Promise<void> {
    const byCase = new Map<string, RecordedEvent[]>();
    for (const event of events) {
      const caseId = caseIdOf(event.streamId);
      byCase.set(caseId, [...(byCase.get(caseId) ?? []), event]);
    }
    const repository = manager.getRepository(CaseSummaryEntity);
    const existing = await repository.findBy({ caseId: In([...byCase.keys()]) });
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
      const organisationId = ownerOf(opened);
      // A rebuild replays each case's events across many batches: its presumption and docket are
      // computed once, from its final history, in finishRebuild (no alerts: they were raised live).
      const presumption =
        mode === 'rebuild'
          ? { status: PENDING, evaluatedOn: last.recordedAt.slice(0, 10), staleOn: null }
          : presumptionForStorage(openedData.jurisdiction, all);
      if (mode === 'live') await refreshCaseDeadlines(manager, caseId, organisationId, openedData.jurisdiction, all);
      if (mode === 'live' && presumption.status === 'MET' && row?.presumptionStatus !== 'MET') {
        await enqueueWebhookEvent(manager, {
          organisationId,
          type: 'case.presumption_met',
          dedupeKey: `presumption_met:${caseId}:v${last.version}`,
          data: {
            caseId,
            jurisdiction: openedData.jurisdiction,
            evaluatedOn: presumption.evaluatedOn,
            links: { case: `/cases/${caseId}`, presumption: `/cases/${caseId}/presumption` },
          },
          now: new Date(last.recordedAt),
        });
      }
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
          organisationId,
          sharedWith: sharedWithOf(all),
        }),
      );
    }
    // One multi-row upsert per batch (save() would read and write each row separately).
    if (changed.length > 0) {
      await repository.upsert(changed as QueryDeepPartialEntity<CaseSummaryEntity>[], {
        conflictPaths: ['caseId'],
        skipUpdateIfNoValuesChanged: false,
      });
    }
  }

  async finishRebuild(dataSource: DataSource, onProgress?: (done: number) => void): Promise<void> {
    const chunk = 250;
    let after = '00000000-0000-0000-0000-000000000000';
    let done = 0;
    for (;;) {
      const rows = await dataSource.getRepository(CaseSummaryEntity).find({
        where: { caseId: MoreThan(after), presumptionStatus: PENDING },
        order: { caseId: 'ASC' },
        take: chunk,
      });
      if (rows.length === 0) return;
      await dataSource.transaction(async (manager) => {
        for (const row of rows) {
          const presumption = presumptionForStorage(row.jurisdiction, row.events);
          await refreshCaseDeadlines(manager, row.caseId, row.organisationId, row.jurisdiction, row.events);
          await manager.update(
            CaseSummaryEntity,
            { caseId: row.caseId },
            {
              presumptionStatus: presumption.status,
              presumptionEvaluatedOn: presumption.evaluatedOn,
              presumptionStaleOn: presumption.staleOn,
            },
          );
        }
      });
      after = rows[rows.length - 1].caseId;
      done += rows.length;
      onProgress?.(done);
    }
  }

  async reset(manager: EntityManager): Promise<void> {
    await manager.query('TRUNCATE rm_case_summaries, rm_deadlines');
  }
}

import ical, { ICalCalendarMethod } from 'ical-generator';
import type { DocketEntry } from '../queries/list-deadlines.query';

/** "Maria Delgado · 2024 BMW X5": how a person names a case. */
export const caseName = (entry: Pick<DocketEntry, 'clientName' | 'vehicle'>): string =>
  [entry.clientName, [entry.vehicle.modelYear, entry.vehicle.make, entry.vehicle.model].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' · ');

/**
 * The docket as an iCalendar feed: one all-day event per dated deadline, stable UIDs (the
 * deadline id) so calendar apps update entries in place when a date moves. Each event names the
 * client and the vehicle (issue 11: people read names, not ids); the feed is the organisation's
 * own docket (and cases shared with it), behind its secret token.
 */
export function docketCalendar(entries: readonly DocketEntry[], options: { name: string; baseUrl: string; now: Date }): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Lemon Ledger', product: 'docket', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const entry of entries) {
    if (!entry.dueOn) continue;
    const [year, month, day] = entry.dueOn.split('-').map(Number);
    calendar.createEvent({
      id: entry.deadlineId,
      allDay: true,
      start: new Date(Date.UTC(year, month - 1, day)),
      stamp: options.now,
      summary: `${entry.status === 'MISSED' || entry.status === 'OVERDUE' ? `[${entry.status}] ` : ''}${entry.title}${entry.dueIsEstimate ? ' (estimated)' : ''} · ${caseName(entry)}`,
      description: [
        `Case: ${caseName(entry)} (${entry.jurisdiction}), id ${entry.caseId}`,
        `Status: ${entry.status}${entry.statusReason ? ` - ${entry.statusReason}` : ''}`,
        `Who acts: ${entry.actor}`,
        `Rule: ${entry.rule.text}`,
        `Citation: ${entry.rule.citation} (confidence ${entry.rule.confidence}${entry.lowConfidence ? ', verify' : ''})`,
        `Computation: ${entry.computation}`,
      ].join('\n'),
      url: `${options.baseUrl}/cases/${entry.caseId}/deadlines`,
    });
  }
  return calendar.toString();
}

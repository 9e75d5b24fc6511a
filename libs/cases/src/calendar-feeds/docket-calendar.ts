import ical, { ICalCalendarMethod } from 'ical-generator';
import type { DocketEntry } from '../queries/list-deadlines.query';

/**
 * The docket as an iCalendar feed: one all-day event per dated deadline, stable UIDs (the
 * deadline id) so calendar apps update entries in place when a date moves. No client names.
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
      summary: `${entry.status === 'MISSED' || entry.status === 'OVERDUE' ? `[${entry.status}] ` : ''}${entry.title}${entry.dueIsEstimate ? ' (estimated)' : ''}`,
      description: [
        `Case ${entry.caseId} (${entry.jurisdiction})`,
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

import type { CaseAccess, Principal } from '@lemon/access';
import type { RecordedEvent } from '@lemon/event-store';
import type { CaseHistoryEntry } from './case-history.view';
import type { CaseSummaryView } from './case-summary.view';

/**
 * Who is reading a case file: its own firm, or an organisation the firm shared it with. A shared
 * reader never sees privileged material (issue 10 §6): the text of firm-private notes, the
 * client's contact details (email, phone, address), or which of the firm's people did what.
 */
export type CaseAudience = 'firm' | 'shared';

export const audienceOf = (principal: Pick<Principal, 'organisationId'>, access: CaseAccess): CaseAudience =>
  access.ownerOrganisationId !== undefined && access.ownerOrganisationId === principal.organisationId ? 'firm' : 'shared';

/** A note is firm-private unless it was added with `visibility: "shared"` (older notes have no visibility: firm). */
export const noteVisibilityOf = (data: unknown): 'firm' | 'shared' =>
  (data as { visibility?: unknown } | null)?.visibility === 'shared' ? 'shared' : 'firm';

/** What a shared reader may know of the client: the name only (an allow-list, so new contact fields stay private). */
export const clientForSharedReader = (client: unknown): { name?: unknown } => ({ name: (client as { name?: unknown } | null)?.name });

const CONTACT_FIELDS = new Set(['email', 'phone', 'address']);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The event's data as a shared reader may see it, and the names of what was withheld. */
export function eventDataForSharedReader(type: string, data: unknown): { data: unknown; withheld: string[] } {
  if (!isObject(data)) return { data, withheld: [] };
  const withheld: string[] = [];
  let shown: Record<string, unknown> = data;
  if (type.startsWith('Note') && 'text' in data && noteVisibilityOf(data) === 'firm') {
    const { text: _text, ...rest } = shown;
    shown = { ...rest, visibility: 'firm' };
    withheld.push('text');
  }
  if (isObject(shown.client)) {
    const hidden = Object.keys(shown.client).filter((k) => k !== 'name');
    if (hidden.length) {
      shown = { ...shown, client: clientForSharedReader(shown.client) };
      withheld.push(...hidden.map((k) => `client.${k}`));
    }
  }
  // Events about the client itself (an update of the client's details) carry the fields at the top level.
  if (type.startsWith('Client')) {
    const hidden = Object.keys(shown).filter((k) => CONTACT_FIELDS.has(k));
    if (hidden.length) {
      shown = Object.fromEntries(Object.entries(shown).filter(([k]) => !CONTACT_FIELDS.has(k)));
      withheld.push(...hidden);
    }
  }
  return { data: shown, withheld };
}

/** The firm's people appear to a shared reader as their organisation and role, never as user ids. */
export const actorForSharedReader = (actor: unknown): unknown =>
  isObject(actor) ? { organisationId: actor.organisationId, role: actor.role } : actor;

export function historyEntryFor(audience: CaseAudience, entry: CaseHistoryEntry): CaseHistoryEntry {
  // A copy either way: entries are cached and shared between requests, and callers decorate actors.
  if (audience === 'firm') return { ...entry, actor: isObject(entry.actor) ? { ...entry.actor } : entry.actor };
  const { data, withheld } = eventDataForSharedReader(entry.type, entry.data);
  const supersedes = entry.supersedes && {
    ...entry.supersedes,
    data: eventDataForSharedReader(entry.supersedes.type, entry.supersedes.data).data,
  };
  return {
    ...entry,
    actor: actorForSharedReader(entry.actor),
    data,
    ...(supersedes ? { supersedes } : {}),
    ...(withheld.length ? { withheld } : {}),
  };
}

/** The summary as `audience` may see it; a shared reader counts only the notes shared with it. */
export function summaryFor<S extends CaseSummaryView>(audience: CaseAudience, summary: S, events: readonly RecordedEvent[]): S {
  if (audience === 'firm') return summary;
  return {
    ...summary,
    client: clientForSharedReader(summary.client) as CaseSummaryView['client'],
    notesCount: events.filter((e) => e.type === 'NoteAdded' && noteVisibilityOf(e.data) === 'shared').length,
  };
}

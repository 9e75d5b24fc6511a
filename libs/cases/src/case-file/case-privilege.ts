import type { CaseAccess, Principal } from '@lemon/access';
import type { CaseFile } from '@lemon/domain';
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

/**
 * The note events whose words (text, correction reason, void reason) a shared reader may see: those
 * of notes shared as they stand now, and of those only the versions written as shared. A note made
 * firm-private disappears whole; an earlier firm-private version of a note shared later stays
 * private. Judged on the case as it stands now, also when the history is read as of an earlier time.
 */
export const noteEventsSharedReadersSee = (file: Pick<CaseFile, 'notes'>): ReadonlySet<string> =>
  new Set(
    file.notes
      .filter((note) => note.visibility === 'shared')
      .flatMap((note) => [...note.visibilityByEvent].filter(([, visibility]) => visibility === 'shared').map(([eventId]) => eventId)),
  );

/** What a note event says in words: withheld together from a shared reader who may not see the note. */
const NOTE_WORDS = ['text', 'correctionReason', 'reason'];

const CONTACT_FIELDS = new Set(['email', 'phone', 'address']);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The event's data as a shared reader may see it, and the names of what was withheld.
 * `noteWordsShown`: for a note event, whether its words may be shown (see noteEventsSharedReadersSee);
 * when not given, a note event's own visibility decides.
 */
export function eventDataForSharedReader(type: string, data: unknown, noteWordsShown?: boolean): { data: unknown; withheld: string[] } {
  if (!isObject(data)) return { data, withheld: [] };
  const withheld: string[] = [];
  let shown: Record<string, unknown> = data;
  if (type.startsWith('Note') && !(noteWordsShown ?? noteVisibilityOf(data) === 'shared')) {
    const hidden = NOTE_WORDS.filter((k) => k in data);
    shown = { ...Object.fromEntries(Object.entries(shown).filter(([k]) => !NOTE_WORDS.includes(k))), visibility: 'firm' };
    withheld.push(...hidden);
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

/** `noteEvents`: for a shared reader, the note events whose words it may see (noteEventsSharedReadersSee of the case now). */
export function historyEntryFor(audience: CaseAudience, entry: CaseHistoryEntry, noteEvents?: ReadonlySet<string>): CaseHistoryEntry {
  // A copy either way: entries are cached and shared between requests, and callers decorate actors.
  if (audience === 'firm') return { ...entry, actor: isObject(entry.actor) ? { ...entry.actor } : entry.actor };
  const { data, withheld } = eventDataForSharedReader(entry.type, entry.data, noteEvents?.has(entry.eventId));
  const supersedes = entry.supersedes && {
    ...entry.supersedes,
    data: eventDataForSharedReader(entry.supersedes.type, entry.supersedes.data, noteEvents?.has(entry.supersedes.eventId)).data,
  };
  return {
    ...entry,
    actor: actorForSharedReader(entry.actor),
    data,
    ...(supersedes ? { supersedes } : {}),
    ...(withheld.length ? { withheld } : {}),
  };
}

/** The notes shared with other organisations as the case stands now (not voided). */
export const notesSharedNow = (file: Pick<CaseFile, 'notes'>): ReadonlySet<string> =>
  new Set(file.notes.filter((n) => n.visibility === 'shared' && !n.voided).map((n) => n.noteId));

/**
 * The summary as `audience` may see it; a shared reader sees and counts only the live notes shared
 * with it, both in the summary's version and now (`sharedNow`: a note made firm-private since is gone from an as-of summary too).
 */
export function summaryFor<S extends CaseSummaryView>(audience: CaseAudience, summary: S, sharedNow: ReadonlySet<string>): S {
  if (audience === 'firm') return summary;
  const notes = summary.notes.filter((n) => n.visibility === 'shared' && !n.voided && sharedNow.has(n.noteId));
  return {
    ...summary,
    client: clientForSharedReader(summary.client) as CaseSummaryView['client'],
    notes,
    notesCount: notes.length,
  };
}

import { CASE_EVENT_LABELS } from '@lemon/domain/case-event-labels';
import { daysBetween } from '../lib/dates';

/** "2024 BMW X5 xDrive40i": a vehicle as people name it. */
export const vehicleName = (v?: { modelYear?: number | null; make?: string; model?: string } | null): string =>
  v ? [v.modelYear, v.make, v.model].filter(Boolean).join(' ') : '';

/**
 * What an event type is called: the domain's one table of labels (the API's history `label` too).
 * A type newer than this build is split into words, in sentence case, rather than shown raw.
 */
export const eventLabel = (type: string): string => {
  const known = (CASE_EVENT_LABELS as Readonly<Record<string, string>>)[type];
  if (known) return known;
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** "today", "tomorrow", "in 12 days", "3 days ago": how far a due date is from today. */
export const relativeDays = (date: string, today: string): string => {
  const n = daysBetween(today, date);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
};

/** Deadline titles name dispute claims by id: the id means nothing to a reader (the filing date beside it says which claim). */
export const readableTitle = (title: string): string =>
  title.replace(/ ?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '');

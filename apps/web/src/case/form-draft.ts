import type { FactAction, FieldValue } from './facts';

/** A form open in the drawer: what it does, and what has been typed so far (a kept draft). */
export interface OpenForm {
  action: FactAction;
  values?: Record<string, FieldValue>;
}

/**
 * The form being typed, kept in sessionStorage (this tab only, gone when it closes): when the
 * session ends mid-typing, sign-in brings the person back to the case page and the form reopens
 * with what they had typed. Cleared once the form is sent or cancelled.
 */
const DRAFT_KEY = 'lemon-ledger:open-form';
export const formDraft = {
  read(caseId: string): OpenForm | null {
    try {
      const kept = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as (OpenForm & { caseId: string }) | null;
      return kept && kept.caseId === caseId && kept.action?.path ? { action: kept.action, values: kept.values } : null;
    } catch {
      return null;
    }
  },
  write(caseId: string, form: OpenForm) {
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ caseId, ...form }));
    } catch {
      // Storage full or disabled: the form still works, only the draft is not kept.
    }
  },
  clear() {
    try {
      sessionStorage.removeItem(DRAFT_KEY);
    } catch {
      // nothing kept
    }
  },
};

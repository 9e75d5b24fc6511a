import type { FieldError } from './validation-errors';

/** Deeper JSON than this is refused before any DTO sees it: no request of ours nests beyond a few levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * PostgreSQL text (and jsonb) cannot hold U+0000, and a lone UTF-16 surrogate has no UTF-8 form:
 * either would fail at the database as a 500.
 */
const UNSTORABLE_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isStorableText = (text: string): boolean => !UNSTORABLE_CHARACTER.test(text);

const UNSTORABLE = 'contains a NUL character (\\u0000) or a lone UTF-16 surrogate, which cannot be stored';

/**
 * Every string (values and keys) in a parsed body or query string that the database cannot store,
 * by dotted path ('client.name', 'excludedDays.1'), and whether the value nests deeper than
 * MAX_JSON_DEPTH. Stops descending at the depth limit, so a hostile body costs O(limit) stack.
 */
export function unstorableInput(value: unknown, root = ''): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (node: unknown, path: string, depth: number): void => {
    if (typeof node === 'string') {
      if (!isStorableText(node)) errors.push({ field: path || 'body', messages: [`${path || 'body'} ${UNSTORABLE}`] });
      return;
    }
    // Bytes (an uploaded file) are no text field: whoever parses them checks what they hold.
    if (node === null || typeof node !== 'object' || ArrayBuffer.isView(node)) return;
    if (depth >= MAX_JSON_DEPTH) {
      errors.push({ field: path || 'body', messages: [`${path || 'body'} nests deeper than ${MAX_JSON_DEPTH} levels`] });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      const childPath = path ? `${path}.${key}` : key;
      if (!isStorableText(key)) {
        errors.push({ field: childPath, messages: [`the field name ${UNSTORABLE}`] });
        continue;
      }
      visit(child, childPath, depth + 1);
    }
  };
  visit(value, root, 0);
  return errors;
}

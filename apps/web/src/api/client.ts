import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** The CSRF token for cookie-authenticated writes; set at sign-in and by GET /auth/session. */
let csrfToken: string | undefined;
export const setCsrfToken = (token: string | undefined) => {
  csrfToken = token;
};

/** Where to go when the session has ended: sign-in, keeping the page asked for. */
export const signInPath = (next = window.location.pathname.replace(/^\/app/, '') + window.location.search) =>
  `/sign-in?next=${encodeURIComponent(next || '/cases')}`;

let onSessionEnded: () => void = () => {
  window.location.assign(`/app${signInPath()}`);
};
export const whenSessionEnds = (handler: () => void) => {
  onSessionEnded = handler;
};

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ response, request }) {
    const url = new URL(request.url);
    if (response.status === 401 && !url.pathname.startsWith('/auth/')) onSessionEnded();
    return response;
  },
};

/** Typed from the product's own OpenAPI document (apps/web/openapi.json → schema.d.ts). */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(sessionMiddleware);

/** The API's error shape: { message, errors: [{ field, messages }] }. */
export interface ApiErrorBody {
  statusCode?: number;
  message?: string | string[];
  code?: string;
  errors?: Array<{ field: string; messages: string[] }>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? `request failed (${status})`));
  }
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.body.errors ?? []).map((e) => [e.field, e.messages.join('; ')]));
  }
}

/** Unwraps openapi-fetch's { data, error, response }: the data, or an ApiError. */
export async function call<T>(request: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) throw new ApiError(response.status, (error ?? {}) as ApiErrorBody);
  return data as T;
}

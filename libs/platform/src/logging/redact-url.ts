export const REDACTED = '[redacted]';

/**
 * Parameter names that carry a secret: calendar-feed tokens, API keys, passwords in connection
 * strings, signatures. Matched anywhere in the decoded name (`token`, `api_key`, `X-Token[]`), so
 * a few harmless parameters may be over-redacted rather than one secret under-redacted.
 */
const SECRET_NAME = /token|key|pass|pwd|secret|sig|auth|credential|session/i;

/** Decodes %XX sequences that decode (repeatedly: `%2574oken` is `token` after two rounds) and `+`. */
const decodeName = (name: string): string => {
  let current = name.replace(/\+/g, ' ');
  for (let round = 0; round < 3; round++) {
    const next = current.replace(/(?:%[0-9a-f]{2})+/gi, (sequence) => {
      try {
        return decodeURIComponent(sequence);
      } catch {
        // Not UTF-8 as a whole: decode what is ASCII, keep the rest.
        return sequence.replace(/%([0-7][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      }
    });
    if (next === current) break;
    current = next;
  }
  return current;
};

/** `a=1&token=x;key=y` with every secret-named value replaced; separators and order kept. */
const redactParameters = (parameters: string): string =>
  parameters
    .split(/([&;])/)
    .map((part) => {
      if (part === '&' || part === ';') return part;
      const equals = part.indexOf('=');
      const name = equals === -1 ? part : part.slice(0, equals);
      return equals !== -1 && SECRET_NAME.test(decodeName(name)) ? `${name}=${REDACTED}` : part;
    })
    .join('');

/** `scheme://user:password@host` -> `scheme://user:[redacted]@host` (the last `@` of the authority ends the user info). */
const redactUserInfo = (url: string): string => {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (!scheme) return url;
  const start = scheme[0].length;
  const authorityEnd = url.slice(start).search(/[/?#]/);
  const authority = authorityEnd === -1 ? url.slice(start) : url.slice(start, start + authorityEnd);
  const at = authority.lastIndexOf('@');
  if (at === -1) return url;
  const colon = authority.indexOf(':');
  if (colon === -1 || colon > at) return url;
  return `${url.slice(0, start)}${authority.slice(0, colon + 1)}${REDACTED}${url.slice(start + at)}`;
};

/**
 * A URL (absolute, or a request's path + query) fit for a log: secrets in the query string and
 * the fragment (any spelling: percent-encoded names, `;` separators, any case) and the password
 * of a connection string are replaced by `[redacted]`. Never throws, whatever the input.
 */
export const redactUrl = (url: string): string => {
  const withoutUserInfo = redactUserInfo(url);
  const query = withoutUserInfo.indexOf('?');
  const hash = withoutUserInfo.indexOf('#', query === -1 ? 0 : query);
  if (query === -1 && hash === -1) return withoutUserInfo;
  const pathEnd = query === -1 ? hash : query;
  const path = withoutUserInfo.slice(0, pathEnd);
  const queryText = query === -1 ? '' : withoutUserInfo.slice(query + 1, hash === -1 ? undefined : hash);
  const fragment = hash === -1 ? undefined : withoutUserInfo.slice(hash + 1);
  return `${path}${query === -1 ? '' : `?${redactParameters(queryText)}`}${fragment === undefined ? '' : `#${redactParameters(fragment)}`}`;
};

/** Every URL inside free text (an error message) redacted as `redactUrl` does. */
export const redactUrlsIn = (text: string): string =>
  text.replace(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()]+|\/[^\s"'<>()?]*\?[^\s"'<>()]+/gi, (url) => redactUrl(url));

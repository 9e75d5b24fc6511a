import { request as httpRequest, type Agent } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface PostResult {
  statusCode?: number;
  error?: string;
  latencyMs: number;
}

/**
 * One POST with a hard timeout; the response body is drained, never stored (it may echo data).
 * `agent` refuses internal addresses at connect time (request-filtering-agent).
 */
export function postJson(url: URL, headers: Record<string, string>, body: string, agent: Agent, timeoutMs: number): Promise<PostResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'LemonLedger-Webhooks/1',
        },
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ statusCode: res.statusCode, latencyMs: latency() }));
        res.on('error', (error) => resolve({ statusCode: res.statusCode, error: error.message, latencyMs: latency() }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no response within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ error: error.message, latencyMs: latency() }));
    req.end(body);
  });
}

import { request as httpRequest, type Agent } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface PostResult {
  statusCode?: number;
  error?: string;
  latencyMs: number;
}

/**
 * One POST under a hard wall-clock limit: connecting, sending and the whole response must finish
 * within `timeoutMs`, however the receiver paces its bytes (an idle timeout would let a receiver
 * that trickles one byte every few seconds hold the attempt for ever). The response body is
 * drained, never stored (it may echo data). `agent` refuses internal addresses at connect time
 * (request-filtering-agent).
 */
export function postJson(url: URL, headers: Record<string, string>, body: string, agent: Agent, timeoutMs: number): Promise<PostResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<PostResult, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve({ ...result, latencyMs: latency() });
    };
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
      },
      (res) => {
        res.resume();
        res.on('end', () => finish({ statusCode: res.statusCode }));
        res.on('error', (error) => finish({ statusCode: res.statusCode, error: error.message }));
        res.on('close', () => finish({ statusCode: res.statusCode, error: res.complete ? undefined : 'response closed before its end' }));
      },
    );
    const deadline = setTimeout(() => {
      finish({ error: `no complete response within ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error) => finish({ error: error.message }));
    req.end(body);
  });
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/**
 * Standard Webhooks verification written out from the spec (not with the signing library, so the
 * two check each other): base64 HMAC-SHA256, keyed by the base64 secret after "whsec_", over
 * "<webhook-id>.<webhook-timestamp>.<body>"; the header lists "v1,<signature>" entries.
 * The timestamp's freshness is checked against the caller's clock, which tests control.
 */
export function verifyStandardWebhook(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${headers.id}.${headers.timestamp}.${body}`).digest();
  return headers.signature.split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    const given = Buffer.from(signature ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  verified: boolean;
}

/**
 * A real HTTP endpoint on loopback that verifies Standard Webhooks signatures, can be taken
 * "down" (answers 503) and brought back, and remembers every delivery it accepted.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  readonly refused: string[] = [];
  private server?: Server;
  private secrets: string[] = [];
  up = true;

  /** `now` is the test's clock: timestamps more than five minutes away from it are refused (replay window). */
  constructor(private readonly now: () => Date = () => new Date()) {}

  get url(): string {
    const address = this.server?.address();
    if (!address || typeof address === 'string') throw new Error('receiver not started');
    return `http://127.0.0.1:${address.port}/hooks`;
  }

  trust(secret: string): void {
    this.secrets.push(secret);
  }

  /** Accepted deliveries, one per webhook-id (what a receiver that dedupes would keep). */
  uniqueById(): ReceivedWebhook[] {
    return [...new Map(this.received.map((r) => [r.id, r])).values()];
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const id = String(req.headers['webhook-id']);
        if (!this.up) {
          this.refused.push(id);
          res.writeHead(503).end();
          return;
        }
        const body = Buffer.concat(chunks).toString('utf8');
        const headers = { id, timestamp: String(req.headers['webhook-timestamp']), signature: String(req.headers['webhook-signature']) };
        const fresh = Math.abs(Number(headers.timestamp) * 1000 - this.now().getTime()) <= 5 * 60_000;
        const verified = fresh && this.secrets.some((secret) => verifyStandardWebhook(secret, headers, body));
        this.received.push({ id, timestamp: headers.timestamp, payload: JSON.parse(body), verified });
        res.writeHead(verified ? 204 : 401).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections(); // keep-alive sockets would otherwise hold close() open for seconds
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

import { Writable } from 'node:stream';
import type { TestApp } from './test-app';

/** The product's log lines, as JSON objects, captured from its real pino logger. */
export class LogLines extends Writable {
  readonly lines: Array<Record<string, unknown>> = [];
  readonly raw: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      this.raw.push(line);
      this.lines.push(JSON.parse(line));
    }
    done();
  }
  mentioning(text: string): string[] {
    return this.raw.filter((line) => line.includes(text));
  }
}

/** Makes every case-list read fail inside the server, the way a lost table would. */
export const breakCaseList = (t: TestApp) => t.db.pool.query('ALTER TABLE rm_case_summaries RENAME TO rm_case_summaries_away');

import { ThrottledSignal } from './throttled-signal';

/** A send that records when it started and ended, and can be held open by the test. */
const recordingSend = () => {
  const sends: Array<{ startedAt: number; endedAt?: number; finish: () => void }> = [];
  let holdOpen = false;
  const send = () =>
    new Promise<void>((resolve) => {
      const entry = {
        startedAt: performance.now(),
        endedAt: undefined as number | undefined,
        finish: () => {
          entry.endedAt = performance.now();
          resolve();
        },
      };
      sends.push(entry);
      if (!holdOpen) entry.finish();
    });
  return { sends, send, hold: (on: boolean) => (holdOpen = on) };
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ThrottledSignal', () => {
  it('sends at once for the first request after a quiet spell', () => {
    const { sends, send } = recordingSend();
    new ThrottledSignal(send, 1_000).request();
    expect(sends).toHaveLength(1);
  });

  it('folds the requests of one interval into one send at its end, which starts after the last request', async () => {
    const { sends, send } = recordingSend();
    const signal = new ThrottledSignal(send, 40);
    signal.request(); // leading edge
    let lastRequestAt = 0;
    for (let i = 0; i < 20; i++) {
      signal.request();
      lastRequestAt = performance.now();
    }
    expect(sends).toHaveLength(1);
    await sleep(120);
    expect(sends).toHaveLength(2);
    expect(sends[1].startedAt).toBeGreaterThanOrEqual(lastRequestAt);
    expect(sends[1].startedAt - sends[0].startedAt).toBeGreaterThanOrEqual(39);
  });

  it('sends at most once per interval under a steady stream of requests, and once more after the last', async () => {
    const { sends, send } = recordingSend();
    const signal = new ThrottledSignal(send, 25);
    const started = performance.now();
    let lastRequestAt = 0;
    while (performance.now() - started < 200) {
      signal.request();
      lastRequestAt = performance.now();
      await sleep(1);
    }
    await sleep(80);
    // 200 ms of requests every ~1 ms: about 200 without throttling, at most 200/25 + 1 with it.
    expect(sends.length).toBeGreaterThanOrEqual(2);
    expect(sends.length).toBeLessThanOrEqual(10);
    expect(sends.at(-1)!.startedAt).toBeGreaterThanOrEqual(lastRequestAt);
    for (let i = 1; i < sends.length; i++) expect(sends[i].startedAt - sends[i - 1].startedAt).toBeGreaterThanOrEqual(24);
  });

  it('never overlaps sends, and a request made while one is in flight gets a send that starts after it', async () => {
    const { sends, send, hold } = recordingSend();
    const signal = new ThrottledSignal(send, 0);
    hold(true);
    signal.request();
    signal.request(); // arrives while the first send is in flight: the first one may not cover it
    await sleep(20);
    expect(sends).toHaveLength(1);
    hold(false);
    sends[0].finish();
    await sleep(20);
    expect(sends).toHaveLength(2);
    expect(sends[1].startedAt).toBeGreaterThanOrEqual(sends[0].endedAt!);
  });

  it('keeps sending after a failed send', async () => {
    let calls = 0;
    const signal = new ThrottledSignal(() => (++calls === 1 ? Promise.reject(new Error('connection lost')) : Promise.resolve()), 0);
    signal.request();
    await sleep(10);
    signal.request();
    await sleep(10);
    expect(calls).toBe(2);
  });

  it('flush sends a request still waiting for its interval at once, and waits for it', async () => {
    const { sends, send } = recordingSend();
    const signal = new ThrottledSignal(send, 60_000);
    signal.request();
    signal.request(); // would wait a minute
    expect(sends).toHaveLength(1);
    await signal.flush();
    expect(sends).toHaveLength(2);
    expect(sends[1].endedAt).toBeDefined();
    await signal.flush(); // nothing owed: nothing sent
    expect(sends).toHaveLength(2);
  });
});

/**
 * Sends a signal at most once per `intervalMs`, and always once more after the last request.
 *
 * The promise a caller gets from `request()` is only this: a send that STARTS after the call will
 * happen (within `intervalMs` plus one send). After a quiet period the first request sends at once
 * (leading edge), so a lone append wakes its subscribers without delay; under a steady stream of
 * requests one send per interval covers all of them (trailing edge). Sends never overlap. A failed
 * send is dropped: what it signals has to be recoverable without it (subscribers also poll).
 */
export class ThrottledSignal {
  private pending = false;
  private inFlight: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastStartedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly send: () => Promise<unknown>,
    private readonly intervalMs: number,
  ) {}

  request(): void {
    this.pending = true;
    this.schedule();
  }

  /** Sends what was requested and not yet sent, now, and waits for every send to end (shutdown). */
  async flush(): Promise<void> {
    this.clearTimer();
    await this.inFlight;
    this.clearTimer(); // the send that just ended may have scheduled the next one
    if (this.pending) await this.start();
  }

  private schedule(): void {
    if (this.inFlight || this.timer || !this.pending) return; // an ending send or the timer comes back here
    const wait = this.lastStartedAt + this.intervalMs - performance.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.schedule();
      }, wait);
      this.timer.unref?.(); // never keeps a process alive: subscribers poll anyway
      return;
    }
    void this.start();
  }

  private start(): Promise<void> {
    this.pending = false;
    this.lastStartedAt = performance.now();
    const sending = this.send()
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.inFlight = undefined;
        this.schedule();
      });
    this.inFlight = sending;
    return sending;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

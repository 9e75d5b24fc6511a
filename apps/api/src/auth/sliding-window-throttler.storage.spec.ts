import { ThrottlerStorageService } from '@nestjs/throttler';
import { SlidingWindowThrottlerStorage } from './sliding-window-throttler.storage';

/** A small deterministic generator, so a failure can be replayed. */
const random = (seed: number) => () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

describe("the rate limiter's storage", () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    { blockDuration: 1_000, name: 'with a block (the API: blockDuration = ttl)' },
    { blockDuration: 2_500, name: 'with a longer block' },
    { blockDuration: 0, name: 'without a block' },
  ])('answers hit for hit as @nestjs/throttler’s own storage, $name', async ({ blockDuration }) => {
    jest.useFakeTimers({ now: new Date('2024-03-01T12:00:00Z') });
    const library = new ThrottlerStorageService();
    const ours = new SlidingWindowThrottlerStorage();
    const next = random(7);
    try {
      for (let i = 0; i < 3_000; i++) {
        jest.advanceTimersByTime(Math.floor(next() * (next() < 0.1 ? 900 : 60)));
        const key = next() < 0.8 ? 'default:key:a' : 'default:key:b';
        const args = [key, 1_000, 5, blockDuration, 'default'] as const;
        expect({ i, record: await ours.increment(...args) }).toEqual({ i, record: await library.increment(...args) });
      }
    } finally {
      library.onApplicationShutdown();
      ours.onApplicationShutdown();
    }
  });

  it('keeps a constant cost per hit for a key allowed many requests: expired hits leave from the front', async () => {
    jest.useFakeTimers({ now: new Date('2024-03-01T12:00:00Z') });
    const ours = new SlidingWindowThrottlerStorage();
    try {
      let last;
      for (let i = 0; i < 50_000; i++) {
        jest.advanceTimersByTime(i % 10 === 0 ? 1 : 0); // 10 hits a millisecond
        last = await ours.increment('default:key:busy', 1_000, 1_000_000, 1_000, 'default');
      }
      // Only the last second's hits count: 10 a millisecond for 1,000 ms.
      expect(last).toMatchObject({ totalHits: 10_000, isBlocked: false });
    } finally {
      ours.onApplicationShutdown();
    }
  });
});

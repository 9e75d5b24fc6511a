'use strict';
/**
 * Profiling aid, preloaded into a product process with `node --require bench/lib/route-profiler.js`
 * (never in the measured runs): a CPU profile per measured phase instead of one for the whole
 * process life (start-up and set-up would swamp a 3 s route). On SIGUSR2 the profile since the
 * previous signal is written to $BENCH_CPU_PROFILE_DIR/<n>.cpuprofile and a new one starts; the
 * query counter (loaded beside it) dumps its counts on the same signal.
 */
const { Session } = require('node:inspector');
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  let n = 0;
  const start = () =>
    session.post('Profiler.enable', () =>
      session.post('Profiler.setSamplingInterval', { interval: 1000 }, () => session.post('Profiler.start')),
    );
  start();
  process.on('SIGUSR2', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(dir, `${String(n++).padStart(2, '0')}.cpuprofile`), JSON.stringify(result.profile));
      start();
    });
  });
}

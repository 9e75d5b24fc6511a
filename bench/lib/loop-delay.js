'use strict';
/**
 * Measuring aid, preloaded into a product process with `node --require bench/lib/loop-delay.js`:
 * the event loop's delay (perf_hooks.monitorEventLoopDelay, 1 ms resolution) and the process's
 * CPU time. On SIGWINCH (not SIGUSR2: Nest's shutdown hooks end the api on it) the figures since the previous signal are written to $BENCH_LOOP_LOG as
 * JSON and the histogram starts again: how long requests waited behind other work in the loop
 * (e.g. projection batches sharing the api's process), whatever the machine's load.
 */
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_LOOP_LOG;
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let cpu = process.cpuUsage();
  process.on('SIGWINCH', () => {
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const ms = (ns) => ns / 1e6;
    writeFileSync(
      file,
      JSON.stringify({
        cpuMs: (used.user + used.system) / 1000,
        delayMs: { mean: ms(histogram.mean), p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) },
      }),
    );
    histogram.reset();
  });
}

// Preloaded into a child process: writes its peak resident memory (KiB) and CPU time (user + system, ms) to $BENCH_STAT_FILE on exit.
const fs = require('node:fs');
process.on('exit', () => {
  if (!process.env.BENCH_STAT_FILE) return;
  const u = process.resourceUsage();
  fs.writeFileSync(process.env.BENCH_STAT_FILE, JSON.stringify({ maxRssKiB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});

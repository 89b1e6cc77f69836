// Preloaded into a child process: writes its peak resident memory (KiB) to $BENCH_RSS_FILE on exit.
const fs = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});

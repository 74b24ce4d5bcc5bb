// Preloaded with `node --import` by bench/against-bound.mjs where /usr/bin/time is missing:
// reports the process's peak resident memory and CPU time on exit, as
// `peak-rss-kb <n> user-ms <ms> system-ms <ms>` on stderr.
process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write(`peak-rss-kb ${maxRSS} user-ms ${userCPUTime / 1000} system-ms ${systemCPUTime / 1000}\n`);
});

// Preloaded with `node --import` by bench/against-bound.mjs where /usr/bin/time is missing:
// reports the process's peak resident memory on exit, as `peak-rss-kb <n>` on stderr.
process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));

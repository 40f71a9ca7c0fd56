// Preloaded with `node --import` when GNU time is absent: writes the process's peak RSS (KB) at exit.
import { writeFileSync } from 'node:fs';

const target = process.env.BULWARK_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, `${process.resourceUsage().maxRSS}\n`));

// Speed probe (not a test): sanitise a generated ~7 MB application log and report MB/s.
// Run: node --import tsx test/context/speed-probe.ts [MB]
import { classify } from '../../src/context/classify.js';
import { sanitize } from '../../src/context/sanitize.js';

const LEVELS = ['INFO', 'DEBUG', 'WARN', 'ERROR'];
const PATHS = ['/api/v1/orders', '/api/v1/users/42', '/healthz', '/static/app.js', '/api/v2/payments'];

function logLine(i: number): string {
  const time = new Date(Date.UTC(2024, 0, 1, 0, 0, i % 86400)).toISOString();
  const level = LEVELS[i % LEVELS.length];
  const base = `${time} ${level} [req-${(i * 7919).toString(16)}] ${PATHS[i % PATHS.length]} took ${i % 900}ms version 1.2.${i % 10}`;
  if (i % 50 === 0) return `${base} user=user${i}@example.com from 10.0.${i % 255}.${(i * 3) % 255}`;
  if (i % 97 === 0) return `${base} upstream db-prod-0${i % 9}.acme.internal:5432 retry`;
  if (i % 131 === 0) return `${base} phone +44 20 7946 ${String(i % 10000).padStart(4, '0')}`;
  return `${base} status=200 bytes=${(i * 31) % 65536} ua="Mozilla/5.0 (X11; Linux x86_64)"`;
}

const megabytes = Number(process.argv[2] ?? 7);
const lines: string[] = [];
let size = 0;
for (let i = 0; size < megabytes * 1024 * 1024; i++) {
  const line = logLine(i);
  lines.push(line);
  size += line.length + 1;
}
const text = `${lines.join('\n')}\n`;
const mb = text.length / 1024 / 1024;

for (const run of ['cold', 'warm']) {
  const started = performance.now();
  const result = sanitize(text, { path: 'app.log' });
  const elapsed = performance.now() - started;
  console.log(
    `sanitize (${run}): ${mb.toFixed(1)} MB in ${elapsed.toFixed(0)} ms = ${(mb / (elapsed / 1000)).toFixed(1)} MB/s, ${result.replacements.length} replacements`,
  );
}
const started = performance.now();
const classification = classify(text, { path: 'app.log' });
const elapsed = performance.now() - started;
console.log(`classify: ${mb.toFixed(1)} MB in ${elapsed.toFixed(0)} ms, level ${classification.level}`);

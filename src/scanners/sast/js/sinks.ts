import { INJECTION_CHECKS } from './sink-checks-injection.js';
import { OTHER_CHECKS } from './sink-checks-other.js';
import type { CallInfo, SinkHit } from './sink-helpers.js';

export { type CallInfo, optionOf, type SinkHit } from './sink-helpers.js';

const CHECKS = [...INJECTION_CHECKS, ...OTHER_CHECKS];

export function findSinks(call: CallInfo): SinkHit[] {
  const hits: SinkHit[] = [];
  for (const check of CHECKS) {
    const found = check(call);
    if (found) hits.push(found);
  }
  return hits;
}

/** Calls that are sinks of any kind (their results carry no taint). */
export function isSinkCall(call: CallInfo): boolean {
  return (
    findSinks({
      ...call,
      values: call.values.map(() => ({ taint: { source: '', remote: true, steps: [], cleared: new Set() } })),
    }).length > 0
  );
}

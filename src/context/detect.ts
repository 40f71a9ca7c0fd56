import type { AiContextPolicy } from '../policy/sections/ai-context.js';
import { detectCards } from './detectors/card.js';
import { detectCloudIds } from './detectors/cloud.js';
import { detectConnectionStrings } from './detectors/connection-string.js';
import { detectCustomPatterns } from './detectors/custom.js';
import { detectEmails } from './detectors/email.js';
import { detectInternalHosts } from './detectors/hosts.js';
import { detectIbans } from './detectors/iban.js';
import { detectIps, detectMacs } from './detectors/network.js';
import { detectPhones } from './detectors/phone.js';
import { detectSecretValues } from './detectors/secrets.js';
import { detectSsns } from './detectors/ssn.js';
import { detectKubernetesSecretData } from './formats/kubernetes.js';
import { kindLevel, kindSpecificity } from './kinds.js';
import { allowMatcher } from './policy.js';
import { type Detection, LEVEL_RANK } from './types.js';

export interface DetectOptions {
  path?: string;
  policy: AiContextPolicy;
}

/** The level of one detection: its own override, else the kind table. */
export function levelOf(detection: Detection) {
  return detection.level ?? kindLevel(detection.kind);
}

/**
 * Keep one detection per region: the most sensitive wins, then the longest, then the most specific kind.
 * Greedy over a priority order with an interval check, O(n log n).
 */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const ranked = [...detections].sort(
    (a, b) =>
      LEVEL_RANK[levelOf(b)] - LEVEL_RANK[levelOf(a)] ||
      b.end - b.start - (a.end - a.start) ||
      kindSpecificity(b.kind) - kindSpecificity(a.kind) ||
      a.start - b.start,
  );
  const kept: Detection[] = []; // sorted by start
  for (const candidate of ranked) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((kept[mid]?.start ?? 0) < candidate.start) low = mid + 1;
      else high = mid;
    }
    const previous = kept[low - 1];
    const next = kept[low];
    if (previous && previous.end > candidate.start) continue;
    if (next && next.start < candidate.end) continue;
    kept.splice(low, 0, candidate);
  }
  return kept;
}

/** Every sensitive value in `text`, overlaps resolved, allow-listed values dropped, sorted by offset. */
export function detectAll(text: string, options: DetectOptions): Detection[] {
  const { policy, path } = options;
  const allowed = allowMatcher(policy.allow);
  const all = [
    ...detectSecretValues(text, path),
    ...detectKubernetesSecretData(text, path),
    ...detectConnectionStrings(text),
    ...detectEmails(text),
    ...detectPhones(text),
    ...detectCards(text),
    ...detectIbans(text),
    ...detectSsns(text),
    ...detectIps(text),
    ...detectMacs(text),
    ...detectInternalHosts(text, policy.internal_domains),
    ...detectCloudIds(text),
    ...detectCustomPatterns(text, policy.extra_patterns),
  ].filter((detection) => detection.end > detection.start && !allowed(detection.value));
  return resolveOverlaps(all);
}

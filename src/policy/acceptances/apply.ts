import picomatch from 'picomatch';
import type { Finding } from '../../core/finding.js';
import { type Acceptance, isExpired } from './model.js';

/** Split "name@version" at the last @ (scoped npm names start with one). */
export function splitPackageSpec(spec: string): { name: string; version: string } | undefined {
  const at = spec.lastIndexOf('@');
  if (at <= 0 || at === spec.length - 1) return undefined;
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
}

function findingPackage(finding: Finding): { name: string; version: string } | undefined {
  const value = finding.properties?.package;
  if (typeof value === 'string') return splitPackageSpec(value);
  if (value && typeof value === 'object') {
    const { name, version } = value as { name?: unknown; version?: unknown };
    if (typeof name === 'string' && typeof version === 'string') return { name, version };
  }
  return undefined;
}

function findingAdvisories(finding: Finding): string[] {
  const value = finding.properties?.advisories;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

const matcherCache = new Map<string, (path: string) => boolean>();
function globMatches(glob: string, path: string): boolean {
  let matcher = matcherCache.get(glob);
  if (!matcher) {
    matcher = picomatch(glob, { dot: true });
    matcherCache.set(glob, matcher);
  }
  return matcher(path);
}

/** Does the acceptance cover this finding? (Expiry is not considered here.) */
export function acceptanceMatches(acceptance: Acceptance, finding: Finding): boolean {
  if (acceptance.fingerprint !== undefined) return acceptance.fingerprint === finding.fingerprint;
  if (acceptance.rule !== undefined && acceptance.path !== undefined) {
    return acceptance.rule === finding.ruleId && globMatches(acceptance.path, finding.location.path);
  }
  if (acceptance.package !== undefined && acceptance.advisory !== undefined) {
    const wanted = splitPackageSpec(acceptance.package);
    const actual = findingPackage(finding);
    if (!wanted || !actual || wanted.name !== actual.name || wanted.version !== actual.version) return false;
    const advisory = acceptance.advisory.toUpperCase();
    return findingAdvisories(finding).some((id) => id.toUpperCase() === advisory);
  }
  return false;
}

/**
 * Mark findings covered by an acceptance. An active one suppresses the finding; an expired one is recorded
 * with `expired: true` (the gate counts the finding again and the report says why). An active acceptance wins
 * over an expired one for the same finding. Existing suppressions (baseline, inline) are left alone.
 */
export function applyAcceptances(findings: Finding[], acceptances: readonly Acceptance[], now: Date): void {
  for (const finding of findings) {
    if (finding.suppressed && finding.suppressed.expired !== true) continue;
    let expired: Acceptance | undefined;
    let active: Acceptance | undefined;
    for (const acceptance of acceptances) {
      if (!acceptanceMatches(acceptance, finding)) continue;
      if (isExpired(acceptance, now)) expired ??= acceptance;
      else {
        active = acceptance;
        break;
      }
    }
    if (active) {
      finding.suppressed = { kind: 'acceptance', reason: active.reason, ref: active.id };
    } else if (expired && !finding.suppressed) {
      finding.suppressed = {
        kind: 'acceptance',
        reason: `acceptance ${expired.id} expired on ${expired.expires}`,
        ref: expired.id,
        expired: true,
      };
    }
  }
}

export type InlineIgnoreCheck = { ok: true; acceptance?: Acceptance } | { ok: false; problem: string };

const CITATION = /\bACC-\d{4,}\b/;

/**
 * Is the text of a `bulwark:allow <reason>` comment acceptable? It is when it cites an active acceptance
 * (`bulwark:allow ACC-0003 vendor fix pending`) that covers `finding` (when given), or when citations are
 * not required by the policy and it has a reason.
 */
export function checkInlineIgnore(
  reasonText: string,
  acceptances: readonly Acceptance[],
  now: Date,
  options: { requireAcceptance?: boolean; finding?: Finding } = {},
): InlineIgnoreCheck {
  const requireAcceptance = options.requireAcceptance ?? true;
  const text = reasonText.trim();
  const cited = CITATION.exec(text)?.[0];
  if (!cited) {
    if (requireAcceptance) {
      return {
        ok: false,
        problem:
          'bulwark:allow must cite a risk acceptance (bulwark:allow ACC-0001 <reason>); record one with `bulwark accept`',
      };
    }
    return text.length > 0 ? { ok: true } : { ok: false, problem: 'bulwark:allow needs a reason' };
  }
  const acceptance = acceptances.find((entry) => entry.id === cited);
  if (!acceptance) return { ok: false, problem: `bulwark:allow cites ${cited}, which is not in the acceptances file` };
  if (isExpired(acceptance, now)) {
    return { ok: false, problem: `bulwark:allow cites ${cited}, which expired on ${acceptance.expires}` };
  }
  if (options.finding && !acceptanceMatches(acceptance, options.finding)) {
    return {
      ok: false,
      problem: `bulwark:allow cites ${cited}, which does not cover ${options.finding.ruleId} in ${options.finding.location.path}`,
    };
  }
  return { ok: true, acceptance };
}

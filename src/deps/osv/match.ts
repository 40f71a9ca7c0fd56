import type { Severity } from '../../core/finding.js';
import { severityRank } from '../../core/finding.js';
import type { Ecosystem, Package } from '../types.js';
import { compareGo } from '../versions/go.js';
import { compareVersions } from '../versions/index.js';
import { satisfiesNpmRange } from '../versions/npm.js';
import { comparePep440 } from '../versions/pep440.js';
import { advisorySeverity } from './severity.js';
import { normalizePackageName } from './store.js';
import type { OsvAffected, OsvEvent, OsvRange, OsvRecord } from './types.js';

type Compare = (a: string, b: string) => number;

/** One vulnerability of one package: every advisory id that names it (aliases grouped), the worst severity. */
export interface VulnerabilityMatch {
  ids: string[];
  primaryId: string;
  summary: string;
  severity: Severity;
  score?: number;
  /** Versions that fix it and are above the installed one, lowest first. */
  fixed: string[];
  records: OsvRecord[];
}

function eventVersion(event: OsvEvent): string {
  return event.introduced ?? event.fixed ?? event.last_affected ?? event.limit ?? '';
}

/**
 * OSV range evaluation: events sorted by version ("0" first); walking them, `introduced <= v` turns the
 * state on, `fixed <= v` or `last_affected < v` turns it off; `limit` caps the range (v must be below one).
 */
export function inRange(version: string, range: OsvRange, compare: Compare): boolean {
  const limits = range.events.filter((event) => event.limit !== undefined).map((event) => event.limit as string);
  if (limits.length > 0 && !limits.some((limit) => limit === '*' || compare(version, limit) < 0)) return false;
  const events = range.events
    .filter((event) => event.limit === undefined)
    .sort((a, b) => {
      if (a.introduced === '0') return -1;
      if (b.introduced === '0') return 1;
      return compare(eventVersion(a), eventVersion(b));
    });
  let affected = false;
  for (const event of events) {
    if (event.introduced !== undefined) {
      if (event.introduced === '0' || compare(version, event.introduced) >= 0) affected = true;
    } else if (event.fixed !== undefined) {
      if (compare(version, event.fixed) >= 0) affected = false;
    } else if (event.last_affected !== undefined) {
      if (compare(version, event.last_affected) > 0) affected = false;
    }
  }
  return affected;
}

function specificStrings(affected: OsvAffected, key: string): string[] {
  const value = affected.database_specific?.[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function sameVersion(ecosystem: Ecosystem, a: string, b: string): boolean {
  if (a === b) return true;
  return ecosystem === 'PyPI'
    ? comparePep440(a, b) === 0
    : ecosystem === 'Go' && a.replace(/^v/, '') === b.replace(/^v/, '');
}

/** Is `version` of the package described by `affected` vulnerable? */
export function isAffected(ecosystem: Ecosystem, version: string, affected: OsvAffected): boolean {
  if (affected.versions?.some((listed) => sameVersion(ecosystem, listed, version))) return true;
  for (const range of affected.ranges ?? []) {
    if (range.type === 'SEMVER' && inRange(version, range, compareGo)) return true;
    if (range.type === 'ECOSYSTEM' && inRange(version, range, (a, b) => compareVersions(ecosystem, a, b))) return true;
  }
  const vulnerable = affected.database_specific?.bulwark_vulnerable_range;
  if (typeof vulnerable === 'string' && satisfiesNpmRange(version, vulnerable)) return true;
  const unaffected = affected.database_specific?.bulwark_unaffected_ranges;
  if (Array.isArray(unaffected)) {
    return !specificStrings(affected, 'bulwark_unaffected_ranges').some((range) => satisfiesNpmRange(version, range));
  }
  return false;
}

/** Fixed versions an affected entry names (range events and converted sources). */
export function fixedVersions(affected: OsvAffected): string[] {
  const fixed = (affected.ranges ?? [])
    .filter((range) => range.type !== 'GIT')
    .flatMap((range) => range.events.map((event) => event.fixed).filter((v): v is string => v !== undefined));
  return [...fixed, ...specificStrings(affected, 'bulwark_fixed')];
}

function samePackage(ecosystem: Ecosystem, name: string, affected: OsvAffected): boolean {
  const pkg = affected.package;
  if (!pkg || pkg.ecosystem.split(':')[0] !== ecosystem) return false;
  return normalizePackageName(ecosystem, pkg.name) === normalizePackageName(ecosystem, name);
}

/** The first sentence of a description, at most 100 characters, for titles of records without a summary. */
function firstSentence(details: string): string {
  const sentence =
    details
      .trim()
      .split(/(?<=\.)\s|\n/)[0]
      ?.replace(/\.$/, '') ?? '';
  return sentence.length > 100 ? `${sentence.slice(0, 97).trimEnd()}...` : sentence;
}

/** CVE first (stable across databases), then GHSA, then the rest alphabetically. */
function idOrder(id: string): string {
  if (id.startsWith('CVE-')) return `0${id}`;
  if (id.startsWith('GHSA-')) return `1${id}`;
  return `2${id}`;
}

/** Groups records whose ids or aliases overlap (PYSEC-x, GHSA-y and CVE-z for one bug become one group). */
function groupByAlias(records: OsvRecord[]): OsvRecord[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const record of records) {
    for (const id of [record.id, ...(record.aliases ?? [])]) {
      if (!parent.has(id)) parent.set(id, id);
      parent.set(find(id), find(record.id));
    }
  }
  const groups = new Map<string, OsvRecord[]>();
  for (const record of records) {
    const root = find(record.id);
    groups.set(root, [...(groups.get(root) ?? []), record]);
  }
  return [...groups.values()];
}

/** Every vulnerability affecting `pkg` among `records` (withdrawn ones ignored), one entry per alias group. */
export function matchPackage(pkg: Package, records: readonly OsvRecord[]): VulnerabilityMatch[] {
  const compare: Compare = (a, b) => compareVersions(pkg.ecosystem, a, b);
  const hits: { record: OsvRecord; affected: OsvAffected[] }[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    if (record.withdrawn || seen.has(record.id)) continue;
    const affected = record.affected.filter(
      (entry) => samePackage(pkg.ecosystem, pkg.name, entry) && isAffected(pkg.ecosystem, pkg.version, entry),
    );
    if (affected.length === 0) continue;
    seen.add(record.id);
    hits.push({ record, affected });
  }
  const byRecord = new Map(hits.map((hit) => [hit.record, hit.affected]));
  return groupByAlias(hits.map((hit) => hit.record)).map((group) => {
    const ids = [...new Set(group.flatMap((record) => [record.id, ...(record.aliases ?? [])]))].sort((a, b) =>
      idOrder(a).localeCompare(idOrder(b)),
    );
    let worst = advisorySeverity(group[0] as OsvRecord, byRecord.get(group[0] as OsvRecord)?.[0]);
    for (const record of group) {
      for (const affected of byRecord.get(record) ?? []) {
        const candidate = advisorySeverity(record, affected);
        if (severityRank(candidate.severity) > severityRank(worst.severity)) worst = candidate;
      }
    }
    const fixed = [
      ...new Set(
        group.flatMap((record) => (byRecord.get(record) ?? []).flatMap((affected) => fixedVersions(affected))),
      ),
    ]
      .filter((version) => compare(version, pkg.version) > 0)
      .sort(compare);
    const summary =
      group.map((record) => record.summary?.trim()).find((text) => text) ??
      group.map((record) => firstSentence(record.details ?? '')).find((text) => text) ??
      'known vulnerability';
    const match: VulnerabilityMatch = {
      ids,
      primaryId: ids[0] ?? (group[0] as OsvRecord).id,
      summary,
      severity: worst.severity,
      fixed,
      records: group,
    };
    if (worst.score !== undefined) match.score = worst.score;
    return match;
  });
}

import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { BulwarkError, errorMessage } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { makeFinding } from '../../core/make-finding.js';
import type { ProjectTarget, ScanContext, Scanner } from '../../core/scanner.js';
import { findLockfiles, parseLockfile } from '../../deps/lockfiles/index.js';
import { matchPackage } from '../../deps/osv/match.js';
import { DEFAULT_OSV_API, fetchOsvRecords } from '../../deps/osv/online.js';
import { AdvisoryDb, defaultDbDir, normalizePackageName } from '../../deps/osv/store.js';
import type { OsvRecord } from '../../deps/osv/types.js';
import type { Package } from '../../deps/types.js';
import { verifyRules } from '../../deps/verify/findings.js';
import { vulnerabilityFinding } from './findings.js';
import { DEPS_RULES, LOCKFILE_UNPARSABLE } from './rules.js';
import { verifyAddedDependencies } from './verify-added.js';

export { decideDependency } from './decide.js';
export { DEPS_RULES } from './rules.js';

/** Reads a project file by relative path, refusing paths that leave the root. */
function projectReader(root: string): (relPath: string) => string | undefined {
  return (relPath) => {
    const clean = normalize(relPath);
    if (clean.startsWith('..') || clean.startsWith('/')) return undefined;
    const absolute = join(root, clean);
    return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  };
}

function unparsableFinding(path: string, detail: string): Finding {
  return makeFinding({
    rule: LOCKFILE_UNPARSABLE,
    scanner: 'deps',
    location: { path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    snippet: '',
    matchedContent: path,
    message: `${path} was not checked for vulnerable dependencies: ${detail}`,
  });
}

function packagesOf(target: ProjectTarget, context: ScanContext, findings: Finding[]): Package[] {
  const read = projectReader(target.root);
  const packages: Package[] = [];
  for (const path of findLockfiles(target.files.map((file) => file.path))) {
    try {
      const content = read(path);
      if (content === undefined) throw new BulwarkError('io', `${path}: cannot read`);
      const result = parseLockfile(path, content, { readFile: read });
      packages.push(...result.packages);
    } catch (error) {
      const detail = errorMessage(error);
      context.skip({ path, reason: 'parse-error', detail, handling: 'dependencies not checked' });
      findings.push(unparsableFinding(path, detail));
    }
  }
  return packages;
}

/** Online records indexed by ecosystem and normalised package name. */
function indexRecords(records: Iterable<OsvRecord>): Map<string, OsvRecord[]> {
  const index = new Map<string, OsvRecord[]>();
  for (const record of records) {
    for (const affected of record.affected) {
      if (!affected.package) continue;
      const eco = affected.package.ecosystem.split(':')[0] ?? '';
      if (eco !== 'npm' && eco !== 'PyPI' && eco !== 'Go' && eco !== 'crates.io') continue;
      const key = `${eco}:${normalizePackageName(eco, affected.package.name)}`;
      index.set(key, [...(index.get(key) ?? []), record]);
    }
  }
  return index;
}

async function scanProject(target: ProjectTarget, context: ScanContext): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (target.baseRef) findings.push(...(await verifyAddedDependencies(target, context)));
  const packages = packagesOf(target, context, findings);
  if (packages.length === 0) return findings;
  const db = new AdvisoryDb(context.options.dbDir ?? defaultDbDir());
  let online = new Map<string, OsvRecord[]>();
  if (context.options.online) {
    const endpoint = context.options.endpoints?.osv ?? DEFAULT_OSV_API;
    try {
      online = indexRecords((await fetchOsvRecords(packages, endpoint)).values());
    } catch (error) {
      context.note(`OSV API look-up failed, using the offline database only: ${errorMessage(error)}`);
    }
  } else if (db.isEmpty) {
    context.note(
      `the advisory database at ${db.dbDir} is empty: dependencies were not checked for vulnerabilities. ` +
        'Run `bulwark db update` (or `bulwark db import PATH`) to fill it, or scan with online look-ups.',
    );
  }
  const seen = new Set<string>();
  for (const pkg of packages) {
    const key = `${pkg.ecosystem}:${normalizePackageName(pkg.ecosystem, pkg.name)}`;
    const records = [...db.lookup(pkg.ecosystem, pkg.name), ...(online.get(key) ?? [])];
    if (records.length === 0) continue;
    for (const match of matchPackage(pkg, records)) {
      const id = `${pkg.source}|${key}@${pkg.version}|${match.primaryId}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push(vulnerabilityFinding(pkg, match));
    }
  }
  return findings;
}

export const depsScanner: Scanner = {
  id: 'deps',
  description: 'Vulnerable dependencies: lockfiles matched against OSV advisories (offline database, optional API)',
  rules: [...DEPS_RULES, ...verifyRules],
  scanProject,
};

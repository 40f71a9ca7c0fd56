import { errorMessage } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import type { ProjectTarget, ScanContext } from '../../core/scanner.js';
import { findLockfiles } from '../../deps/lockfiles/index.js';
import { diffAddedDependencies } from '../../deps/verify/diff.js';
import { type PackageLocation, verifyFindings } from '../../deps/verify/findings.js';
import { verifyPackages } from '../../deps/verify/verify.js';

/**
 * For a diff target: the dependencies the change adds are verified (exists on its registry, typosquat distance,
 * age, downloads, install scripts...). Offline, only the typosquat check runs, and the report says so.
 * The findings are marked `introducedByChange` so the pipeline keeps them whatever line they sit on.
 */
export async function verifyAddedDependencies(target: ProjectTarget, context: ScanContext): Promise<Finding[]> {
  if (!target.baseRef) return [];
  const lockfiles = findLockfiles(target.files.map((file) => file.path));
  if (lockfiles.length === 0) return [];
  try {
    const added = await diffAddedDependencies(target.root, target.baseRef, lockfiles);
    if (added.length === 0) return [];
    const online = context.options.online;
    if (!online) {
      context.note(
        `${added.length} new dependencies checked offline (typosquat distance only); scan with --online to ask their registries whether they exist, how old and how used they are`,
      );
    }
    const results = await verifyPackages(
      added.map((pkg) => ({ ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version })),
      {
        offline: !online,
        endpoints: { npmRegistry: context.options.endpoints?.npm, pypi: context.options.endpoints?.pypi },
        env: process.env,
        cacheDir: context.options.cacheDir,
      },
    );
    const where = new Map<string, PackageLocation>(
      added.map((pkg) => [`${pkg.name}@${pkg.version}`, { path: pkg.source, line: pkg.line }]),
    );
    const findings = verifyFindings(results, where);
    for (const finding of findings) finding.properties = { ...finding.properties, introducedByChange: true };
    return findings;
  } catch (error) {
    context.note(`new dependencies were not verified: ${errorMessage(error)}`);
    return [];
  }
}

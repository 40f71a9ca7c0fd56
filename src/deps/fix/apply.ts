import { BulwarkError } from '../../core/errors.js';
import { findRequirement, NPM_SECTIONS, type ReadFile } from './manifests.js';
import { unifiedDiff } from './patch.js';
import type { FixPlan, PlannedFix } from './types.js';

export interface FileChange {
  path: string;
  before: string;
  after: string;
}

export interface AppliedFixes {
  changes: FileChange[];
  /** Unified diff of every change, ready for `git apply` or a pull request. */
  patch: string;
  /** Fixes that could not be written, with the reason. */
  skipped: { fix: PlannedFix; reason: string }[];
}

/** The indentation a JSON file uses (its first indented line), two spaces when it has none. */
function jsonIndent(text: string): string {
  return /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
}

function objectAt(root: Record<string, unknown>, path: string[]): Record<string, unknown> {
  let current = root;
  for (const key of path) {
    const next = current[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  return current;
}

function editPackageJson(text: string, fixes: PlannedFix[]): string {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new BulwarkError(
      'data',
      `package.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  for (const fix of fixes) {
    const { action, package: pkg } = fix;
    if (action.kind === 'upgrade-direct') {
      for (const section of NPM_SECTIONS) {
        const deps = manifest[section];
        if (typeof deps === 'object' && deps !== null && pkg.name in deps)
          (deps as Record<string, unknown>)[pkg.name] = action.toRange;
      }
    } else if (action.kind === 'override') {
      objectAt(manifest, action.field.split('.'))[pkg.name] = action.toRange;
    }
  }
  const trailing = text.endsWith('\n') ? '\n' : '';
  return `${JSON.stringify(manifest, null, jsonIndent(text))}${trailing}`;
}

function editRequirements(text: string, fixes: PlannedFix[]): string {
  let result = text;
  for (const fix of fixes) {
    const { action, package: pkg } = fix;
    if (action.kind === 'upgrade-direct') {
      const found = findRequirement(result, pkg.name);
      if (!found) continue;
      const lines = result.split('\n');
      const line = lines[found.index] ?? '';
      lines[found.index] = `${line.slice(0, found.specStart)}${action.toRange}${line.slice(found.specEnd)}`;
      result = lines.join('\n');
    } else if (action.kind === 'pin') {
      const comment = `  # bulwark: fixes ${fix.ids.join(', ')}${action.via ? ` (via ${action.via})` : ''}`;
      result = `${result}${result === '' || result.endsWith('\n') ? '' : '\n'}${action.line}${comment}\n`;
    }
  }
  return result;
}

/** Apply the plan's manifest edits in memory: returns the new contents and the patch; writes nothing. */
export function applyPlan(plan: FixPlan, readFile: ReadFile): AppliedFixes {
  const byManifest = new Map<string, PlannedFix[]>();
  const skipped: AppliedFixes['skipped'] = [];
  for (const fix of plan.fixes) {
    if (fix.action.kind === 'manual') {
      skipped.push({ fix, reason: fix.action.reason });
      continue;
    }
    byManifest.set(fix.action.manifest, [...(byManifest.get(fix.action.manifest) ?? []), fix]);
  }
  const changes: FileChange[] = [];
  for (const [path, fixes] of [...byManifest].sort(([a], [b]) => a.localeCompare(b))) {
    const before = readFile(path);
    if (before === undefined) {
      for (const fix of fixes) skipped.push({ fix, reason: `${path} not found` });
      continue;
    }
    const after = path.endsWith('.json') ? editPackageJson(before, fixes) : editRequirements(before, fixes);
    if (after !== before) changes.push({ path, before, after });
    for (const fix of fixes) {
      if (fix.package.ecosystem === 'PyPI' && /--hash/.test(before) && fix.action.kind === 'upgrade-direct') {
        skipped.push({
          fix,
          reason: `${path} uses --hash: regenerate the hashes for ${fix.package.name} (pip-compile --generate-hashes)`,
        });
      }
    }
  }
  return { changes, patch: changes.map((c) => unifiedDiff(c.path, c.before, c.after)).join(''), skipped };
}

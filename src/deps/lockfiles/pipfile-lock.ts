import type { LockfileParseResult, Package } from '../types.js';
import { normalizePypiName } from '../versions/pep440.js';
import { asString, basePackage, isRecord, LineFinder, parseError, parseJson } from './common.js';
import type { ParseOptions } from './options.js';
import { parseTomlDocument, siblingPath } from './toml.js';

/** Names declared in the Pipfile next to the lock, when it can be read. */
function pipfileNames(source: string, options: ParseOptions): Set<string> | undefined {
  const text = options.readFile?.(siblingPath(source, 'Pipfile'));
  if (text === undefined) return undefined;
  try {
    const doc = parseTomlDocument(source, text);
    const names = new Set<string>();
    for (const section of ['packages', 'dev-packages']) {
      const table = doc[section];
      if (isRecord(table)) for (const name of Object.keys(table)) names.add(normalizePypiName(name));
    }
    return names;
  } catch {
    return undefined;
  }
}

/** Pipfile.lock (JSON): `default` (runtime) and `develop` (dev) sections with "==1.2.3" versions and hashes. */
export function parsePipfileLock(source: string, content: string, options: ParseOptions = {}): LockfileParseResult {
  const data = parseJson(source, content);
  if (!isRecord(data) || (!isRecord(data.default) && !isRecord(data.develop))) {
    throw parseError(source, 'no "default" or "develop" section');
  }
  const lines = new LineFinder(content);
  const declared = pipfileNames(source, options);
  const warnings: string[] = [];
  const byName = new Map<string, Package>();
  for (const section of ['default', 'develop'] as const) {
    const table = data[section];
    if (!isRecord(table)) continue;
    const sectionStart = content.indexOf(`"${section}"`);
    for (const [rawName, entry] of Object.entries(table)) {
      if (!isRecord(entry)) continue;
      const version = asString(entry.version)?.replace(/^===?/, '');
      if (!version) {
        warnings.push(`${section}.${rawName}: no pinned version (VCS or path dependency), not checked`);
        continue;
      }
      const name = normalizePypiName(rawName);
      const existing = byName.get(name);
      if (existing) continue; // present in default: runtime wins
      const pkg = basePackage('PyPI', source, name, version);
      pkg.dev = section === 'develop';
      pkg.direct = declared ? declared.has(name) : true;
      const hashes = Array.isArray(entry.hashes) ? entry.hashes.filter((h) => typeof h === 'string') : [];
      if (hashes.length > 0) pkg.integrity = hashes;
      const offset = content.indexOf(`${JSON.stringify(rawName)}: {`, Math.max(0, sectionStart));
      if (offset !== -1) pkg.line = lines.lineOf(offset);
      byName.set(name, pkg);
    }
  }
  return { source, packages: [...byName.values()], warnings };
}

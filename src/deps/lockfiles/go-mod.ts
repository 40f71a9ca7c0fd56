import type { LockfileParseResult, Package } from '../types.js';
import { basePackage, parseError } from './common.js';
import type { ParseOptions } from './options.js';
import { siblingPath } from './toml.js';

interface Replacement {
  version?: string;
  target: string;
  targetVersion?: string;
}

const MODULE_LINE = /^("[^"]+"|\S+)\s+(v\S+)\s*(\/\/.*)?$/;

function unquote(text: string): string {
  return text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}

/** "a v1 => b v2" or "a => ../local" */
function parseReplace(text: string): [string, Replacement] | undefined {
  const [left, right] = text.split('=>').map((part) => part.trim().split(/\s+/));
  if (!left?.[0] || !right?.[0]) return undefined;
  const replacement: Replacement = { target: unquote(right[0]) };
  if (left[1]) replacement.version = left[1];
  if (right[1]) replacement.targetVersion = right[1];
  return [unquote(left[0]), replacement];
}

/** go.sum lines "module version h1:hash" -> hashes per module@version. */
function goSumHashes(text: string | undefined): Map<string, string[]> {
  const hashes = new Map<string, string[]>();
  for (const line of text?.split('\n') ?? []) {
    const [module, version, hash] = line.trim().split(/\s+/);
    if (!module || !version || !hash || version.endsWith('/go.mod')) continue;
    const key = `${module}@${version}`;
    hashes.set(key, [...(hashes.get(key) ?? []), hash]);
  }
  return hashes;
}

/**
 * go.mod: require lines and blocks (`// indirect` marks transitive), replace directives (a module replaced by
 * another module version is reported under the replacement; a local path replacement is not checked).
 */
export function parseGoMod(source: string, content: string, options: ParseOptions = {}): LockfileParseResult {
  const warnings: string[] = [];
  const requires: { name: string; version: string; indirect: boolean; line: number }[] = [];
  const replaces = new Map<string, Replacement>();
  let block: string | undefined;
  let sawModule = false;
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) return;
    if (block) {
      if (line === ')') {
        block = undefined;
        return;
      }
      handle(block, line, index + 1);
      return;
    }
    const directive = /^(\w+)\s*(\(?)\s*(.*)$/.exec(line);
    if (!directive) throw parseError(source, `line ${index + 1}: cannot read "${line}"`);
    const [, verb = '', open, rest = ''] = directive;
    if (verb === 'module') sawModule = true;
    if (open === '(') block = verb;
    else handle(verb, rest, index + 1);
  });
  function handle(verb: string, text: string, line: number): void {
    if (verb === 'require') {
      const match = MODULE_LINE.exec(text);
      if (!match) throw parseError(source, `line ${line}: cannot read requirement "${text}"`);
      requires.push({
        name: unquote(match[1] ?? ''),
        version: match[2] ?? '',
        indirect: /\/\/\s*indirect/.test(match[3] ?? ''),
        line,
      });
    } else if (verb === 'replace') {
      const parsed = parseReplace(text);
      if (parsed) replaces.set(parsed[1].version ? `${parsed[0]}@${parsed[1].version}` : parsed[0], parsed[1]);
    }
  }
  if (!sawModule && requires.length === 0) throw parseError(source, 'no module directive');
  const sums = goSumHashes(options.readFile?.(siblingPath(source, 'go.sum')));
  const packages: Package[] = [];
  for (const req of requires) {
    const replacement = replaces.get(`${req.name}@${req.version}`) ?? replaces.get(req.name);
    let name = req.name;
    let version = req.version;
    if (replacement) {
      if (!replacement.targetVersion) {
        warnings.push(`${req.name}: replaced by local path ${replacement.target}, not checked`);
        continue;
      }
      name = replacement.target;
      version = replacement.targetVersion;
    }
    const pkg = basePackage('Go', source, name, version);
    pkg.direct = !req.indirect;
    pkg.line = req.line;
    const hashes = sums.get(`${name}@${version}`);
    if (hashes) pkg.integrity = hashes;
    packages.push(pkg);
  }
  return { source, packages, warnings };
}

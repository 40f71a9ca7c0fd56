import { writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { usageError } from '../../core/errors.js';
import { applyPlan, type FixAction, type PlannedFix, planProjectFixes } from '../../deps/fix/index.js';
import { defaultDbDir } from '../../deps/osv/store.js';
import type { Ecosystem } from '../../deps/types.js';
import { isBlocking, type PackageRef, type VerifyResult, verifyPackages } from '../../deps/verify/index.js';
import { boolOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command, Io } from '../command.js';

const usage = `Usage: bulwark deps <verify|fix> [options]

bulwark deps verify NAME[@VERSION]... [--ecosystem npm|pypi] [--offline] [--registry URL] [--format table|json]
  Check packages before adding them: does the name exist on its registry (AI assistants invent names), is it
  a typo of a popular package, how old is it, how often downloaded, does it run install scripts, does it link
  a repository, is it deprecated. Exit 1 when a package does not exist or looks like a typosquat.
  --offline           no registry look-ups; only the typosquat check runs
  --registry URL      npm registry or PyPI base URL (default: npm's and pip's configured index;
                      env BULWARK_NPM_REGISTRY, BULWARK_NPM_DOWNLOADS, BULWARK_PYPI_URL)
  --cache-dir DIR     registry answer cache, kept 24 h (default $XDG_CACHE_HOME/bulwark/registry)

bulwark deps fix [PATH] [--apply] [--db DIR] [--format table|json]
  Plan the smallest upgrades that clear known vulnerabilities (offline advisory database): a new range for
  direct dependencies (same ^/~ style), overrides/resolutions or a requirements pin for transitive ones.
  --apply             edit package.json / requirements files and write bulwark-fix.patch (never installs)
  --db DIR            advisory database folder (default: the one \`bulwark db\` manages)
`;

function parseSpec(spec: string, ecosystem: Ecosystem): PackageRef {
  const at = spec.lastIndexOf('@');
  const pypi = /^([^=<>~!]+)==(.+)$/.exec(spec);
  if (ecosystem === 'PyPI' && pypi) return { ecosystem, name: pypi[1] ?? spec, version: pypi[2] };
  return at > 0 ? { ecosystem, name: spec.slice(0, at), version: spec.slice(at + 1) } : { ecosystem, name: spec };
}

function ecosystemOption(value: string | undefined): Ecosystem {
  if (value === undefined || value === 'npm') return 'npm';
  if (value.toLowerCase() === 'pypi') return 'PyPI';
  throw usageError(`deps verify: unknown --ecosystem '${value}'`, 'use npm or pypi');
}

function formatOption(value: string | undefined, command: string): 'table' | 'json' {
  if (value === undefined || value === 'table' || value === 'json') return value ?? 'table';
  throw usageError(`deps ${command}: unknown --format '${value}'`, 'use table or json');
}

function verifyTable(results: readonly VerifyResult[], offline: boolean): string {
  const lines: string[] = [];
  if (offline) lines.push('offline: registry look-ups skipped; only the typosquat check ran', '');
  for (const result of results) {
    const { name, version, ecosystem } = result.package;
    const info = result.registry;
    const facts = info?.exists
      ? [
          info.createdAt ? `created ${info.createdAt.slice(0, 10)}` : undefined,
          info.downloadsLastWeek === undefined ? undefined : `${info.downloadsLastWeek} downloads/week`,
          info.maintainers === undefined ? undefined : `${info.maintainers} maintainer(s)`,
        ]
          .filter(Boolean)
          .join(', ')
      : '';
    lines.push(
      `${result.verdict.toUpperCase().padEnd(8)} ${ecosystem}:${name}${version ? `@${version}` : ''}${facts ? `  (${facts})` : ''}`,
    );
    if (result.error) lines.push(`         look-up failed: ${result.error}`);
    for (const risk of result.risks) lines.push(`         - [${risk.severity}] ${risk.kind}: ${risk.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

async function runVerify(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('deps verify', argv, {
    ecosystem: { type: 'string' },
    offline: { type: 'boolean' },
    registry: { type: 'string' },
    'cache-dir': { type: 'string' },
    format: { type: 'string' },
  });
  if (args.positionals.length === 0)
    throw usageError('deps verify: name at least one package', 'bulwark deps verify express lodash@4.17.21');
  const ecosystem = ecosystemOption(stringOption(args, 'ecosystem'));
  const format = formatOption(stringOption(args, 'format'), 'verify');
  const offline = boolOption(args, 'offline');
  const registry = stringOption(args, 'registry');
  const cacheRoot = io.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const results = await verifyPackages(
    args.positionals.map((spec) => parseSpec(spec, ecosystem)),
    {
      offline,
      env: io.env,
      endpoints: registry ? (ecosystem === 'PyPI' ? { pypi: registry } : { npmRegistry: registry }) : {},
      cacheDir: resolve(io.cwd, stringOption(args, 'cache-dir') ?? join(cacheRoot, 'bulwark', 'registry')),
    },
  );
  if (format === 'json') io.stdout.write(`${JSON.stringify({ offline, results }, null, 2)}\n`);
  else io.stdout.write(verifyTable(results, offline));
  return results.some(isBlocking) ? 1 : 0;
}

function describeAction(action: FixAction): string {
  switch (action.kind) {
    case 'upgrade-direct':
      return `${action.manifest}${action.section ? ` ${action.section}` : ''}: ${action.fromRange} -> ${action.toRange}`;
    case 'override':
      return `${action.manifest} ${action.field}: ${action.toRange}${action.via ? ` (pulled in by ${action.via})` : ''}`;
    case 'pin':
      return `${action.manifest}: add ${action.line}${action.via ? ` (pulled in by ${action.via})` : ''}`;
    case 'manual':
      return `manual: ${action.reason}`;
  }
}

function fixTable(fixes: readonly PlannedFix[]): string {
  if (fixes.length === 0) return 'No known vulnerabilities: nothing to upgrade.\n';
  return `${fixes
    .map((fix) => {
      const { name, version, ecosystem } = fix.package;
      const target = fix.targetVersion ? ` -> ${fix.targetVersion}` : '';
      return `${fix.severity.toUpperCase().padEnd(8)} ${ecosystem}:${name}@${version}${target}  ${fix.ids.join(', ')}\n         ${describeAction(fix.action)}`;
    })
    .join('\n')}\n`;
}

async function runFix(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('deps fix', argv, {
    apply: { type: 'boolean' },
    db: { type: 'string' },
    format: { type: 'string' },
  });
  if (args.positionals.length > 1) throw usageError('deps fix: expected at most one PATH');
  const format = formatOption(stringOption(args, 'format'), 'fix');
  const root = resolve(io.cwd, args.positionals[0] ?? '.');
  const dbOption = stringOption(args, 'db');
  const dbDir = dbOption ? resolve(io.cwd, dbOption) : defaultDbDir(io.env);
  const { project, plan, readFile } = await planProjectFixes(root, dbDir);
  for (const { path, message } of project.errors) io.stderr.write(`bulwark deps fix: skipped ${path}: ${message}\n`);
  const applied = boolOption(args, 'apply') ? applyPlan(plan, readFile) : undefined;
  if (applied) {
    for (const change of applied.changes) writeFileSync(join(root, change.path), change.after);
    if (applied.patch) writeFileSync(join(root, 'bulwark-fix.patch'), applied.patch);
  }
  if (format === 'json') {
    io.stdout.write(
      `${JSON.stringify({ fixes: plan.fixes, applied: applied ? { files: applied.changes.map((c) => c.path), patch: applied.patch ? 'bulwark-fix.patch' : undefined, skipped: applied.skipped.map((s) => ({ package: s.fix.package.name, reason: s.reason })) } : undefined }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(fixTable(plan.fixes));
    if (applied) {
      const files = applied.changes.map((c) => c.path).join(', ');
      io.stdout.write(
        applied.changes.length > 0
          ? `\nEdited ${files}; wrote bulwark-fix.patch. Re-lock with your package manager, then test.\n`
          : '\nNothing to edit.\n',
      );
      for (const { fix, reason } of applied.skipped) io.stdout.write(`  not applied: ${fix.package.name}: ${reason}\n`);
    }
  }
  return 0;
}

export const command: Command = {
  name: 'deps',
  summary: 'Verify new dependencies or plan upgrades that clear vulnerabilities',
  usage,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'verify') return runVerify(rest, io);
    if (sub === 'fix') return runFix(rest, io);
    throw usageError(`deps: unknown subcommand '${sub ?? ''}'`, 'use `bulwark deps verify` or `bulwark deps fix`');
  },
};

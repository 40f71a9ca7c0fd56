import type { Finding } from '../../core/finding.js';
import { makeFinding } from '../../core/make-finding.js';
import type { RuleMeta } from '../../core/rule.js';
import type { RiskKind } from './risks.js';
import type { VerifyResult } from './verify.js';

const HELP = 'https://github.com/bulwark-security/bulwark/blob/main/docs/deps-verify.md';

function rule(meta: Omit<RuleMeta, 'helpUri'>): RuleMeta {
  return { ...meta, helpUri: `${HELP}#${meta.id}` };
}

/** Rules of the new-dependency checks (scanner 'deps'), one per risk kind. */
export const verifyRules: readonly RuleMeta[] = [
  rule({
    id: 'deps-unknown-package',
    title: 'Dependency does not exist on its registry',
    description:
      'The package is not on its registry. AI assistants invent plausible names; attackers register them and wait (slopsquatting).',
    severity: 'critical',
    confidence: 'high',
    cwe: ['CWE-829'],
    remediation:
      'Remove the dependency or replace it with the real package you meant; never publish or install a guessed name.',
    tags: ['supply-chain', 'ai'],
  }),
  rule({
    id: 'deps-typosquat',
    title: 'Dependency name imitates a popular package',
    description:
      'The name is one small edit away from a popular package (omission, repetition, swap, neighbouring key, look-alike characters, separators or scope).',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-1357'],
    remediation: 'Check the spelling; use the popular package if that is what you meant.',
    tags: ['supply-chain', 'typosquat'],
  }),
  rule({
    id: 'deps-unknown-version',
    title: 'Dependency version does not exist',
    description: 'The requested version is not published on the registry.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-1357'],
    remediation: 'Pin a published version.',
    tags: ['supply-chain'],
  }),
  rule({
    id: 'deps-new-package',
    title: 'Dependency was published very recently',
    description:
      'Malicious packages are usually caught within days; a package younger than 30 days has had little scrutiny.',
    severity: 'medium',
    confidence: 'medium',
    cwe: ['CWE-1357'],
    remediation: 'Prefer an established package, or review the code of this one before adding it.',
    tags: ['supply-chain'],
  }),
  rule({
    id: 'deps-install-script',
    title: 'Dependency runs code at install time',
    description:
      'Install scripts (npm preinstall/install/postinstall, Python setup.py without a wheel) run with the developer’s or CI’s permissions.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-829'],
    remediation: 'Review the script; install with scripts disabled (npm --ignore-scripts) where possible.',
    tags: ['supply-chain'],
  }),
  rule({
    id: 'deps-low-downloads',
    title: 'Dependency is rarely downloaded',
    description: 'Few weekly downloads means few users who would notice a compromise.',
    severity: 'low',
    confidence: 'medium',
    cwe: ['CWE-1357'],
    remediation: 'Prefer a widely used alternative or review the package.',
    tags: ['supply-chain'],
  }),
  rule({
    id: 'deps-no-repository',
    title: 'Dependency links no source repository',
    description: 'Without a repository the published code cannot be compared with its source.',
    severity: 'low',
    confidence: 'medium',
    cwe: ['CWE-1357'],
    remediation: 'Prefer packages that publish their source, or review the published files.',
    tags: ['supply-chain'],
  }),
  rule({
    id: 'deps-deprecated-package',
    title: 'Dependency is deprecated or yanked',
    description: 'Deprecated packages get no security fixes.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-1104'],
    remediation: 'Use the replacement its maintainers recommend.',
    tags: ['supply-chain'],
  }),
];

const RULE_ID_BY_RISK: Record<RiskKind, string> = {
  'not-found': 'deps-unknown-package',
  typosquat: 'deps-typosquat',
  'unknown-version': 'deps-unknown-version',
  'new-package': 'deps-new-package',
  'install-script': 'deps-install-script',
  'low-downloads': 'deps-low-downloads',
  'no-repository': 'deps-no-repository',
  deprecated: 'deps-deprecated-package',
};

function ruleFor(kind: RiskKind): RuleMeta {
  const found = verifyRules.find((r) => r.id === RULE_ID_BY_RISK[kind]);
  if (!found) throw new Error(`no rule for risk ${kind}`);
  return found;
}

/** Where a package is declared: a lockfile path, or path and line. */
export type PackageLocation = string | { path: string; line?: number };

const DEFAULT_MANIFEST: Record<string, string> = {
  npm: 'package.json',
  PyPI: 'requirements.txt',
  Go: 'go.mod',
  'crates.io': 'Cargo.toml',
};

function locationOf(
  result: VerifyResult,
  where: ReadonlyMap<string, PackageLocation> | Record<string, PackageLocation>,
) {
  const { name, version, ecosystem } = result.package;
  const get = (key: string) =>
    where instanceof Map ? where.get(key) : (where as Record<string, PackageLocation>)[key];
  const found = (version ? get(`${name}@${version}`) : undefined) ?? get(name);
  const path = typeof found === 'string' ? found : (found?.path ?? DEFAULT_MANIFEST[ecosystem] ?? 'package.json');
  const line = typeof found === 'object' ? (found.line ?? 1) : 1;
  return { path, startLine: line, startColumn: 1, endLine: line, endColumn: 1 };
}

/**
 * Findings (scanner 'deps') for verification results. `lockfilePathByPackage` maps "name@version" or "name"
 * to the file (and line) that declares the package; unknown packages point at the ecosystem's manifest.
 */
export function verifyFindings(
  results: readonly VerifyResult[],
  lockfilePathByPackage: ReadonlyMap<string, PackageLocation> | Record<string, PackageLocation> = new Map(),
): Finding[] {
  return results.flatMap((result) => {
    const { name, version, ecosystem } = result.package;
    const spec = version ? `${name}@${version}` : name;
    return result.risks.map((risk) =>
      makeFinding({
        rule: ruleFor(risk.kind),
        scanner: 'deps',
        location: locationOf(result, lockfilePathByPackage),
        snippet: spec,
        matchedContent: `${ecosystem}:${name}`,
        message: `${spec} (${ecosystem}): ${risk.reason}`,
        overrides: { severity: risk.severity },
        properties: {
          package: { ecosystem, name, version },
          risk: risk.kind,
          ...(result.typosquat && risk.kind === 'typosquat'
            ? { imitates: result.typosquat.target, edit: result.typosquat.kind }
            : {}),
        },
      }),
    );
  });
}

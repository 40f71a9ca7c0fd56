import type { RuleMeta } from '../../core/rule.js';

export const VULNERABLE_PACKAGE: RuleMeta = {
  id: 'deps-vulnerable-package',
  title: 'Dependency with a known vulnerability',
  description:
    'A package version pinned by a lockfile is affected by a published advisory (OSV, GHSA, PYSEC, RustSec, CVE).',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-1395'],
  owasp: ['A06:2021'],
  remediation:
    'Upgrade the package to a fixed version (or the dependency that pulls it in), then regenerate the lockfile.',
  helpUri: 'https://osv.dev/',
  tags: ['dependencies', 'sca'],
};

export const LOCKFILE_UNPARSABLE: RuleMeta = {
  id: 'deps-lockfile-unparsable',
  title: 'Lockfile could not be parsed',
  description:
    'A lockfile is broken or in an unknown format, so its dependencies were not checked for vulnerabilities.',
  severity: 'low',
  confidence: 'high',
  cwe: ['CWE-1395'],
  remediation:
    'Regenerate the lockfile with its package manager (npm install, poetry lock, cargo generate-lockfile...).',
  tags: ['dependencies', 'coverage'],
};

export const DEPS_RULES: readonly RuleMeta[] = [VULNERABLE_PACKAGE, LOCKFILE_UNPARSABLE];

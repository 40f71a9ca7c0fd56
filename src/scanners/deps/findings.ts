import type { Finding } from '../../core/finding.js';
import { makeFinding } from '../../core/make-finding.js';
import type { VulnerabilityMatch } from '../../deps/osv/match.js';
import type { Package } from '../../deps/types.js';
import { VULNERABLE_PACKAGE } from './rules.js';

/** One finding for one package and one vulnerability (all its alias ids). */
export function vulnerabilityFinding(pkg: Package, match: VulnerabilityMatch): Finding {
  const label = `${pkg.name}@${pkg.version}`;
  const kind = `${pkg.direct ? 'direct' : 'transitive'}${pkg.dev ? ', dev' : ''}`;
  const fix =
    match.fixed.length > 0 ? `Fixed in ${match.fixed.join(', ')}.` : 'No fixed version is known for this version line.';
  const via = pkg.path.length > 1 ? ` Pulled in by ${pkg.path.join(' > ')}.` : '';
  const line = pkg.line ?? 1;
  return makeFinding({
    rule: VULNERABLE_PACKAGE,
    scanner: 'deps',
    location: { path: pkg.source, startLine: line, startColumn: 1, endLine: line, endColumn: 1 },
    snippet: label,
    matchedContent: `${pkg.ecosystem}:${pkg.name}@${pkg.version}:${match.primaryId}`,
    message: `${label} (${pkg.ecosystem}, ${kind}) is affected by ${match.ids.join(', ')}: ${match.summary}. ${fix}${via}`,
    overrides: {
      severity: match.severity,
      title: `${label} is vulnerable: ${match.summary} (${match.primaryId})`,
      remediation:
        match.fixed.length > 0
          ? `Upgrade ${pkg.name} to ${match.fixed[0]} or later${pkg.direct ? '' : ` (through ${pkg.path[0] ?? pkg.name})`} and regenerate ${pkg.source}.`
          : `No fix is published: replace or remove ${pkg.name}, or record a risk acceptance with an expiry.`,
    },
    properties: {
      package: { ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version },
      advisories: match.ids,
      fixed: match.fixed,
      direct: pkg.direct,
      dev: pkg.dev,
      path: pkg.path,
      ...(match.score === undefined ? {} : { cvssScore: match.score }),
    },
  });
}

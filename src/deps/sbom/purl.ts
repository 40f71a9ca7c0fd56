import type { Ecosystem, Package } from '../types.js';

/** purl type per ecosystem (https://github.com/package-url/purl-spec). */
const PURL_TYPE: Record<Ecosystem, string> = { npm: 'npm', PyPI: 'pypi', Go: 'golang', 'crates.io': 'cargo' };

/** Percent-encode one purl segment: keep unreserved characters, encode the rest (including '@' and '+'). */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** PEP 503 normalised name: lower case, runs of -, _ and . become one '-'. */
export function normalisePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** Split a package name into purl namespace segments and the name. */
function nameParts(ecosystem: Ecosystem, name: string): { namespace: string[]; name: string } {
  if (ecosystem === 'npm' && name.startsWith('@') && name.includes('/')) {
    const [scope = '', ...rest] = name.split('/');
    return { namespace: [scope], name: rest.join('/') };
  }
  if (ecosystem === 'Go') {
    const segments = name.split('/');
    const last = segments.pop() ?? name;
    return { namespace: segments, name: last };
  }
  if (ecosystem === 'PyPI') return { namespace: [], name: normalisePypiName(name) };
  return { namespace: [], name };
}

/** The package URL of a package, e.g. pkg:npm/%40scope/name@1.0.0 or pkg:pypi/requests@2.31.0. */
export function purlOf(pkg: Pick<Package, 'ecosystem' | 'name' | 'version'>): string {
  const parts = nameParts(pkg.ecosystem, pkg.name);
  const path = [...parts.namespace, parts.name].map(encodeSegment).join('/');
  const version = pkg.version ? `@${encodeSegment(pkg.version)}` : '';
  return `pkg:${PURL_TYPE[pkg.ecosystem]}/${path}${version}`;
}

/** Who supplies the package, when the name says it: an npm scope or a Go module's host and owner. */
export function supplierOf(pkg: Pick<Package, 'ecosystem' | 'name'>): string | undefined {
  if (pkg.ecosystem === 'npm' && pkg.name.startsWith('@') && pkg.name.includes('/')) return pkg.name.split('/')[0];
  if (pkg.ecosystem === 'Go') {
    const segments = pkg.name.split('/');
    if (segments.length >= 3) return segments.slice(0, 2).join('/');
  }
  return undefined;
}

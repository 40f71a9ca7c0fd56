import type { Package } from '../types.js';
import { collectPackages, rootDependencies, type SbomPackage } from './collect.js';
import { hashesOf } from './hashes.js';
import { classifyLicense } from './licenses.js';
import { type SbomOptions, sbomTimestamp, sbomUuid, toolVersion } from './options.js';
import { supplierOf } from './purl.js';
import { type RootComponent, readRootComponent } from './root.js';

type CdxLicense = { license: { id: string } | { name: string } } | { expression: string };

export interface CdxComponent {
  type: 'application' | 'library';
  'bom-ref'?: string;
  supplier?: { name: string };
  authors?: { name: string }[];
  group?: string;
  name: string;
  version?: string;
  description?: string;
  scope?: 'required' | 'optional';
  hashes?: { alg: string; content: string }[];
  licenses?: CdxLicense[];
  purl?: string;
  externalReferences?: { type: 'distribution'; url: string }[];
  properties?: { name: string; value: string }[];
}

export interface CycloneDxBom {
  $schema: string;
  bomFormat: 'CycloneDX';
  specVersion: '1.6';
  serialNumber: string;
  version: number;
  metadata: {
    timestamp: string;
    tools: { components: CdxComponent[] };
    authors?: { name: string }[];
    component: CdxComponent;
    supplier?: { name: string };
  };
  components: CdxComponent[];
  dependencies: { ref: string; dependsOn: string[] }[];
}

function licensesOf(license: string | undefined): CdxLicense[] | undefined {
  const info = classifyLicense(license);
  if (!info) return undefined;
  if (info.kind === 'expression') return [{ expression: info.value }];
  return [{ license: info.kind === 'id' ? { id: info.value } : { name: info.value } }];
}

/** npm scope or Go module path prefix as the component group, the rest as its name. */
function groupAndName(pkg: Package): { group?: string; name: string } {
  if (pkg.ecosystem === 'npm' && pkg.name.startsWith('@') && pkg.name.includes('/')) {
    const slash = pkg.name.indexOf('/');
    return { group: pkg.name.slice(0, slash), name: pkg.name.slice(slash + 1) };
  }
  return { name: pkg.name };
}

function componentOf(entry: SbomPackage): CdxComponent {
  const { pkg } = entry;
  const supplier = supplierOf(pkg);
  const hashes = hashesOf(pkg.integrity);
  const licenses = licensesOf(pkg.license);
  const { group, name } = groupAndName(pkg);
  const component: CdxComponent = {
    type: 'library',
    'bom-ref': entry.purl,
    ...(supplier ? { supplier: { name: supplier } } : {}),
    ...(group ? { group } : {}),
    name,
    version: pkg.version,
    scope: pkg.dev ? 'optional' : 'required',
  };
  if (hashes.length > 0) component.hashes = hashes;
  if (licenses) component.licenses = licenses;
  component.purl = entry.purl;
  if (pkg.resolved && /^https?:\/\//.test(pkg.resolved)) {
    component.externalReferences = [{ type: 'distribution', url: pkg.resolved }];
  }
  component.properties = [
    { name: 'bulwark:ecosystem', value: pkg.ecosystem },
    { name: 'bulwark:direct', value: String(pkg.direct) },
    ...entry.sources.map((source) => ({ name: 'bulwark:source', value: source })),
  ];
  return component;
}

function rootComponentOf(root: RootComponent, ref: string): CdxComponent {
  const component: CdxComponent = { type: 'application', 'bom-ref': ref, name: root.name };
  if (root.authors.length > 0) component.authors = root.authors.map((name) => ({ name }));
  if (root.version) component.version = root.version;
  if (root.description) component.description = root.description;
  const licenses = licensesOf(root.license);
  if (licenses) component.licenses = licenses;
  if (root.purl) component.purl = root.purl;
  return component;
}

/**
 * A CycloneDX 1.6 BOM of `packages` (deduplicated by name@version, sorted by purl) describing the project
 * `root` (a folder to read package.json / pyproject.toml from, or the component itself).
 */
export function buildCycloneDx(
  root: string | RootComponent,
  packages: readonly Package[],
  options: SbomOptions = {},
): CycloneDxBom {
  const project = typeof root === 'string' ? readRootComponent(root) : root;
  const entries = collectPackages(packages, options.includeDev ?? true);
  const purls = new Set(entries.map((entry) => entry.purl));
  const rootRef = project.purl && !purls.has(project.purl) ? project.purl : `root:${project.name}`;
  const components = entries.map(componentOf);
  const dependencies = [
    { ref: rootRef, dependsOn: rootDependencies(entries) },
    ...entries.map((entry) => ({ ref: entry.purl, dependsOn: entry.dependsOn })),
  ];
  const content = JSON.stringify({ project, components, dependencies });
  const metadata: CycloneDxBom['metadata'] = {
    timestamp: sbomTimestamp(options),
    tools: { components: [{ type: 'application', name: 'bulwark', version: toolVersion(options) }] },
    component: rootComponentOf(project, rootRef),
  };
  if (project.authors.length > 0) {
    metadata.authors = project.authors.map((name) => ({ name }));
    metadata.supplier = { name: project.authors[0] ?? project.name };
  }
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${sbomUuid(options, content)}`,
    version: 1,
    metadata,
    components,
    dependencies,
  };
}

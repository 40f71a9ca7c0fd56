import { createHash } from 'node:crypto';
import type { Package } from '../types.js';
import { collectPackages, rootDependencies, type SbomPackage } from './collect.js';
import { hashesOf } from './hashes.js';
import { classifyLicense } from './licenses.js';
import { type SbomOptions, sbomTimestamp, sbomUuid, toolVersion } from './options.js';
import { supplierOf } from './purl.js';
import { type RootComponent, readRootComponent } from './root.js';

export interface SpdxPackage {
  SPDXID: string;
  name: string;
  versionInfo?: string;
  supplier: string;
  downloadLocation: string;
  filesAnalyzed: false;
  licenseConcluded: string;
  licenseDeclared: string;
  copyrightText: 'NOASSERTION';
  primaryPackagePurpose: 'APPLICATION' | 'LIBRARY';
  checksums?: { algorithm: string; checksumValue: string }[];
  externalRefs?: { referenceCategory: 'PACKAGE-MANAGER'; referenceType: 'purl'; referenceLocator: string }[];
}

export interface SpdxRelationship {
  spdxElementId: string;
  relationshipType: 'DESCRIBES' | 'DEPENDS_ON' | 'DEV_DEPENDENCY_OF';
  relatedSpdxElement: string;
}

export interface SpdxDocument {
  spdxVersion: 'SPDX-2.3';
  dataLicense: 'CC0-1.0';
  SPDXID: 'SPDXRef-DOCUMENT';
  name: string;
  documentNamespace: string;
  creationInfo: { created: string; creators: string[] };
  documentDescribes: string[];
  packages: SpdxPackage[];
  relationships: SpdxRelationship[];
}

const NOASSERTION = 'NOASSERTION';
export const SPDX_NAMESPACE_BASE = 'https://spdx.org/spdxdocs/bulwark';

/** An SPDX element id: letters, digits, '.' and '-', made unique by a short hash of the purl. */
function spdxIdOf(purl: string, name: string, version: string): string {
  const readable = `${name}-${version}`.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
  const hash = createHash('sha256').update(purl).digest('hex').slice(0, 8);
  return `SPDXRef-Package-${readable}-${hash}`;
}

/** SPDX license expression for a license string, NOASSERTION when unknown or not an SPDX id/expression. */
function spdxLicense(license: string | undefined): string {
  const info = classifyLicense(license);
  return info && info.kind !== 'name' ? info.value : NOASSERTION;
}

const SPDX_CHECKSUM: Record<string, string> = {
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-384': 'SHA384',
  'SHA-512': 'SHA512',
  MD5: 'MD5',
};

function packageOf(entry: SbomPackage, id: string): SpdxPackage {
  const { pkg } = entry;
  const supplier = supplierOf(pkg);
  const license = spdxLicense(pkg.license);
  const checksums = hashesOf(pkg.integrity).map((hash) => ({
    algorithm: SPDX_CHECKSUM[hash.alg] ?? hash.alg,
    checksumValue: hash.content,
  }));
  const result: SpdxPackage = {
    SPDXID: id,
    name: pkg.name,
    versionInfo: pkg.version,
    supplier: supplier ? `Organization: ${supplier}` : NOASSERTION,
    downloadLocation: pkg.resolved && /^https?:\/\//.test(pkg.resolved) ? pkg.resolved : NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: license,
    copyrightText: NOASSERTION,
    primaryPackagePurpose: 'LIBRARY',
    externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: entry.purl }],
  };
  if (checksums.length > 0) result.checksums = checksums;
  return result;
}

function rootPackageOf(root: RootComponent): SpdxPackage {
  const result: SpdxPackage = {
    SPDXID: 'SPDXRef-RootPackage',
    name: root.name,
    supplier: root.authors[0] ? `Person: ${root.authors[0]}` : NOASSERTION,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: spdxLicense(root.license),
    copyrightText: NOASSERTION,
    primaryPackagePurpose: 'APPLICATION',
  };
  if (root.version) result.versionInfo = root.version;
  if (root.purl) {
    result.externalRefs = [
      { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: root.purl },
    ];
  }
  return result;
}

/** An SPDX 2.3 JSON document of `packages` (deduplicated, sorted) describing the project `root`. */
export function buildSpdx(
  root: string | RootComponent,
  packages: readonly Package[],
  options: SbomOptions = {},
): SpdxDocument {
  const project = typeof root === 'string' ? readRootComponent(root) : root;
  const entries = collectPackages(packages, options.includeDev ?? true);
  const ids = new Map(entries.map((entry) => [entry.purl, spdxIdOf(entry.purl, entry.pkg.name, entry.pkg.version)]));
  const rootPackage = rootPackageOf(project);
  const relationships: SpdxRelationship[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootPackage.SPDXID },
  ];
  for (const purl of rootDependencies(entries)) {
    const id = ids.get(purl);
    if (id)
      relationships.push({ spdxElementId: rootPackage.SPDXID, relationshipType: 'DEPENDS_ON', relatedSpdxElement: id });
  }
  for (const entry of entries) {
    const from = ids.get(entry.purl) ?? '';
    for (const purl of entry.dependsOn) {
      const to = ids.get(purl);
      if (to) relationships.push({ spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: to });
    }
  }
  const spdxPackages = [rootPackage, ...entries.map((entry) => packageOf(entry, ids.get(entry.purl) ?? ''))];
  const content = JSON.stringify({ spdxPackages, relationships });
  const name = project.version ? `${project.name}-${project.version}` : project.name;
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `${SPDX_NAMESPACE_BASE}/${encodeURIComponent(name)}-${sbomUuid(options, content)}`,
    creationInfo: { created: sbomTimestamp(options), creators: [`Tool: bulwark-${toolVersion(options)}`] },
    documentDescribes: [rootPackage.SPDXID],
    packages: spdxPackages,
    relationships,
  };
}

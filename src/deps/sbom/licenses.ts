/** License strings from lockfiles/manifests as SPDX ids, SPDX expressions or free-text names. */

/**
 * SPDX license ids common in package registries (a subset of https://spdx.org/licenses/; the test checks every
 * one against the SPDX list in the CycloneDX schema). Ids outside this set are reported as names, which is
 * always valid.
 */
const COMMON_SPDX_IDS = [
  '0BSD',
  'AFL-2.1',
  'AFL-3.0',
  'AGPL-1.0-only',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'Apache-1.1',
  'Apache-2.0',
  'APSL-2.0',
  'Artistic-1.0',
  'Artistic-2.0',
  'BlueOak-1.0.0',
  'BSD-1-Clause',
  'BSD-2-Clause',
  'BSD-2-Clause-Patent',
  'BSD-3-Clause',
  'BSD-3-Clause-Clear',
  'BSD-4-Clause',
  'BSL-1.0',
  'BUSL-1.1',
  'CAL-1.0',
  'CC-BY-3.0',
  'CC-BY-4.0',
  'CC-BY-SA-3.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC0-1.0',
  'CDDL-1.0',
  'CDDL-1.1',
  'CECILL-2.1',
  'CPL-1.0',
  'ECL-2.0',
  'EPL-1.0',
  'EPL-2.0',
  'EUPL-1.1',
  'EUPL-1.2',
  'GPL-1.0-only',
  'GPL-1.0-or-later',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'HPND',
  'ICU',
  'IJG',
  'ISC',
  'LGPL-2.0-only',
  'LGPL-2.0-or-later',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'Libpng',
  'MIT',
  'MIT-0',
  'MIT-CMU',
  'MPL-1.1',
  'MPL-2.0',
  'MPL-2.0-no-copyleft-exception',
  'MS-PL',
  'MS-RL',
  'NCSA',
  'ODbL-1.0',
  'OFL-1.1',
  'OpenSSL',
  'OSL-3.0',
  'PostgreSQL',
  'PSF-2.0',
  'Python-2.0',
  'Python-2.0.1',
  'Ruby',
  'SSPL-1.0',
  'Unicode-3.0',
  'Unicode-DFS-2016',
  'Unlicense',
  'UPL-1.0',
  'Vim',
  'W3C',
  'WTFPL',
  'X11',
  'Zlib',
  'ZPL-2.1',
] as const;

/** Deprecated SPDX ids that registries still use, mapped to their current form. */
const DEPRECATED_IDS: Record<string, string> = {
  'GPL-2.0': 'GPL-2.0-only',
  'GPL-2.0+': 'GPL-2.0-or-later',
  'GPL-3.0': 'GPL-3.0-only',
  'GPL-3.0+': 'GPL-3.0-or-later',
  'LGPL-2.1': 'LGPL-2.1-only',
  'LGPL-2.1+': 'LGPL-2.1-or-later',
  'LGPL-3.0': 'LGPL-3.0-only',
  'LGPL-3.0+': 'LGPL-3.0-or-later',
  'AGPL-3.0': 'AGPL-3.0-only',
};

const ID_BY_LOWER = new Map<string, string>(COMMON_SPDX_IDS.map((id) => [id.toLowerCase(), id]));

export const KNOWN_SPDX_IDS: readonly string[] = COMMON_SPDX_IDS;

export type LicenseInfo =
  | { kind: 'id'; value: string }
  | { kind: 'expression'; value: string }
  | { kind: 'name'; value: string };

/** The SPDX id for a license string when it is one we know, else undefined. */
export function spdxId(license: string): string | undefined {
  const trimmed = license.trim();
  const current = DEPRECATED_IDS[trimmed] ?? trimmed;
  return ID_BY_LOWER.get(current.toLowerCase());
}

/** Classify a license string; undefined for "UNKNOWN", "UNLICENSED"-style placeholders and empty strings. */
export function classifyLicense(license: string | undefined): LicenseInfo | undefined {
  const trimmed = license?.trim().replace(/^\((.*)\)$/, '$1') ?? '';
  if (!trimmed || /^(unknown|none|noassertion)$/i.test(trimmed)) return undefined;
  const id = spdxId(trimmed);
  if (id) return { kind: 'id', value: id };
  const operands = trimmed.split(/\s+(?:AND|OR|WITH)\s+|[()]/).filter((part) => part.trim());
  if (operands.length > 1 && operands.every((part) => spdxId(part))) {
    const value = trimmed.replace(/[A-Za-z0-9.+-]+/g, (token) =>
      /^(AND|OR|WITH)$/.test(token) ? token : (spdxId(token) ?? token),
    );
    return { kind: 'expression', value };
  }
  return { kind: 'name', value: trimmed };
}

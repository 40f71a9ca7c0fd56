import type { Detection } from '../types.js';

/** Suffix labels that only exist on private networks; `local`, `lan`, `localdomain` only as the last label. */
const INTERNAL_LABELS = new Set(['internal', 'corp', 'intranet', 'private', 'home', 'lan', 'local', 'localdomain']);
const FINAL_ONLY = new Set(['local', 'lan', 'localdomain', 'home']);
const ENV_LABEL =
  /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:prod|prd|production|stg|stage|staging|dev|qa|uat|preprod|test)(?:-?\d+)?$/i;
/** First labels that are code objects, not hosts: `this.config.internal`, `settings.local`. */
const CODE_OBJECTS = new Set([
  'this',
  'self',
  'window',
  'document',
  'process',
  'config',
  'settings',
  'options',
  'opts',
  'module',
  'exports',
  'props',
  'state',
  'ctx',
  'context',
  'req',
  'res',
  'env',
  'os',
  'sys',
  'obj',
  'data',
  'args',
  'params',
  'cls',
]);
const NOT_TLDS = new Set([
  'js',
  'mjs',
  'cjs',
  'ts',
  'tsx',
  'jsx',
  'py',
  'rb',
  'go',
  'rs',
  'java',
  'json',
  'yaml',
  'yml',
  'toml',
  'md',
  'txt',
  'html',
  'css',
  'xml',
  'ini',
  'conf',
  'cfg',
  'env',
  'sh',
  'lock',
  'log',
  'pem',
  'key',
  'crt',
  'tf',
]);
const HOST_CHAR = /[A-Za-z0-9.-]/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function anchorRegex(internalDomains: readonly string[]): RegExp {
  const configured = internalDomains
    .map((domain) =>
      domain
        .trim()
        .replace(/^\*?\.*/, '')
        .toLowerCase(),
    )
    .filter((domain) => domain.length > 0)
    .map(escapeRegex);
  const parts = [
    '\\.(?:internal|corp|intranet|private|local|lan|localdomain|home\\.arpa)(?![A-Za-z0-9-])',
    '(?<![A-Za-z0-9-])corp\\.',
    '-(?:prod|prd|production|stg|stage|staging|dev|qa|uat|preprod|test)(?:-?\\d+)?\\.',
    ...configured.map((domain) => `(?<![A-Za-z0-9-])${domain}(?![A-Za-z0-9-])`),
  ];
  return new RegExp(parts.join('|'), 'gi');
}

function isConfigured(host: string, internalDomains: readonly string[]): boolean {
  return internalDomains.some((raw) => {
    const domain = raw
      .trim()
      .replace(/^\*?\.*/, '')
      .toLowerCase();
    return domain.length > 0 && (host === domain || host.endsWith(`.${domain}`));
  });
}

function isInternalHost(host: string, internalDomains: readonly string[]): boolean {
  const labels = host.toLowerCase().split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  const last = labels[labels.length - 1] ?? '';
  if (isConfigured(host.toLowerCase(), internalDomains)) return true;
  if (NOT_TLDS.has(last) || /^\d+$/.test(last) || CODE_OBJECTS.has(labels[0] ?? '')) return false;
  if (FINAL_ONLY.has(last) || last === 'internal' || last === 'corp' || last === 'intranet' || last === 'private') {
    return true;
  }
  if (host.toLowerCase().endsWith('.home.arpa')) return true;
  if (!/^[a-z]{2,24}$/.test(last)) return false;
  const middle = labels.slice(0, -1);
  if (middle.some((label) => INTERNAL_LABELS.has(label) && !FINAL_ONLY.has(label))) return true;
  return ENV_LABEL.test(labels[0] ?? '');
}

/**
 * Internal hostnames, bare or inside URLs: configured internal domains, private suffixes (.internal, .corp,
 * .local, .lan, .intranet, .private, .localdomain, .home.arpa), corp.<x> and environment hosts (db-prod-01.<x>).
 * Anchored on those markers with one regex, then expanded to the whole hostname.
 */
export function detectInternalHosts(text: string, internalDomains: readonly string[] = []): Detection[] {
  const anchors = anchorRegex(internalDomains);
  const found: Detection[] = [];
  let lastEnd = -1;
  for (let match = anchors.exec(text); match !== null; match = anchors.exec(text)) {
    let start = match.index;
    while (start > 0 && HOST_CHAR.test(text[start - 1] ?? '')) start--;
    let end = match.index + match[0].length;
    while (end < text.length && HOST_CHAR.test(text[end] ?? '')) end++;
    while (start < end && /[.-]/.test(text[start] ?? '')) start++;
    while (end > start && /[.-]/.test(text[end - 1] ?? '')) end--;
    anchors.lastIndex = Math.max(anchors.lastIndex, end);
    if (start <= lastEnd) continue;
    const host = text.slice(start, end);
    const next = text[end] ?? '';
    if (next === '(' || next === '[' || text[start - 1] === '$') continue;
    if (!isInternalHost(host, internalDomains)) continue;
    found.push({ kind: 'internal-host', start, end, value: host });
    lastEnd = end;
  }
  return found;
}

import type { Detection } from '../types.js';

/** File extensions that look like top-level domains in `logo@2x.png` or `pkg@file.js`: not mail domains. */
const FILE_EXTENSIONS = new Set([
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
  'kt',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'ico',
  'css',
  'scss',
  'less',
  'json',
  'map',
  'html',
  'md',
  'txt',
  'yaml',
  'yml',
  'lock',
  'wasm',
  'zip',
  'gz',
  'tgz',
  'pdf',
  'mp4',
  'woff',
  'woff2',
  'ttf',
  'vue',
  'svelte',
  'php',
  'sh',
  'toml',
  'xml',
]);

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const LOCAL_PART = /^[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;

/**
 * Email addresses. Anchored on '@' (one indexOf pass), expanded to both sides and validated, so cost is
 * proportional to the number of '@' signs, not to the text size. Service accounts are claimed by the cloud detector.
 */
export function detectEmails(text: string): Detection[] {
  const found: Detection[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
    let end = at + 1;
    while (end < text.length && end - at < 255 && DOMAIN_CHAR.test(text[end] ?? '')) end++;
    while (end > at + 1 && /[.-]/.test(text[end - 1] ?? '')) end--; // trailing sentence dot
    while (start < at && /[._%+-]/.test(text[start] ?? '')) start++;
    const local = text.slice(start, at);
    const domain = text.slice(at + 1, end);
    if (!LOCAL_PART.test(local) || !DOMAIN.test(domain) || local.includes('..')) continue;
    if (/[\w-]/.test(text[end] ?? '')) continue;
    const tld = domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
    if (FILE_EXTENSIONS.has(tld)) continue;
    if (local === 'git' && text[end] === ':') continue; // git@github.com:org/repo.git
    found.push({ kind: 'email', start, end, value: text.slice(start, end) });
  }
  return found;
}

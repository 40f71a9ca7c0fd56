import { isIPv6 } from 'node:net';
import type { Detection } from '../types.js';
import { before, scanRegex } from './scan.js';

const IPV4 = /(?<![\w.-])(?:\d{1,3}\.){3}\d{1,3}(?![\w-]|\.\d)/g;
const MAC = /^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}$/;
const MAC_DOTTED = /(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.])/g;
const VERSION_CONTEXT = /(?:version|ver\.?|release|build|v|rev|sdk|api)\s*[:=]?\s*["']?$/;

function octets(value: string): number[] | undefined {
  const texts = value.split('.');
  if (texts.some((part) => part.length > 1 && part.startsWith('0'))) return undefined;
  const parts = texts.map(Number);
  return parts.some((part) => part > 255) ? undefined : parts;
}

/** Private, loopback, link-local and carrier-grade NAT ranges: addresses that reveal an internal network. */
export function isInternalIpv4(parts: readonly number[]): boolean {
  const [a = 0, b = 0] = parts;
  return (
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

function ipv4Kind(value: string, text: string, start: number): string | undefined {
  const parts = octets(value);
  if (!parts) return undefined;
  const [a = 0] = parts;
  if (a === 0 || a >= 224) return undefined; // unspecified, multicast, netmasks like 255.255.255.0
  if (VERSION_CONTEXT.test(before(text, start, 16))) return undefined;
  return isInternalIpv4(parts) ? 'internal-ip' : 'ip-address';
}

function ipv6Kind(value: string): string | undefined {
  if (!isIPv6(value) || value === '::') return undefined;
  const groups = value.split(':').filter((group) => group.length > 0);
  const lower = value.toLowerCase();
  if (lower === '::1') return 'internal-ip';
  const mapped = /^::ffff:((?:\d{1,3}\.){3}\d{1,3})$/.exec(lower)?.[1];
  if (mapped) return isInternalIpv4(mapped.split('.').map(Number)) ? 'internal-ip' : 'ip-address';
  if (groups.length < 3) return undefined;
  if (/^fe[89ab][0-9a-f]?:/.test(lower) || /^f[cd][0-9a-f]{0,2}:/.test(lower)) return 'internal-ip';
  return 'ip-address';
}

/** IPv4 and IPv6 addresses: internal ranges as `internal-ip`, others as `ip-address`; versions and masks skipped. */
export function detectIps(text: string): Detection[] {
  const v4 = text.includes('.') ? scanRegex(text, IPV4, (_m, value, start) => ipv4Kind(value, text, start)) : [];
  const v6: Detection[] = [];
  for (const run of hexRuns(text, ':', true, (start, end) => end - start <= 45 && hasTwo(text, ':', start, end))) {
    const kind = ipv6Kind(run.value);
    if (kind) v6.push({ kind, ...run });
  }
  return [...v4, ...v6];
}

function hasTwo(text: string, char: string, start: number, end: number): boolean {
  const first = text.indexOf(char, start);
  const second = first === -1 ? -1 : text.indexOf(char, first + 1);
  return second !== -1 && second < end;
}

function isHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function isWordCode(code: number): boolean {
  return isHexCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * Maximal runs of hex digits and `separator` (plus '.' for IPv4-mapped IPv6) around each separator, found with
 * indexOf: the cost follows the number of separators, not the text size. Runs touching a word character are dropped.
 */
function hexRuns(
  text: string,
  separator: string,
  allowDot: boolean,
  fits: (start: number, end: number) => boolean,
): Array<{ start: number; end: number; value: string }> {
  const sep = separator.charCodeAt(0);
  const inRun = (code: number) => isHexCode(code) || code === sep || (allowDot && code === 46);
  const runs: Array<{ start: number; end: number; value: string }> = [];
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) {
    let start = at;
    while (start > 0 && inRun(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && inRun(text.charCodeAt(end))) end++;
    at = end;
    while (
      end > start &&
      (text.charCodeAt(end - 1) === 46 || (text.charCodeAt(end - 1) === sep && text.charCodeAt(end - 2) !== sep))
    )
      end--;
    if (end - start < 3 || !fits(start, end)) continue;
    if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
    if (end < text.length && isWordCode(text.charCodeAt(end))) continue;
    runs.push({ start, end, value: text.slice(start, end) });
  }
  return runs;
}

/** MAC addresses (aa:bb:cc:dd:ee:ff, aa-bb-..., and Cisco aabb.ccdd.eeff with a "mac" keyword nearby). */
export function detectMacs(text: string): Detection[] {
  const colon: Detection[] = [];
  for (const separator of [':', '-']) {
    for (const run of hexRuns(text, separator, false, (start, end) => end - start === 17)) {
      if (!MAC.test(run.value) || /^(?:00[:-]){5}00$|^(?:ff[:-]){5}ff$/i.test(run.value)) continue;
      colon.push({ kind: 'mac-address', ...run });
    }
  }
  const dotted = scanRegex(text, MAC_DOTTED, (_m, _value, start) =>
    /mac|hw|ether/.test(before(text, start, 30)) ? 'mac-address' : undefined,
  );
  return [...colon, ...dotted];
}

/** Lockfile integrity values (SRI "sha512-<base64>", "sha256:<hex>", bare hex) as algorithm + hex digest. */

export type HashAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512' | 'MD5';

export interface Hash {
  alg: HashAlgorithm;
  /** Lower-case hex digest. */
  content: string;
}

const ALGORITHMS: Record<string, HashAlgorithm> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
  md5: 'MD5',
};

/** Hex digest length (characters) per algorithm. */
const HEX_LENGTH: Record<HashAlgorithm, number> = {
  MD5: 32,
  'SHA-1': 40,
  'SHA-256': 64,
  'SHA-384': 96,
  'SHA-512': 128,
};

function byLength(hex: string): HashAlgorithm | undefined {
  return (Object.keys(HEX_LENGTH) as HashAlgorithm[]).find((alg) => HEX_LENGTH[alg] === hex.length);
}

/** Parse one integrity value; undefined when it is not a recognisable hash (e.g. Go "h1:" dirhashes stay out). */
export function parseIntegrity(value: string): Hash | undefined {
  const trimmed = value.trim();
  const match = /^(sha1|sha256|sha384|sha512|md5)[-:=](.+)$/i.exec(trimmed);
  if (!match) {
    if (/^[0-9a-f]+$/i.test(trimmed)) {
      const alg = byLength(trimmed);
      return alg ? { alg, content: trimmed.toLowerCase() } : undefined;
    }
    return undefined;
  }
  const alg = ALGORITHMS[(match[1] ?? '').toLowerCase()];
  const body = match[2] ?? '';
  if (!alg) return undefined;
  const hex = /^[0-9a-f]+$/i.test(body) && body.length === HEX_LENGTH[alg] ? body.toLowerCase() : base64ToHex(body);
  return hex !== undefined && hex.length === HEX_LENGTH[alg] ? { alg, content: hex } : undefined;
}

function base64ToHex(body: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(body)) return undefined;
  return Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('hex');
}

/** All recognisable hashes of a package's integrity list, one per algorithm + digest. */
export function hashesOf(integrity: readonly string[] | undefined): Hash[] {
  const seen = new Set<string>();
  const hashes: Hash[] = [];
  for (const value of integrity ?? []) {
    // SRI strings may hold several space-separated hashes.
    for (const part of value.split(/\s+/)) {
      const hash = part ? parseIntegrity(part) : undefined;
      if (!hash || seen.has(`${hash.alg}:${hash.content}`)) continue;
      seen.add(`${hash.alg}:${hash.content}`);
      hashes.push(hash);
    }
  }
  return hashes;
}

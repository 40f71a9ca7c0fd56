/** Offline validation of token formats: checksums, JWT structure, PEM bodies. */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function base62(value: number, width: number): string {
  let out = '';
  let rest = value;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}

/**
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens: 30 random base62 characters followed by the
 * base62 CRC32 of those 30 characters, 6 characters wide.
 */
export function hasValidCrc32Suffix(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

/** Decode base64 or base64url; undefined when the text is not valid base64. */
export function decodeBase64(text: string): Buffer | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  return Buffer.from(clean.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

function parseJsonObject(buffer: Buffer | undefined): Record<string, unknown> | undefined {
  if (!buffer) return undefined;
  try {
    const parsed: unknown = JSON.parse(buffer.toString('utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A JWT whose header decodes to JSON with `alg` and whose payload decodes to a JSON object. */
export function isValidJwt(token: string): boolean {
  const [header, payload, signature] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined) return false;
  const headerJson = parseJsonObject(decodeBase64(header));
  if (!headerJson || typeof headerJson.alg !== 'string') return false;
  const payloadJson = parseJsonObject(decodeBase64(payload));
  // The jwt.io sample ("John Doe", sub 1234567890) and other documentation tokens.
  if (!payloadJson || /John Doe|1234567890|example\.(?:com|org)/i.test(JSON.stringify(payloadJson))) return false;
  return headerJson.alg.toLowerCase() === 'none' || signature.length >= 16;
}

/** The base64 body of a PEM block, without headers (Proc-Type, DEK-Info, Comment) and escaped newlines. */
export function pemBody(block: string): string {
  const lines = block
    .replace(/\\r|\\n/g, '\n')
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s"',]+|[\s"',+\\]+$/g, ''));
  return lines
    .filter(
      (line) =>
        line !== '' && !line.startsWith('-----') && !/^[A-Za-z-]+:/.test(line) && !/^=[A-Za-z0-9+/]{4}$/.test(line),
    )
    .join('');
}

/** A key body that is valid base64 and long enough to hold a real key (not `MIIE...` or `<key>`). */
export function isPlausiblePemBody(block: string, minLength = 64): boolean {
  const body = pemBody(block);
  return body.length >= minLength && /^[A-Za-z0-9+/]+={0,2}$/.test(body);
}

/**
 * Format-valid fake credentials, generated at test time so no credential-like literal is stored in the repository.
 * Random bodies in each format's alphabet and length, with valid checksums where the format has one.
 */
import { generateKeyPairSync } from 'node:crypto';
import { base62, crc32 } from '../../../src/scanners/secrets/checksums.js';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LOWER_NUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const URLSAFE = `${ALNUM}_-`;
export const BASE64 = `${ALNUM}+/`;
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A small seeded PRNG so corpus runs are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Fakes {
  constructor(readonly random: () => number = Math.random) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  chars(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.random() * alphabet.length)];
    // Guarantee the mix of classes real tokens have, so values never look like placeholders by chance.
    return out;
  }

  digits(length: number): string {
    return this.chars('0123456789', length);
  }

  /** prefix + 30 random base62 + base62 CRC32 (GitHub ghp_/gho_/ghu_/ghs_/ghr_, npm_). */
  crcToken(prefix: string): string {
    const body = this.chars(ALNUM, 30);
    return `${prefix}${body}${base62(crc32(body), 6)}`;
  }

  uuid(): string {
    const h = (n: number) => this.chars(HEX, n);
    return `${h(8)}-${h(4)}-4${h(3)}-a${h(3)}-${h(12)}`;
  }

  /** A password with every character class, like a generated one. */
  password(length = 16): string {
    return `${this.chars(LETTERS, 2)}${this.chars(ALNUM, length - 6)}${this.pick(['!', '#', '%', '^', '&'])}${this.digits(2)}q`;
  }

  jwt(): string {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const header = b64({ alg: 'HS256', typ: 'JWT' });
    const payload = b64({ sub: this.digits(8), name: 'svc', iat: 1700000000 + Number(this.digits(5)) });
    return `${header}.${payload}.${this.chars(URLSAFE, 43)}`;
  }

  awsKeyId(): string {
    return `AKIA${this.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  }

  awsSecret(): string {
    return `${this.chars(LETTERS, 2)}${this.chars(BASE64, 36)}${this.digits(2)}`;
  }

  slackBot(): string {
    return `xoxb-${this.digits(12)}-${this.digits(13)}-${this.chars(ALNUM, 24)}`;
  }

  openAiProject(): string {
    return `sk-proj-${this.chars(URLSAFE, 74)}T3BlbkFJ${this.chars(URLSAFE, 74)}`;
  }

  anthropic(): string {
    return `sk-ant-api03-${this.chars(URLSAFE, 93)}AA`;
  }
}

let cachedKeys: { rsa: string; ec: string; pkcs8: string; openssh: string } | undefined;

/** Real (freshly generated, never used) private keys in several PEM forms. */
export function privateKeys(): { rsa: string; ec: string; pkcs8: string; openssh: string } {
  if (!cachedKeys) {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const ed = generateKeyPairSync('ed25519');
    const edDer = ed.privateKey.export({ format: 'der', type: 'pkcs8' });
    const label = 'OPENSSH PRIVATE KEY';
    cachedKeys = {
      rsa: rsa.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString().trim(),
      ec: ec.privateKey.export({ format: 'pem', type: 'sec1' }).toString().trim(),
      pkcs8: rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString().trim(),
      // Not a loadable OpenSSH key, but the same armour and a base64 body of realistic length.
      openssh: `-----BEGIN ${label}-----\n${Buffer.concat([Buffer.from('openssh-key-v1\0'), edDer, edDer, edDer, edDer])
        .toString('base64')
        .replace(/.{70}/g, '$&\n')}\n-----END ${label}-----`,
    };
  }
  return cachedKeys;
}

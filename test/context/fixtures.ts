/** Fixture builders for the AI-context tests: credential-looking values are generated at test time, never stored. */
import { randomBytes, randomInt } from 'node:crypto';
import { luhnValid } from '../../src/context/detectors/card.js';

const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomFrom(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export function awsAccessKeyId(): string {
  return `AK${'IA'}${randomFrom(UPPER32, 16)}`;
}

export function awsSecretKey(): string {
  return randomFrom(`${BASE62}+/`, 40);
}

/** A PEM private key block with a random (valid base64) body of `lines` lines. */
export function privateKeyPem(lines = 12, label = 'RSA PRIVATE KEY'): string {
  const body =
    randomBytes(lines * 48)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join('\n');
}

/** A Luhn-valid card number with the given prefix and length. */
export function cardNumber(prefix: string, length = 16): string {
  let digits = prefix;
  while (digits.length < length - 1) digits += String(randomInt(10));
  for (let check = 0; check < 10; check++) if (luhnValid(digits + check)) return digits + check;
  throw new Error('unreachable');
}

/** A valid IBAN for a country with an all-digit BBAN of the right length. */
export function iban(country = 'DE', length = 22): string {
  const bban = randomFrom('0123456789', length - 4);
  const numeric = `${bban}${country.charCodeAt(0) - 55}${country.charCodeAt(1) - 55}00`;
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

export function spaced(value: string, group = 4): string {
  return value.match(new RegExp(`.{1,${group}}`, 'g'))?.join(' ') ?? value;
}

export function password(): string {
  return `${randomFrom(BASE62, 10)}!${randomFrom(BASE62, 8)}`;
}

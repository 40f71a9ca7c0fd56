import { z } from 'zod';

export { ACCEPTANCES_FILE, isoDay } from './basics.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)');

/** One risk acceptance. Exactly one target: a fingerprint, a rule + path glob, or a package + advisory. */
export const acceptanceSchema = z
  .object({
    id: z.string().regex(/^ACC-\d{4,}$/, 'expected an id like ACC-0001'),
    fingerprint: z.string().min(1).optional(),
    rule: z.string().min(1).optional(),
    path: z.string().min(1).optional(),
    package: z
      .string()
      .regex(/^.+@[^@]+$/, 'expected name@version')
      .optional(),
    advisory: z.string().min(1).optional(),
    reason: z.string().trim().min(1, 'reason must not be empty'),
    owner: z.string().min(1),
    approver: z.string().min(1),
    requester: z.string().min(1),
    created: isoDate,
    expires: isoDate,
  })
  .strict()
  .superRefine((entry, ctx) => {
    const kinds = [
      entry.fingerprint !== undefined,
      entry.rule !== undefined || entry.path !== undefined,
      entry.package !== undefined || entry.advisory !== undefined,
    ].filter(Boolean).length;
    if (kinds !== 1) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of: fingerprint | rule + path | package + advisory' });
    }
    if ((entry.rule === undefined) !== (entry.path === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'rule and path go together', path: [entry.rule ? 'path' : 'rule'] });
    }
    if ((entry.package === undefined) !== (entry.advisory === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'package and advisory go together',
        path: [entry.package ? 'advisory' : 'package'],
      });
    }
  });

export type Acceptance = z.infer<typeof acceptanceSchema>;

export const acceptancesFileSchema = z
  .object({
    version: z.literal(1).default(1),
    acceptances: z.array(acceptanceSchema).nullable().default([]),
  })
  .strict();

export type AcceptanceStatus = 'active' | 'expiring' | 'expired';

const DAY_MS = 86_400_000;

/** An acceptance is valid through the whole of its `expires` day (UTC). */
export function expiryInstant(expires: string): number {
  return Date.parse(`${expires}T00:00:00Z`) + DAY_MS;
}

export function isExpired(acceptance: Pick<Acceptance, 'expires'>, now: Date): boolean {
  return now.getTime() >= expiryInstant(acceptance.expires);
}

/** expired, expiring (expires within `expiringWithinDays`), or active. */
export function acceptanceStatus(
  acceptance: Pick<Acceptance, 'expires'>,
  now: Date,
  expiringWithinDays = 14,
): AcceptanceStatus {
  if (isExpired(acceptance, now)) return 'expired';
  return expiryInstant(acceptance.expires) - now.getTime() <= expiringWithinDays * DAY_MS ? 'expiring' : 'active';
}

/** Whole days from `now` until the acceptance stops counting (negative once expired). */
export function daysLeft(acceptance: Pick<Acceptance, 'expires'>, now: Date): number {
  return Math.ceil((expiryInstant(acceptance.expires) - now.getTime()) / DAY_MS) - 1;
}

/** The target of an acceptance in words, for tables and messages. */
export function describeTarget(acceptance: Acceptance): string {
  if (acceptance.fingerprint) return `fingerprint ${acceptance.fingerprint}`;
  if (acceptance.rule) return `rule ${acceptance.rule} in ${acceptance.path ?? '**'}`;
  return `${acceptance.package ?? '?'} ${acceptance.advisory ?? '?'}`;
}

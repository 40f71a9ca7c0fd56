import { usageError } from '../../core/errors.js';
import { tryGit } from '../../core/git.js';
import type { AcceptancesPolicy } from '../sections/acceptances.js';
import { type Acceptance, isoDay } from './model.js';

export interface Identity {
  name?: string;
  email?: string;
}

/** The current git identity (`git config user.name` / `user.email`) at `root`. */
export async function gitIdentity(root: string): Promise<Identity> {
  const name = (await tryGit(['config', 'user.name'], root))?.trim();
  const email = (await tryGit(['config', 'user.email'], root))?.trim();
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

export function formatIdentity(identity: Identity): string {
  if (identity.name && identity.email) return `${identity.name} <${identity.email}>`;
  return identity.name ?? identity.email ?? '';
}

/** "Name <email>", "email" or "name" -> its parts. */
export function parseIdentity(text: string): Identity {
  const match = /^\s*(.*?)\s*<([^>]*)>\s*$/.exec(text);
  if (match) return { ...(match[1] ? { name: match[1] } : {}), ...(match[2] ? { email: match[2] } : {}) };
  const value = text.trim();
  return value.includes('@') ? { email: value } : { name: value };
}

/** Same person when the names or the emails match, case-insensitively. */
export function samePerson(a: Identity, b: Identity): boolean {
  const eq = (x?: string, y?: string) =>
    x !== undefined && y !== undefined && x.trim().toLowerCase() === y.trim().toLowerCase();
  return eq(a.name, b.name) || eq(a.email, b.email) || eq(a.name, b.email) || eq(a.email, b.name);
}

export type AcceptanceTarget =
  | { fingerprint: string }
  | { rule: string; path: string }
  | { package: string; advisory: string };

export interface AcceptanceRequest {
  target: AcceptanceTarget;
  reason?: string;
  owner?: string;
  approver?: string;
  expires?: string;
  requester: Identity;
}

const DAY_MS = 86_400_000;

/** Check a request against the policy and build the entry; throws a usage error that says what is wrong. */
export function buildAcceptance(
  request: AcceptanceRequest,
  policy: AcceptancesPolicy,
  id: string,
  now: Date,
): Acceptance {
  const reason = request.reason?.trim() ?? '';
  if (reason.length === 0) throw usageError('accept: --reason is required and must not be empty');
  const owner = request.owner?.trim();
  if (!owner) throw usageError('accept: --owner is required (who will fix or re-assess the risk)');
  const approver = request.approver?.trim();
  if (!approver) throw usageError('accept: --approver is required');
  const requester = formatIdentity(request.requester);
  if (policy.require_distinct_approver) {
    if (!requester) {
      throw usageError('accept: cannot tell who is asking: set `git config user.name` and `git config user.email`');
    }
    if (samePerson(parseIdentity(approver), request.requester)) {
      throw usageError(
        `accept: the approver (${approver}) is the requester (${requester}); a different person must approve a risk acceptance`,
      );
    }
  }
  const expires = request.expires?.trim();
  if (!expires)
    throw usageError(`accept: --expires DATE is required (at most ${policy.max_expiry_days} days from today)`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(`${expires}T00:00:00Z`))) {
    throw usageError(`accept: --expires must be an ISO date (YYYY-MM-DD), got '${expires}'`);
  }
  const today = isoDay(now);
  if (expires < today) throw usageError(`accept: --expires ${expires} is in the past`);
  const latest = isoDay(new Date(Date.parse(`${today}T00:00:00Z`) + policy.max_expiry_days * DAY_MS));
  if (expires > latest) {
    throw usageError(
      `accept: --expires ${expires} is beyond acceptances.max_expiry_days (${policy.max_expiry_days}): latest is ${latest}`,
    );
  }
  return { id, ...request.target, reason, owner, approver, requester: requester || 'unknown', created: today, expires };
}

import picomatch from 'picomatch';
import type { BranchProtectionPolicy } from '../sections/branch-protection.js';
import type { PullRequestReview } from './reviews.js';

export interface ReviewCheckInput {
  reviews: readonly PullRequestReview[];
  changedPaths: readonly string[];
  /** Head commit sha of the pull request; needed to tell stale approvals. */
  headSha?: string;
  /** Logins of security reviewers (compared case-insensitively). */
  securityReviewers: readonly string[];
}

export interface ReviewCheckResult {
  satisfied: boolean;
  reasons: string[];
  /** Logins whose latest review is a current approval. */
  approvals: string[];
  /** Logins whose approval is on an older commit (not counted when dismiss_stale_approvals). */
  staleApprovals: string[];
  changesRequested: string[];
  /** Changed paths matching require_security_review_on. */
  securityPaths: string[];
  securityApprovals: string[];
}

function sameSha(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.length >= 7 && y.length >= 7 && (x.startsWith(y) || y.startsWith(x));
}

/** The latest state-changing review of each user (COMMENTED and PENDING do not change a user's state). */
export function latestReviewByUser(reviews: readonly PullRequestReview[]): Map<string, PullRequestReview> {
  const ordered = reviews
    .map((review, index) => ({ review, index }))
    .sort((a, b) => (a.review.submitted_at ?? '').localeCompare(b.review.submitted_at ?? '') || a.index - b.index);
  const latest = new Map<string, PullRequestReview>();
  for (const { review } of ordered) {
    const login = review.user?.login;
    if (!login) continue;
    const state = review.state.toUpperCase();
    if (state === 'COMMENTED' || state === 'PENDING') continue;
    latest.set(login.toLowerCase(), review);
  }
  return latest;
}

/** Evaluate branch_protection against a pull request's reviews and changed paths. */
export function evaluateReviews(input: ReviewCheckInput, policy: BranchProtectionPolicy): ReviewCheckResult {
  const approvals: string[] = [];
  const staleApprovals: string[] = [];
  const changesRequested: string[] = [];
  for (const review of latestReviewByUser(input.reviews).values()) {
    const login = review.user?.login ?? '';
    const state = review.state.toUpperCase();
    if (state === 'CHANGES_REQUESTED') changesRequested.push(login);
    if (state !== 'APPROVED') continue;
    const stale = input.headSha !== undefined && (!review.commit_id || !sameSha(review.commit_id, input.headSha));
    if (stale && policy.dismiss_stale_approvals) staleApprovals.push(login);
    else approvals.push(login);
  }
  const reasons: string[] = [];
  for (const login of changesRequested) reasons.push(`${login} requested changes`);
  if (approvals.length < policy.require_reviews) {
    const stale =
      staleApprovals.length > 0
        ? ` (stale approvals on an older commit not counted: ${staleApprovals.join(', ')})`
        : '';
    reasons.push(`${approvals.length} of ${policy.require_reviews} required approvals${stale}`);
  }
  const isSecurityPath = picomatch(policy.require_security_review_on, { dot: true });
  const securityPaths = input.changedPaths.filter((path) => isSecurityPath(path));
  const reviewers = new Set(input.securityReviewers.map((login) => login.toLowerCase()));
  const securityApprovals = approvals.filter((login) => reviewers.has(login.toLowerCase()));
  if (securityPaths.length > 0 && securityApprovals.length === 0) {
    const shown =
      securityPaths.slice(0, 5).join(', ') + (securityPaths.length > 5 ? `, +${securityPaths.length - 5} more` : '');
    reasons.push(
      reviewers.size === 0
        ? `changes to ${policy.require_security_review_on} (${shown}) need a security review, and no security reviewers are configured`
        : `changes to ${policy.require_security_review_on} (${shown}) need an approval from a security reviewer (${[...input.securityReviewers].join(', ')})`,
    );
  }
  return {
    satisfied: reasons.length === 0,
    reasons,
    approvals,
    staleApprovals,
    changesRequested,
    securityPaths,
    securityApprovals,
  };
}

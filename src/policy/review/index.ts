/** Pull request review checks against branch_protection (bulwark review-check). */
export { evaluateReviews, latestReviewByUser, type ReviewCheckInput, type ReviewCheckResult } from './evaluate.js';
export {
  commitsSchema,
  filesSchema,
  headOfCommits,
  type PullRequestReview,
  reviewSchema,
  reviewsSchema,
} from './reviews.js';

/** Stricter gates for AI-assisted changes. */
export {
  aiAssistedPolicyOf,
  applyAiAssistedGates,
  type DecisionWithReason,
  decideForAiAssisted,
  isSecuritySensitivePath,
} from './decide.js';
export {
  AI_SECURITY_REVIEW_RULE,
  type ChangedFile,
  type SecurityReviewRequirement,
  securityReviewFindings,
  securityReviewRequirements,
} from './security-review.js';

import { z } from 'zod';

export const branchProtectionSection = z
  .object({
    require_reviews: z.number().int().min(0).default(1).describe('Approving reviews a pull request needs.'),
    require_security_review_on: z
      .string()
      .default('security/**')
      .describe('Glob of paths whose changes need an approval from a security reviewer.'),
    dismiss_stale_approvals: z
      .boolean()
      .default(true)
      .describe('Approvals given before the latest commit do not count.'),
  })
  .strict()
  .describe('Pull request review requirements (bulwark review-check).');

export type BranchProtectionPolicy = z.infer<typeof branchProtectionSection>;

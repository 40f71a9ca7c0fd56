import { z } from 'zod';
import { severityList } from './severity-lists.js';

export const dependencyScanSection = z
  .object({
    block_on_cve_severity: severityList.default(['critical']).describe('Advisory severities that block.'),
    review_on_cve_severity: severityList.default(['high']).describe('Advisory severities listed for review.'),
    auto_pr_on_patch_available: z
      .boolean()
      .default(true)
      .describe('Offer an upgrade plan (bulwark deps fix) when a fixed version exists.'),
  })
  .strict()
  .describe('Dependency vulnerability thresholds (deps scanner).');

export type DependencyScanPolicy = z.infer<typeof dependencyScanSection>;

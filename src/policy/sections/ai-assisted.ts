import { z } from 'zod';
import { severityList } from './severity-lists.js';

export const DEFAULT_SECURITY_REVIEW_PATHS = [
  '**/auth/**',
  '**/*auth*',
  '**/crypto/**',
  '**/*crypto*',
  '**/session*/**',
  '**/*session*',
  '**/permission*/**',
  '**/*permission*',
  '**/security/**',
];

export const aiAssistedSection = z
  .object({
    require_disclosure: z
      .boolean()
      .default(false)
      .describe('Every commit must say whether it was AI-assisted (commit-msg hook / provenance tag).'),
    sast: z
      .object({
        block_on: severityList
          .default(['medium', 'high', 'critical'])
          .describe('Code finding severities that block in AI-assisted changes.'),
        review_on: severityList
          .default(['low'])
          .describe('Code finding severities listed for review in AI-assisted changes.'),
      })
      .strict()
      .default({ block_on: ['medium', 'high', 'critical'], review_on: ['low'] })
      .describe('Stricter code-finding thresholds (sast, iac, injection) for AI-assisted lines.'),
    dependency_scan: z
      .object({
        block_on_cve_severity: severityList
          .default(['high', 'critical'])
          .describe('Advisory severities that block in AI-assisted changes.'),
        review_on_cve_severity: severityList
          .default(['medium'])
          .describe('Advisory severities listed for review in AI-assisted changes.'),
      })
      .strict()
      .default({ block_on_cve_severity: ['high', 'critical'], review_on_cve_severity: ['medium'] })
      .describe('Stricter dependency thresholds for dependencies added by AI-assisted commits.'),
    secrets: z
      .object({
        block: z
          .boolean()
          .default(true)
          .describe('A secret in an AI-assisted change always blocks, whatever secrets.block_commit says.'),
      })
      .strict()
      .default({ block: true })
      .describe('Secrets in AI-assisted changes.'),
    security_review_paths: z
      .array(z.string())
      .default(DEFAULT_SECURITY_REVIEW_PATHS)
      .describe('Globs of security-sensitive paths: AI-assisted changes there need a human security review.'),
    require_ledger_entry: z
      .boolean()
      .default(true)
      .describe(
        'An AI-assisted commit touching security_review_paths needs a ledger entry with security_review: true.',
      ),
    missing_review_decision: z
      .enum(['block', 'review'])
      .default('block')
      .describe('What a missing security review of an AI-assisted security-sensitive change does.'),
  })
  .strict()
  .describe('Stricter gates for AI-assisted changes (provenance from commit trailers and the ledger).');

export type AiAssistedPolicy = z.infer<typeof aiAssistedSection>;

import { z } from 'zod';

const days = z.number().int().positive();

export const acceptancesSection = z
  .object({
    max_expiry_days: days
      .default(90)
      .describe('Longest time (days from today) a risk acceptance may run before it must be renewed.'),
    require_distinct_approver: z
      .boolean()
      .default(true)
      .describe('The approver of an acceptance must not be the person who requests it (git user.name / user.email).'),
    sla_days: z
      .object({
        critical: days.default(7).describe('Days to fix a critical finding.'),
        high: days.default(30).describe('Days to fix a high finding.'),
        medium: days.default(90).describe('Days to fix a medium finding.'),
        low: days.default(120).describe('Days to fix a low finding.'),
      })
      .strict()
      .default({ critical: 7, high: 30, medium: 90, low: 120 })
      .describe('Remediation deadlines per severity, counted from the day a finding was first seen.'),
    inline_ignores_require_acceptance: z
      .boolean()
      .default(true)
      .describe('An inline `bulwark:allow` must cite an active acceptance id (bulwark:allow ACC-0003 <reason>).'),
  })
  .strict()
  .describe('Risk acceptances (.bulwark/acceptances.yaml, bulwark accept) and remediation SLAs.');

export type AcceptancesPolicy = z.infer<typeof acceptancesSection>;

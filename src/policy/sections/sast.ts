import { z } from 'zod';
import type { Decision, Finding } from '../../core/finding.js';
import { severityList } from './severity-lists.js';

export const sastSection = z
  .object({
    block_on: severityList.default(['high', 'critical']).describe('SAST severities that block.'),
    review_on: severityList.default(['medium']).describe('SAST severities listed for security review.'),
    inform_on: severityList.default(['low']).describe('SAST severities reported for information only.'),
  })
  .strict()
  .describe('Thresholds for code findings (sast scanner; also iac and injection unless their own section is set).');

export type SastPolicy = z.infer<typeof sastSection>;

export function decideBySeverity(
  finding: Finding,
  section: { block_on: readonly string[]; review_on: readonly string[] },
  name: string,
): { decision: Decision; reason: string } {
  if (section.block_on.includes(finding.severity)) {
    return { decision: 'block', reason: `${name}.block_on includes ${finding.severity}` };
  }
  if (section.review_on.includes(finding.severity)) {
    return { decision: 'review', reason: `${name}.review_on includes ${finding.severity}` };
  }
  return { decision: 'inform', reason: `${finding.severity} is below ${name}'s review threshold` };
}

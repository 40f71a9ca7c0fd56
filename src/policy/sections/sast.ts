import { z } from 'zod';
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

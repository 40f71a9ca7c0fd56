import { z } from 'zod';
import { severityList } from './severity-lists.js';

export const injectionSection = z
  .object({
    block_on: severityList
      .default(['critical', 'high'])
      .describe('Injection severities that block (hidden instructions, Trojan Source, dangerous agent configuration).'),
    review_on: severityList.default(['medium']).describe('Injection severities listed for security review.'),
    inform_on: severityList
      .default(['low', 'info'])
      .describe('Injection severities reported for information only (look-alike wording, lone invisible characters).'),
  })
  .strict()
  .describe('Thresholds for prompt-injection, hidden-Unicode and agent-configuration findings (injection scanner).');

export type InjectionPolicy = z.infer<typeof injectionSection>;

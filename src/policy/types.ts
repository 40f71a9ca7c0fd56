import type { z } from 'zod';
import type { policySchema } from './schema.js';

export type Policy = z.infer<typeof policySchema>;

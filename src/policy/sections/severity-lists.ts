import { z } from 'zod';
import { SEVERITIES } from '../../core/finding.js';

export const severityList = z.array(z.enum(SEVERITIES));

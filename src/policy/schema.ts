import { z } from 'zod';
import { acceptancesSection } from './sections/acceptances.js';
import { aiAssistedSection } from './sections/ai-assisted.js';
import { aiContextSection } from './sections/ai-context.js';
import { branchProtectionSection } from './sections/branch-protection.js';
import { dependencyScanSection } from './sections/dependency-scan.js';
import { injectionSection } from './sections/injection.js';
import { sastSection } from './sections/sast.js';
import { secretsSection } from './sections/secrets.js';

/**
 * The whole `security-policy.yaml`. One section, one module in ./sections; a new section is one import and one
 * line here. Strict: an unknown key is an error.
 */
export const policySchema = z
  .object({
    sast: sastSection.default(sastSection.parse({})),
    dependency_scan: dependencyScanSection.default(dependencyScanSection.parse({})),
    secrets: secretsSection.default(secretsSection.parse({})),
    branch_protection: branchProtectionSection.default(branchProtectionSection.parse({})),
    injection: injectionSection.default(injectionSection.parse({})),
    ai_context: aiContextSection.default(aiContextSection.parse({})),
    ai_assisted: aiAssistedSection.default(aiAssistedSection.parse({})),
    acceptances: acceptancesSection.default(acceptancesSection.parse({})),
  })
  .strict();

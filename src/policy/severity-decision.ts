import type { Decision, Finding } from '../core/finding.js';

/**
 * Block, review or inform by a section's severity lists (sast, and the sections that share its shape). Kept apart
 * from the section schemas so that deciding on findings loads no schema library.
 */
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

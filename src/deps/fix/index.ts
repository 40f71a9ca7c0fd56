export { type AppliedFixes, applyPlan, type FileChange } from './apply.js';
export { vulnerabilityFromMatch } from './from-matches.js';
export { unifiedDiff } from './patch.js';
export { type PlanOptions, planFixes } from './plan.js';
export { type ProjectFixPlan, planProjectFixes } from './project.js';
export { clears, lowestClearingVersion } from './target.js';
export type { FixAction, FixPlan, PlannedFix, VulnerabilityInput } from './types.js';

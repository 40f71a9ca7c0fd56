/** Risk acceptances (.bulwark/acceptances.yaml), inline-ignore citations and remediation SLAs. */
export {
  acceptanceMatches,
  applyAcceptances,
  checkInlineIgnore,
  type InlineIgnoreCheck,
  splitPackageSpec,
} from './apply.js';
export { appendAcceptance, loadAcceptances, nextAcceptanceId, parseAcceptances } from './file.js';
export {
  ACCEPTANCES_FILE,
  type Acceptance,
  type AcceptanceStatus,
  acceptanceStatus,
  daysLeft,
  describeTarget,
  isExpired,
} from './model.js';
export {
  type AcceptanceRequest,
  type AcceptanceTarget,
  buildAcceptance,
  gitIdentity,
  type Identity,
  samePerson,
} from './new-entry.js';
export { acceptancesPolicyOf } from './policy-of.js';
export { computeSla, FIRST_SEEN_FILE, readFirstSeen, type SlaStatus, updateFirstSeen } from './sla.js';

/** Public API of the AI-context module: classify, sanitise and restore text before it reaches an AI. */
export {
  BULK_CONTACT,
  BULK_FINANCIAL,
  type Classification,
  type ClassifyOptions,
  type ClassifyReason,
  classify,
} from './classify.js';
export { detectAll, resolveOverlaps } from './detect.js';
export { loadHashKey, loadVaultKey, vaultKeyFile } from './keys.js';
export { aiContextOf, type HasAiContext } from './policy.js';
export { type Replacement, type SanitizeOptions, type SanitizeResult, sanitize } from './sanitize.js';
export type { ContextLevel, Detection, SanitizeMode } from './types.js';
export { createVault, loadVault, type RestoreResult, restore, saveVault, type TokenVault } from './vault.js';

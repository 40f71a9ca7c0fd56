/** AI provenance: commit classification, provenance/attribution reports, the commit-msg hook and the ledger. */
export { attributeFile, type LineOrigin, provenanceForLines } from './attribution.js';
export { type CollectOptions, collectProvenance, type ProvenanceReport } from './collect.js';
export { type ClassifiedCommit, CommitCache } from './commit-cache.js';
export { type CommitMessageCheck, type CommitMessageOptions, checkCommitMessage } from './commit-msg.js';
export { type CommitClassification, type CommitInput, classifyCommit } from './detect.js';
export { type HookInstallOptions, type HookInstallResult, installCommitMsgHook } from './hook.js';
export { defaultIdentities, type IdentityTable, loadIdentities } from './identities.js';
export type { LedgerEntry } from './ledger/entry.js';
export { appendLedgerEntry, findLedgerEntries, ledgerEntriesByCommit, readLedger } from './ledger/store.js';
export { type LedgerVerification, verifyLedger } from './ledger/verify.js';
export { loadLineAttributions, parseAgentTraces, parseGitAiNote } from './line-attribution.js';

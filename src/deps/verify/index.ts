export { diffAddedDependencies } from './diff.js';
export { type PackageLocation, verifyFindings, verifyRules } from './findings.js';
export { discoverEndpoints, type Endpoints, type RegistryInfo, resolveEndpoints } from './registry-info.js';
export { DEFAULT_THRESHOLDS, type Risk, type RiskKind, type RiskThresholds } from './risks.js';
export { checkTyposquat, type TyposquatKind, type TyposquatMatch } from './typosquat.js';
export { isBlocking, type PackageRef, type VerifyOptions, type VerifyResult, verifyPackages } from './verify.js';

export { collectPackages } from './collect.js';
export { buildCycloneDx, type CycloneDxBom } from './cyclonedx.js';
export { EPOCH_TIMESTAMP, type SbomOptions, sbomTimestamp } from './options.js';
export { listProjectFiles, loadProjectPackages, type ProjectPackages } from './project.js';
export { purlOf } from './purl.js';
export { type RootComponent, readRootComponent } from './root.js';
export { buildSpdx, type SpdxDocument } from './spdx.js';

import type { ScanResult } from '../scan/request.js';
import type { ReportFormat } from './formats.js';
import { toJson } from './json.js';
import { toMarkdown } from './markdown.js';
import { toSarif } from './sarif.js';
import { toTable } from './table.js';

export interface RenderOptions {
  color: boolean;
  verbose?: boolean;
}

/** One reporter per format; all read the same findings. A new format is one file, one line here, one in formats.ts. */
export const REPORTERS: Record<ReportFormat, (scan: ScanResult, options: RenderOptions) => string> = {
  table: (scan: ScanResult, options: RenderOptions) => toTable(scan, options),
  json: (scan: ScanResult) => `${JSON.stringify(toJson(scan), null, 2)}\n`,
  sarif: (scan: ScanResult) => `${JSON.stringify(toSarif(scan), null, 2)}\n`,
  markdown: (scan: ScanResult) => toMarkdown(scan),
};

export { isReportFormat, type ReportFormat } from './formats.js';

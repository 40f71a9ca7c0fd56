import type { ScanResult } from '../scan/request.js';
import { toJson } from './json.js';
import { toMarkdown } from './markdown.js';
import { toSarif } from './sarif.js';
import { toTable } from './table.js';

export interface RenderOptions {
  color: boolean;
  verbose?: boolean;
}

/** One reporter per format; all read the same findings. A new format is one file plus one line here. */
export const REPORTERS = {
  table: (scan: ScanResult, options: RenderOptions) => toTable(scan, options),
  json: (scan: ScanResult) => `${JSON.stringify(toJson(scan), null, 2)}\n`,
  sarif: (scan: ScanResult) => `${JSON.stringify(toSarif(scan), null, 2)}\n`,
  markdown: (scan: ScanResult) => toMarkdown(scan),
} as const;

export type ReportFormat = keyof typeof REPORTERS;

export function isReportFormat(value: string): value is ReportFormat {
  return Object.hasOwn(REPORTERS, value);
}

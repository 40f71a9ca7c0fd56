/** The report formats, apart from the reporters themselves so that checking a --format loads none of them. */
export const REPORT_FORMATS = ['table', 'json', 'sarif', 'markdown'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

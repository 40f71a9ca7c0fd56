import type { LedgerEntry } from './entry.js';

export const LEDGER_EXPORT_FORMATS = ['json', 'csv', 'markdown'] as const;
export type LedgerExportFormat = (typeof LEDGER_EXPORT_FORMATS)[number];

const COLUMNS = [
  'seq',
  'date',
  'commit',
  'ai_model',
  'task_summary',
  'human_reviewer',
  'security_review',
  'modifications_made',
  'data_classification',
  'context_sanitised',
  'prompt_hash',
  'files',
  'signer',
  'hash',
] as const;

function cell(entry: LedgerEntry, column: (typeof COLUMNS)[number]): string {
  const value = entry[column];
  if (Array.isArray(value)) return value.join('; ');
  return value === null || value === undefined ? '' : String(value);
}

/** RFC 4180: quote fields with commas, quotes or line breaks; neutralise spreadsheet formulas. */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function exportLedger(entries: LedgerEntry[], format: LedgerExportFormat): string {
  if (format === 'json') return `${JSON.stringify({ entries }, null, 2)}\n`;
  if (format === 'csv') {
    const rows = entries.map((entry) => COLUMNS.map((column) => csvField(cell(entry, column))).join(','));
    return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
  }
  const header = `| ${COLUMNS.join(' | ')} |`;
  const rule = `|${COLUMNS.map(() => ' --- ').join('|')}|`;
  const rows = entries.map((entry) => `| ${COLUMNS.map((column) => markdownCell(cell(entry, column))).join(' | ')} |`);
  return `# AI provenance ledger\n\n${[header, rule, ...rows].join('\n')}\n`;
}

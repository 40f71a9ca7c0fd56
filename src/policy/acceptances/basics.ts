/** Acceptance facts every scan needs, apart from the file's schema (which only a scan with acceptances loads). */

export const ACCEPTANCES_FILE = '.bulwark/acceptances.yaml';

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

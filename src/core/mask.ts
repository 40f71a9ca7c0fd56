/** Mask a secret value: keep a short prefix that identifies its kind, hide the rest. */
export function maskSecret(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  const keep = Math.min(4, Math.floor(value.length / 6));
  return `${value.slice(0, keep)}${'*'.repeat(Math.min(value.length - keep, 16))}`;
}

/** Replace every occurrence of each secret in `text` with its mask. */
export function maskIn(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of secrets) {
    if (secret.length > 0) masked = masked.split(secret).join(maskSecret(secret));
  }
  return masked;
}

/** Cut a line to at most `max` characters around the column of interest. */
export function excerpt(line: string, column = 1, max = 160): string {
  const trimmed = line.trimEnd();
  if (trimmed.length <= max) return trimmed.trim();
  const from = Math.max(0, Math.min(column - 1 - max / 4, trimmed.length - max));
  return `${from > 0 ? '…' : ''}${trimmed.slice(from, from + max).trim()}${from + max < trimmed.length ? '…' : ''}`;
}

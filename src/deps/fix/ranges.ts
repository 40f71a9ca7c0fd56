/** Rewrite a version range to a new minimum while keeping the user's style. */

/** npm: ^1.2.0 -> ^1.4.1, ~1.2.0 -> ~1.2.5, 1.2.0 -> 1.2.5, >=1.2 -> >=1.2.5; anything else -> ^target. */
export function npmRange(oldRange: string, target: string): string {
  const trimmed = oldRange.trim();
  const prefix = /^(\^|~|>=|=|v)?\d/.exec(trimmed)?.[1];
  if (prefix === undefined && /^\d/.test(trimmed)) return target;
  if (prefix === '^' || prefix === '~' || prefix === '>=' || prefix === '=') return `${prefix}${target}`;
  if (prefix === 'v') return target;
  return `^${target}`;
}

/** The operator of a pip requirement's version spec ("==", ">=", "~=", ...), if it has exactly one clause. */
export function pipOperator(spec: string): string | undefined {
  const clauses = spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (clauses.length !== 1) return undefined;
  return /^(===|==|>=|~=|>|<=|<|!=)/.exec(clauses[0] ?? '')?.[1];
}

/** pip: ==1.0 -> ==1.2, >=1.0 -> >=1.2, ~=1.0 -> ~=1.2; ranges with upper bounds or several clauses -> >=target. */
export function pipSpec(oldSpec: string, target: string): string {
  const operator = pipOperator(oldSpec);
  if (operator === '==' || operator === '===' || operator === '>=' || operator === '~=') return `${operator}${target}`;
  return `>=${target}`;
}

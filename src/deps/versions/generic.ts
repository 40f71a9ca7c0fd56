/** Fallback ordering for strings no ecosystem parser accepts: numeric runs compare as numbers, the rest as text. */
export function compareLoose(a: string, b: string): number {
  const partsA = a.match(/\d+|[^\d.\-+_]+/g) ?? [];
  const partsB = b.match(/\d+|[^\d.\-+_]+/g) ?? [];
  const length = Math.max(partsA.length, partsB.length);
  for (let i = 0; i < length; i++) {
    const x = partsA[i];
    const y = partsB[i];
    if (x === y) continue;
    if (x === undefined) return /^\d/.test(y ?? '') ? -1 : 1;
    if (y === undefined) return /^\d/.test(x) ? 1 : -1;
    const numericX = /^\d+$/.test(x);
    const numericY = /^\d+$/.test(y);
    if (numericX && numericY) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return Math.sign(diff);
      continue;
    }
    if (numericX !== numericY) return numericX ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

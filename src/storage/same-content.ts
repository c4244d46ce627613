// "Did anything change?" for an autosave of a long document: plain data compared in place, stopping at
// the first difference, where writing both documents out as JSON cost two whole serialisations every
// second while the user types (the 100-page document with 20 tables: the largest part of a save after
// the write itself). Loaded with the first save: the first screen's budget has no room for it.

/** Equality of plain data (objects, arrays, strings, numbers, booleans, null); undefined keys count as absent, as in JSON. */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => samePlainData(x, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => samePlainData(x[k], y[k]));
}

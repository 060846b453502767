/**
 * `table[key]` for keys that come from user input: only own properties count, so a key such as
 * `constructor` or `__proto__` never finds Object.prototype's members.
 */
export function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The fields of `changes` whose value differs from `current`'s (lists and objects compared by content). */
export function changedFields(current: object, changes: Record<string, unknown>): string[] {
  const before = current as Record<string, unknown>;
  return Object.keys(changes).filter(
    (field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(changes[field] ?? null),
  );
}

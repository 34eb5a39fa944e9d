import { ReferenceKind, type EntityMetadata, type Platform } from "@mikro-orm/core";

type Row = Record<string, unknown>;

/**
 * Maps raw rows of an entity's table to plain, unmanaged instances of its class, from the ORM's own
 * metadata: scalars and embedded values by column, many-to-one relations as `{ id }` references.
 * For read-only lists: MikroORM's hydration (identity map, snapshots for change tracking) costs
 * ~140 µs a row, more than the query itself; this costs a few. Never flush what it returns.
 */
export function createRowMapper<T extends object>(
  meta: EntityMetadata<T>,
  platform: Platform,
): (row: Row) => T {
  const steps: ((target: Record<string, unknown>, row: Row) => void)[] = [];
  for (const prop of meta.props) {
    const column = prop.fieldNames?.[0];
    if (!column || prop.hidden || prop.kind === ReferenceKind.EMBEDDED) continue;
    const isDate = prop.type === "datetime" || prop.runtimeType === "Date";
    const read = (row: Row) => {
      const value = row[column];
      return isDate && typeof value === "string" ? platform.parseDate(value) : value;
    };
    if (prop.kind === ReferenceKind.MANY_TO_ONE) {
      steps.push((target, row) => void (target[prop.name] = row[column] ? { id: row[column] } : null));
    } else if (prop.embedded) {
      const [owner, key] = prop.embedded;
      const embeddable = meta.props.find((p) => p.name === owner)?.embeddable as
        (new () => object) | undefined;
      steps.push((target, row) => {
        target[owner] ??= embeddable ? Object.create(embeddable.prototype) : {};
        (target[owner] as Record<string, unknown>)[key] = read(row);
      });
    } else if (prop.kind === ReferenceKind.SCALAR) {
      steps.push((target, row) => void (target[prop.name] = read(row)));
    }
  }
  const prototype = meta.class.prototype as object;
  return (row) => {
    // Fill a plain object first: MikroORM puts tracking setters on entity prototypes, and writing
    // through them would cost more than all the rest.
    const target: Record<string, unknown> = {};
    for (const step of steps) step(target, row);
    return Object.setPrototypeOf(target, prototype) as T;
  };
}

import { ReferenceKind } from "@mikro-orm/core";
import type { EntityManager } from "../../db/orm.js";
import { createRowMapper } from "../../db/row-mapper.js";
import { Lead } from "./lead.entity.js";

let mapper: ((row: Record<string, unknown>) => Lead) | undefined;
let columns: string[] | undefined;

// Not read by lists: the breakdown (up to kilobytes a lead), which Lead.scoreBreakdown loads in one
// batch when a client asks for it.
const UNLISTED = new Set(["score_breakdown"]);

/** The `lead` columns a list page selects. */
export function leadListColumns(em: EntityManager): readonly string[] {
  columns ??= em
    .getMetadata()
    .get(Lead)
    .props.filter((prop) => prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE)
    .flatMap((prop) => prop.fieldNames ?? [])
    .filter((column) => !UNLISTED.has(column));
  return columns;
}

/** Maps raw `lead` rows to read-only Lead objects without ORM change tracking (see createRowMapper). */
export function leadRowMapper(em: EntityManager): (row: Record<string, unknown>) => Lead {
  mapper ??= createRowMapper(em.getMetadata().get(Lead), em.getPlatform());
  return mapper;
}

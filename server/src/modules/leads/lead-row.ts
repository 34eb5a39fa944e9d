import type { EntityManager } from "../../db/orm.js";
import { createRowMapper } from "../../db/row-mapper.js";
import { Lead } from "./lead.entity.js";

let mapper: ((row: Record<string, unknown>) => Lead) | undefined;

/** Maps raw `lead` rows to read-only Lead objects without ORM change tracking (see createRowMapper). */
export function leadRowMapper(em: EntityManager): (row: Record<string, unknown>) => Lead {
  mapper ??= createRowMapper(em.getMetadata().get(Lead), em.getPlatform());
  return mapper;
}

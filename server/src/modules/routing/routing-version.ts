import { Trigger } from "@mikro-orm/decorators/legacy";

/**
 * The triggers that move `organization.routing_version` on every change of a table routing caches
 * (RoutingConfigCache), except a round-robin turn: those move with every routed lead. The function is in
 * the routing_version migration.
 */
export function bumpsRoutingVersion(table: string): ClassDecorator {
  const changed = `(to_jsonb(old) - 'turn' - 'updated_at') is distinct from (to_jsonb(new) - 'turn' - 'updated_at')`;
  return (target) => {
    Trigger({
      name: `${table}_bumps_routing_version`,
      timing: "after",
      events: ["insert", "delete"],
      forEach: "row",
      expression: `create trigger ${table}_bumps_routing_version after insert or delete on ${table} for each row execute function bump_routing_version()`,
    })(target);
    Trigger({
      name: `${table}_update_bumps_routing_version`,
      timing: "after",
      events: ["update"],
      forEach: "row",
      expression: `create trigger ${table}_update_bumps_routing_version after update on ${table} for each row when (${changed}) execute function bump_routing_version()`,
    })(target);
  };
}

import {
  ConditionMatch,
  type FieldError,
  TerritoryDistribution,
  validateTerritoryCriteria,
} from "@leadline/shared";
import type { CreateTerritoryInput, RoutingAdminQuery } from "../../api/gql/graphql";
import { type ConditionRow, conditionRows, emptyCondition, rowConditions } from "./assignmentRuleDraft";

/** A stored territory as the routing admin page reads it. */
export type TerritoryView = RoutingAdminQuery["territories"]["edges"][number]["node"];

/** The territory dialog's inputs, as typed; the owner is a team or a rep. */
export interface TerritoryForm {
  readonly id: string | null;
  readonly name: string;
  readonly ownerKind: "team" | "user";
  readonly teamId: string;
  readonly userId: string;
  readonly distribution: TerritoryDistribution;
  readonly priority: string;
  readonly active: boolean;
  readonly criteriaMatch: ConditionMatch;
  readonly criteria: readonly ConditionRow[];
}

export function emptyTerritoryForm(priority: number): TerritoryForm {
  return {
    id: null,
    name: "",
    ownerKind: "team",
    teamId: "",
    userId: "",
    distribution: TerritoryDistribution.ROUND_ROBIN,
    priority: String(priority),
    active: true,
    criteriaMatch: ConditionMatch.ALL,
    criteria: [{ ...emptyCondition(), field: "country" }],
  };
}

export function territoryForm(territory: TerritoryView): TerritoryForm {
  return {
    id: territory.id,
    name: territory.name,
    ownerKind: territory.user ? "user" : "team",
    teamId: territory.team?.id ?? "",
    userId: territory.user?.id ?? "",
    distribution: territory.distribution,
    priority: String(territory.priority),
    active: territory.active,
    criteriaMatch: territory.criteriaMatch,
    criteria: conditionRows(territory.criteria),
  };
}

/** What is wrong with the form, with the server's field names (`criteria.<i>.<field>`, `teamId`, ...). */
export function validateTerritory(form: TerritoryForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.name.trim()) errors.push({ field: "name", message: "is required" });
  if (form.name.length > 200) errors.push({ field: "name", message: "must be at most 200 characters" });
  if (form.ownerKind === "team" && !form.teamId) errors.push({ field: "teamId", message: "pick the team" });
  if (form.ownerKind === "user" && !form.userId) errors.push({ field: "userId", message: "pick the rep" });
  if (!/^-?\d{1,7}$/.test(form.priority.trim()))
    errors.push({ field: "priority", message: "must be a whole number" });
  return [...errors, ...validateTerritoryCriteria(rowConditions(form.criteria))];
}

/** The API's input for the form (the owner kind not chosen is left out). */
export function territoryInput(form: TerritoryForm): CreateTerritoryInput {
  return {
    name: form.name.trim(),
    criteria: rowConditions(form.criteria),
    criteriaMatch: form.criteriaMatch,
    ...(form.ownerKind === "team" ? { teamId: form.teamId } : { userId: form.userId }),
    distribution: form.distribution,
    priority: Number(form.priority.trim()),
    active: form.active,
  };
}

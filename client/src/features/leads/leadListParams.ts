import { useMemo } from "react";
import { useSearchParams } from "react-router";
import type { LeadFilter, LeadOrder, LeadOrderField } from "../../api/gql/graphql";
import { isLeadStatus } from "./leadStatus";

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** What the leads list shows: kept in the URL, so it survives a reload and can be shared. */
export interface LeadListParams {
  readonly search: string;
  readonly filter: LeadFilter;
  readonly orderBy: LeadOrder;
  readonly pageSize: PageSize;
}

// Hottest first: the leads most worth a call now.
const DEFAULT_ORDER: LeadOrder = { field: "SCORE", direction: "DESC" };
const DEFAULT_PAGE_SIZE: PageSize = 50;
const ORDER_FIELDS: readonly string[] = [
  "CREATED_AT",
  "UPDATED_AT",
  "SCORE",
  "LAST_NAME",
  "COMPANY",
  "STATUS",
] satisfies LeadOrderField[];

function parseScore(value: string | null): number | undefined {
  const score = Number.parseInt(value ?? "", 10);
  return Number.isNaN(score) ? undefined : score;
}

export function parseLeadListParams(url: URLSearchParams): LeadListParams {
  const filter: LeadFilter = {};
  const status = url.getAll("status").filter(isLeadStatus);
  if (status.length) filter.status = status;
  if (url.get("unassigned") === "1") filter.unassigned = true;
  else if (url.getAll("owner").length) filter.assignedToIds = url.getAll("owner");
  if (url.getAll("grade").length) filter.grade = url.getAll("grade");
  if (url.getAll("source").length) filter.source = url.getAll("source");
  const scoreMin = parseScore(url.get("scoreMin"));
  if (scoreMin !== undefined) filter.scoreMin = scoreMin;
  const scoreMax = parseScore(url.get("scoreMax"));
  if (scoreMax !== undefined) filter.scoreMax = scoreMax;
  const importJobId = url.get("importJobId");
  if (importJobId) filter.importJobId = importJobId;

  const sort = url.get("sort") ?? "";
  const orderBy: LeadOrder = ORDER_FIELDS.includes(sort)
    ? { field: sort as LeadOrderField, direction: url.get("dir") === "asc" ? "ASC" : "DESC" }
    : DEFAULT_ORDER;
  const size = Number(url.get("size"));
  const pageSize = PAGE_SIZES.find((s) => s === size) ?? DEFAULT_PAGE_SIZE;
  return { search: url.get("search")?.trim() ?? "", filter, orderBy, pageSize };
}

export function formatLeadListParams({ search, filter, orderBy, pageSize }: LeadListParams): URLSearchParams {
  const url = new URLSearchParams();
  if (search) url.set("search", search);
  for (const status of filter.status ?? []) url.append("status", status);
  for (const owner of filter.assignedToIds ?? []) url.append("owner", owner);
  if (filter.unassigned) url.set("unassigned", "1");
  for (const grade of filter.grade ?? []) url.append("grade", grade);
  for (const source of filter.source ?? []) url.append("source", source);
  if (filter.scoreMin != null) url.set("scoreMin", String(filter.scoreMin));
  if (filter.scoreMax != null) url.set("scoreMax", String(filter.scoreMax));
  if (filter.importJobId) url.set("importJobId", filter.importJobId);
  if (orderBy.field !== DEFAULT_ORDER.field || orderBy.direction !== DEFAULT_ORDER.direction) {
    url.set("sort", orderBy.field);
    url.set("dir", orderBy.direction.toLowerCase());
  }
  if (pageSize !== DEFAULT_PAGE_SIZE) url.set("size", String(pageSize));
  return url;
}

/** The list parameters from the URL, and a function that changes some of them. */
export function useLeadListParams() {
  const [url, setUrl] = useSearchParams();
  const params = useMemo(() => parseLeadListParams(url), [url]);
  // Applied to the URL as it is then, so quick successive changes (min, then max score) all stick.
  const update = (patch: Partial<LeadListParams>) => {
    void setUrl((current) => formatLeadListParams({ ...parseLeadListParams(current), ...patch }), {
      replace: true,
    });
  };
  return [params, update] as const;
}

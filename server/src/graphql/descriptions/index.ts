import { commonDescriptions } from "./common.js";
import { leadDescriptions } from "./leads.js";
import { captureDescriptions } from "./capture.js";
import { importDescriptions } from "./imports.js";
import { peopleDescriptions } from "./people.js";
import { pipelineDescriptions } from "./pipeline.js";
import { routingDescriptions } from "./routing.js";
import { scoringDescriptions } from "./scoring.js";
import { workDescriptions } from "./work.js";

/** Every table of descriptions, by schema coordinate; a coordinate may appear in one table only. */
const tables: Record<string, string>[] = [
  commonDescriptions,
  leadDescriptions,
  scoringDescriptions,
  routingDescriptions,
  pipelineDescriptions,
  workDescriptions,
  captureDescriptions,
  importDescriptions,
  peopleDescriptions,
];

function merge(parts: Record<string, string>[]): ReadonlyMap<string, string> {
  const merged = new Map<string, string>();
  for (const [coordinate, description] of parts.flatMap((part) => Object.entries(part))) {
    if (merged.has(coordinate)) throw new Error(`${coordinate} is described twice`);
    merged.set(coordinate, description);
  }
  return merged;
}

/** Descriptions for the schema elements whose decorators give none (see describeSchema). */
export const schemaDescriptions = merge(tables);

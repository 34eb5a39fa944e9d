import { DuplicateReason } from "@leadline/shared";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadMerge } from "./lead-merge.entity.js";

@ObjectType({
  description: "Leads that match each other (directly or through a chain): candidates for a merge.",
})
export class DuplicateCluster {
  @Field(() => ID, { description: "The cluster's newest lead id." }) id!: string;
  @Field(() => Int) size!: number;
  @Field(() => [DuplicateReason]) reasons!: DuplicateReason[];
  @Field(() => [Lead]) leads!: Lead[];
}

/** List-wide fields of the cluster report; inherited by its connection, not a schema type of its own. */
@ObjectType()
class DuplicateCheckBacklog {
  @Field(() => Int, {
    description:
      "Live leads whose duplicates are not looked up yet (created or changed in the last minute or so, or a large import still being checked in the background); the clusters leave them out until then.",
  })
  uncheckedLeads!: number;
}

export const DuplicateClusterConnection = ConnectionType(
  DuplicateCluster,
  "DuplicateCluster",
  DuplicateCheckBacklog,
);

@ObjectType()
export class MergeLeadsPayload {
  @Field(() => LeadMerge, { description: "The audit record; its id undoes the merge." }) merge!: LeadMerge;
  @Field(() => Lead) master!: Lead;
}

@ObjectType()
export class UndoMergePayload {
  @Field(() => LeadMerge) merge!: LeadMerge;
  @Field(() => [Lead], { description: "The master and the merged leads, as they were before the merge." })
  leads!: Lead[];
}

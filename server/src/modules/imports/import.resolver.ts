import {
  CustomFieldType,
  MappingConfidence,
  Role,
  type ColumnMapping,
  type ImportOptions,
} from "@leadline/shared";
import { GraphQLJSON, GraphQLJSONObject } from "graphql-scalars";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { loadForEvent, loadInOrganization, requireViewer, type Context } from "../../graphql/context.js";
import { findOffsetPage, NEWEST_CREATED_FIRST, PageArgs } from "../../graphql/offset-page.js";
import { runProgress } from "../../graphql/run-progress.js";
import { Topic, type ImportProgressPayload } from "../../realtime/pubsub.js";
import { User } from "../users/user.entity.js";
import { LeadFilter } from "../leads/lead.inputs.js";
import { Lead } from "../leads/lead.entity.js";
import { downloadLink } from "./download-link.js";
import { ImportDuplicatePolicy, ImportJob, ImportJobStatus } from "./import-job.entity.js";
import {
  cancelImport,
  findImportJob,
  previewImport,
  startImport,
  suggestImportMapping,
  undoImport,
} from "./import.service.js";

registerEnumType(CustomFieldType, {
  name: "CustomFieldType",
  description: "How a custom field's text is read.",
});
registerEnumType(MappingConfidence, {
  name: "MappingConfidence",
  description: "Why a column was suggested for its target.",
  valuesConfig: {
    EXACT: { description: "The header is the Leadline field's name." },
    SYNONYM: { description: "A common synonym, or a Salesforce or HubSpot name or label." },
    CUSTOM: { description: "No standard field fits: a custom field named after the header." },
    NONE: { description: "Nothing to import (an empty header or CRM bookkeeping)." },
  },
});

// GraphQL names (keys) for the decisions the import makes (values).
export const ImportRowAction = {
  CREATE: "create",
  UPDATE: "update",
  SKIP: "skip",
  REJECT: "reject",
  JUNK: "junk",
} as const;
registerEnumType(ImportRowAction, {
  name: "ImportRowAction",
  description: "What an import does with a row.",
  valuesConfig: {
    CREATE: { description: "A new lead." },
    UPDATE: { description: "Fills the matching lead (policy UPDATE)." },
    SKIP: { description: "A duplicate, left alone." },
    REJECT: { description: "Invalid: listed in the error report." },
    JUNK: { description: "A blank line or a report footer (totals): ignored." },
  },
});

@InputType({ description: "Which lead field one column of the file fills." })
class ColumnMappingInput implements ColumnMapping {
  @Field(() => Int, { description: "0-based position of the column." }) index!: number;
  @Field(() => String, { description: "The column's header (shown in messages)." }) header!: string;
  @Field(() => String, {
    description: "A lead field (`email`, `externalId`, ...), `custom.<key>` for a custom field, or `ignore`.",
  })
  target!: ColumnMapping["target"];
  @Field(() => CustomFieldType, {
    nullable: true,
    description: "For custom fields: how to read the text (default TEXT).",
  })
  type?: CustomFieldType;
}

@InputType({ description: "How an import reads values; every option has a default." })
class ImportOptionsInput implements ImportOptions {
  @Field(() => [String], {
    nullable: true,
    description: "Cells read as empty. Default: Select, N/A, NA, n/a, -, --, #N/A, null, NULL, (none).",
  })
  placeholders?: string[] | null;
  @Field(() => String, {
    nullable: true,
    description: "Format of DATE custom fields, e.g. `DD-MM-YYYY HH:MM` (default ISO 8601).",
  })
  dateFormat?: string | null;
  @Field(() => String, { nullable: true, description: "Decimal mark of numbers: `.` (default) or `,`." })
  decimalMark?: "." | "," | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "File status value -> Leadline status, on top of the built-in Salesforce and HubSpot ones.",
  })
  statusMap?: ImportOptions["statusMap"];
  @Field(() => GraphQLJSONObject, { nullable: true, description: "File source value -> Leadline source." })
  sourceMap?: Record<string, string> | null;
}

@InputType({ description: "Start an uploaded import." })
class StartImportInput {
  @Field(() => ID) jobId!: string;
  @Field(() => [ColumnMappingInput], { description: "Columns not listed are not imported." })
  mapping!: ColumnMappingInput[];
  @Field(() => ImportDuplicatePolicy) duplicatePolicy!: ImportDuplicatePolicy;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Values for fields a row leaves empty, e.g. `{ "source": "trade-fair" }`; `ownerId` (a user id) owns every lead the import creates, instead of the assignment rules.',
  })
  defaults?: Record<string, string> | null;
  @Field(() => ImportOptionsInput, { nullable: true }) options?: ImportOptionsInput | null;
}

@InputType({ description: "Names one import." })
class ImportJobInput {
  @Field(() => ID) jobId!: string;
}

@ObjectType({ description: "A suggested target for one column, with some of its values." })
class ImportColumnSuggestion {
  @Field(() => Int) index!: number;
  @Field(() => String) header!: string;
  @Field(() => String, { description: "A lead field, `custom.<key>` or `ignore`." }) target!: string;
  @Field(() => MappingConfidence) confidence!: MappingConfidence;
  @Field(() => [String], { description: "Up to three distinct values from the first rows." })
  samples!: string[];
}

@ObjectType({ description: "One rejected cell of one row." })
class ImportRowProblem {
  @Field(() => Int, { description: "Line of the file." }) line!: number;
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => String) message!: string;
}

@ObjectType({ description: "A row as it would be stored." })
class ImportPreviewRow {
  @Field(() => Int) line!: number;
  @Field(() => ImportRowAction) action!: string;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "The lead fields it would have (null if rejected).",
  })
  values!: Record<string, unknown> | null;
}

@ObjectType({ description: "What importing the first rows would do; nothing is written." })
class ImportPreview {
  @Field(() => Int, { description: "Rows read from the top of the file (at most 1,000)." })
  rowsExamined!: number;
  @Field(() => Int) create!: number;
  @Field(() => Int) update!: number;
  @Field(() => Int, { description: "Duplicates of existing leads or of earlier rows." }) skip!: number;
  @Field(() => Int) reject!: number;
  @Field(() => Int, { description: "Blank lines and footers." }) junk!: number;
  @Field(() => [ImportPreviewRow], { description: "The first 20 rows." }) rows!: ImportPreviewRow[];
  @Field(() => [ImportRowProblem], { description: "Errors of the examined rows (the first 100)." })
  errors!: ImportRowProblem[];
}

@ObjectType()
class ImportJobPayload {
  @Field(() => ImportJob) job!: ImportJob;
}

@ObjectType()
class UndoImportPayload {
  @Field(() => ImportJob) job!: ImportJob;
  @Field(() => Int, { description: "Leads deleted." }) deleted!: number;
}

@ObjectType({ description: "A download link a browser can open as it is (signed, valid 15 minutes)." })
class DownloadLink {
  @Field(() => String, {
    description: "Path and query on this server, e.g. /v1/api/exports/leads.csv?token=...",
  })
  url!: string;
  @Field(() => Date) expiresAt!: Date;
}

const ImportJobConnection = ConnectionType(ImportJob, "ImportJob");
const RUNNING_STATUSES: ImportJobStatus[] = [ImportJobStatus.QUEUED, ImportJobStatus.RUNNING];

/** CSV imports (MANAGER and above): upload over REST, then map, preview, start, follow, cancel, undo. */
@Resolver(() => ImportJob)
export class ImportResolver {
  @Authorized(Role.MANAGER)
  @Query(() => ImportJob, { description: "One import of the viewer's organisation." })
  importJob(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<ImportJob> {
    return findImportJob(context.em, requireViewer(context), id);
  }

  @Authorized(Role.MANAGER)
  @Query(() => ImportJobConnection, { description: "Imports of the viewer's organisation, newest first." })
  importJobs(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<Connection<ImportJob>> {
    const where = { organization: requireViewer(context).organizationId };
    return findOffsetPage(context.em, ImportJob, where, NEWEST_CREATED_FIRST, page);
  }

  @Authorized(Role.MANAGER)
  @Query(() => [ImportColumnSuggestion], {
    description:
      "A suggested target for each column of an uploaded file (Leadline names, synonyms, Salesforce, HubSpot).",
  })
  async suggestImportMapping(
    @Arg("jobId", () => ID) jobId: string,
    @Ctx() context: Context,
  ): Promise<ImportColumnSuggestion[]> {
    return suggestImportMapping(await findImportJob(context.em, requireViewer(context), jobId));
  }

  @Authorized(Role.MANAGER)
  @Query(() => ImportPreview, {
    description: "The first rows as they would be stored, with errors and duplicate counts.",
  })
  async previewImport(
    @Arg("jobId", () => ID) jobId: string,
    @Arg("mapping", () => [ColumnMappingInput]) mapping: ColumnMappingInput[],
    @Arg("duplicatePolicy", () => ImportDuplicatePolicy, { defaultValue: ImportDuplicatePolicy.SKIP })
    policy: ImportDuplicatePolicy,
    @Arg("options", () => ImportOptionsInput, { nullable: true }) options: ImportOptionsInput | null,
    @Arg("defaults", () => GraphQLJSONObject, { nullable: true, description: "As in StartImportInput." })
    defaults: Record<string, string> | null,
    @Ctx() context: Context,
  ): Promise<ImportPreview> {
    const job = await findImportJob(context.em, requireViewer(context), jobId);
    const preview = await previewImport(context.em, job, plain(mapping), policy, {
      ...options,
      ...withOwner(defaults),
    });
    return {
      rowsExamined: preview.rowsExamined,
      ...preview.counts,
      rows: preview.rows,
      errors: preview.errors,
    };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => ImportJobPayload, {
    description: "Starts an uploaded import in the background (follow it with importProgress).",
  })
  async startImport(
    @Arg("input", () => StartImportInput) input: StartImportInput,
    @Ctx() context: Context,
  ): Promise<ImportJobPayload> {
    const job = await findImportJob(context.em, requireViewer(context), input.jobId);
    return {
      job: await startImport(context.em, context.services.jobs, job, {
        mapping: plain(input.mapping),
        duplicatePolicy: input.duplicatePolicy,
        options: { ...input.options, ...withOwner(input.defaults) },
      }),
    };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => ImportJobPayload, {
    description: "Stops an import after its current batch; imported leads stay.",
  })
  async cancelImport(
    @Arg("input", () => ImportJobInput) input: ImportJobInput,
    @Ctx() context: Context,
  ): Promise<ImportJobPayload> {
    const job = await findImportJob(context.em, requireViewer(context), input.jobId);
    const cancelled = await cancelImport(context.em, job);
    publish(context, cancelled);
    return { job: cancelled };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => UndoImportPayload, {
    description:
      "Deletes every lead a finished import created, as one batch (leads it updated keep the update).",
  })
  async undoImport(
    @Arg("input", () => ImportJobInput) input: ImportJobInput,
    @Ctx() context: Context,
  ): Promise<UndoImportPayload> {
    const job = await findImportJob(context.em, requireViewer(context), input.jobId);
    const result = await undoImport(context.em, job);
    publish(context, result.job);
    return result;
  }

  @Authorized(Role.MANAGER)
  @Query(() => DownloadLink, {
    description:
      "A link to the leads the filter selects (as the `leads` query reads it) as CSV: every standard field, ISO dates, streamed.",
  })
  exportLeads(
    @Arg("filter", () => LeadFilter, { nullable: true }) filter: LeadFilter | null,
    @Arg("bom", () => Boolean, {
      defaultValue: false,
      description: "Start with a UTF-8 byte order mark (for Excel).",
    })
    bom: boolean,
    @Ctx() context: Context,
  ): DownloadLink {
    return downloadLink(
      context.services.config.jwtSecret,
      requireViewer(context),
      "/v1/api/exports/leads.csv",
      {
        filter: filter ? { ...filter } : null,
        bom,
      },
    );
  }

  @Authorized(Role.MANAGER)
  @Query(() => DownloadLink, {
    description:
      "A link to everything held about one lead as JSON (the lead, its score history, activities, assignments, tasks, notifications, stage history), for a data-subject request.",
  })
  async exportLeadData(
    @Arg("leadId", () => ID) leadId: string,
    @Ctx() context: Context,
  ): Promise<DownloadLink> {
    const viewer = requireViewer(context);
    const lead = await loadInOrganization(context, Lead, leadId, "Lead");
    return downloadLink(context.services.config.jwtSecret, viewer, `/v1/api/leads/${lead.id}/export.json`);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who uploaded the file." })
  createdBy(@Root() job: ImportJob, @Ctx() context: Context): Promise<User | null> | null {
    return job.createdBy ? context.loaders.user.load(job.createdBy.id) : null;
  }

  @FieldResolver(() => Float, { description: "Share of the file read, 0 to 1." })
  progress(@Root() job: ImportJob): number {
    return runProgress(job.bytesProcessed, job.fileSize, job.status === ImportJobStatus.COMPLETED);
  }

  @FieldResolver(() => Float, { description: "Rows read per second since the import started." })
  rowsPerSecond(@Root() job: ImportJob): number {
    const seconds = elapsedSeconds(job);
    return seconds > 0 ? Math.round((job.processed / seconds) * 10) / 10 : 0;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Seconds left at the pace so far; null when not running.",
  })
  etaSeconds(@Root() job: ImportJob): number | null {
    const seconds = elapsedSeconds(job);
    if (!RUNNING_STATUSES.includes(job.status) || job.bytesProcessed === 0 || seconds === 0) return null;
    return Math.round(((job.fileSize - job.bytesProcessed) / job.bytesProcessed) * seconds);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "A download link (valid 15 minutes) for the rejected rows as CSV: line, field, value, message.",
  })
  errorReportUrl(@Root() job: ImportJob, @Ctx() context: Context): string | null {
    if (job.failed === 0) return null;
    const path = `/v1/api/imports/${job.id}/errors.csv`;
    return downloadLink(context.services.config.jwtSecret, requireViewer(context), path).url;
  }

  @Subscription(() => ImportJob, {
    description: "Progress of one import: counts, rows per second, ETA and status, after each batch.",
    topics: Topic.IMPORT_PROGRESS,
    topicId: ({ context }: { context: Context }) => requireViewer(context).organizationId,
    filter: ({ payload, args }: { payload: ImportProgressPayload; args: { jobId: string } }) =>
      payload.importJobId === args.jobId,
  })
  @Authorized(Role.MANAGER)
  importProgress(
    @Root() event: ImportProgressPayload,
    @Ctx() context: Context,
    @Arg("jobId", () => ID) _jobId: string,
  ): Promise<ImportJob> {
    return loadForEvent(context, ImportJob, event.importJobId, "Import job");
  }
}

function elapsedSeconds(job: ImportJob): number {
  if (!job.startedAt) return 0;
  const end = job.finishedAt ?? (RUNNING_STATUSES.includes(job.status) ? new Date() : job.updatedAt);
  return Math.max(0, (end.getTime() - job.startedAt.getTime()) / 1000);
}

// type-graphql hands over class instances; the mapping is stored as JSON.
const plain = (mapping: ColumnMappingInput[]): ColumnMapping[] =>
  mapping.map(({ index, header, target, type }) => ({ index, header, target, ...(type && { type }) }));

function publish(context: Context, job: ImportJob) {
  context.services.pubSub.publish(Topic.IMPORT_PROGRESS, job.organization.id, {
    importJobId: job.id,
    organizationId: job.organization.id,
  });
}

/** `defaults` as the API takes them: `ownerId` is not a row's value but the owner of the leads created. */
function withOwner(defaults: Record<string, string> | null | undefined): ImportOptions {
  if (!defaults) return { defaults: null, ownerId: null };
  const { ownerId, ...rowDefaults } = defaults;
  return { defaults: rowDefaults, ownerId: ownerId ?? null };
}

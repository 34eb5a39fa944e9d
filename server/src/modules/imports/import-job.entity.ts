import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import type { ColumnMapping, ImportOptions } from "@leadline/shared";
import { GraphQLJSON } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { User } from "../users/user.entity.js";

export const ImportJobStatus = {
  UPLOADED: "UPLOADED",
  QUEUED: "QUEUED",
  RUNNING: "RUNNING",
  COMPLETED: "COMPLETED",
  FAILED: "FAILED",
  CANCELLED: "CANCELLED",
  UNDONE: "UNDONE",
} as const;
export type ImportJobStatus = (typeof ImportJobStatus)[keyof typeof ImportJobStatus];
registerEnumType(ImportJobStatus, {
  name: "ImportJobStatus",
  description: "Where an import stands.",
  valuesConfig: {
    UPLOADED: { description: "The file is stored; map its columns and start it." },
    QUEUED: { description: "Started; waiting for a worker." },
    RUNNING: { description: "Rows are being imported." },
    COMPLETED: { description: "Every row was read." },
    FAILED: { description: "Stopped by an error (see `error`); the rows before it stay imported." },
    CANCELLED: { description: "Stopped on request; the rows before it stay imported." },
    UNDONE: { description: "Its leads were deleted again (`undoImport`)." },
  },
});

export const ImportDuplicatePolicy = { SKIP: "SKIP", UPDATE: "UPDATE", CREATE: "CREATE" } as const;
export type ImportDuplicatePolicy = (typeof ImportDuplicatePolicy)[keyof typeof ImportDuplicatePolicy];
registerEnumType(ImportDuplicatePolicy, {
  name: "ImportDuplicatePolicy",
  description:
    "What an import does with a row that matches an existing lead (same external id, email, phone, or name and company).",
  valuesConfig: {
    SKIP: { description: "Leave the existing lead alone; the row counts as skipped." },
    UPDATE: { description: "Fill the existing lead with the row's non-empty values, and rescore it." },
    CREATE: { description: "Create a new lead anyway." },
  },
});

/** One CSV import: the uploaded file, how its columns map, and its progress and counts. */
@ObjectType({ description: "A CSV import: who uploaded which file, how it maps, and what it did." })
@Entity({ tableName: "import_job" })
@Index({ properties: ["organization", "createdAt"] })
export class ImportJob extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) createdBy: User | null = null;

  @Field(() => String, { description: "The uploaded file's name." })
  @Property({ type: "text" })
  fileName!: string;

  @Field(() => Int, { description: "Size of the file in bytes." })
  @Property({ type: "integer" })
  fileSize!: number;

  /** Where the uploaded file is kept (under IMPORT_DIR); removed when the import is over. */
  @Property({ type: "text" }) filePath!: string;

  @Field(() => String, { description: "Detected text encoding: utf-8 or windows-1252." })
  @Property({ type: "text" })
  encoding!: string;

  @Field(() => String, { description: "Detected field delimiter." })
  @Property({ type: "text" })
  delimiter!: string;

  @Field(() => [String], { description: "The file's header row." })
  @Property({ type: "jsonb" })
  headers!: string[];

  @Field(() => ImportJobStatus)
  @Enum({ items: () => ImportJobStatus, nativeEnumName: "import_job_status" })
  status: Opt<ImportJobStatus> = ImportJobStatus.UPLOADED;

  @Field(() => GraphQLJSON, { nullable: true, description: "The column mapping it was started with." })
  @Property({ type: "jsonb", nullable: true })
  mapping: ColumnMapping[] | null = null;

  @Field(() => ImportDuplicatePolicy, { nullable: true })
  @Enum({ items: () => ImportDuplicatePolicy, nativeEnumName: "import_duplicate_policy", nullable: true })
  duplicatePolicy: ImportDuplicatePolicy | null = null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "How values were read (placeholders, formats, value maps, defaults).",
  })
  @Property({ type: "jsonb", nullable: true })
  options: ImportOptions | null = null;

  @Field(() => Int, { description: "Data rows read so far (blank lines and footers included)." })
  @Property({ type: "integer", default: 0 })
  processed: Opt<number> = 0;

  @Field(() => Int) @Property({ type: "integer", default: 0 }) created: Opt<number> = 0;
  @Field(() => Int) @Property({ type: "integer", default: 0 }) updated: Opt<number> = 0;
  @Field(() => Int, { description: "Rows matching an existing lead, left alone (policy SKIP)." })
  @Property({ type: "integer", default: 0 })
  skipped: Opt<number> = 0;
  @Field(() => Int, { description: "Rows rejected (see the error report)." })
  @Property({ type: "integer", default: 0 })
  failed: Opt<number> = 0;

  /** The checkpoint: every record up to this file line is committed (a restart resumes after it). */
  @Property({ type: "integer", default: 0 }) lineWatermark: Opt<number> = 0;

  /** Bytes of the file read up to the checkpoint (progress and ETA). */
  @Property({ type: "integer", default: 0 }) bytesProcessed: Opt<number> = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  startedAt: Date | null = null;
  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  finishedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "Why the import failed." })
  @Property({ type: "text", nullable: true })
  error: string | null = null;
}

/** One problem of one rejected row (the error report). */
@Entity({ tableName: "import_row_error" })
@Index({ properties: ["job", "line"] })
export class ImportRowError extends BaseEntity {
  @ManyToOne(() => ImportJob, { deleteRule: "cascade" }) job!: ImportJob;
  @Property({ type: "integer" }) line!: number;
  @Property({ type: "text" }) field!: string;
  @Property({ type: "text", nullable: true }) value: string | null = null;
  @Property({ type: "text" }) message!: string;
}

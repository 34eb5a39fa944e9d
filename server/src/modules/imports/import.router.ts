import { rm } from "node:fs/promises";
import { Role, roleAtLeast, suggestMapping } from "@leadline/shared";
import { stringify } from "csv-stringify";
import { Router, type Request } from "express";
import { coerceInputValue, type GraphQLInputObjectType, type GraphQLSchema } from "graphql";
import { validate as isUuid } from "uuid";
import { sql } from "kysely";
import type { MikroORM } from "../../db/orm.js";
import type { Services } from "../../graphql/context.js";
import { resolveViewer, type Viewer } from "../auth/viewer.js";
import { CaptureError, CaptureErrorKind, invalidField } from "../capture/capture-errors.js";
import type { LeadFilter } from "../leads/lead.inputs.js";
import { captureHandler } from "../capture/capture-http.js";
import { User } from "../users/user.entity.js";
import { NotCsvError, readHeader } from "./csv-reader.js";
import { verifyDownloadToken } from "./download-link.js";
import { exportLeadsCsv, importTemplateCsv, leadDataExport, neutralizeFormula } from "./lead-export.js";
import { storeUpload } from "./import-upload.js";
import { createImportJob, findImportJob } from "./import.service.js";

export interface ImportRouterDependencies {
  orm: MikroORM;
  services: Services;
  /** To read a `filter` query parameter exactly as GraphQL reads LeadFilter. */
  schema: GraphQLSchema;
}

const unauthorized = (code: string, message: string, status = 401) =>
  new CaptureError(status, CaptureErrorKind.UNAUTHORIZED, code, message);

/**
 * Who makes a REST request: an access token (`Authorization: Bearer`), or, for a download, a signed
 * link token for exactly this path (`?token=`, with what it asks for in `link`). MANAGER and above only.
 */
export async function restAccess(
  orm: MikroORM,
  services: Services,
  request: Request,
): Promise<{ viewer: Viewer; link: Record<string, unknown> | null }> {
  const em = orm.em.fork();
  const viewer = await resolveViewer(em, services.accessTokens, request.headers.authorization);
  if (viewer) return { viewer: checkRole(viewer), link: null };
  const link =
    request.method === "GET"
      ? verifyDownloadToken(services.config.jwtSecret, request.query.token, request.baseUrl + request.path)
      : null;
  const user =
    link && (await em.findOne(User, { id: link.userId, organization: link.organizationId, active: true }));
  if (!link || !user)
    throw unauthorized("UNAUTHENTICATED", "Send a valid access token as Authorization: Bearer");
  return {
    viewer: checkRole({ userId: user.id, organizationId: link.organizationId, role: user.role }),
    link: link.data,
  };
}

function checkRole(viewer: Viewer): Viewer {
  if (!roleAtLeast(viewer.role, Role.MANAGER))
    throw unauthorized("FORBIDDEN", "Imports and exports are for managers and admins", 403);
  return viewer;
}

/** CSV uploads and the error report of an import, under /v1/api. */
export function importsRouter({ orm, services, schema }: ImportRouterDependencies): Router {
  const { logger, config } = services;
  const router = Router();

  router.post(
    "/imports",
    captureHandler(logger, async (request, response) => {
      const { viewer } = await restAccess(orm, services, request);
      const upload = await storeUpload(request, config.imports.dir, config.imports.maxBytes);
      let header;
      try {
        header = await readHeader(upload.path);
      } catch (error) {
        await rm(upload.path, { force: true });
        if (error instanceof NotCsvError)
          throw new CaptureError(422, CaptureErrorKind.VALIDATION_ERROR, "NOT_CSV", error.message, "file");
        throw error;
      }
      const job = await createImportJob(orm.em.fork(), viewer, {
        ...upload,
        ...header.format,
        headers: header.headers,
      });
      response.status(201).json({
        success: true,
        import_job: {
          id: job.id,
          status: job.status,
          file_name: job.fileName,
          file_size: job.fileSize,
          encoding: job.encoding,
          delimiter: job.delimiter,
          headers: job.headers,
          suggested_mapping: suggestMapping(job.headers),
        },
      });
    }),
  );

  router.get(
    "/imports/:id/errors.csv",
    captureHandler(logger, async (request, response) => {
      const { viewer } = await restAccess(orm, services, request);
      const em = orm.em.fork();
      const job = await findImportJob(em, viewer, String(request.params.id)).catch(() => {
        throw new CaptureError(404, CaptureErrorKind.NOT_FOUND, "NOT_FOUND", "Import job not found");
      });
      response.status(200).set({
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="import-errors-${job.id}.csv"`,
      });
      const csv = stringify({ header: true, columns: ["line", "field", "value", "message"] });
      csv.pipe(response);
      // Keyset pages: the report of a million bad rows streams in constant memory.
      let after = { line: 0, id: "00000000-0000-0000-0000-000000000000" };
      for (;;) {
        const { rows } = await sql<{
          id: string;
          line: number;
          field: string;
          value: string | null;
          message: string;
        }>`
          select id, line, field, value, message from import_row_error
          where job_id = ${job.id} and (line, id) > (${after.line}, ${after.id}::uuid)
          order by line, id limit 5000`.execute(em.getKysely());
        for (const row of rows)
          if (!csv.write([row.line, row.field, neutralizeFormula(row.value ?? ""), row.message]))
            await new Promise((resolve) => csv.once("drain", resolve));
        if (rows.length < 5000) break;
        after = { line: rows.at(-1)!.line, id: rows.at(-1)!.id };
      }
      csv.end();
    }),
  );

  router.get("/imports/template.csv", (_request, response) => {
    response
      .status(200)
      .set({
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="leadline-import-template.csv"',
      })
      .send(importTemplateCsv());
  });

  router.get(
    "/exports/leads.csv",
    captureHandler(logger, async (request, response) => {
      const { viewer, link } = await restAccess(orm, services, request);
      const filter = link ? linkFilter(schema, link.filter) : queryFilter(schema, request.query.filter);
      const bom = link ? link.bom === true : request.query.bom === "1" || request.query.bom === "true";
      response.status(200).set({
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="leads-${new Date().toISOString().slice(0, 10)}.csv"`,
      });
      await exportLeadsCsv(orm.em.fork(), viewer.organizationId, filter, response, { bom }).catch((error) => {
        // Halfway through a stream there is no error status to send: cut the download short instead.
        response.destroy(error as Error);
        throw error;
      });
    }),
  );

  router.get(
    "/leads/:id/export.json",
    captureHandler(logger, async (request, response) => {
      const { viewer } = await restAccess(orm, services, request);
      const id = String(request.params.id);
      const data = isUuid(id) ? await leadDataExport(orm.em.fork(), viewer.organizationId, id) : null;
      if (!data) throw new CaptureError(404, CaptureErrorKind.NOT_FOUND, "NOT_FOUND", "Lead not found");
      response.status(200).set("Content-Disposition", `attachment; filename="lead-${id}.json"`).json(data);
    }),
  );

  return router;
}

/** `?filter=` as JSON, read and checked as GraphQL reads a LeadFilter argument (400 naming the problem). */
function queryFilter(schema: GraphQLSchema, raw: unknown): LeadFilter {
  if (raw === undefined || raw === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(String(raw));
  } catch {
    throw invalidField("filter", "is not JSON");
  }
  return coerceFilter(schema, value);
}

function linkFilter(schema: GraphQLSchema, value: unknown): LeadFilter {
  return value ? coerceFilter(schema, value) : {};
}

function coerceFilter(schema: GraphQLSchema, value: unknown): LeadFilter {
  const type = schema.getType("LeadFilter") as GraphQLInputObjectType;
  return coerceInputValue(value, type, (_path, _invalid, error) => {
    throw invalidField("filter", error.message);
  }) as LeadFilter;
}

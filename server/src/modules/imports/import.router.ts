import { rm } from "node:fs/promises";
import { Role, roleAtLeast, suggestMapping } from "@leadline/shared";
import { stringify } from "csv-stringify";
import { Router, type Request } from "express";
import { sql } from "kysely";
import type { MikroORM } from "../../db/orm.js";
import type { Services } from "../../graphql/context.js";
import { resolveViewer, type Viewer } from "../auth/viewer.js";
import { CaptureError, CaptureErrorKind } from "../capture/capture-errors.js";
import { captureHandler } from "../capture/capture-http.js";
import { User } from "../users/user.entity.js";
import { NotCsvError, readHeader } from "./csv-reader.js";
import { verifyDownloadToken } from "./download-link.js";
import { storeUpload } from "./import-upload.js";
import { createImportJob, findImportJob } from "./import.service.js";

export interface ImportRouterDependencies {
  orm: MikroORM;
  services: Services;
}

const unauthorized = (code: string, message: string, status = 401) =>
  new CaptureError(status, CaptureErrorKind.UNAUTHORIZED, code, message);

/**
 * The viewer of a REST request: an access token (`Authorization: Bearer`), or, for a download, a
 * signed link token for exactly this path (`?token=`). MANAGER and above only.
 */
export async function restViewer(orm: MikroORM, services: Services, request: Request): Promise<Viewer> {
  const em = orm.em.fork();
  let viewer = await resolveViewer(em, services.accessTokens, request.headers.authorization);
  if (!viewer && request.method === "GET") {
    const link = verifyDownloadToken(
      services.config.jwtSecret,
      request.query.token,
      request.baseUrl + request.path,
    );
    const user =
      link && (await em.findOne(User, { id: link.userId, organization: link.organizationId, active: true }));
    if (user) viewer = { userId: user.id, organizationId: link.organizationId, role: user.role };
  }
  if (!viewer) throw unauthorized("UNAUTHENTICATED", "Send a valid access token as Authorization: Bearer");
  if (!roleAtLeast(viewer.role, Role.MANAGER))
    throw unauthorized("FORBIDDEN", "Imports and exports are for managers and admins", 403);
  return viewer;
}

/** CSV uploads and the error report of an import, under /v1/api. */
export function importsRouter({ orm, services }: ImportRouterDependencies): Router {
  const { logger, config } = services;
  const router = Router();

  router.post(
    "/imports",
    captureHandler(logger, async (request, response) => {
      const viewer = await restViewer(orm, services, request);
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
      const viewer = await restViewer(orm, services, request);
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

  return router;
}

/**
 * Spreadsheets run a cell starting with = + - @ (or tab, CR) as a formula: such cells get a leading
 * apostrophe, which Excel and LibreOffice show as text (OWASP's CSV injection advice).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

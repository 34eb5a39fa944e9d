import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import type { Request } from "express";
import { v7 as uuidv7 } from "uuid";
import { CaptureError, CaptureErrorKind } from "../capture/capture-errors.js";

export interface StoredUpload {
  storedName: string;
  path: string;
  fileName: string;
  size: number;
}

const tooLarge = (maxBytes: number) =>
  new CaptureError(
    413,
    CaptureErrorKind.PAYLOAD_TOO_LARGE,
    "PAYLOAD_TOO_LARGE",
    `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
  );

/**
 * Streams an uploaded CSV to `dir` (never holding it in memory): a multipart form's first file, or a
 * raw `text/csv` (or `application/octet-stream`) body. Past `maxBytes` the upload is cut off, the partial
 * file removed and a 413 thrown.
 */
export async function storeUpload(request: Request, dir: string, maxBytes: number): Promise<StoredUpload> {
  if (Number(request.headers["content-length"] ?? 0) > maxBytes + 64 * 1024) throw tooLarge(maxBytes);
  await mkdir(dir, { recursive: true });
  const storedName = `${uuidv7()}.csv`;
  const path = join(dir, storedName);
  try {
    if (request.is("multipart/form-data")) {
      const { stream, fileName } = await firstFile(request, maxBytes);
      const size = await writeCapped(stream, path, maxBytes);
      return { storedName, path, fileName, size };
    }
    if (request.is(["text/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel"])) {
      const fileName = String(request.query.filename ?? request.header("x-file-name") ?? "upload.csv");
      const size = await writeCapped(request, path, maxBytes);
      return { storedName, path, fileName: fileName.slice(0, 255), size };
    }
    throw new CaptureError(
      415,
      CaptureErrorKind.VALIDATION_ERROR,
      "UNSUPPORTED_CONTENT_TYPE",
      "Send the file as multipart/form-data or as a text/csv body",
      "Content-Type",
    );
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}

/** Copies `source` to `path`, counting bytes; over the cap it stops with a 413. */
async function writeCapped(source: Readable, path: string, maxBytes: number): Promise<number> {
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      callback(size > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
  await pipeline(source, counter, createWriteStream(path));
  return size;
}

function firstFile(request: Request, maxBytes: number): Promise<{ stream: Readable; fileName: string }> {
  return new Promise((resolve, reject) => {
    let found = false;
    const parser = busboy({ headers: request.headers, limits: { files: 1, fileSize: maxBytes + 1 } });
    parser.on("file", (_field, stream, info) => {
      found = true;
      stream.on("limit", () => stream.destroy(tooLarge(maxBytes)));
      resolve({ stream, fileName: (info.filename || "upload.csv").slice(0, 255) });
    });
    parser.on("error", reject);
    parser.on("close", () => {
      if (!found)
        reject(
          new CaptureError(
            400,
            CaptureErrorKind.VALIDATION_ERROR,
            "REQUIRED",
            "The form has no file",
            "file",
          ),
        );
    });
    request.pipe(parser);
  });
}

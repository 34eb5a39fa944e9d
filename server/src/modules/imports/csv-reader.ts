import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream";
import { parse } from "csv-parse";
import iconv from "iconv-lite";

/** How a file is written, found from its first bytes. */
export interface CsvFormat {
  encoding: "utf-8" | "windows-1252";
  delimiter: string;
}

/** A file Leadline cannot read as CSV; the message says what it is and what to do. */
export class NotCsvError extends Error {}

/** One record of the file: the physical line it ends on, the bytes read so far, its cells. */
export interface CsvRecord {
  line: number;
  bytes: number;
  cells: string[];
}

const SNIFF_BYTES = 64 * 1024;
const DELIMITERS = [",", ";", "\t", "|"];
/** A runaway quote must not read a whole file into one cell. */
const MAX_RECORD_BYTES = 1024 * 1024;

const SIGNATURES: [bytes: number[], what: string][] = [
  [[0x50, 0x4b, 0x03, 0x04], "an Excel workbook (.xlsx) or another zip archive"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Excel workbook (.xls)"],
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0xff, 0xfe], "UTF-16 text"],
  [[0xfe, 0xff], "UTF-16 text"],
];

/**
 * Tells the encoding (a UTF-8 BOM, valid UTF-8, else Windows-1252, which every byte is) and the
 * delimiter (the candidate found most often in the header line, outside quotes) from a file's first bytes.
 * Refuses spreadsheets, archives and binaries with a message a person can act on.
 */
export function sniffFormat(sample: Buffer): CsvFormat {
  for (const [bytes, what] of SIGNATURES)
    if (bytes.every((byte, i) => sample[i] === byte))
      throw new NotCsvError(`This file is ${what}, not CSV: save it as "CSV UTF-8" and upload that`);
  if (sample.length === 0) throw new NotCsvError("The file is empty");
  if (sample.includes(0)) throw new NotCsvError("This file is binary, not CSV text");
  const encoding = isUtf8(sample) ? "utf-8" : "windows-1252";
  const text = iconv.decode(sample, encoding);
  return { encoding, delimiter: detectDelimiter(text) };
}

function isUtf8(sample: Buffer): boolean {
  // The sample may end inside a multi-byte character: leave its last bytes out of the check.
  const body = sample.length === SNIFF_BYTES ? sample.subarray(0, sample.length - 3) : sample;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

/** The delimiter occurring most often outside quotes in the first line (comma on a tie or none). */
export function detectDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, "")) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/** Reads a file's first bytes and tells its format. */
export async function sniffFile(path: string): Promise<CsvFormat> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return sniffFormat(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * The records of a CSV file as a stream (flat memory: back-pressure reaches the disk read): decoded,
 * BOM dropped, quoted delimiters and newlines kept, CRLF or LF, ragged rows allowed (a row's missing
 * cells read as empty), blank lines skipped. The header is record one.
 */
export async function* readRecords(path: string, format: CsvFormat): AsyncGenerator<CsvRecord> {
  const parser = parse({
    delimiter: format.delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    info: true,
  });
  const source = createReadStream(path, { highWaterMark: 256 * 1024 });
  const stream =
    format.encoding === "utf-8"
      ? pipeline(source, parser, () => {})
      : pipeline(source, iconv.decodeStream(format.encoding), parser, () => {});
  try {
    for await (const { record, info } of stream as AsyncIterable<{
      record: string[];
      info: { lines: number; bytes: number };
    }>)
      yield { line: info.lines, bytes: info.bytes, cells: record };
  } finally {
    source.destroy();
  }
}

/** The header row (record one) of a file, with its format; NotCsvError when it has none. */
export async function readHeader(path: string): Promise<{ format: CsvFormat; headers: string[] }> {
  const format = await sniffFile(path);
  for await (const record of readRecords(path, format)) {
    const headers = record.cells.map((cell) => cell.trim());
    // The trailing delimiter some exports put on every line makes an empty last column: drop it.
    while (headers.length > 1 && headers.at(-1) === "") headers.pop();
    if (headers.every((header) => header === "")) break;
    return { format, headers };
  }
  throw new NotCsvError("The file has no header row");
}

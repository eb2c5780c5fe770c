/**
 * What a file is before it is opened, and whether it fits, by one rule for the command line and the
 * pane's file host (spec §4.1): an .xlsx workbook (a zip holding xl/workbook.xml), or a file people
 * mistake for one (an old .xls, an .ods, a password-protected workbook, an .xlsb). ExcelJS unpacks and
 * holds a whole workbook in memory, and running out of memory cannot be caught; so sizes are read from
 * the zip's central directory, before anything is unpacked. Bytes are Uint8Array: this runs in the
 * browser too.
 */
import type { Limits } from "./limits";
import { InputProblem } from "./problem";

/** One part of a zip, as its central directory states it. */
export interface ZipPart {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** Unpacked size as the directory states it. */
  readonly size: number;
  readonly localOffset: number;
}

const END = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An old .xls and a password-protected workbook are both OLE2 files. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A password-protected workbook is an OLE2 file holding this stream (MS-OFFCRYPTO), its name in UTF-16LE. */
const ENCRYPTION_STREAM = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);

function includesBytes(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (
    let at = bytes.indexOf(first);
    at >= 0 && at + needle.length <= bytes.length;
    at = bytes.indexOf(first, at + 1)
  ) {
    if (needle.every((byte, i) => bytes[at + i] === byte)) return true;
  }
  return false;
}

function fail(problem: ConstructorParameters<typeof InputProblem>[0]): never {
  throw new InputProblem(problem);
}

/** Sizes stated as 0xFFFFFFFF are in the zip64 extra field (id 1), in this order. */
function zip64Sizes(
  view: DataView,
  from: number,
  to: number,
  stated: [number, number, number],
): [number, number, number] {
  const values: [number, number, number] = [...stated];
  for (let at = from; at + 4 <= to;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      for (let i = 0; i < 3; i++) {
        if (values[i] === MAX32 && field + 8 <= at + 4 + length) {
          values[i] = Number(view.getBigUint64(field, true));
          field += 8;
        }
      }
    }
    at += 4 + length;
  }
  return values;
}

/** The parts listed in the zip's central directory, or undefined when it has none that can be read. */
export function zipParts(zip: Uint8Array): ZipPart[] | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - MAX16); at--) {
    if (u32(at) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  let count = u16(end + 10);
  let at = u32(end + 16);
  if ((count === MAX16 || at === MAX32) && end >= 20 && u32(end - 20) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 12, true));
    if (record + 56 > zip.length || u32(record) !== ZIP64_END) return undefined;
    count = Number(view.getBigUint64(record + 32, true));
    at = Number(view.getBigUint64(record + 48, true));
  }
  const names = new TextDecoder();
  const parts: ZipPart[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || u32(at) !== CENTRAL) return undefined;
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const extraAt = at + 46 + nameLength;
    const [size, compressedSize, localOffset] = zip64Sizes(view, extraAt, extraAt + extraLength, [
      u32(at + 24),
      u32(at + 20),
      u32(at + 42),
    ]);
    parts.push({
      name: names.decode(zip.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, ""),
      method: u16(at + 10),
      compressedSize,
      size,
      localOffset,
    });
    at += 46 + nameLength + extraLength + u16(at + 32);
  }
  return parts;
}

/**
 * What kind of file these bytes are: an .xlsx (its zip parts, checked against the format and the
 * limits by its directory alone), or text; every other kind is an {@link InputProblem} that says what
 * it is and what to do. Cells are counted by whoever unpacks the sheets (the command line does).
 */
/** Names of the zip workbooks Excel saves: such a file is read as nothing else. */
const WORKBOOK_NAME = /\.xls[xm]$/i;

export function fileKind(
  file: string,
  bytes: Uint8Array,
  limits: Limits,
): { readonly kind: "xlsx"; readonly parts: readonly ZipPart[] } | { readonly kind: "text" } {
  if (bytes.length > limits.fileBytes) {
    fail({ kind: "too-big", file, size: bytes.length, limit: limits.fileBytes, unit: "file" });
  }
  // A file saved or copied only in part: say so, not "not a workbook".
  if (bytes.length === 0) fail({ kind: "empty-file", file });
  if (startsWith(bytes, OLE2_MAGIC)) {
    fail({
      kind: "other-format",
      file,
      format: includesBytes(bytes, ENCRYPTION_STREAM) ? "encrypted" : "xls",
    });
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    // Named a workbook but holding no zip: damaged (or renamed), never read as text.
    if (WORKBOOK_NAME.test(file)) fail({ kind: "damaged-workbook", file });
    return { kind: "text" };
  }
  // A zip whose directory cannot be read: cut short or damaged.
  const parts = zipParts(bytes) ?? fail({ kind: "damaged-workbook", file });
  const named = (name: string) => parts.some((part) => part.name.toLowerCase() === name);
  // An OpenDocument file opens with its "mimetype" part; an .xlsx has none.
  if (named("mimetype") && named("content.xml")) fail({ kind: "other-format", file, format: "ods" });
  if (named("xl/workbook.bin")) fail({ kind: "other-format", file, format: "xlsb" });
  if (!named("xl/workbook.xml")) fail({ kind: "not-a-workbook", file });
  let xml = 0;
  for (const part of parts) {
    if (!/\.(xml|rels|vml)$/i.test(part.name)) continue;
    xml += part.size;
    if (xml > limits.xmlBytes)
      fail({ kind: "too-big", file, size: xml, limit: limits.xmlBytes, unit: "xml" });
  }
  return { kind: "xlsx", parts };
}

/**
 * The zip container of an .xlsx file on the command line: its parts unpacked (by Node's zlib), and a
 * zip written back from parts. Its central directory is read by src/hosts/exceljs/fileKind.ts. Only
 * what a workbook needs: stored or deflated parts (zip64 sizes are read so they can be refused).
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import type { ZipPart } from "../hosts/exceljs/fileKind";

// The directory is read by the shared reader (the pane's file host reads it too).
export { type ZipPart, zipParts } from "../hosts/exceljs/fileKind";

const LOCAL = 0x04034b50;
/** The largest output chunk an XML part is unpacked into at once. */
const CHUNK = 256 * 1024 * 1024;
const XML_PART = /\.(xml|rels|vml)$/i;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** A part's bytes as the zip holds them (packed, or stored). */
function packedData(zip: Buffer, part: ZipPart): Buffer {
  const local = part.localOffset;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) throw new Error(`bad part ${part.name}`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  return zip.subarray(start, start + part.compressedSize);
}

/**
 * A part's bytes, unpacked. Never more than its stated size: a part that unpacks to more is a broken
 * (or hostile) file, and throws.
 */
export function partData(zip: Buffer, part: ZipPart): Buffer {
  return unpack(packedData(zip, part), part);
}

/** The part of each name unpacked last, when small: its packed bytes, stated size and what it unpacked to. */
const unpackedBefore = new Map<
  string,
  { readonly packed: Buffer; readonly size: number; readonly data: Buffer }
>();
/** Parts packed into or unpacking to more than this are unpacked every time. */
const ONCE_BYTES = 128 * 1024;
/** How many names are remembered; all are forgotten when more come. */
const ONCE_PARTS = 32;

/**
 * {@link partData}, for a part whose packed bytes and stated size are those of the part of its name
 * unpacked last: what that unpacked to (inflating is a function of the bytes alone). The workbooks of a
 * roll-up mostly come from one template, saved by one program: their theme, styles, relationships and
 * table parts are byte for byte alike. The answer is shared: it must not be changed.
 */
export function partDataOnce(zip: Buffer, part: ZipPart): Buffer {
  const packed = packedData(zip, part);
  if (part.method !== 8 || part.size > ONCE_BYTES || packed.length > ONCE_BYTES) return unpack(packed, part);
  const known = unpackedBefore.get(part.name);
  if (known !== undefined && known.size === part.size && known.packed.equals(packed)) return known.data;
  const data = unpack(packed, part);
  if (unpackedBefore.size >= ONCE_PARTS && known === undefined) unpackedBefore.clear();
  // A copy of its own (not a slice of Node's shared pool): the workbook's own bytes are not kept.
  const copy = Buffer.allocUnsafeSlow(packed.length);
  packed.copy(copy);
  unpackedBefore.set(part.name, { packed: copy, size: part.size, data });
  return data;
}

function unpack(data: Buffer, part: ZipPart): Buffer {
  if (part.method === 0) return data;
  if (part.method !== 8) throw new Error(`unknown compression in ${part.name}`);
  // An XML part unpacks into one output chunk of its stated size: zlib then neither grows its output
  // chunk by chunk nor copies the chunks into one (a sheet of a few megabytes unpacks in a third of the
  // time). Only XML parts: their stated sizes together were checked against this machine's limit
  // (fileKind.ts), so a directory that lies costs no more than that; other parts go chunk by chunk.
  const size = Math.max(1, part.size);
  const chunkSize = XML_PART.test(part.name) ? Math.min(size + 1, CHUNK) : undefined;
  return inflateRawSync(data, {
    maxOutputLength: size,
    ...(chunkSize === undefined ? {} : { chunkSize: Math.max(64, chunkSize) }),
  });
}

/**
 * The fields a part's local header and its central directory entry share, in the same order from `at`:
 * version needed (2.0), flags (bit 11: the name is UTF-8), method, time and date (left 0), CRC-32, packed
 * and unpacked sizes, the name's length.
 */
function writeEntryFields(
  header: Buffer,
  at: number,
  entry: { method: number; crc: number; packed: number; size: number; name: number },
): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2);
  header.writeUInt16LE(entry.method, at + 4);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.packed, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.name, at + 22);
}

/**
 * A zip of the given parts, each deflated (or, with `stored`, kept as it is: a copy only ever unpacked
 * again at once), in the given order.
 */
export function writeZip(
  parts: readonly { readonly name: string; readonly data: Buffer }[],
  options: { readonly stored?: boolean } = {},
): Buffer {
  const method = options.stored ? 0 : 8;
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of parts) {
    const packed = options.stored ? data : deflateRawSync(data);
    const fileName = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const entry = { method, crc, packed: packed.length, size: data.length, name: fileName.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    writeEntryFields(local, 4, entry);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    // Made by: the same version 2.0 as needed.
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, fileName, packed);
    directory.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const size = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

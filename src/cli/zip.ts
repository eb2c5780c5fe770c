/**
 * The zip container of an .xlsx file, read from its central directory: which parts it holds and how
 * big each is once unpacked, before anything is unpacked; and a zip written back from parts. Only
 * what a workbook needs: stored or deflated parts (zip64 sizes are read so they can be refused).
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

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
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

function findEnd(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const from = Math.max(0, zip.length - 22 - MAX16);
  for (let at = zip.length - 22; at >= from; at--) if (zip.readUInt32LE(at) === END) return at;
  return -1;
}

/** Sizes stated as 0xFFFFFFFF are in the zip64 extra field (id 1), in this order. */
function zip64Sizes(
  extra: Buffer,
  size: number,
  compressed: number,
  offset: number,
): [number, number, number] {
  const values = [size, compressed, offset];
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      for (let i = 0; i < 3; i++) {
        if (values[i] === MAX32 && field + 8 <= at + 4 + length) {
          values[i] = Number(extra.readBigUInt64LE(field));
          field += 8;
        }
      }
    }
    at += 4 + length;
  }
  return [values[0], values[1], values[2]];
}

/** The parts listed in the zip's central directory, or undefined when it has none that can be read. */
export function zipParts(zip: Buffer): ZipPart[] | undefined {
  const end = findEnd(zip);
  if (end < 0) return undefined;
  let count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if ((count === MAX16 || at === MAX32) && end >= 20 && zip.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const record = Number(zip.readBigUInt64LE(end - 12));
    if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_END) return undefined;
    count = Number(zip.readBigUInt64LE(record + 32));
    at = Number(zip.readBigUInt64LE(record + 48));
  }
  const parts: ZipPart[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return undefined;
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const extra = zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const [size, compressedSize, localOffset] = zip64Sizes(
      extra,
      zip.readUInt32LE(at + 24),
      zip.readUInt32LE(at + 20),
      zip.readUInt32LE(at + 42),
    );
    parts.push({
      name: zip.toString("utf8", at + 46, at + 46 + nameLength).replace(/^\//, ""),
      method: zip.readUInt16LE(at + 10),
      compressedSize,
      size,
      localOffset,
    });
    at += 46 + nameLength + extraLength + zip.readUInt16LE(at + 32);
  }
  return parts;
}

/**
 * A part's bytes, unpacked. Never more than its stated size: a part that unpacks to more is a broken
 * (or hostile) file, and throws.
 */
export function partData(zip: Buffer, part: ZipPart): Buffer {
  const local = part.localOffset;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) throw new Error(`bad part ${part.name}`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + part.compressedSize);
  if (part.method === 0) return data;
  if (part.method !== 8) throw new Error(`unknown compression in ${part.name}`);
  return inflateRawSync(data, { maxOutputLength: Math.max(1, part.size) });
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
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    // Bit 11: the name is UTF-8.
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
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

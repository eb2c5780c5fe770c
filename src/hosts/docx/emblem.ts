/**
 * The office's emblem image for the memo's top left: a PNG or JPEG file, told apart by its bytes, with
 * its size in pixels for the aspect ratio. Anything else is refused rather than embedded blind.
 */

/** The office's own emblem (ครุฑ), 1.5 cm high at the memo's top left; never drawn when not given. */
export interface Emblem {
  readonly data: Uint8Array;
  readonly type: "png" | "jpg";
  /** Pixels, for the aspect ratio. */
  readonly width: number;
  readonly height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] << 8) | bytes[at + 1];
const u32 = (bytes: Uint8Array, at: number) => u16(bytes, at) * 65536 + u16(bytes, at + 2);

/** PNG: the IHDR chunk follows the signature; width and height are its first two 4-byte numbers. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return undefined;
  return { width: u32(bytes, 16), height: u32(bytes, 20) };
}

/** JPEG: the first start-of-frame marker (FFC0–FFCF but FFC4, FFC8, FFCC) holds height, then width. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1];
    const length = u16(bytes, at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    at += 2 + length;
  }
  return undefined;
}

/** The emblem in these bytes, or undefined when they are not a PNG or JPEG image with a size. */
export function emblemOf(data: Uint8Array): Emblem | undefined {
  const png = pngSize(data);
  if (png && png.width > 0 && png.height > 0) return { data, type: "png", ...png };
  const jpeg = jpegSize(data);
  if (jpeg && jpeg.width > 0 && jpeg.height > 0) return { data, type: "jpg", ...jpeg };
  return undefined;
}

// The zip container of a .docx, read with limits against zip bombs: at most 2 000 entries and 50 MB
// uncompressed, checked on the sizes the central directory declares before anything is inflated,
// and again while inflating (a forged size cannot make us inflate more than it declared). Only the
// parts the reader asks for are inflated; images and the rest stay compressed.
import { Inflate } from 'fflate';
import { DocxError, megabytes } from './errors.ts';

export const MAX_ENTRIES = 2000;
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Compressed bytes pushed at a time: deflate expands at most ~1 000×, so one push yields at most ~33 MB. */
const CHUNK = 32 * 1024;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipPackage {
  /** Entry names as stored. */
  readonly names: readonly string[];
  /** The entry's bytes (name compared without case, as OPC does), or undefined when absent. */
  read(name: string): Uint8Array | undefined;
}

const broken = (detail: string) => new DocxError('broken-zip', `Tệp .docx bị hỏng: không đọc được mục lục của tệp nén (${detail}).`);

function u16(b: Uint8Array, o: number): number {
  if (o + 2 > b.length) throw broken('hết tệp giữa chừng');
  return b[o]! | (b[o + 1]! << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (u16(b, o) + u16(b, o + 2) * 0x10000) >>> 0;
}

function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

const decoder = new TextDecoder();

/** End of central directory: its offset, or -1. It sits in the last 64 KB + 22 bytes. */
function findEocd(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i -= 1) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

/** Count and offset of the central directory, from the ZIP64 record when the classic one overflows. */
function directory(b: Uint8Array): { count: number; offset: number } {
  const eocd = findEocd(b);
  if (eocd < 0) throw new DocxError('not-zip', 'Tệp không phải .docx: nội dung không phải tệp nén của Word (tệp hỏng hoặc bị đổi đuôi).');
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) throw broken('thiếu bản ghi ZIP64');
    const z = u64(b, loc + 8);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) throw broken('bản ghi ZIP64 sai');
    count = u64(b, z + 32);
    offset = u64(b, z + 48);
  }
  return { count, offset };
}

/** Sizes of a ZIP64 entry from its extra field, in the order the spec gives them. */
function zip64Sizes(b: Uint8Array, extra: number, end: number, e: Entry): void {
  for (let p = extra; p + 4 <= end; ) {
    const id = u16(b, p);
    const len = u16(b, p + 2);
    if (id === 1) {
      let q = p + 4;
      if (e.size === 0xffffffff) (e.size = u64(b, q)), (q += 8);
      if (e.compressedSize === 0xffffffff) (e.compressedSize = u64(b, q)), (q += 8);
      if (e.localOffset === 0xffffffff) e.localOffset = u64(b, q);
      return;
    }
    p += 4 + len;
  }
}

function readEntries(b: Uint8Array): Entry[] {
  const { count, offset } = directory(b);
  if (count > MAX_ENTRIES) {
    throw new DocxError('too-many-parts', `Tệp .docx bất thường: có ${count} phần (quá ${MAX_ENTRIES}); không mở để tránh treo máy.`);
  }
  const entries: Entry[] = [];
  let p = offset;
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    if (u32(b, p) !== 0x02014b50) throw broken('mục lục sai');
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const e: Entry = {
      flags: u16(b, p + 8),
      method: u16(b, p + 10),
      compressedSize: u32(b, p + 20),
      size: u32(b, p + 24),
      localOffset: u32(b, p + 42),
      name: decoder.decode(b.subarray(p + 46, p + 46 + nameLen)),
    };
    zip64Sizes(b, p + 46 + nameLen, p + 46 + nameLen + extraLen, e);
    total += e.size;
    if (total > MAX_UNCOMPRESSED_BYTES) {
      throw new DocxError(
        'bomb',
        `Tệp .docx bất thường: giải nén ra hơn ${megabytes(MAX_UNCOMPRESSED_BYTES)} (khai báo ${megabytes(total)} tính đến phần ${e.name}); không mở để tránh treo máy.`,
      );
    }
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflates one entry, stopping as soon as it outgrows its declared size or the package's budget. */
function inflateEntry(b: Uint8Array, e: Entry, budget: { left: number }): Uint8Array {
  if (e.flags & 1) throw new DocxError('unsupported-zip', `Tệp .docx bị mã hóa kiểu zip (phần ${e.name}): hãy mở bằng Word và lưu lại không đặt mật khẩu.`);
  if (u32(b, e.localOffset) !== 0x04034b50) throw broken(`phần ${e.name} không ở chỗ mục lục ghi`);
  const start = e.localOffset + 30 + u16(b, e.localOffset + 26) + u16(b, e.localOffset + 28);
  const data = b.subarray(start, start + e.compressedSize);
  if (data.length < e.compressedSize) throw broken(`phần ${e.name} bị cắt cụt`);
  const limit = Math.min(e.size, budget.left);
  const lying = () =>
    new DocxError('bomb', `Tệp .docx bất thường: phần ${e.name} giải nén ra nhiều hơn kích thước khai báo; đã dừng giải nén, không mở để tránh treo máy.`);
  if (e.method === 0) {
    if (data.length > limit) throw lying();
    budget.left -= data.length;
    return data;
  }
  if (e.method !== 8) {
    throw new DocxError('unsupported-zip', `Tệp .docx dùng kiểu nén không hỗ trợ (phần ${e.name}, kiểu ${e.method}): hãy mở bằng Word và lưu lại.`);
  }
  const parts: Uint8Array[] = [];
  let got = 0;
  const inflate = new Inflate((chunk) => {
    got += chunk.length;
    if (got > limit) throw lying();
    parts.push(chunk);
  });
  try {
    for (let o = 0; o < data.length; o += CHUNK) inflate.push(data.subarray(o, o + CHUNK), o + CHUNK >= data.length);
    if (data.length === 0) inflate.push(data, true);
  } catch (cause) {
    if (cause instanceof DocxError) throw cause;
    throw new DocxError('broken-zip', `Tệp .docx bị hỏng: phần ${e.name} không giải nén được.`, { cause });
  }
  budget.left -= got;
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(got);
  let k = 0;
  for (const part of parts) out.set(part, k), (k += part.length);
  return out;
}

/** Opens the zip: checks the declared entry count and sizes now, inflates entries on demand. */
export function openZip(bytes: Uint8Array): ZipPackage {
  const entries = readEntries(bytes);
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const budget = { left: MAX_UNCOMPRESSED_BYTES };
  return {
    names: entries.map((e) => e.name),
    read(name) {
      const e = byName.get(name.replace(/^\//, '').toLowerCase());
      return e && inflateEntry(bytes, e, budget);
    },
  };
}

// The backup file: a versioned envelope around documents, profiles, settings and (optionally)
// revisions, and the guarded reading of one. Reading checks size before parsing, refuses
// prototype-polluting keys and huge strings while parsing, and validates everything with zod
// before the caller touches the database.
import * as z from 'zod/mini';
import { parseGuardedJson } from '../core/model/guarded-json.ts';
import { formatZodError } from '../core/model/parse.ts';
import { vanBanSchema } from '../core/model/van-ban.ts';
import { BackupError } from './errors.ts';
import { profileSchema } from './profile-schema.ts';
import { DOCUMENT_STATUSES, REVISION_REASONS } from './records.ts';
import { isSettingKey, settingProblem } from './settings.ts';

export const BACKUP_APP = 'soan-van-ban';
export const BACKUP_FORMAT_VERSION = 1;

export const BACKUP_LIMITS = {
  /** A commune's years of drafts fit comfortably; a 50 MB file is refused unread. */
  fileBytes: 40 * 1024 * 1024,
  documents: 20_000,
  profiles: 1_000,
  settings: 1_000,
  revisions: 200_000,
  /** Longer than any field the model allows (a paragraph is at most 20 000 characters). */
  stringChars: 100_000,
} as const;

const id = z.string().check(z.minLength(1), z.maxLength(64));
const time = z.int().check(z.gte(0), z.lte(8.64e15));
const positive = z.int().check(z.gte(1));

export const backupDocumentSchema = z.object({
  id,
  vanBan: vanBanSchema,
  status: z.enum(DOCUMENT_STATUSES),
  createdAt: time,
  updatedAt: time,
  rev: positive,
  deletedAt: z.optional(time),
  conflictOf: z.optional(id),
});

export const backupRevisionSchema = z.object({
  id,
  docId: id,
  at: time,
  reason: z.enum(REVISION_REASONS),
  rev: positive,
  vanBan: vanBanSchema,
});

export const backupSettingSchema = z.object({ key: z.string().check(z.minLength(1), z.maxLength(200)), value: z.json(), updatedAt: time });

export const backupSchema = z.object({
  app: z.literal(BACKUP_APP),
  format: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: z.string().check(z.maxLength(40)),
  documents: z.array(backupDocumentSchema).check(z.maxLength(BACKUP_LIMITS.documents)),
  profiles: z._default(z.array(profileSchema).check(z.maxLength(BACKUP_LIMITS.profiles)), []),
  settings: z._default(z.array(backupSettingSchema).check(z.maxLength(BACKUP_LIMITS.settings)), []),
  revisions: z.optional(z.array(backupRevisionSchema).check(z.maxLength(BACKUP_LIMITS.revisions))),
});

export type BackupFile = z.infer<typeof backupSchema>;

/** A file as read: settings this version does not know are set aside, named, not imported. */
export type ReadBackup = BackupFile & { ignoredSettings: string[] };
export type BackupDocument = z.infer<typeof backupDocumentSchema>;

const SECTION_LABELS: Record<string, string> = {
  documents: 'Văn bản',
  profiles: 'Hồ sơ cơ quan',
  settings: 'Cài đặt',
  revisions: 'Phiên bản đã lưu',
};

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

function count(n: number): string {
  return n.toLocaleString('vi-VN');
}

/** Messages naming where in the file each problem is: "Văn bản thứ 3, Trích yếu: …". */
function describeBackupIssues(error: z.core.$ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const [section, index, field, ...rest] = issue.path;
    const label = typeof section === 'string' ? SECTION_LABELS[section] : undefined;
    if (label === undefined || typeof index !== 'number') {
      return formatZodError({ issues: [issue] })[0]!.replace(/^Văn bản:/, 'Tệp sao lưu:');
    }
    // Inside a document, the core's field labels apply ("Trích yếu", "Nơi nhận, mục thứ 2").
    const inner = field === 'vanBan' ? rest : [field, ...rest].filter((p) => p !== undefined);
    const text = formatZodError({ issues: [{ ...issue, path: inner as PropertyKey[] }] })[0]!;
    return `${label} thứ ${index + 1}, ${text.replace(/^Văn bản: /, '')}`;
  });
}

/** Read a backup's text into a validated BackupFile, or throw a BackupError saying what is wrong. */
export function parseBackupText(text: string): ReadBackup {
  // A UTF-16 length over the limit means at least that many UTF-8 bytes.
  if (text.length > BACKUP_LIMITS.fileBytes) {
    throw new BackupError(`Tệp sao lưu quá lớn (${megabytes(text.length)}; tối đa ${megabytes(BACKUP_LIMITS.fileBytes)}). Dữ liệu hiện có không bị thay đổi.`);
  }
  const r = parseGuardedJson(text, BACKUP_LIMITS.stringChars);
  if (!r.ok && r.problem === 'forbidden-key') {
    throw new BackupError(`Tệp sao lưu chứa khoá bị cấm "${r.key}" (dấu hiệu tệp độc hại) nên không được nhập. Dữ liệu hiện có không bị thay đổi.`);
  }
  if (!r.ok && r.problem === 'long-string') {
    throw new BackupError(
      `Tệp sao lưu có một chuỗi quá dài ở mục "${r.key}" (${count(r.length)} ký tự; tối đa ${count(BACKUP_LIMITS.stringChars)}). Dữ liệu hiện có không bị thay đổi.`,
    );
  }
  if (!r.ok) throw new BackupError('Tệp này không phải tệp sao lưu JSON hợp lệ (không đọc được nội dung). Dữ liệu hiện có không bị thay đổi.');
  const data = r.value;
  return validateBackup(data);
}

function validateBackup(data: unknown): ReadBackup {
  const obj = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (!obj || obj.app !== BACKUP_APP) {
    throw new BackupError('Đây không phải tệp sao lưu của Soạn văn bản (có thể là tệp JSON của ứng dụng khác). Dữ liệu hiện có không bị thay đổi.');
  }
  if (typeof obj.format === 'number' && obj.format > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `Tệp sao lưu được tạo bởi phiên bản mới hơn của ứng dụng (định dạng ${obj.format}; phiên bản này đọc được đến định dạng ${BACKUP_FORMAT_VERSION}). Hãy cập nhật ứng dụng rồi nhập lại.`,
    );
  }
  // Counted before zod so a file of 100 000 documents is refused without validating each one.
  for (const [section, max] of [
    ['documents', BACKUP_LIMITS.documents],
    ['profiles', BACKUP_LIMITS.profiles],
    ['settings', BACKUP_LIMITS.settings],
    ['revisions', BACKUP_LIMITS.revisions],
  ] as const) {
    const arr = obj[section];
    if (Array.isArray(arr) && arr.length > max) {
      throw new BackupError(`Tệp sao lưu có ${count(arr.length)} mục "${SECTION_LABELS[section]}", vượt giới hạn ${count(max)}. Dữ liệu hiện có không bị thay đổi.`);
    }
  }
  // reportInput: the core's messages tell a missing field from a wrong value by the input.
  const r = backupSchema.safeParse(obj, { reportInput: true });
  if (!r.success) {
    const details = describeBackupIssues(r.error);
    throw new BackupError(`Tệp sao lưu có dữ liệu sai nên không được nhập (dữ liệu hiện có không bị thay đổi): ${details.join('; ')}`, details);
  }
  const ids = new Set<string>();
  for (const d of r.data.documents) {
    if (ids.has(d.id)) throw new BackupError(`Tệp sao lưu có hai văn bản cùng mã "${d.id}" nên không được nhập. Dữ liệu hiện có không bị thay đổi.`);
    ids.add(d.id);
  }
  return checkSettings(r.data);
}

/**
 * Settings are type-checked like documents: a known setting with a wrong value refuses the file,
 * naming it. One this version does not know (a newer version's) is set aside and named, so that an
 * old app can still restore a newer backup's documents.
 */
function checkSettings(file: BackupFile): ReadBackup {
  const details: string[] = [];
  const ignoredSettings: string[] = [];
  const settings = file.settings.filter((x, i) => {
    if (!isSettingKey(x.key)) {
      ignoredSettings.push(x.key);
      return false;
    }
    const problem = settingProblem(x.key, x.value);
    if (problem) details.push(`Cài đặt thứ ${i + 1}, ${problem}`);
    return true;
  });
  if (details.length > 0) {
    throw new BackupError(`Tệp sao lưu có dữ liệu sai nên không được nhập (dữ liệu hiện có không bị thay đổi): ${details.join('; ')}`, details);
  }
  return { ...file, settings, ignoredSettings };
}

/** Read a File/Blob: its size is checked before a byte is read. */
export async function readBackupFile(file: Blob | string): Promise<ReadBackup> {
  if (typeof file === 'string') return parseBackupText(file);
  if (file.size > BACKUP_LIMITS.fileBytes) {
    throw new BackupError(`Tệp sao lưu quá lớn (${megabytes(file.size)}; tối đa ${megabytes(BACKUP_LIMITS.fileBytes)}). Dữ liệu hiện có không bị thay đổi.`);
  }
  return parseBackupText(await file.text());
}

export function backupFileName(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `soan-van-ban-${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}.json`;
}

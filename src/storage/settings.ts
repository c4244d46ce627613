// Small key/value settings (default profile, first run, whether persistence was asked for). Every
// key the app keeps is listed here with the type of its value, and a value is checked against it
// whenever it is written and when a backup brings one in — as documents are.
import * as z from 'zod/mini';
import { formatZodError } from '../core/model/parse.ts';
import type { SoanDb } from './db.ts';
import { toStorageError, ValidationError } from './errors.ts';

export const SETTING_KEYS = {
  defaultProfileId: 'defaultProfileId',
  persistRequestedAt: 'persistRequestedAt',
  /** Set when the user saved or skipped the profile setup. */
  firstRunDone: 'firstRunDone',
  /** The sample document's id, once it has been added. */
  sampleDocumentId: 'sampleDocumentId',
} as const;
export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

const id = z.string().check(z.minLength(1), z.maxLength(64));
const time = z.int().check(z.gte(0), z.lte(8.64e15));

const SETTINGS: Record<SettingKey, { schema: z.ZodMiniType; label: string }> = {
  defaultProfileId: { schema: id, label: 'Hồ sơ cơ quan mặc định' },
  persistRequestedAt: { schema: time, label: 'Thời điểm xin lưu trữ lâu dài' },
  firstRunDone: { schema: z.boolean(), label: 'Đã thiết lập lần đầu' },
  sampleDocumentId: { schema: id, label: 'Văn bản mẫu' },
};

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

/** Why this value cannot be the setting's ("«Đã thiết lập lần đầu»: sai kiểu dữ liệu (cần đúng/sai)"), or null. */
export function settingProblem(key: string, value: unknown): string | null {
  if (!isSettingKey(key)) return `«${key.slice(0, 60)}»: không phải cài đặt của ứng dụng này`;
  const { schema, label } = SETTINGS[key];
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) return null;
  return formatZodError(r.error)
    .map((m) => `«${label}»: ${m.replace(/^Văn bản: /, '')}`)
    .join('; ');
}

export class SettingsStore {
  constructor(
    private readonly db: SoanDb,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(key: SettingKey): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async set(key: SettingKey, value: unknown): Promise<void> {
    const problem = settingProblem(key, value);
    if (problem) throw new ValidationError([`Cài đặt ${problem}`]);
    try {
      await this.db.settings.put({ key, value, updatedAt: this.now() });
    } catch (e) {
      throw toStorageError(e);
    }
  }

  async remove(key: SettingKey): Promise<void> {
    try {
      await this.db.settings.delete(key);
    } catch (e) {
      throw toStorageError(e);
    }
  }
}

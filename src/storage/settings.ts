// Small key/value settings (default profile, first run, whether persistence was asked for). Every
// key the app keeps is listed here with the type of its value, and a value is checked against it
// whenever it is written and when a backup brings one in — as documents are.
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

/** A value's check: null when it fits, else what was expected, as the model's messages say it. */
type Check = (value: unknown) => string | null;

// Hand-written rather than zod: the settings are read on the first screen, whose JavaScript budget
// has no room for the schema library (the model's schemas load with the first document write).
const id: Check = (v) =>
  typeof v !== 'string' ? 'sai kiểu dữ liệu (cần chữ)' : v.length < 1 ? 'quá ngắn (tối thiểu 1 ký tự)' : v.length > 64 ? 'quá dài (tối đa 64 ký tự)' : null;
const time: Check = (v) =>
  typeof v !== 'number' ? 'sai kiểu dữ liệu (cần số)' : !Number.isInteger(v) || v < 0 || v > 8.64e15 ? 'không phải một thời điểm hợp lệ' : null;
const yesNo: Check = (v) => (typeof v === 'boolean' ? null : 'sai kiểu dữ liệu (cần đúng/sai)');

const SETTINGS: Record<SettingKey, { check: Check; label: string }> = {
  defaultProfileId: { check: id, label: 'Hồ sơ cơ quan mặc định' },
  persistRequestedAt: { check: time, label: 'Thời điểm xin lưu trữ lâu dài' },
  firstRunDone: { check: yesNo, label: 'Đã thiết lập lần đầu' },
  sampleDocumentId: { check: id, label: 'Văn bản mẫu' },
};

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

/** Why this value cannot be the setting's ("«Đã thiết lập lần đầu»: sai kiểu dữ liệu (cần đúng/sai)"), or null. */
export function settingProblem(key: string, value: unknown): string | null {
  if (!isSettingKey(key)) return `«${key.slice(0, 60)}»: không phải cài đặt của ứng dụng này`;
  const { check, label } = SETTINGS[key];
  const problem = value === undefined ? 'chưa có (bắt buộc)' : check(value);
  return problem === null ? null : `«${label}»: ${problem}`;
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

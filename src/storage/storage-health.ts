// Whether the browser may evict our data, and how much room is left. The browser API sits behind
// a small interface so node tests can stand in for it.
import { SETTING_KEYS, type SettingsStore } from './settings.ts';

/** The part of `navigator.storage` we use; every method may be missing (older Safari, http). */
export interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

export interface StorageHealthReport {
  /** null when the browser cannot tell (API missing). */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
  /** Less than 10% or 50 MB left, whichever is smaller. */
  lowSpace: boolean;
  /** What the UI should tell the user, if anything (Vietnamese). */
  warning: string | null;
}

const LOW_SPACE_BYTES = 50 * 1024 * 1024;

export class StorageHealth {
  private lastError: string | null = null;

  constructor(
    private readonly manager: StorageManagerLike | undefined,
    private readonly settings: SettingsStore,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Ask once, after the first document is saved, that the browser keep our data (Firefox shows
   * the user a prompt, so asking at start-up would be asking before there is anything to keep).
   */
  async requestPersistenceOnce(): Promise<boolean | null> {
    if (!this.manager?.persist) return null;
    try {
      if (this.manager.persisted && (await this.manager.persisted())) return true;
      if (await this.settings.get(SETTING_KEYS.persistRequestedAt)) return false;
      await this.settings.set(SETTING_KEYS.persistRequestedAt, this.now());
      return await this.manager.persist();
    } catch (e) {
      this.lastError = `Không xin được quyền lưu trữ lâu dài: ${e instanceof Error ? e.message : String(e)}`;
      return null;
    }
  }

  async report(): Promise<StorageHealthReport> {
    let persisted: boolean | null = null;
    let usageBytes: number | null = null;
    let quotaBytes: number | null = null;
    try {
      if (this.manager?.persisted) persisted = await this.manager.persisted();
      const est = this.manager?.estimate ? await this.manager.estimate() : undefined;
      usageBytes = est?.usage ?? null;
      quotaBytes = est?.quota ?? null;
    } catch (e) {
      this.lastError = `Không kiểm tra được bộ nhớ: ${e instanceof Error ? e.message : String(e)}`;
    }
    const free = usageBytes !== null && quotaBytes !== null ? quotaBytes - usageBytes : null;
    const lowSpace = free !== null && quotaBytes !== null && free < Math.min(LOW_SPACE_BYTES, quotaBytes * 0.1);
    const warnings: string[] = [];
    if (this.lastError) warnings.push(this.lastError);
    if (lowSpace) warnings.push('Bộ nhớ trình duyệt sắp đầy: hãy xuất tệp sao lưu và dọn thùng rác.');
    if (persisted === false)
      warnings.push('Trình duyệt có thể tự xoá dữ liệu khi máy thiếu bộ nhớ. Hãy thường xuyên xuất tệp sao lưu.');
    return { persisted, usageBytes, quotaBytes, lowSpace, warning: warnings.length ? warnings.join(' ') : null };
  }
}

/** The browser's storage manager, if there is one. */
export function browserStorageManager(): StorageManagerLike | undefined {
  return typeof navigator !== 'undefined' ? (navigator.storage as StorageManagerLike | undefined) : undefined;
}

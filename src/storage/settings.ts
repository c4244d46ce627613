// Small key/value settings (default profile, whether persistence was asked for).
import type { SoanDb } from './db.ts';
import { toStorageError } from './errors.ts';

export const SETTING_KEYS = {
  defaultProfileId: 'defaultProfileId',
  persistRequestedAt: 'persistRequestedAt',
} as const;

export class SettingsStore {
  constructor(
    private readonly db: SoanDb,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    try {
      await this.db.settings.put({ key, value, updatedAt: this.now() });
    } catch (e) {
      throw toStorageError(e);
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await this.db.settings.delete(key);
    } catch (e) {
      throw toStorageError(e);
    }
  }
}

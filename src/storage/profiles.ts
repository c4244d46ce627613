// Organisation profiles and how they pre-fill a document.
import type { VanBan } from '../core/model/van-ban.ts';
import type { SoanDb } from './db.ts';
import { NotFoundError, ValidationError, toStorageError } from './errors.ts';
import type { ProfileInput, ProfileRecord } from './profile-schema.ts';
import { newId } from './records.ts';
import { SETTING_KEYS, type SettingsStore } from './settings.ts';

type ProfileFields = Pick<VanBan, 'coQuanChuQuan' | 'coQuanBanHanh' | 'maCoQuan' | 'diaDanh' | 'chuKy' | 'kinhGui' | 'noiNhan'>;

function isEmpty(v: unknown): boolean {
  if (typeof v === 'string') return v === '';
  if (Array.isArray(v)) return v.length === 0;
  if (v && typeof v === 'object') return Object.values(v).every(isEmpty);
  return v === null || v === undefined;
}

/**
 * Fill a document's organisation fields from a profile. With `onlyEmpty`, fields the document
 * already has (e.g. a template's own recipients) are kept.
 */
export function applyProfile(v: VanBan, p: ProfileFields | undefined, onlyEmpty = false): VanBan {
  if (!p) return v;
  const out: VanBan = { ...v };
  const keys = ['coQuanChuQuan', 'coQuanBanHanh', 'maCoQuan', 'diaDanh', 'chuKy', 'kinhGui', 'noiNhan'] as const;
  for (const k of keys) {
    if (onlyEmpty && !isEmpty(out[k])) continue;
    (out as Record<string, unknown>)[k] = structuredClone(p[k]);
  }
  return out;
}

export class ProfileRepository {
  constructor(
    private readonly db: SoanDb,
    private readonly settings: SettingsStore,
    private readonly now: () => number = Date.now,
  ) {}

  async list(): Promise<ProfileRecord[]> {
    return (await this.db.profiles.toArray()).sort((a, b) => a.ten.localeCompare(b.ten, 'vi'));
  }

  get(id: string): Promise<ProfileRecord | undefined> {
    return this.db.profiles.get(id);
  }

  /** Create or replace a profile; validated with the core rules before anything is written. */
  async save(input: ProfileInput): Promise<ProfileRecord> {
    const now = this.now();
    const id = input.id ?? newId();
    const existing = input.id ? await this.db.profiles.get(input.id) : undefined;
    // The schemas (zod) load with the first write, not with the first screen.
    const [{ profileSchema }, { formatZodError }] = await Promise.all([import('./profile-schema.ts'), import('../core/model/parse.ts')]);
    const r = profileSchema.safeParse({ ...input, id, createdAt: existing?.createdAt ?? now, updatedAt: now });
    if (!r.success) throw new ValidationError(formatZodError(r.error));
    try {
      await this.db.profiles.put(r.data);
    } catch (e) {
      throw toStorageError(e);
    }
    return r.data;
  }

  async remove(id: string): Promise<void> {
    try {
      await this.db.transaction('rw', this.db.profiles, this.db.settings, async () => {
        await this.db.profiles.delete(id);
        if ((await this.settings.get(SETTING_KEYS.defaultProfileId)) === id) await this.settings.remove(SETTING_KEYS.defaultProfileId);
      });
    } catch (e) {
      throw toStorageError(e);
    }
  }

  async setDefault(id: string): Promise<void> {
    if (!(await this.db.profiles.get(id))) throw new NotFoundError('hồ sơ cơ quan');
    await this.settings.set(SETTING_KEYS.defaultProfileId, id);
  }

  /** The default profile, or the only one when there is exactly one. */
  async getDefault(): Promise<ProfileRecord | undefined> {
    const id = await this.settings.get<string>(SETTING_KEYS.defaultProfileId);
    if (id) {
      const p = await this.db.profiles.get(id);
      if (p) return p;
    }
    const all = await this.db.profiles.limit(2).toArray();
    return all.length === 1 ? all[0] : undefined;
  }
}

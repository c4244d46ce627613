// The organisation profile being edited on the setup screen: loaded from the default profile, saved
// as the default, and (on the first run) the end of the setup.
import type { ProfileRecord } from '../../storage/index.ts';
import { emptyForm, formFromProfile, profileFromForm, type ProfileForm } from '../setup/profile-form.ts';
import { appStorage } from './app-storage.svelte.ts';
import { startup } from './first-run.svelte.ts';
import { errorMessage, notices } from './notices.svelte.ts';
import { write } from './pending-writes.ts';

class ProfileState {
  form = $state<ProfileForm>(emptyForm());
  loaded = $state(false);
  saving = $state(false);
  #current: ProfileRecord | undefined;

  async load(): Promise<void> {
    this.loaded = false;
    try {
      // A new device's setup has no database to read (nor a profile in it) until the setup is left. The
      // form is still drawn a task after its screen, as the read made it: in the same task they were a
      // first visit's longest (Lighthouse's blocking time 18 → 98 ms, median of 8 alternating runs).
      this.#current = startup.storageOpen
        ? await (await appStorage.ready()).profiles.getDefault()
        : await new Promise<undefined>((resolve) => setTimeout(resolve, 0));
      this.form = formFromProfile(this.#current);
    } catch (e) {
      notices.fail(`Không đọc được hồ sơ cơ quan: ${errorMessage(e)}`);
    } finally {
      this.loaded = true;
    }
  }

  /** Resolves true once the profile is stored as the default and the first run is over. */
  async save(): Promise<boolean> {
    this.saving = true;
    try {
      const saved = await write('Không lưu được hồ sơ cơ quan', async () => {
        const storage = await appStorage.ready();
        const record = await storage.profiles.save(profileFromForm($state.snapshot(this.form), this.#current?.id));
        await storage.profiles.setDefault(record.id);
        await startup.finishSetup();
        return record;
      });
      if (!saved) return false;
      this.#current = saved;
      notices.say('Đã lưu hồ sơ cơ quan. Văn bản mới sẽ điền sẵn các thông tin này.');
      return true;
    } finally {
      this.saving = false;
    }
  }

  async skip(): Promise<boolean> {
    const done = await write('Không lưu được lựa chọn', async () => {
      await startup.finishSetup();
      return true;
    });
    if (done) notices.say('Đã bỏ qua. Có thể điền hồ sơ cơ quan sau, trong mục «Hồ sơ cơ quan».');
    return done === true;
  }
}

export const profile = new ProfileState();

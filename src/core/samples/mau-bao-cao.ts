// The sample ("Mẫu") a new user opens and exports in the first minute: the commune report this
// product was started from (mau-bao-cao-text.ts), exactly as the app's own import reads it, so the
// sample is what a user pasting it would get. The import's result is generated ahead
// (`npm run gen-sample`; a test checks it is current): reading the text on a new user's first visit
// was a third of a second of main-thread work at 4× CPU.
import type { VanBan } from '../model/van-ban.ts';
import { MAU_BAO_CAO } from './mau-bao-cao.generated.ts';

export { MAU_BAO_CAO_TEXT } from './mau-bao-cao-text.ts';

export function mauBaoCao(): VanBan {
  return structuredClone(MAU_BAO_CAO) as VanBan;
}

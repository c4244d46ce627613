// Side by side on wide screens, two tabs ("Soạn" / "Xem trước") on phones; the preview pages while
// printing, whichever way the print was asked for.
import { flushSync } from 'svelte';

export const WIDE_QUERY = '(min-width: 64rem)';

export class EditorLayout {
  wide = $state(false);
  tab = $state<'soan' | 'xem'>('soan');
  /** Between the browser's beforeprint and afterprint. */
  printing = $state(false);

  /**
   * Follows the window's width and the browser's print; returns the unsubscriber. `beforePrint`
   * runs first thing in a print (e.g. to hand the preview the latest text).
   */
  watch(beforePrint: () => void = () => {}): () => void {
    const mq = window.matchMedia(WIDE_QUERY);
    // Printing lays the page out at paper width, which would fold the wide layout into tabs and take
    // the preview away in the middle of the print (blank pages): the layout holds still until it ends.
    const update = () => {
      if (!this.printing) this.wide = mq.matches;
    };
    // The browser's own print (Ctrl+P, the menu, Android's share → print) gives no time to wait:
    // the preview is drawn and measured synchronously here, before the print lays the page out.
    const before = () =>
      flushSync(() => {
        this.printing = true;
        beforePrint();
      });
    const after = () => {
      this.printing = false;
      update();
    };
    update();
    mq.addEventListener('change', update);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      mq.removeEventListener('change', update);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }

  get showEditor(): boolean {
    return this.wide || this.tab === 'soan';
  }

  get showPreview(): boolean {
    return this.wide || this.tab === 'xem' || this.printing;
  }
}

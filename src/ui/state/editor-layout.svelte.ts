// Side by side on wide screens, two tabs ("Soạn" / "Xem trước") on phones.
export const WIDE_QUERY = '(min-width: 64rem)';

export class EditorLayout {
  wide = $state(false);
  tab = $state<'soan' | 'xem'>('soan');

  /** Follows the window's width; returns the unsubscriber. */
  watch(): () => void {
    const mq = window.matchMedia(WIDE_QUERY);
    const update = () => (this.wide = mq.matches);
    update();
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }

  get showEditor(): boolean {
    return this.wide || this.tab === 'soan';
  }

  get showPreview(): boolean {
    return this.wide || this.tab === 'xem';
  }
}

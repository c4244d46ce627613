// "In / Lưu PDF": the browser prints the preview pages only (print stylesheet in EditorScreen.svelte,
// @page A4 with no margin: the pages carry the decree's margins themselves).
import { tick } from 'svelte';

/** Waits for the preview to be drawn (fonts in, pages measured) before opening the print dialog. */
export async function printPreview(): Promise<void> {
  await tick();
  await document.fonts.ready;
  // Two frames: one for the measuring pass, one for the pages it produces.
  await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  window.print();
}

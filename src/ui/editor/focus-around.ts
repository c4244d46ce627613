// Leaving a widget backwards with Shift+Tab, when the widget's own box sits after it in the page.

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Focus the last element that Tab reaches before `el` (outside it); false when there is none. */
export function focusBefore(el: Element): boolean {
  const all = [...el.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)];
  const before = all.filter(
    (x) => !el.contains(x) && el.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_PRECEDING && !x.matches(':disabled') && x.getClientRects().length > 0,
  );
  const target = before.at(-1);
  target?.focus();
  return !!target;
}

// Moving between screens leaves focus on a control that is gone; screen readers and keyboard users
// then start from the top of the page. Each screen's heading takes focus when the user navigates to
// it — but not on the page's first screen, where the browser's own start is right.
let firstScreen = true;

export function focusOnArrival(heading: HTMLElement | undefined): void {
  if (firstScreen) {
    firstScreen = false;
    return;
  }
  heading?.focus();
}

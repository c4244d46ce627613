// What screen readers must hear: results politely (role="status"), errors at once (role="alert").
// One pair of live regions for the whole app (common/Notices.svelte) so nothing is announced twice.
// A result reports and goes away by itself; an error stays until the user closes it (or the next
// message replaces it). Both float over the page, so neither pushes the content down.

/** How long a report stays on screen: long enough to read two lines slowly. */
export const STATUS_MS = 8_000;

class Notices {
  status = $state('');
  error = $state('');
  #timer: ReturnType<typeof setTimeout> | undefined;

  say(message: string): void {
    this.error = '';
    this.status = message;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.status === message) this.status = '';
    }, STATUS_MS);
  }

  fail(message: string): void {
    clearTimeout(this.#timer);
    this.status = '';
    this.error = message;
  }

  /** "Đóng" on an error. */
  dismissError(): void {
    this.error = '';
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.status = '';
    this.error = '';
  }
}

export const notices = new Notices();

export function errorMessage(e: unknown): string {
  if (e instanceof Error) {
    const details = (e as { details?: unknown }).details;
    return Array.isArray(details) && details.length > 0 ? `${e.message} ${details.join('; ')}` : e.message;
  }
  return String(e);
}

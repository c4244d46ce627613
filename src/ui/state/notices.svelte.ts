// What screen readers must hear: results politely (role="status"), errors at once (role="alert").
// One pair of live regions for the whole app (common/Notices.svelte) so nothing is announced twice.
class Notices {
  status = $state('');
  error = $state('');

  say(message: string): void {
    this.error = '';
    this.status = message;
  }

  fail(message: string): void {
    this.status = '';
    this.error = message;
  }

  clear(): void {
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

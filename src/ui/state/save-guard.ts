// Before the page reloads for an update, every open editor flushes its unsaved text. Editors
// register their flush here; the update flow (src/pwa) calls flushAll() and reloads only if it resolves.
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.all([...flushes].map((f) => f()));
}

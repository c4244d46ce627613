// One tab at a time for work that must happen once per device (the first run's sample): the Web
// Locks API serialises tabs of the same origin. Where it is missing (old browsers) the work just runs.
export async function inOneTabAtATime<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return work();
  return locks.request(name, work) as Promise<T>;
}

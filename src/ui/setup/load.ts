// The organisation profile's screen part, a chunk of its own: most visits never open it, but a first
// visit opens on it, so App starts loading it at once on a page no service worker controls yet.
export const loadProfileSetup = () => import('./ProfileSetup.svelte');

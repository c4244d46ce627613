// The organisation profile's screen part, a chunk of its own: most visits never open it, but a first
// visit opens on it, so App starts loading it as soon as it knows the device has no data yet.
export const loadProfileSetup = () => import('./ProfileSetup.svelte');

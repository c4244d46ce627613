// JSON from someone else's file (a backup, the app's copy inside a .docx): parsed with the guards the
// model's validation cannot give afterwards — keys that would pollute prototypes are refused, and a
// string longer than any field allows stops the parse where it is met.

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type GuardedJson =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'syntax' }
  | { ok: false; problem: 'forbidden-key'; key: string }
  | { ok: false; problem: 'long-string'; key: string; length: number };

export function parseGuardedJson(text: string, maxStringChars: number): GuardedJson {
  let refusal: GuardedJson | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, function (key, v: unknown) {
      if (refusal) return undefined;
      if (FORBIDDEN_KEYS.has(key)) refusal = { ok: false, problem: 'forbidden-key', key };
      else if (typeof v === 'string' && v.length > maxStringChars) refusal = { ok: false, problem: 'long-string', key, length: v.length };
      return refusal ? undefined : v;
    });
  } catch {
    return { ok: false, problem: 'syntax' };
  }
  return refusal ?? { ok: true, value };
}

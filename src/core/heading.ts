// Whether a khoản is a heading: the decree sets a titled khoản in bold on its own line, while a
// khoản that is a sentence stays regular. A title reads as a label: it ends with ":" or with no
// sentence punctuation at all, and it is short.
const SENTENCE_END = /[.;!?…]["”’)]*$/;
const TITLE_MAX_LENGTH = 200;

export function isTitled(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= TITLE_MAX_LENGTH && !SENTENCE_END.test(t);
}

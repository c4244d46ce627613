// The checker over documents attached to the main one (văn bản kèm theo, phụ lục): their body and
// summary are typed like the main body, so the rules that read those parts read them too. Each
// attachment is seen as a document of its own, and what is found is reported at "kemTheo", index i.
import type { KemTheo, VanBan } from '../model/van-ban.ts';
import { romanNumeral } from '../numbering.ts';
import type { Part, Rule, Where } from './finding.ts';

/** The parts of an attachment that are typed like the main document's. */
const PARTS: readonly Part[] = ['noiDung', 'trichYeu'];

/** Rules that ask for a part the main document must have are not for attachments. */
const NOT_FOR_ATTACHMENTS = new Set(['trich-yeu.trong']);

export function appliesToAttachments(rule: Rule): boolean {
  return !NOT_FOR_ATTACHMENTS.has(rule.id) && rule.parts.some((p) => PARTS.includes(p));
}

/** Attachment i as a document: the main one's header and signer, the attachment's summary and body. */
export function attachmentAsDocument(v: VanBan, i: number): VanBan {
  const k = v.kemTheo[i]!;
  return { ...v, trichYeu: k.trichYeu, noiDung: k.noiDung, kinhGui: [], canCu: [], noiNhan: [], ketThuc: '', kemTheo: [] };
}

export function isAttachmentPart(at: Where): boolean {
  return PARTS.includes(at.part);
}

/** Writes a fixed attachment back into the main document. */
export function withAttachment(v: VanBan, i: number, fixed: VanBan): VanBan {
  const kemTheo: KemTheo[] = v.kemTheo.map((k, j) => (j === i ? { ...k, trichYeu: fixed.trichYeu, noiDung: fixed.noiDung } : k));
  return { ...v, kemTheo };
}

/** "Phụ lục II" or "Văn bản kèm theo 1", as the message names the attachment. */
export function attachmentName(v: VanBan, i: number): string {
  const k = v.kemTheo[i]!;
  if (k.kieu === 'phu-luc') {
    const n = v.kemTheo.slice(0, i + 1).filter((x) => x.kieu === 'phu-luc').length;
    return `Phụ lục ${romanNumeral(n)}`;
  }
  return k.ten ? `${k.ten} kèm theo` : `Văn bản kèm theo ${i + 1}`;
}

// The checker: runs every rule over a document, and applies the fix of one finding.
import type { VanBan } from '../model/van-ban.ts';
import { pathOf, sameWhere, type Finding, type Hit, type Rule, type Where } from './finding.ts';
import { RULES, RULES_BY_ID } from './rules/index.ts';
import { appliesToAttachments, attachmentAsDocument, attachmentName, isAttachmentPart, withAttachment } from './kem-theo.ts';

function toFinding(rule: Rule, hit: Hit): Finding {
  const f: Finding = {
    ruleId: rule.id,
    severity: rule.severity,
    part: hit.at.part,
    path: pathOf(hit.at),
    message: `${hit.message} (${rule.source})`,
    source: rule.source,
    fixable: rule.fix !== undefined && hit.fixable !== false,
  };
  if (hit.at.index !== undefined) f.index = hit.at.index;
  if (hit.at.field !== undefined) f.field = hit.at.field;
  if (hit.at.hang !== undefined) f.hang = hit.at.hang;
  if (hit.at.o !== undefined) f.o = hit.at.o;
  return f;
}

/** A finding inside attachment i: reported at "kemTheo" i, with its place inside kept as `inner`. */
function toAttachmentFinding(rule: Rule, hit: Hit, v: VanBan, i: number): Finding {
  const inner = toFinding(rule, hit);
  return {
    ...inner,
    part: 'kemTheo',
    index: i,
    path: ['kemTheo', i, ...inner.path],
    message: `${attachmentName(v, i)}: ${inner.message}`,
    inner: hit.at,
  };
}

/** Every finding, errors first, then in the order of the document's parts. Pure; never edits `v`. */
export function checkVanBan(v: VanBan, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) for (const hit of rule.check(v)) findings.push(toFinding(rule, hit));
  v.kemTheo.forEach((_, i) => {
    const attached = attachmentAsDocument(v, i);
    for (const rule of rules.filter(appliesToAttachments)) {
      for (const hit of rule.check(attached)) if (isAttachmentPart(hit.at)) findings.push(toAttachmentFinding(rule, hit, v, i));
    }
  });
  // A stable sort keeps the page order within each severity.
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

export function whereOf(f: Pick<Finding, 'part' | 'index' | 'field' | 'hang' | 'o'>): Where {
  const at: Where = { part: f.part };
  if (f.index !== undefined) at.index = f.index;
  if (f.field !== undefined) at.field = f.field;
  if (f.hang !== undefined) at.hang = f.hang;
  if (f.o !== undefined) at.o = f.o;
  return at;
}

/**
 * The document with one finding fixed. A finding that has no fix, or no longer holds because the
 * document changed since it was reported, leaves the document as it is (the same object).
 */
export function applyFix(v: VanBan, finding: Pick<Finding, 'ruleId' | 'part' | 'index' | 'field' | 'inner' | 'hang' | 'o'>): VanBan {
  const rule = RULES_BY_ID.get(finding.ruleId);
  if (!rule?.fix) return v;
  if (finding.part === 'kemTheo' && finding.inner && finding.index !== undefined && v.kemTheo[finding.index]) {
    const attached = attachmentAsDocument(v, finding.index);
    const fixed = applyFix(attached, { ruleId: finding.ruleId, ...finding.inner });
    return fixed === attached ? v : withAttachment(v, finding.index, fixed);
  }
  const at = whereOf(finding);
  const still = rule.check(v).find((h) => sameWhere(h.at, at));
  if (!still || still.fixable === false) return v;
  return rule.fix(v, at);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

// Kiểm tra thể thức: the format checker of Decree 30/2020/NĐ-CP.
export { applyFix, checkVanBan, hasErrors } from './check.ts';
export type { Finding, Part, Rule, Severity, Where } from './finding.ts';
export { RULES, RULES_BY_ID } from './rules/index.ts';

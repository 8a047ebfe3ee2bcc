export type { AuditBody, AuditEvent, AuditRecord } from './audit-record.ts';
export { chainHash, GENESIS_HASH } from './audit-record.ts';
export { AuditTrail, type AuditTrailOptions } from './audit-trail.ts';
export { canonicalJson, type JsonValue } from './canonical-json.ts';
export { type ExportRange, exportAuditTrail } from './export.ts';
export { type VerifyProblem, type VerifyResult, verifyAuditTrail } from './verify.ts';

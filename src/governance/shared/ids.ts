import { randomBytes } from 'node:crypto';

/** Short random ids with a readable prefix: inc_3f9a1c2b7d4e, asm_…, lin_… */
export function newId(prefix: 'inc' | 'asm' | 'lin'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

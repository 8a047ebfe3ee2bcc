import { GovernanceError } from '../shared/errors.ts';

/**
 * Applications tell the gateway which user group a request comes from with one header, so that
 * post-release monitoring can be broken down by group as the WHO guidance asks (age, sex, language,
 * region). Only coarse bands are accepted — never an exact age, a birth date or an address — so the
 * audit trail stays free of anything identifying.
 *
 *   x-yiheng-user-group: age_band=65+; sex=female; language=zh; region=CN-31
 */
export const USER_GROUP_HEADER = 'x-yiheng-user-group';

export const ageBands = ['0-12', '13-17', '18-39', '40-64', '65+'] as const;
export const sexes = ['female', 'male', 'other', 'unknown'] as const;
export const groupDimensions = ['age_band', 'sex', 'language', 'region'] as const;
export type GroupDimension = (typeof groupDimensions)[number];

export type UserGroup = Partial<Record<GroupDimension, string>>;

const rules: Record<GroupDimension, { test: (v: string) => boolean; rule: string }> = {
  age_band: {
    test: (v) => (ageBands as readonly string[]).includes(v),
    rule: `one of ${ageBands.join(', ')}`,
  },
  sex: { test: (v) => (sexes as readonly string[]).includes(v), rule: `one of ${sexes.join(', ')}` },
  language: { test: (v) => /^[a-z]{2,3}$/.test(v), rule: 'a 2–3 letter language code such as zh or en' },
  region: {
    test: (v) => /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(v),
    rule: 'an ISO 3166 country or province code such as CN or CN-31',
  },
};

/** Parses the header; undefined when absent. Throws with the field and the reason when malformed. */
export function parseUserGroupHeader(value: string | undefined | null): UserGroup | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined;
  const fail = (field: string, reason: string): never => {
    throw new GovernanceError(`the header ${USER_GROUP_HEADER} is malformed: ${field}: ${reason}`, {
      code: 'invalid_record',
      hint: `send e.g. "${USER_GROUP_HEADER}: age_band=40-64; sex=female; language=zh; region=CN-31"`,
      fields: [{ field: `${USER_GROUP_HEADER}.${field}`, reason }],
    });
  };
  if (value.length > 200) fail('(header)', 'at most 200 characters');
  const group: UserGroup = {};
  for (const part of value.split(/[;,]/)) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) fail(part.trim(), 'write key=value');
    const key = part.slice(0, eq).trim();
    const val = part.slice(eq + 1).trim();
    if (!(groupDimensions as readonly string[]).includes(key))
      fail(key, `unknown key; use ${groupDimensions.join(', ')}`);
    const dimension = key as GroupDimension;
    if (group[dimension] !== undefined) fail(key, 'given twice');
    if (!rules[dimension].test(val)) fail(key, rules[dimension].rule);
    group[dimension] = val;
  }
  return Object.keys(group).length ? group : undefined;
}

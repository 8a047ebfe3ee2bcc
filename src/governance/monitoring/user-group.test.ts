import { describe, expect, it } from 'vitest';
import { GovernanceError } from '../shared/errors.ts';
import { parseUserGroupHeader } from './user-group.ts';

describe('x-yiheng-user-group', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['age_band=65+', { age_band: '65+' }],
    [
      'age_band=40-64; sex=female; language=zh; region=CN-31',
      { age_band: '40-64', sex: 'female', language: 'zh', region: 'CN-31' },
    ],
    ['sex=unknown,region=HK', { sex: 'unknown', region: 'HK' }],
    [' language = en ; ', { language: 'en' }],
  ])('parses %j', (header, group) => {
    expect(parseUserGroupHeader(header)).toEqual(group);
  });

  it.each([
    ['age=47', 'x-yiheng-user-group.age', /unknown key/],
    ['age_band=47', 'x-yiheng-user-group.age_band', /one of 0-12/],
    ['sex=F', 'x-yiheng-user-group.sex', /one of female/],
    ['language=Chinese', 'x-yiheng-user-group.language', /language code/],
    ['region=Shanghai Xuhui district', 'x-yiheng-user-group.region', /ISO 3166/],
    ['sex=female; sex=male', 'x-yiheng-user-group.sex', /given twice/],
    ['female', 'x-yiheng-user-group.female', /key=value/],
    [`region=CN;${'x'.repeat(200)}`, 'x-yiheng-user-group.(header)', /200 characters/],
  ])('rejects %j naming the field and the reason', (header, field, reason) => {
    try {
      parseUserGroupHeader(header);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GovernanceError);
      expect((error as GovernanceError).fields[0]!.field).toBe(field);
      expect((error as GovernanceError).fields[0]!.reason).toMatch(reason);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { RecognizerRegistry } from '../registry.ts';
import { isValidNric } from './checksums.ts';

/**
 * One test per class of identifier the round-2 set showed the recognizers missing. The examples are
 * invented here (not copied from any labelled set), so they check the rule, not a memorised string.
 */
const registry = RecognizerRegistry.withDefaults();
const found = (text: string, language: 'zh' | 'en' = 'zh') =>
  registry.analyze(text, { language }).map((f) => `${f.type}:${f.text}`);

describe('phones in more national formats', () => {
  it('mainland mobiles grouped 5-3-3, with dashes, or in full-width digits and ideographic spaces', () => {
    expect(found('家属电话15821 903 447。')).toContain('PHONE:15821 903 447');
    expect(found('联系13702-418-559')).toContain('PHONE:13702-418-559');
    expect(found('手机：１５９　３３０２　７７１８')).toContain('PHONE:１５９　３３０２　７７１８');
  });
  it('landlines with a split local number, brackets and an extension (the extension is part of PHONE)', () => {
    expect(found('办公室0571-8826 3190 转 215。')).toContain('PHONE:0571-8826 3190 转 215');
    expect(found('家里(0755) 2381 6604')).toContain('PHONE:(0755) 2381 6604');
    expect(found('Office 020 7946 0321 ext 4.', 'en')).toContain('PHONE:020 7946 0321 ext 4');
  });
  it('UK and Australian national formats, and Hong Kong / Singapore 8-digit numbers next to a contact', () => {
    expect(found('Please ring 01632 960 775 after 5.', 'en')).toContain('PHONE:01632 960 775');
    expect(found('Mobile 0412 555 093', 'en')).toContain('PHONE:0412 555 093');
    expect(found('Home: (03) 9555 0147', 'en')).toContain('PHONE:(03) 9555 0147');
    expect(found('Next of kin (daughter), 9123 4870.', 'en')).toContain('PHONE:9123 4870');
    expect(found('WhatsApp me on 6291 0034 ext 12.', 'en')).toContain('PHONE:6291 0034 ext 12');
  });
  it('does not read doses, lab values or card fragments as local numbers', () => {
    expect(
      found('WBC 5120 3300 cells; card ending 4417 2291.', 'en').filter((f) => f.startsWith('PHONE')),
    ).toEqual([]);
    expect(found('Total 2500 1200 mg over two days.', 'en').filter((f) => f.startsWith('PHONE'))).toEqual([]);
  });
});

describe('identity numbers beyond the mainland resident ID', () => {
  it('checks the Singapore NRIC / FIN check letter', () => {
    expect(isValidNric('S1234567D')).toBe(true);
    expect(isValidNric('S1234567A')).toBe(false);
    expect(isValidNric('T0000001E')).toBe(true);
    expect(found('NRIC S1234567D', 'en')).toContain('ID_CARD:S1234567D');
    expect(found('Ref S1234567A', 'en').some((f) => f.startsWith('ID_CARD'))).toBe(false);
  });
  it('reads Hong Kong / Macau / Taiwan residence-permit numbers (810000/820000/830000) with the GB 11643 check', () => {
    expect(found('居住证号码810000199001011237')).toContain('ID_CARD:810000199001011237');
  });
  it('keeps a 15-digit legacy number next to an "old ID" label', () => {
    expect(found('旧证号110105580312042，已换新证')).toContain('ID_CARD:110105580312042');
  });
});

describe('record-number label and value variants', () => {
  it('reads values spaced in groups, with a letter prefix or a short last group', () => {
    expect(found('门诊号：MZ 2023 0815 2261')).toContain('MRN:MZ 2023 0815 2261');
    expect(found('就诊卡号 6200 1188 3342 7')).toContain('MRN:6200 1188 3342 7');
    expect(found('Hospital No.: KH2 771 904', 'en')).toContain('MRN:KH2 771 904');
  });
  it('knows more labels: ID号, 处方号, FIN, Rx no., Encounter, Requisition, Study ID, "number is"', () => {
    expect(found('ID号：C2209114')).toContain('MRN:C2209114');
    expect(found('处方号：CF-20241102-018')).toContain('MRN:CF-20241102-018');
    expect(found('FIN 3300128475, admitted', 'en')).toContain('MRN:3300128475');
    expect(found('Rx no. RX-7740012.', 'en')).toContain('MRN:RX-7740012');
    expect(found('Encounter: E00551234', 'en')).toContain('MRN:E00551234');
    expect(found('Requisition: RQ0031-5520', 'en')).toContain('MRN:RQ0031-5520');
    expect(found('Study ID: CT-23-0091', 'en')).toContain('MRN:CT-23-0091');
    expect(found('her hospital number is 0031-7720.', 'en')).toContain('MRN:0031-7720');
  });
  it('folds full-width digits without moving offsets', () => {
    const text = '病案号：０４４９１２７　姓名';
    const f = registry.analyze(text, { language: 'zh' }).find((x) => x.type === 'MRN')!;
    expect(f.text).toBe('０４４９１２７');
    expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('names in positions not covered before', () => {
  it('English: hyphenated romanised given names, particles, capitalised relations, eponym surnames after Dr', () => {
    expect(found('Seen with Mr Lau Wai-keung today.', 'en')).toContain('PERSON:Lau Wai-keung');
    expect(found('Name: Ismail s/o Rahman', 'en')).toContain('PERSON:Ismail s/o Rahman');
    expect(found('Wife Marguerite phoned the ward.', 'en')).toContain('PERSON:Marguerite');
    expect(found('Referred by Dr Parkinson to neurology.', 'en')).toContain('PERSON:Parkinson');
    expect(found('Discussed with Prof van der Berg.', 'en')).toContain('PERSON:van der Berg');
  });
  it('English: signatures, sign-offs, self-introductions, chat speakers, card and guarantor labels', () => {
    expect(found('Results are normal.\n— K. Ashdown, practice nurse', 'en')).toContain('PERSON:K. Ashdown');
    expect(found('hi, its Joy from bay 4, can I eat yet?', 'en')).toContain('PERSON:Joy');
    const chat = 'Hope: is mum out of surgery?\nMark: not yet\nHope: ok ring me';
    expect(found(chat, 'en').filter((f) => f.startsWith('PERSON'))).toEqual([
      'PERSON:Hope',
      'PERSON:Mark',
      'PERSON:Hope',
    ]);
    expect(found('Cardholder: Oluwaseun Adeyemi-Clarke', 'en')).toContain('PERSON:Oluwaseun Adeyemi-Clarke');
    expect(found('Patient: DE SOUSA, Inês', 'en')).toContain('PERSON:DE SOUSA, Inês');
  });
  it('English: the possessive is not part of a name', () => {
    expect(found("Liam's mum called.", 'en')).toContain('PERSON:Liam');
  });
  it('Chinese: rare surnames, compound surnames before a title, role nouns, chat speakers', () => {
    expect(found('患者仉德明，男，70岁')).toContain('PERSON:仉德明');
    expect(found('今日欧阳主任查房')).toContain('PERSON:欧阳');
    expect(found('参保人邴志强，医保类型职工')).toContain('PERSON:邴志强');
    expect(found('陪护人訾秀兰，身份证见附件')).toContain('PERSON:訾秀兰');
    const chat = '江河：妈吃饭了吗\n江山：吃了\n江河：那就好';
    expect(found(chat).filter((f) => f.startsWith('PERSON'))).toEqual([
      'PERSON:江河',
      'PERSON:江山',
      'PERSON:江河',
    ]);
  });
  it('Chinese: a name stops before kinship (之女), titles (会计) and a verb glued to it (交代, 输液)', () => {
    expect(found('代诉人：韩玉梅之女韩晶')).toContain('PERSON:韩玉梅');
    expect(found('经办人：揭会计')).toContain('PERSON:揭');
    expect(found('已向患者荆晨交代注意事项')).toContain('PERSON:荆晨');
    expect(found('患者侯磊输液顺利')).toContain('PERSON:侯磊');
    expect(found('患者：谢谢陶主任！').some((f) => f.startsWith('PERSON:谢'))).toBe(false);
  });
  it('Chinese: a minority name with a middle dot does not swallow the role word before it', () => {
    expect(found('患者努尔艾力·吐尔逊，男')).toContain('PERSON:努尔艾力·吐尔逊');
  });
});

describe('address granularity', () => {
  it('Chinese: lettered house numbers, rooms as 房, village groups, crossroads', () => {
    expect(found('现住：北京市西城区小石桥胡同乙12号')).toContain('ADDRESS:北京市西城区小石桥胡同乙12号');
    expect(found('住址：广东省佛山市南海区桂城街道平洲社区东二巷5号203房')).toContain(
      'ADDRESS:广东省佛山市南海区桂城街道平洲社区东二巷5号203房',
    );
    expect(found('来自四川省凉山州昭觉县竹核乡大寨村二组')).toContain(
      'ADDRESS:四川省凉山州昭觉县竹核乡大寨村二组',
    );
    expect(found('现住址：江苏省南京市鼓楼区中山路与北京西路交叉口西北角金鼎苑3幢2单元702')).toContain(
      'ADDRESS:江苏省南京市鼓楼区中山路与北京西路交叉口西北角金鼎苑3幢2单元702',
    );
  });
  it('English: flat/floor/block first (UK, Hong Kong, Singapore, Australia), rural routes, street-first, residence towns', () => {
    expect(found('Address: Flat 4, Alder House, 12 Mill Lane, Leeds LS6 2AB', 'en')).toContain(
      'ADDRESS:Flat 4, Alder House, 12 Mill Lane, Leeds LS6 2AB',
    );
    expect(found('Lives at Flat B, 9/F, Block 2, Lok Fu Estate, Kowloon.', 'en')).toContain(
      'ADDRESS:Flat B, 9/F, Block 2, Lok Fu Estate, Kowloon',
    );
    expect(found('Blk 118 Tampines St 11, #05-221, Singapore 521118', 'en')).toContain(
      'ADDRESS:Blk 118 Tampines St 11, #05-221, Singapore 521118',
    );
    expect(found('Home: Unit 3/41 Ocean Street, Manly NSW 2095.', 'en')).toContain(
      'ADDRESS:Unit 3/41 Ocean Street, Manly NSW 2095',
    );
    expect(found('Mail: RR 4 Box 27, Dover, DE 19901', 'en')).toContain(
      'ADDRESS:RR 4 Box 27, Dover, DE 19901',
    );
    expect(found('Adresse: Bergveien 7A, 0361 Oslo', 'en')).toContain('ADDRESS:Bergveien 7A, 0361 Oslo');
    expect(found('Tourist from Leicester, here for a week.', 'en')).toContain('ADDRESS:Leicester');
    expect(found('Unit No.: U01234', 'en').some((f) => f.startsWith('ADDRESS'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { RecognizerRegistry } from '../registry.ts';

/**
 * One test per class of personal data the round-4 and round-5 sets showed the recognizers missing,
 * each with a hard negative. The examples are invented here (not copied from any labelled set), so
 * they check the rule, not a memorised string.
 */
const registry = RecognizerRegistry.withDefaults();
const found = (text: string, language: 'zh' | 'en' = 'zh') =>
  registry.analyze(text, { language }).map((f) => `${f.type}:${f.text}`);
const ofType = (type: string, text: string, language: 'zh' | 'en' = 'zh') =>
  found(text, language).filter((f) => f.startsWith(`${type}:`));

describe('record numbers of more kinds and shapes', () => {
  it('reads donor, dialysis, rehabilitation, appraisal and autopsy numbers as MRN (zh)', () => {
    expect(ofType('MRN', '献血码：5100426110300917，请保存。')).toEqual(['MRN:5100426110300917']);
    expect(ofType('MRN', '腹透号PD-2025-118，本周超滤正常。')).toEqual(['MRN:PD-2025-118']);
    expect(ofType('MRN', '康复编号RH-0417，每周三次。')).toEqual(['MRN:RH-0417']);
    expect(ofType('MRN', '尸检号：B2025-077')).toEqual(['MRN:B2025-077']);
    expect(ofType('MRN', '病歷號：0623419')).toEqual(['MRN:0623419']);
  });
  it('reads donor, autopsy, clinic and hospital-issued numbers as MRN (en)', () => {
    expect(ofType('MRN', 'Donor No. K552 1870 3316', 'en')).toEqual(['MRN:K552 1870 3316']);
    expect(ofType('MRN', 'Autopsy no.: PM25-0331', 'en')).toEqual(['MRN:PM25-0331']);
    expect(ofType('MRN', 'UHID: BLR.0009921377', 'en')).toEqual(['MRN:BLR.0009921377']);
    expect(ofType('MRN', 'Hosp no.: KGH/OP/25/1190', 'en')).toEqual(['MRN:KGH/OP/25/1190']);
    expect(ofType('MRN', 'Screening no. QS-LV-25-00731', 'en')).toEqual(['MRN:QS-LV-25-00731']);
    expect(ofType('MRN', 'Inpatient No.：IP25-11873', 'en')).toEqual(['MRN:IP25-11873']);
    expect(ofType('MRN', 'Matched with donor KT-2071 last week.', 'en')).toEqual(['MRN:KT-2071']);
  });
  it('does not read a count of pupils or donors as a record number', () => {
    expect(ofType('MRN', 'The clinic saw 40 donors; donor screening 12 hours.', 'en')).toEqual([]);
    expect(ofType('MRN', '献血量400ml，康复训练3周。')).toEqual([]);
  });
  it('reads beds by their 床位 label and dictated beds in Chinese numerals', () => {
    expect(ofType('MRN', '床位7-12，昨夜入院。')).toEqual(['MRN:7-12']);
    expect(ofType('MRN', '查房：二十三床今日出院。')).toEqual(['MRN:二十三']);
  });
  it('does not read a ward size or a count of quilts as a bed', () => {
    expect(ofType('MRN', '本病区共有床位36张。')).toEqual([]);
    expect(ofType('MRN', '家里备了十床被子。')).toEqual([]);
  });
});

describe('insurance numbers of any scheme', () => {
  it('reads a long-term-care or accident insurance number as INSURANCE_ID, not MRN', () => {
    expect(found('长护险编号：LTC3301250077612')).toContain('INSURANCE_ID:LTC3301250077612');
    expect(ofType('MRN', '意外险编号：AX20250913')).toEqual([]);
  });
});

describe('names after kinship words and before job titles', () => {
  it('does not take a kinship word after a label into the name', () => {
    expect(ofType('PERSON', '紧急联系人：女儿郝静怡　电话略')).toEqual(['PERSON:郝静怡']);
    expect(ofType('PERSON', '监护人：母柴玉琴\n')).toEqual(['PERSON:柴玉琴']);
  });
  it('does not read a kinship word alone as a name', () => {
    expect(ofType('PERSON', '联系人：母亲\n电话：略')).toEqual([]);
  });
  it('reads a surname before a job title, title outside', () => {
    expect(ofType('PERSON', '配药：邹药师')).toEqual(['PERSON:邹']);
    expect(ofType('PERSON', '到场民警：阎警官')).toEqual(['PERSON:阎']);
  });
  it('does not read a title alone as a name', () => {
    expect(ofType('PERSON', '请咨询药师或营养师。')).toEqual([]);
  });
});

describe('Chinese addresses in more forms', () => {
  it('reads Traditional-character addresses to the last floor and flat letter', () => {
    expect(ofType('ADDRESS', '地址：臺南市東區長榮路二段77號6樓B')).toEqual([
      'ADDRESS:臺南市東區長榮路二段77號6樓B',
    ]);
    expect(ofType('ADDRESS', '現住：桃園市中壢區中正路118號3樓')).toEqual([
      'ADDRESS:桃園市中壢區中正路118號3樓',
    ]);
  });
  it('reads a hotel room, a prefecture, a corps farm and a dictated room number', () => {
    expect(ofType('ADDRESS', '住址：杭州市西湖区北山街12号香樟酒店803室')).toEqual([
      'ADDRESS:杭州市西湖区北山街12号香樟酒店803室',
    ]);
    expect(ofType('ADDRESS', '住址：红河州个旧市大屯镇新街村7号')).toEqual([
      'ADDRESS:红河州个旧市大屯镇新街村7号',
    ]);
    expect(ofType('ADDRESS', '住址：新疆五家渠市102团6连18号')).toEqual(['ADDRESS:新疆五家渠市102团6连18号']);
    expect(ofType('ADDRESS', '在长春市朝阳区红旗街八号楼二单元六零一')).toEqual([
      'ADDRESS:长春市朝阳区红旗街八号楼二单元六零一',
    ]);
  });
  it('does not stop a street name at a 州 inside it, nor take a place in prose', () => {
    expect(ofType('ADDRESS', '地址：广州市越秀区惠州路5号')).toEqual(['ADDRESS:广州市越秀区惠州路5号']);
    expect(ofType('ADDRESS', '病人既往体健，无特殊。')).toEqual([]);
  });
});

describe('English addresses in more forms', () => {
  it('reads street directions, possessives and more street types', () => {
    expect(ofType('ADDRESS', 'Lives at 418 S Maple Grove Rd, Boise, ID 83709.', 'en')).toEqual([
      'ADDRESS:418 S Maple Grove Rd, Boise, ID 83709',
    ]);
    expect(ofType('ADDRESS', 'Address: 70 King St W, Hamilton, ON L8P 1A1', 'en')).toEqual([
      'ADDRESS:70 King St W, Hamilton, ON L8P 1A1',
    ]);
    expect(ofType('ADDRESS', 'Home: 3 Miller’s Rise, Penrith CA11 7QA', 'en')).toEqual([
      'ADDRESS:3 Miller’s Rise, Penrith CA11 7QA',
    ]);
  });
  it('reads a bare postcode after a town and a town with a macron', () => {
    expect(ofType('ADDRESS', 'Address: 9 Protea Street, Bellville, Cape Town, 7530.', 'en')).toEqual([
      'ADDRESS:9 Protea Street, Bellville, Cape Town, 7530',
    ]);
    expect(ofType('ADDRESS', 'Address: 5 Rimu Road, Māngere, Auckland 2022', 'en')).toEqual([
      'ADDRESS:5 Rimu Road, Māngere, Auckland 2022',
    ]);
  });
  it('does not take a year after a town, or a direction alone, into an address', () => {
    expect(ofType('ADDRESS', 'At 12 Oak Street, Leeds, 2019 was a hard year.', 'en')).toEqual([
      'ADDRESS:12 Oak Street, Leeds',
    ]);
    expect(ofType('ADDRESS', 'Pain 7 N of baseline.', 'en')).toEqual([]);
  });
});

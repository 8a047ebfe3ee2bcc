import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en, textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of personal data the round-13 set showed the recognizers missing, each with a
 * hard negative. The examples are made up here, not taken from any labelled set.
 */
const zh = (type: string, text: string) => textsOfType(type, text, 'zh');

describe('English names in signatures, sign-offs and staff roles', () => {
  it('reads initials after a dash as the signature before a nursing credential', () => {
    expect(en('PERSON', 'Obs stable overnight, pain 2/10. -TWK RN')).toEqual(['TWK']);
    expect(en('PERSON', 'Fluids running, catheter draining well. — MO, RGN')).toEqual(['MO']);
  });
  it('does not read a unit or a role abbreviation before a credential as initials', () => {
    expect(en('PERSON', 'Bed request sent - ED RN aware.')).toEqual([]);
    expect(en('PERSON', 'Transfer accepted - ICU RN to collect.')).toEqual([]);
    expect(en('PERSON', 'Escalated to Agency RN at 03:00.')).toEqual([]);
  });
  it('reads a name right after a staff role written before it', () => {
    expect(en('PERSON', 'Handover from night charge Tomasina Reyburn at 07:30.')).toEqual([
      'Tomasina Reyburn',
    ]);
    expect(en('PERSON', 'Seen earlier by the nurse practitioner Ewart Blamire.')).toEqual(['Ewart Blamire']);
    expect(en('PERSON', 'Her community nurse Ailbhe says the wound is healing.')).toEqual(['Ailbhe']);
  });
  it('does not read a capitalised heading or a lone word after a staff role as a name', () => {
    expect(en('PERSON', 'Ask the district nurse Team to visit.')).toEqual([]);
    expect(en('PERSON', 'Free of charge Parking Permits issued.')).toEqual([]);
  });
  it('does not read an abbreviation in capitals after a label as a name', () => {
    expect(en('PERSON', 'Surgeon: Ms Philippa Dunmore, Consultant ORL')).toEqual(['Philippa Dunmore']);
    expect(en('PERSON', 'Referred by GP for review.')).toEqual([]);
  });
  it('reads a dash sign-off after Thanks or Cheers at the end of a message', () => {
    expect(en('PERSON', 'The new inhaler is much better. Cheers – Torin')).toEqual(['Torin']);
    expect(en('PERSON', 'Could you call me back? Thanks — Marisela')).toEqual(['Marisela']);
  });
  it('does not read a dash after Thanks as a sign-off when a sentence follows it', () => {
    expect(en('PERSON', 'Thanks — Monday works for me, see you then.')).toEqual([]);
  });
  it('reads a dash sign-off with an e-mail or a phone number after a comma', () => {
    expect(
      en('PERSON', 'He was treated with great kindness. — Perpetua Langridge, p.langridge@example.net'),
    ).toEqual(['Perpetua Langridge']);
    expect(en('PERSON', 'Please ring if anything changes. — Dorcas Imrie, 07700 900461')).toEqual([
      'Dorcas Imrie',
    ]);
  });
  it('does not read a dash clause after a sentence as a sign-off', () => {
    expect(en('PERSON', 'Dressing changed. — Review Tuesday, see plan.')).toEqual([]);
  });
});

describe('Names in pipe tables with a patient column', () => {
  it('reads surname-first names in a patient column and the bay number of their row', () => {
    const board =
      'Bay | Patient | Plan\n4 | Lindqvist, Maren | IV abx, review 14:00\n5 | (empty) | —\n6 | Oduya, Tobi | for discharge';
    expect(en('PERSON', board)).toEqual(['Lindqvist, Maren', 'Oduya, Tobi']);
    expect(en('MRN', board)).toEqual(['4', '6']);
  });
  it('does not read other cells of the patient column as names', () => {
    const board = 'Bay | Patient | Plan\n4 | awaiting bed, ED | none\n5 | Closed, cleaning | —';
    expect(en('PERSON', board)).toEqual([]);
  });
});

describe('Account names', () => {
  it('reads a login after "user:" with no blank before the colon', () => {
    expect(en('ACCOUNT', 'Telehealth portal user: bwhitlock71\nVisit closed.')).toEqual(['bwhitlock71']);
    expect(en('ACCOUNT', 'Ask the user: is the pain worse at night?')).toEqual([]);
  });
  it('reads a Chinese screen name with an underscore or closing digits after 用户 or 账号', () => {
    expect(zh('ACCOUNT', '线上复诊\n用户：爱吃橘子_2011\n患者：林某，男')).toEqual(['爱吃橘子_2011']);
    expect(zh('ACCOUNT', '药师咨询记录\n账号：小鹿跑跑88\n问：布洛芬能和感冒药一起吃吗')).toEqual([
      '小鹿跑跑88',
    ]);
  });
  it('does not read a plain Chinese name or a pregnancy week after 用户 as an account', () => {
    expect(zh('ACCOUNT', '在线咨询\n用户：孕18周，咳嗽两天')).toEqual([]);
    expect(zh('ACCOUNT', '在线咨询\n用户：宋雨桐\n问：头痛三天')).toEqual([]);
  });
});

describe('Insurance numbers with a version code', () => {
  it('leaves the OHIP version code outside the number', () => {
    expect(en('INSURANCE_ID', 'Pt: Lorcan Hebert  OHIP 5521038847-QZ  DOB 2011-06-30')).toEqual([
      '5521038847',
    ]);
    expect(en('INSURANCE_ID', 'Health Card No: 4402 118 903 AB\nAllergies: nil')).toEqual(['4402 118 903']);
  });
  it('keeps a policy number with letters whole', () => {
    expect(en('INSURANCE_ID', 'Policy No: 88120455-AB')).toEqual(['88120455-AB']);
  });
});

describe('Addresses: Swedish streets and the town after "moved to"', () => {
  it('reads a Swedish one-word street with a split postcode and the city', () => {
    expect(en('ADDRESS', 'Please post it to Kungsgränd 4, 111 29 Stockholm, Sweden.')).toEqual([
      'Kungsgränd 4, 111 29 Stockholm',
    ]);
    expect(en('ADDRESS', 'Bor på Linnégatan 31A, 413 04 Göteborg.')).toEqual([
      'Linnégatan 31A, 413 04 Göteborg',
    ]);
  });
  it('does not read a ward, a weekday or a month after "moved to" as a town', () => {
    expect(en('ADDRESS', "Grandad's been moved to Ward 7 bay 2")).toEqual([]);
    expect(en('ADDRESS', 'Her clinic was moved to Wed/Fri mornings.')).toEqual([]);
    expect(en('ADDRESS', 'The op got moved to March.')).toEqual([]);
    expect(en('ADDRESS', 'They moved to Harrogate last year.')).toEqual(['Harrogate']);
  });
});

describe('Month-day and day-month dates in tables and logs', () => {
  it('reads a month-day opening the rows of a table with a date column', () => {
    const card = '血糖记录\n日期｜空腹血糖｜胰岛素\n09-14｜7.2｜12u\n09-21｜6.5｜12u\n备注：饮食控制';
    expect(zh('DATE', card)).toEqual(['09-14', '09-21']);
  });
  it('does not read a month-day-shaped cell in a table without a date column', () => {
    expect(zh('DATE', '药名｜剂量｜频次\n2-3｜片｜每日\n')).toEqual([]);
  });
  it('reads a day and month opening two or more log lines before a measurement', () => {
    const log =
      'Weight log, target < 80 kg\n02/10 Wt 82.4 kg — diuretic up\n09/10 Wt 80.9 kg — same\n16/10 Wt 79.6 kg';
    expect(en('DATE', log)).toEqual(['02/10', '09/10', '16/10']);
  });
  it('does not read a lone fraction or score opening a line as a log date', () => {
    expect(en('DATE', 'Neuro exam\n4/5 power L arm 3 times checked\nsensation intact')).toEqual([]);
    expect(en('DATE', 'Plan\n2/7 Abx 5 days\nfluids')).toEqual([]);
  });
});

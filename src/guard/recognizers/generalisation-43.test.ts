import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-47 set showed the rules missing or over-reading
 * (after it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('round-47 classes (zh)', () => {
  it('reads a trial subject’s screening number and a video visit’s session number', () => {
    // 筛选号 and 会话号 number the person's enrolment and visit, as 随机号 and 复诊号 do; a word after them is no number.
    expect(ofType('MRN', '筛选号：S-0291')).toEqual(['S-0291']);
    expect(ofType('MRN', '会话号：VS2703150018')).toEqual(['VS2703150018']);
    expect(ofType('MRN', '筛选号：待分配')).toEqual([]);
  });
  it('does not read a receipt’s serial number as a landline', () => {
    // 票据号码 numbers the bill; the same digits after 电话 are a phone.
    expect(ofType('PHONE', '票据号码：0157734920')).toEqual([]);
    expect(ofType('PHONE', '电话：0157734920')).toEqual(['0157734920']);
  });
  it('reads a month’s ten-day part before 行 and the procedure planned', () => {
    // 行 here is "to perform" (12月下旬行胃镜检查); 行程 is a trip, not care.
    expect(ofType('DATE', '建议1月下旬行胃镜检查')).toEqual(['1月下旬']);
    expect(ofType('DATE', '1月下旬行程已满')).toEqual([]);
  });
  it('reads a five-character Mongolian name before its ethnic note after a bed', () => {
    // Two name elements (萨如拉 and 敖登) make five characters; a word before the note is no name.
    expect(ofType('PERSON', '7床 萨如拉敖登（蒙古族，女，51岁）')).toEqual(['萨如拉敖登']);
    expect(ofType('PERSON', '7床 术后第二天（蒙古族，女，51岁）')).toEqual([]);
  });
  it('ends a name before 留 when the person leaves a contact', () => {
    // 留 is the verb before 邮箱 or 电话; inside a full name (某留芳) it is a given character.
    expect(ofType('PERSON', '母亲柏青留邮箱bq@example.cn')).toEqual(['柏青']);
    expect(ofType('PERSON', '母亲柏留芳，电话13912345678')).toEqual(['柏留芳']);
  });
  it('reads a name after a kinship word and a blank in a contact field', () => {
    // "紧急联系人：外孙 某某": the blank sits between the relation and the name; a word there names no one.
    expect(ofType('PERSON', '紧急联系人：外孙 和晓岚 13712345678')).toEqual(['和晓岚']);
    expect(ofType('PERSON', '紧急联系人：外孙 电话13712345678')).toEqual([]);
  });
  it('reads a child named right after 孩子', () => {
    // A parent's message names the child after 孩子; what the child has is no name.
    expect(ofType('PERSON', '孩子倪思源，发热两天')).toEqual(['倪思源']);
    expect(ofType('PERSON', '孩子高烧两天，')).toEqual([]);
  });
  it('reads a surname and an herb’s name as given name after a bed', () => {
    // 桂枝, 连翘… are given names too; after a bed a surname comes first, the herb alone is a drug.
    expect(ofType('PERSON', '15床鲁连翘今晨诉头晕')).toEqual(['鲁连翘']);
    expect(ofType('PERSON', '15床加连翘10g')).toEqual([]);
  });
  it('reads the user named in brackets after a side of a telehealth system', () => {
    // 医生端（某某）, 患者端（某某）: who logged in on that side; a device in brackets is no one.
    expect(ofType('PERSON', '医生端（岑若溪）登录')).toEqual(['岑若溪']);
    expect(ofType('PERSON', '医生端（网页版）登录')).toEqual([]);
  });
  it('reads an age in Chinese numerals after an elder called by surname and 爷爷', () => {
    // "那个某爷爷，九十四了" tells how old he is; a measurement named before the numeral is not an age.
    expect(ofType('AGE', '九床那个戈爷爷，九十四了，夜里睡得差')).toEqual(['九十四']);
    expect(ofType('AGE', '九床那个戈爷爷，心率九十了')).toEqual([]);
  });
  it('does not read an empty unit bed after the row’s empty cells', () => {
    // "ICU-5 | — | — | 空床": the dashes fill empty cells before 空床; a named patient's bed still reads.
    expect(ofType('MRN', 'ICU-2 | — | — | 空床，已消毒')).toEqual([]);
    expect(ofType('MRN', 'ICU-2 | 房秀珍 | 拔管后')).toEqual(['2']);
  });
  it('reads an estate whose name ends in two estate characters', () => {
    // "…号金桂府苑3栋…": the estate goes on through 苑 to the building and room.
    expect(ofType('ADDRESS', '住址：株洲市芦淞区建设南路12号金桂府苑3栋201')).toEqual([
      '株洲市芦淞区建设南路12号金桂府苑3栋201',
    ]);
    expect(ofType('ADDRESS', '住址：株洲市芦淞区建设南路12号金桂府')).toEqual([
      '株洲市芦淞区建设南路12号金桂府',
    ]);
  });
  it('does not read a landmark the home is near as the address', () => {
    // "家住废品收购站旁" says where, not the address; a numbered address after the label still reads.
    expect(ofType('ADDRESS', '家住废品收购站旁，常闻到焦味')).toEqual([]);
    expect(ofType('ADDRESS', '家住朝阳小区5栋301')).toEqual(['朝阳小区5栋301']);
  });
  it('reads a screen name with an underscore and digits speaking in a consultation', () => {
    // "晚风吹麦田_52：" speaking twice is an account; a form's value line is not a speaker.
    expect(ofType('ACCOUNT', '晚风吹麦田_52：医生你好\n李医生：请讲\n晚风吹麦田_52：谢谢')).toEqual([
      '晚风吹麦田_52',
      '晚风吹麦田_52',
    ]);
    expect(ofType('ACCOUNT', '体温_36：正常\n脉搏：80')).toEqual([]);
  });
  it('reads a record number read out in digit groups when the clinician asks for it', () => {
    // "就诊卡号报一下" asks for the card number; the answer's digits are it. A blood pressure asked for is not.
    expect(ofType('MRN', '医生：就诊卡号报一下。\n女儿：0071 3385 2046。')).toEqual(['0071 3385 2046']);
    expect(ofType('MRN', '医生：血压报一下。\n女儿：135 85。')).toEqual([]);
  });
});

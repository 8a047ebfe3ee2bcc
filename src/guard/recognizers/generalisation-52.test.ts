import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-56 set showed the rules missing or over-reading (after it
 * had been measured fresh), each with hard negatives. The examples are made up here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-56 classes (zh)', () => {
  it('reads the enquiry line closing a reminder addressed to a named reader', () => {
    expect(
      ofType('PHONE', '【城西口腔门诊部】尊敬的祁书宁女士，您的洁牙已约好。咨询电话0571-86203317。'),
    ).toEqual(['0571-86203317']);
    expect(ofType('PHONE', '【仁和药房】卫子墨先生，您订的胰岛素针头已到店。咨询电话020-38861540。')).toEqual(
      ['020-38861540'],
    );
    // Hard negatives: a broadcast, a reminder opening 您好 without a name, and a hotline.
    expect(ofType('PHONE', '【某某医院】冬季流感疫苗已到货，请按时接种。咨询电话0571-86203317。')).toEqual(
      [],
    );
    expect(ofType('PHONE', '【某某中心】您好，您家孩子的体检报告已出。咨询电话0571-86203317。')).toEqual([]);
    expect(ofType('PHONE', '【仁和药房】卫子墨先生，您的药已到。服务热线020-38861540。')).toEqual([]);
  });

  it('reads a case number written 病例编号', () => {
    expect(ofType('MRN', '姐姐：那边发来的病例编号是TK-25-0733，办签证要用。')).toEqual(['TK-25-0733']);
    expect(ofType('MRN', '转诊单\n病例编号：HZ2026117\n诊断：甲状腺结节')).toEqual(['HZ2026117']);
    // Hard negatives: a count of cases and a case report's title.
    expect(ofType('MRN', '本组共纳入病例128例，随访12个月。')).toEqual([]);
    expect(ofType('MRN', '病例报告：一例罕见的茎突过长')).toEqual([]);
  });

  it('reads a one-numeral bed opening a quoted dictation', () => {
    expect(ofType('MRN', '夜班交班（转写）\n“四床万书平，术后第一天，引流不多。”')).toEqual(['四']);
    expect(ofType('MRN', '晨间交班\n「六床蓝秋月，血糖偏高，已加胰岛素。」')).toEqual(['六']);
    // Hard negatives: a quilt counted in quotes, and a bed in quotes with no name after it.
    expect(ofType('MRN', '家属说：“一床被子不够，再拿一床。”')).toEqual([]);
    expect(ofType('MRN', '“五床空着，明天收人。”')).toEqual([]);
  });

  it('reads an operating room or observation bed closing a header row', () => {
    expect(ofType('MRN', '俞晓川　女　38岁　住院号ZY2204718　手术间7\n麻醉方式：全麻')).toEqual([
      'ZY2204718',
      '7',
    ]);
    expect(ofType('MRN', '苗国栋　男　70岁　门诊号MZ55180236　留观床12\n主诉：胸闷')).toEqual([
      'MZ55180236',
      '12',
    ]);
    // Hard negatives: rooms counted, an operating room in running text, and a row without a record number.
    expect(ofType('MRN', '本院共有手术间12间，留观床20张。')).toEqual([]);
    expect(ofType('MRN', '今日手术间3消毒完毕。')).toEqual([]);
    expect(ofType('MRN', '设备清单　型号X200　手术间5')).toEqual([]);
  });

  it('reads a name glued after the person who leads the patient’s team or troupe', () => {
    expect(ofType('PERSON', '舞蹈团负责人骆欣然陪同来诊，要求出具诊断证明。')).toEqual(['骆欣然']);
    expect(ofType('PERSON', '游泳队教练俞鸿飞询问何时可以恢复训练。')).toEqual(['俞鸿飞']);
    expect(ofType('PERSON', '登山队领队柏青云代诉病史。')).toEqual(['柏青云']);
    // Hard negatives: the role with no name, a role before a verb, and a coach called by surname and title.
    expect(ofType('PERSON', '项目负责人审核后签字。')).toEqual([]);
    expect(ofType('PERSON', '请负责人尽快回复。')).toEqual([]);
    expect(ofType('PERSON', '教练说可以慢跑。')).toEqual([]);
  });

  it('reads a rare surname that is also a word’s first character in a signature field', () => {
    expect(ofType('PERSON', '诊断：跟骨骨折\n医师：朗悦')).toEqual(['朗悦']);
    expect(ofType('PERSON', '报告日期：今日\n审核：朗子墨')).toEqual(['朗子墨']);
    // Hard negatives: the word in running text.
    expect(ofType('PERSON', '嘱患儿朗读课文以评估构音。')).toEqual([]);
    expect(ofType('PERSON', '患者性格开朗，配合治疗。')).toEqual([]);
  });

  it('reads a Mongolian name after a Han surname before what the parent weighs', () => {
    expect(ofType('PERSON', '母亲白其其格考虑暑假再来复查。')).toEqual(['白其其格']);
    expect(ofType('PERSON', '父亲鲍巴特尔考虑先保守治疗。')).toEqual(['鲍巴特尔']);
    // Hard negatives: a diagnosis considered, and a patient considering with no name.
    expect(ofType('PERSON', '诊断考虑跗骨联合。')).toEqual([]);
    expect(ofType('PERSON', '患者考虑手术，家属同意。')).toEqual([]);
  });

  it('reads a pet name in quotes in a bracket that first gives the ethnic group, sex or age', () => {
    expect(ofType('PERSON', '患儿蒙子涵（瑶族，家里人叫她"涵涵"），咳嗽三天。')).toContain('涵涵');
    expect(ofType('PERSON', '患者韩立新（男，同事都叫他“石头”），腰痛。')).toContain('石头');
    // Hard negatives: a bracket of the same shape holding what the family calls on the person to do, unquoted.
    expect(ofType('PERSON', '患者（汉族，家里人叫她多喝水），咳嗽。')).toEqual([]);
    expect(ofType('PERSON', '患者（女，邻居叫她帮忙）')).toEqual([]);
  });

  it('reads given-name speakers of a chat titled as the family’s group', () => {
    const chat = '家族群「陪奶奶复查」\n澜熙：明早七点出门\n阿淼：好，我开车\n澜熙：身份证记得带';
    expect(ofType('PERSON', chat)).toEqual(['澜熙', '阿淼', '澜熙']);
    expect(ofType('PERSON', '【家人群】\n砚秋：挂上号了\n阿满：几点？\n砚秋：九点半')).toEqual([
      '砚秋',
      '阿满',
      '砚秋',
    ]);
    // Hard negatives: form labels in a titled chat, a relative by kinship word, and a chat with no family title.
    expect(ofType('PERSON', '【家人群】\n记录：明早复查\n备注：空腹\n记录：已预约')).toEqual([]);
    expect(ofType('PERSON', '【家人群】\n二姑：谁去？\n阿满：我去\n二姑：好')).toEqual(['阿满']);
    expect(ofType('PERSON', '明早复查\n澜熙：明早七点出门\n阿淼：好')).toEqual([]);
  });

  it('reads a user field filled by a screen name of Chinese characters', () => {
    expect(ofType('ACCOUNT', '图文咨询\n用户：雨落青檐　手机尾号：0417\n问：孩子湿疹怎么护理？')).toEqual([
      '雨落青檐',
    ]);
    expect(ofType('ACCOUNT', '用户：月光洒满小河边｜问：术后能洗澡吗')).toEqual(['月光洒满小河边']);
    // Hard negatives: a person's name, a compound-surname name, what the user asks, and a pregnancy week.
    expect(ofType('ACCOUNT', '用户：郑雨桐\n问：能吃海鲜吗')).toEqual([]);
    expect(ofType('ACCOUNT', '用户：欧阳静怡\n问：能吃海鲜吗')).toEqual([]);
    expect(ofType('ACCOUNT', '用户：孩子发烧三天了\n答：请就诊')).toEqual([]);
    expect(ofType('ACCOUNT', '用户：孕30周\n问：腿抽筋')).toEqual([]);
  });

  it('reads an elder’s age in Chinese numerals opening a later clause of the sentence naming the elder', () => {
    expect(ofType('AGE', '小姨：外公今天下床走了两圈，九十三了腿脚还行。')).toEqual(['九十三']);
    expect(ofType('AGE', '奶奶昨晚睡得好，饭也吃完了，九十一了还这么能吃。')).toEqual(['九十一']);
    // Hard negatives: a reading after the elder, a drip rate, and an age clause in another sentence.
    expect(ofType('AGE', '外婆心率偏快，九十了。')).toEqual([]);
    expect(ofType('AGE', '爷爷在输液，滴速九十了。')).toEqual([]);
    expect(ofType('AGE', '爷爷出院了。九十了？')).toEqual([]);
  });

  it('reads a relative’s full name that opens with an ordinary word', () => {
    expect(ofType('PERSON', '以上情况属实。——家属温雅琪，手机13800000000')).toEqual(['温雅琪']);
    expect(ofType('PERSON', '联系人：女儿冷静茹，电话见上')).toEqual(['冷静茹']);
    // Hard negatives: the word and what follows it.
    expect(ofType('PERSON', '家属冷静下来，同意手术。')).toEqual([]);
    expect(ofType('PERSON', '家属冷静后，再次谈话。')).toEqual([]);
    expect(ofType('PERSON', '患者温和，配合查体。')).toEqual([]);
  });

  it('does not date a notice of a system down for an upgrade', () => {
    expect(ofType('DATE', '【某某医院】通知：12月5日（周五）晚挂号系统升级，暂停线上预约。')).toEqual([]);
    expect(ofType('DATE', '温馨提示：3月2日自助机停机维护，请到窗口缴费。')).toEqual([]);
    // Hard negatives: a patient's visit on a weekday, and a visit date before a device's upgrade.
    expect(ofType('DATE', '患者12月5日（周五）复诊，血压平稳。')).toEqual(['12月5日']);
    expect(ofType('DATE', '3月2日复查，胰岛素泵系统升级后血糖平稳。')).toEqual(['3月2日']);
  });
});

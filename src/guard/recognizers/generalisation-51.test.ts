import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-55 set showed the rules missing (after it had been
 * measured fresh), each with hard negatives. The examples are made up here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-55 classes (zh)', () => {
  it('reads a screen name speaking once in a group chat opened by its title', () => {
    const chat = '群聊"舅舅复查"\n晚风吹过山岗：明早谁陪舅舅去？\n小姨：我去\n会飞的小企鹅：我把片子带上。';
    expect(ofType('ACCOUNT', chat)).toEqual(['晚风吹过山岗', '会飞的小企鹅']);
    expect(ofType('ACCOUNT', '【奶奶住院群】\n星星点灯照归途：今天输完液了\n二姑：好')).toEqual([
      '星星点灯照归途',
    ]);
    // Hard negatives: a kinship or role speaker of five characters, a form's label, a four-character phrase, a
    // chat with no title, and a title that names no group.
    expect(ofType('ACCOUNT', '群聊"舅舅复查"\n舅舅的女儿：我去\n小姨：好')).toEqual([]);
    expect(ofType('ACCOUNT', '群聊"舅舅复查"\n心内科护士站：明早八点抽血\n小姨：好')).toEqual([]);
    expect(ofType('ACCOUNT', '【某医院】\n取消改约方式：回复TD\n备注：无')).toEqual([]);
    expect(ofType('ACCOUNT', '群聊"舅舅复查"\n岁月如歌：我到了\n小姨：好')).toEqual([]);
    expect(ofType('ACCOUNT', '明早复查\n晚风吹过山岗：谁去？\n小姨：我去')).toEqual([]);
  });

  it('reads an online consultation patient speaking by a timed screen name', () => {
    const consult =
      '图文问诊\n青柠微凉（患者）2026-03-02 20:14：医生您好，孩子咳嗽三天。\n邹明远医生 20:16：发热吗？\n青柠微凉 20:18：不发热。';
    expect(ofType('ACCOUNT', consult)).toEqual(['青柠微凉', '青柠微凉']);
    // Hard negatives: a Han name with a surname, a compound-surname name, the doctor, and a screen-name shape
    // speaking only once.
    expect(ofType('ACCOUNT', '问诊\n李文静（患者）20:14：您好\n邹医生 20:16：嗯\n李文静 20:18：好')).toEqual(
      [],
    );
    expect(
      ofType('ACCOUNT', '问诊\n欧阳静怡（患者）20:14：您好\n邹医生 20:16：嗯\n欧阳静怡 20:18：好'),
    ).toEqual([]);
    expect(ofType('ACCOUNT', '问诊\n青柠微凉（患者）20:14：您好\n邹明远医生 20:16：嗯')).toEqual([]);
  });

  it('reads a staff role glued to a login and a consultation asker named by a screen name', () => {
    expect(ofType('ACCOUNT', '家长：好的谢谢\n客服kf_0931：已为您登记复诊。')).toEqual(['kf_0931']);
    expect(ofType('ACCOUNT', '患者：好\n医生助理zl_wang02：已为您预约周五上午。')).toEqual(['zl_wang02']);
    expect(ofType('ACCOUNT', '线上咨询\n咨询人：爱喝茶的老猫　电话见系统')).toEqual(['爱喝茶的老猫']);
    // Hard negatives: a role and a Han name, a role and a plain word, and a relative as asker.
    expect(ofType('ACCOUNT', '客服小周：您好')).toEqual([]);
    expect(ofType('ACCOUNT', '护士admin：请稍候')).toEqual([]);
    expect(ofType('ACCOUNT', '咨询人：患者的女儿')).toEqual([]);
  });

  it('reads a pet name told by fellow patients or in quotes after 小名', () => {
    expect(ofType('PERSON', '患者卓子航（病友都叫他"小航"），男，21岁')).toContain('小航');
    expect(ofType('PERSON', '产后观察：母婴同室，新生儿小名"豆豆糖"，吃奶好。')).toEqual(['豆豆糖']);
    // Hard negatives: a quoted word after 名称 and a name with no quote.
    expect(ofType('PERSON', '药品名称"阿莫西林"，饭后服。')).toEqual([]);
    expect(ofType('PERSON', '病友都说他恢复得快。')).toEqual([]);
  });

  it('reads a bed after a department short name and a short bed field in a header row', () => {
    expect(ofType('MRN', '床号：心内加5\n入院时间：今日')).toEqual(['加5']);
    expect(ofType('MRN', '某某　女　70岁　住院号2026004417　床12\n主诉：咳嗽')).toEqual(['2026004417', '12']);
    // Hard negatives: beds counted, a bed in running text, and a department with no extra bed.
    expect(ofType('MRN', '本病区开放床位48张，加床2张。')).toEqual([]);
    expect(ofType('MRN', '每周查床2次。')).toEqual([]);
    expect(ofType('MRN', '科室：心内\n备注：无')).toEqual([]);
  });

  it('reads a Yi name in a spaced row and before what an interpreter speaks in', () => {
    expect(ofType('PERSON', '12床　吉伍拉且　男　61岁　彝族')).toEqual(['吉伍拉且']);
    expect(ofType('PERSON', '患者不懂汉语，由儿子吉木子洛用彝语解释。')).toEqual(['吉木子洛']);
    // Hard negatives: a clan name before a verb, and a clan-like word in running text.
    expect(ofType('PERSON', '吉克用药后好转。')).toEqual([]);
    expect(ofType('PERSON', '曲比用药后好转，用彝语交流。')).toEqual([]);
  });

  it('dates a month and year of an endoscopy', () => {
    expect(ofType('DATE', '肠镜（2025年11月，外院）未见异常。')).toEqual(['2025年11月']);
    expect(ofType('DATE', '2026年2月外院查胃镜提示浅表性胃炎。')).toEqual(['2026年2月']);
    // Hard negatives: a licence's expiry and a month count.
    expect(ofType('DATE', '批准文号有效期至2025年10月。')).toEqual([]);
    expect(ofType('DATE', '胃镜检查需空腹6个月内复查。')).toEqual([]);
  });
});

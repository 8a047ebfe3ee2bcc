import type { Finding } from '../finding.ts';
import { CITIES, PROVINCES } from '../lexicon/places.ts';
import { matchAll, type Recognizer } from './recognizer.ts';
import { WordIndex } from './word-index.ts';

/**
 * Chinese addresses as a chain of parts read left to right — province, city, district, town,
 * road, number, estate, building, unit, room — each recognised by its suffix. A chain starts at an
 * address label ("住址：", "家住"), at a province or city name, or at a road with a house number.
 * Each part is a bounded lazy run, tried only at the chain's current position, so the cost is linear.
 * Chains that lead into an institution name (…市…区人民医院) are places, not someone's address.
 */

// Characters that never occur inside a place name: they end a lazy run instead of being swallowed.
const PLACE_CHAR = '[[\\u4e00-\\u9fa5]--[的在是于了与及或患者我你他她们诉因到从其住现址]]';
// 屯, 寨, 嘎查 and 苏木 are the hamlets, villages and townships of the south-west and of Inner Mongolia.
// A hamlet name may itself end in 屯 or 寨 before its village or group ("柳树屯村", "上寨组").
// A village committee (村委会) is the village's division, and a hamlet's group is named with its 村 ("…村委会大村组41号";
// round 50).
// A Dai village is often written 寨子 before its house number ("曼听寨子12号").
// Traditional forms (區, 縣, 鄉, 鎮) are the same parts in Taiwan, Hong Kong and Macau addresses; a
// prefecture is 州 when no 市, 县, 区 or road follows ("西双版纳州"; 亳州市 and 元州街 are read on).
// A banner is 旗 when no road follows ("红旗路" is a road).
const ADMIN =
  '特别行政区|自治区|自治州|自治县|自治旗|开发区|高新区|新区|街道|社区|地区|嘎查|苏木|省|市|区|區|县|縣|旗(?![路街道巷弄])|盟|镇|鎮|乡|鄉|村民委员会|村委会|居委会|村组|村|组|州(?![市县区縣區州路街道巷弄])|屯(?![村组])|寨子|寨(?![村组])';
const ROAD = '大道|大街|胡同|路|街|巷|弄|段|道';
// Hotels count: a hotel room is the person's address while they stay there. 邨 is a Hong Kong estate.
// A hospital's building named by what it houses, before its floor ("…321号门诊楼5楼", "…107号医技楼B1"; round 44).
const ESTATE =
  '门诊楼|医技楼|住院楼|急诊楼|综合楼|病房楼|家属院|小区|花园|花園|公寓|大厦|大廈|家园|新村|庄园|公馆|山庄|广场|宿舍|酒店|宾馆|賓館|饭店|飯店|苑|园|園|府|城|坊|里|塔|阁|閣|邨';
// 團 and 连 number the farms of the Xinjiang Production and Construction Corps ("143团14连").
// 排 numbers the rows of houses inside a courtyard compound ("…17号院2排4号"; round 48).
// A road's house number before 楼下 or 楼前 ("…天润路87号楼下接爸"; round 60) is the house's door, downstairs: the
// address ends at 号, as it does for a road number alone; "小区3号楼下" keeps its building.
const NUMBERED =
  '号院|号楼(?!(?<=(?:路|街|巷|弄|道)[0-9]{1,5}号楼)[下前底])|號樓|单元|單元|号|號|栋|棟|幢|座|层|層|楼|樓|室|房|户|組|组|门|門|期|区|社|队|团|連|连|里|排';
const ESTATE_WORDS = ESTATE.split('|')
  .filter((w) => w.length >= 2)
  .join('|');
const byLength = (a: string, b: string) => b.length - a.length;
/**
 * A building named with 楼 right before its floor, as Hong Kong addresses write it ("…元州街312号某某楼9楼B室"; round
 * 48): the name ends at 楼 when a flat follows the floor, as a home's does; a venue's floor alone ("…599号影像楼1楼）")
 * ends the address at its number, as the cards mark it; "5楼" alone is a floor, read as a numbered part.
 */
const BUILDING_BEFORE_FLOOR = '[楼樓](?=[0-9]{1,2}[楼层樓層][0-9A-Z])';
/** Demonstratives that point back at a place already named ("那个院区", "这边小区"). */
const POINTING = '[那这](?:个|边|里|儿)';
const GAZETTEER = [...PROVINCES, ...CITIES].sort(byLength).join('|');

const PART = new RegExp(
  [
    // A city name that starts a road name (中山路, 南京西路) is read as the road.
    // A city name that opens a building's name before its floor ("…312号嘉兴楼9楼"; round 48) is the building's.
    `(?<gazetteer>(?:${GAZETTEER})(?:特别行政区|自治区|省|市)?(?!${ROAD}|${BUILDING_BEFORE_FLOOR}))`,
    // "…88号那个院区", "…那个小区": a demonstrative after the number points back at the place just given; it opens no
    // part (round 46).
    // An autonomous prefecture or county named for two or more peoples runs past six characters before 自治州
    // ("黔东南苗族侗族自治州", "湘西土家族苗族自治州"; round 58): read up to 自治 when the name ends in 族.
    `(?<admin>(?!${POINTING})(?:${PLACE_CHAR}{2,12}?族自治[州县旗]|${PLACE_CHAR}{1,6}?(?:${ADMIN})))`,
    // A road may name its stretch by a direction before the number ("黄埔大道西375号", "中山路北12号").
    // A stretch of a long street before the number is part of the road ("东大街下东大街段271号").
    `(?<road>(?:${PLACE_CHAR}|[0-9A-Za-z]){1,8}?(?:${ROAD})(?:段(?=[0-9]{1,5}号))?(?:[东西南北中](?=[0-9]{1,5}号))?)`,
    // A two-character estate word may also stand alone after a named place ("韩国城公寓3-1602"). An estate
    // suffix right before another one and a number is inside the name ("…号湘江府苑2栋…"; round 47): the
    // estate ends at the last.
    `(?<estate>(?!${POINTING})${PLACE_CHAR}{1,8}?(?:${ESTATE}|${BUILDING_BEFORE_FLOOR})(?![苑园園府城阁閣邨](?=[0-9A-Za-z一二三四五六七八九十]))|${ESTATE_WORDS})`,
    // A crossroads ("长江西路与科学大道交口东南角"): the second road, the junction and the corner.
    `(?<cross>[与和](?:${PLACE_CHAR}|[0-9A-Za-z]){1,8}?(?:${ROAD})(?:交叉口|交汇处|交口|路口)(?:东南|东北|西南|西北|[东南西北])?[角侧]?)`,
    // A building inside a numbered compound ("…178号院内3号楼502", "…小区内5栋"; round 45): 内 leads on to it.
    `(?<within>(?<=号院|小区|家属院)内(?=[0-9A-Za-z一二三四五六七八九十]{1,6}(?:号楼|栋|幢|座|单元)))`,
    // A tower named by its side before the room ("…城西座2108") and a back or side door before the floor
    // ("…17号后门2楼"; round 48) are parts of the address as "东单元" is.
    `(?<numbered>(?:[0-9]{1,4}(?:-[0-9]{1,5}){1,3}(?:室|号)?|[附增]?[甲乙丙丁]?[0-9A-Za-z一二三四五六七八九十百零〇]{1,6}(?:${NUMBERED})|[东西南北中]单元|[东西南北中]户|[东西南北中][座栋楼](?=[0-9]{1,5}(?![0-9]))|[前后侧]门(?=[0-9一二三四五六七八九十]{1,3}[楼层樓層室])|之[0-9一二三四五六七八九十]{1,3}))`,
    // A building, estate or quarter named without a suffix, right before its number ("颐和国际A座", "较场口88号").
    // Not a hospital named after the number ("…2218号儿童医院2号楼"; round 49): its building is the hospital's, and the
    // address ends at the number, as placeEnd cuts it.
    `(?<named>${PLACE_CHAR}{2,8}?(?<!医院|卫生院)(?=[0-9A-Za-z一二三四五六七八九十]{1,6}(?:号院|号楼|单元|栋|幢|座|期|号(?![码牌床]))))`,
  ].join('|'),
  'vy',
);
/** What may end an address after its last part: a room number (also in dictated Chinese numerals, "五零二"), a flat letter ("12樓C") or a flat with its letter ("12栋8B"). */
// A basement floor after a building ("医技楼B1"; round 44).
const TRAILING_ROOM =
  /[0-9]{1,4}[A-Z](?![0-9A-Za-z])|B[1-5](?![0-9A-Za-z])|[0-9]{2,5}(?![0-9])|[一二三四五六七八九零〇]{3,4}(?![一二三四五六七八九十零〇])|[A-Z](?![0-9A-Za-z])/y;

/**
 * A room set off by a blank after the house number ("…86号之3 1204室"; round 52): the flat's room, written with 室, is
 * the address's last part; a number without 室 after a blank may be anything (a phone, a count).
 */
const BLANK_THEN_ROOM = /[ \u3000][0-9]{2,5}室(?![0-9A-Za-z\u4e00-\u9fff])/y;

/** Words that read as one address part but name no particular place. */
const GENERIC_PLACES = new Set([
  '社区',
  '本地',
  '当地',
  '市区',
  '城区',
  '郊区',
  '本市',
  '本区',
  '外地',
  '老家',
  // A question where someone lives ("老人家住哪里？"): 里 ends estates ("幸福里"), not this word.
  '哪里',
  '那里',
  '这里',
]);
/** What follows a landmark the home is only near ("…旁", "…附近", "…对面"). */
const NEAR_LANDMARK = /^(?:旁|边|附近|对面|隔壁|周边|一带)/;
/** Address labels; a chain starts after the label and its colon. */
const TRIGGERS = new WordIndex(
  '家庭住址 现住址 家庭地址 联系地址 通讯地址 户籍地址 户籍所在地 户籍地 户籍 居住地址 住址 地址 家住 现住 居住于 居住在 住在 住于 籍贯 出生地 現住址 現住 戶籍地址 戶籍 通訊地址 聯絡地址 居住地 宿舍地址 宿舍 寝室'.split(
    ' ',
  ),
  'first',
);
/** A continuation line's opening: blanks standing for its empty label, then its cell bar if the form has one. */
const CONTINUATION = /[ \t\u3000]{1,8}(?:[｜|][ \t\u3000]{0,2})?/y;
/** Blanks and a colon between a label and its value. */
const AFTER_TRIGGER = /[ \t]{0,2}[:：]?[ \t]{0,2}/y;
// Found by a code-unit scan, not a regex: the 100 initials of the gazetteer made irregexp test a large
// class at every character of Chinese text.
const PLACE_NAMES = new WordIndex([...PROVINCES, ...CITIES], 'first');
/** A road suffix with a house number; the road's name is then read backwards (see roadStart). */
const ROAD_NUMBER = new RegExp(`(?:${ROAD})(?:[东西南北中](?=[0-9]))?[0-9一二三四五六七八九十]{1,5}号`, 'g');
const NOT_PLACE = new Set('的在是于了与及或患者我你他她们诉因到从其住现址');
const isPlaceChar = (c: string | undefined) =>
  c !== undefined && c >= '\u4e00' && c <= '\u9fa5' && !NOT_PLACE.has(c);

/** Start of a road name ending right before `suffixAt`: up to 8 place characters, or -1. */
function roadStart(text: string, suffixAt: number): number {
  let start = suffixAt;
  while (
    start > 0 &&
    suffixAt - start < 8 &&
    (isPlaceChar(text[start - 1]) || /[0-9A-Za-z]/.test(text[start - 1]!))
  )
    start--;
  return start === suffixAt ? -1 : start;
}
/** A division part (…区, …县, …镇) at the sticky position. */
const ADMIN_AT = new RegExp(`${PLACE_CHAR}{1,6}?(?:${ADMIN})`, 'vy');
/**
 * Where the chain before a road with a number starts: the road's name, or — when the eight characters
 * read back cut through a district or town ("番禺区市桥街清河东路8号") — that division's start.
 */
function roadOrDistrictStart(text: string, suffixAt: number): number {
  const start = roadOrDivisionStart(text, suffixAt);
  return start < 0 ? start : afterKinHome(text, start, suffixAt);
}
function roadOrDivisionStart(text: string, suffixAt: number): number {
  const start = roadStart(text, suffixAt);
  // Not cut: fewer than eight characters read, or a known city starts right there.
  if (start < 0 || suffixAt - start < 8 || PLACE_NAMES.longestAt(text, start) !== undefined) return start;
  const run = placeRunStart(text, start);
  // "梧州市万秀区大学路…": a city of two to four characters the gazetteer does not hold opens the run, and the
  // division cut through starts right after it; the address starts at the city (round 48).
  if (run >= 0 && (run === 0 || !isPlaceChar(text[run - 1]))) {
    ADMIN_AT.lastIndex = run;
    const city = ADMIN_AT.exec(text);
    if (city !== null && CITY_OR_COUNTY.test(city[0]) && ADMIN_AT.lastIndex <= start) {
      const cityEnd = ADMIN_AT.lastIndex;
      ADMIN_AT.lastIndex = cityEnd;
      if (ADMIN_AT.test(text) && ADMIN_AT.lastIndex > start) return run;
    }
  }
  // The nearest division start wins, so words before the place ("改送至郑州市…") stay out.
  for (let at = start - 1; at >= run && run >= 0; at--) {
    ADMIN_AT.lastIndex = at;
    if (ADMIN_AT.test(text) && ADMIN_AT.lastIndex > start) return at;
  }
  return start;
}

/** Verbs a home address follows without a label ("住利川市…", "回琼海市…"). */
const VERBS_BEFORE_HOME = ['住', '回'];
/** A city or county of two to four characters, the first part of an address after such a verb. */
const CITY_OR_COUNTY = /^[\u4e00-\u9fa5]{2,4}[市县]$/;
/** County, banner, township, town and village characters: where a rural address is looked for. */
const RURAL_DIVISION = /[县旗乡镇村屯寨]/g;
const SUBDISTRICT = /街道/g;
/** Start of the run of place characters (at most ten) that ends at `at`, or -1; "来自" or "位于" before a place is not part of it. */
function placeRunStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < 10 && isPlaceChar(text[start - 1])) start--;
  if (text.startsWith('来自', start) || text.startsWith('位于', start)) start += 2;
  start = afterKinHome(text, start, at);
  return start >= at ? -1 : start;
}
/**
 * Relatives whose home is named before the address ("奶奶家天心区…路17号…"; round 51): the relative and 家 say whose
 * home it is and are no part of the address, as 我家 is not (我 already ends a place run).
 */
const KIN_HOME =
  /^(?:外公|外婆|姥爷|姥姥|爷爷|奶奶|公公|婆婆|爸妈|爸爸|妈妈|父母|舅舅|舅妈|姑姑|姑妈|姨妈|阿姨|叔叔|伯伯|岳父|岳母|老人|女儿|儿子|哥哥|姐姐|弟弟|妹妹|大舅|二舅|小舅|大姨|二姨|小姨|大姑|小姑)家/;
/** Past a relative's 家 opening the place run at `start` (ending before `limit`), or `start`. */
function afterKinHome(text: string, start: number, limit: number): number {
  const m = KIN_HOME.exec(text.slice(start, Math.min(limit, start + 4)));
  return m === null ? start : start + m[0].length;
}
const INSTITUTION =
  /[\u4e00-\u9fa5]{0,6}?(?:医院|卫生院|保健院|诊所|卫生服务中心|服务中心|疾控|疾病预防控制|卫健委|卫生健康委|政府|大学|学院|医科|中医|人民|附属|分院|门诊部|急救中心|血站|药房|药店)/y;

interface Chain {
  end: number;
  parts: number;
  /** How many parts are administrative divisions (province, city, county, town, village…). */
  admin: number;
  /** End of the last house number in digits ("58号"), or -1. */
  houseNumberEnd: number;
}

/**
 * A county or district whose name opens with 从 or 于, which end place runs elsewhere (从江县, 从化区, 于都县,
 * 于洪区; round 38): read only right after a province or city part of the chain.
 */
const FUNCTION_CHAR_COUNTY = /[从于](?:(?![市县区城乡镇村])[\u4e00-\u9fa5]){1,2}?(?:县|区|縣|區)/y;

/**
 * An answer to where someone lives, on the next speaker's line ("医：现在住哪儿？⏎家属：小店区…"; round 38): the
 * chain opening the answer is the address even with no city named.
 */
const WHERE_LIVE_ANSWER =
  /(?:住哪|住在哪|家在哪|住的哪)[^\n]{0,6}[？?][ \t]{0,2}\n[^\n：:]{1,4}[：:][ \t]{0,2}/g;

/** A floor alone, then a character that carries on no address part (not a room, a side, a letter or a digit). */
const VENUE_FLOOR =
  /^[0-9一二三四五六七八九十]{1,2}[楼层樓層][\u4e00-\u9fa5](?<![楼层樓層][室房号號户戶东西南北中之])$/;

/** No real address has more parts than this; the bound keeps a chain's cost constant. */
const MAX_PARTS = 14;

/** With `openNamed`, a building or estate named without a suffix may open the chain ("翠湖观邸9栋…"). */
function readChain(text: string, at: number, openNamed = false): Chain {
  let position = at;
  let parts = 0;
  let admin = 0;
  let previous = '';
  let houseNumberEnd = -1;
  let lastPartAt = -1;
  while (parts < MAX_PARTS) {
    PART.lastIndex = position;
    const m = PART.exec(text);
    if (m?.groups && (m.groups.named === undefined || parts > 0 || openNamed)) {
      const g = m.groups;
      previous = g.numbered !== undefined ? 'numbered' : g.estate !== undefined ? 'estate' : 'other';
      if (g.admin !== undefined || g.gazetteer !== undefined) admin++;
      lastPartAt = position;
      position += m[0].length;
      if (g.numbered !== undefined && text[position - 1] === '号' && /[0-9]/.test(text[position - 2]!))
        houseNumberEnd = position;
      parts++;
      continue;
    }
    if (parts > 0 && previous === 'other') {
      FUNCTION_CHAR_COUNTY.lastIndex = position;
      if (FUNCTION_CHAR_COUNTY.test(text)) {
        position = FUNCTION_CHAR_COUNTY.lastIndex;
        admin++;
        parts++;
        continue;
      }
    }
    // "…洞庭南路68号二楼包厢": a floor right after the house number, followed by what is on that floor (a private
    // room, a clinic), says where inside the venue; the address ends at the number (generalisation-53).
    if (
      previous === 'numbered' &&
      lastPartAt === houseNumberEnd &&
      VENUE_FLOOR.test(text.slice(lastPartAt, position + 1))
    )
      return { end: houseNumberEnd, parts: parts - 1, admin, houseNumberEnd };
    if (previous === 'numbered' || previous === 'estate') {
      TRAILING_ROOM.lastIndex = position;
      const room = TRAILING_ROOM.exec(text);
      if (room) {
        position += room[0].length;
        parts++;
      } else if (previous === 'numbered') {
        BLANK_THEN_ROOM.lastIndex = position;
        const spaced = BLANK_THEN_ROOM.exec(text);
        if (spaced) {
          position += spaced[0].length;
          parts++;
        }
      }
    }
    return { end: position, parts, admin, houseNumberEnd };
  }
  return { end: position, parts, admin, houseNumberEnd };
}

/**
 * Where a chain read as a place ends: its end, or, when it leads into an institution's name, the end of its
 * house number, for a chain from a city or province down to a road and number is the address where that
 * institution stands ("…马台街58号社区卫生服务中心", "…路2356号的接收医院"; round 40); -1 for a chain naming
 * the institution.
 */
function placeEnd(text: string, chain: Chain, from: number): number {
  if (!leadsToInstitution(text, chain.end)) return chain.end;
  // "转回某省某州某县某镇卫生院": a town's health centre named with its county, down from the province or city, is
  // where the patient is sent and is marked whole, as the cards since round 40 mark it; not a district's town
  // ("某市某区某镇卫生院") nor a town named alone ("某镇卫生院").
  if (
    chain.admin >= 3 &&
    text.startsWith('卫生院', chain.end) &&
    TOWN_UNDER_COUNTY.test(text.slice(from, chain.end))
  )
    return chain.end + 3;
  return chain.houseNumberEnd > from && chain.admin >= 2 ? chain.houseNumberEnd : -1;
}

/** A chain ending in a county's town or township ("…元阳县新街镇"). */
const TOWN_UNDER_COUNTY = /县[\u4e00-\u9fa5]{1,4}[镇乡]$/;

function leadsToInstitution(text: string, end: number): boolean {
  INSTITUTION.lastIndex = end;
  return INSTITUTION.test(text);
}

/** A home told without a label: three or more parts, a number among them, and no institution after. */
const readsAsHome = (text: string, at: number, chain: { end: number; parts: number }): boolean =>
  chain.parts >= 3 && /[0-9]/.test(text.slice(at, chain.end)) && !leadsToInstitution(text, chain.end);

export class ChineseAddressRecognizer implements Recognizer {
  readonly name = 'pii.address_zh';
  readonly types = ['ADDRESS'] as const;
  readonly languages = ['any'] as const;
  readonly regexes = [
    PART,
    TRAILING_ROOM,
    BLANK_THEN_ROOM,
    AFTER_TRIGGER,
    CONTINUATION,
    RURAL_DIVISION,
    ROAD_NUMBER,
    INSTITUTION,
    ADMIN_AT,
    CITY_OR_COUNTY,
    FUNCTION_CHAR_COUNTY,
    WHERE_LIVE_ANSWER,
    NEAR_LANDMARK,
    SUBDISTRICT,
    TOWN_UNDER_COUNTY,
    KIN_HOME,
    VENUE_FLOOR,
  ];

  analyze(text: string): Finding[] {
    const findings: Finding[] = [];
    const push = (start: number, end: number, score: number) =>
      findings.push({
        type: 'ADDRESS',
        start,
        end,
        text: text.slice(start, end),
        score,
        detector: this.name,
      });
    if (!/[\u4e00-\u9fa5]/.test(text)) return findings;

    for (const { at: labelAt, word } of TRIGGERS.scan(text)) {
      AFTER_TRIGGER.lastIndex = labelAt + word.length;
      AFTER_TRIGGER.test(text);
      const at = AFTER_TRIGGER.lastIndex;
      const chain = readChain(text, at);
      // "转回居住地社区健康服务中心": a generic word for a place names no address.
      if (chain.parts < 1 || GENERIC_PLACES.has(text.slice(at, chain.end))) continue;
      // "籍贯：广东顺德": a native place given as a province and a bare city name is read only in part (the chain
      // stops inside the name); the cards mark a native place only when its divisions are named (round 51).
      if ((word === '籍贯' || word === '出生地') && chain.parts === 1 && isPlaceChar(text[chain.end]))
        continue;
      // "家住废品收购站旁": a landmark the home is near, with no number, says where, not the address (round 47).
      if (
        NEAR_LANDMARK.test(text.slice(chain.end, chain.end + 2)) &&
        !/[0-9]/.test(text.slice(at, chain.end))
      )
        continue;
      push(at, chain.end, 0.9);
    }
    if (text.includes('哪'))
      for (const m of matchAll(WHERE_LIVE_ANSWER, text)) {
        const at = m.index + m[0].length;
        const chain = readChain(text, at);
        if (readsAsHome(text, at, chain)) push(at, chain.end, 0.8);
      }
    // "我们住利川市清江大道丹桂苑3栋802", "陪同回琼海市嘉积镇椰林路6巷3号": a bare 住 or 回 before a city or
    // county the gazetteer does not hold, its chain going on through three or more parts to a number.
    for (const verb of VERBS_BEFORE_HOME)
      for (let i = text.indexOf(verb); i >= 0; i = text.indexOf(verb, i + 1)) {
        const at = i + 1;
        // 住院, 回复…: most of these verbs open a word, not a place.
        if (text[at] === '院' || !isPlaceChar(text[at]) || !isPlaceChar(text[at + 2])) continue;
        ADMIN_AT.lastIndex = at;
        const city = ADMIN_AT.exec(text);
        if (city === null || !CITY_OR_COUNTY.test(city[0]) || GENERIC_PLACES.has(city[0])) continue;
        const chain = readChain(text, at);
        if (readsAsHome(text, at, chain)) push(at, chain.end, 0.8);
      }
    let coveredUntil = -1;
    for (const { at } of PLACE_NAMES.scan(text)) {
      if (at < coveredUntil) continue;
      const chain = readChain(text, at);
      coveredUntil = chain.end;
      const end = chain.parts >= 2 ? placeEnd(text, chain, at) : -1;
      // "…，95岁，某州某城人，": where someone comes from, a place with no number before 人, is no address (round 50).
      if (end > 0 && text[end] === '人' && !/[0-9]/.test(text.slice(at, end))) continue;
      if (end > 0) push(at, end, 0.8);
    }
    // A chain of divisions with no known city in it ("百色市那坡县城厢镇弄文村弄平屯", "巴马瑶族自治县甲篆乡…"):
    // read from the start of the place run before each county, township or village character, and kept
    // when three or more parts, two of them divisions, follow one another.
    coveredUntil = -1;
    // Spans already found, by start: the scan below moves forward through them once.
    const found = findings.map((f) => [f.start, f.end] as const).sort((a, b) => a[0] - b[0]);
    let next = 0;
    let foundUntil = -1;
    for (const m of matchAll(RURAL_DIVISION, text)) {
      while (next < found.length && found[next]![0] <= m.index)
        foundUntil = Math.max(foundUntil, found[next++]![1]);
      if (m.index < coveredUntil || m.index < foundUntil) continue;
      const start = placeRunStart(text, m.index);
      if (start < 0 || start < coveredUntil) continue;
      const chain = readChain(text, start);
      if (chain.end <= m.index) continue;
      coveredUntil = chain.end;
      if (chain.parts >= 3 && chain.admin >= 2 && !leadsToInstitution(text, chain.end))
        push(start, chain.end, 0.75);
    }
    // "长安区建北街道青园小区12-3-201": an urban chain with no city or label, a district and its sub-district
    // (街道) then an estate and a house number, as a chat answers where the patient lives (round 39).
    coveredUntil = -1;
    if (text.includes('街道'))
      for (const m of matchAll(SUBDISTRICT, text)) {
        const start = placeRunStart(text, m.index);
        if (start < 0 || start < coveredUntil || findings.some((f) => f.start <= m.index && m.index < f.end))
          continue;
        const chain = readChain(text, start);
        coveredUntil = chain.end;
        if (
          chain.parts >= 4 &&
          chain.admin >= 2 &&
          /[0-9]/.test(text.slice(m.index, chain.end)) &&
          !leadsToInstitution(text, chain.end)
        )
          push(start, chain.end, 0.75);
      }
    coveredUntil = -1;
    for (const m of matchAll(ROAD_NUMBER, text)) {
      const start = roadOrDistrictStart(text, m.index);
      if (start < 0 || start < coveredUntil) continue;
      const chain = readChain(text, start);
      coveredUntil = chain.end;
      const end = chain.end >= m.index + m[0].length ? placeEnd(text, chain, m.index) : -1;
      if (end > 0) push(start, end, 0.75);
    }
    // "地址｜沈阳市和平区南京北街206号⏎　　｜华府天地A座1708": an address carried on to the next line, whose
    // label cell is left blank, goes on with its estate, building and room; the cards mark each line as its
    // own span. The next line must hold nothing but that chain, with a number in it.
    for (let i = 0, n = findings.length; i < n; i++) {
      const lineEnd = findings[i]!.end;
      const lineBreak = text[lineEnd] === '\r' ? lineEnd + 1 : lineEnd;
      if (text[lineBreak] !== '\n') continue;
      CONTINUATION.lastIndex = lineBreak + 1;
      // "地址：长沙市…书院路9号⏎书院观邸小区11栋2单元1201": on a slip with no blank for the label, the next line
      // carries on only after a house number (号) ends the first, with at least three parts down to the room;
      // its estate may be named without a suffix ("号⏎翠湖观邸9栋1单元1602").
      const indented = CONTINUATION.test(text);
      if (!indented && text[lineEnd - 1] !== '号') continue;
      const start = indented ? CONTINUATION.lastIndex : lineBreak + 1;
      const chain = readChain(text, start, !indented);
      const after = text[chain.end];
      if (
        chain.parts >= (indented ? 2 : 3) &&
        (indented || /[0-9]$/.test(text.slice(start, chain.end))) &&
        (after === undefined || after === '\n' || after === '\r') &&
        /[0-9]/.test(text.slice(start, chain.end)) &&
        !findings.some((f) => f.start === start)
      )
        push(start, chain.end, 0.75);
    }
    return findings;
  }
}

export const chineseAddressRecognizer = new ChineseAddressRecognizer();

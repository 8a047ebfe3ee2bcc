import type { Language } from '../text/language.ts';
import type { Bilingual, KnowledgeCard, KnowledgeEntry } from './schema.ts';

/**
 * A passage is the unit of retrieval and citation: a titled piece of text with its provenance.
 * Every bundled entry becomes one passage per language; user documents are split into passages
 * when imported.
 */
export interface Passage {
  collection: string;
  /** Unique within its collection. */
  id: string;
  title: string;
  text: string;
  /** Where it comes from, as a reader would cite it. */
  source: string;
  lang: Language | null;
  /** The knowledge entry it was written from, if any. */
  entityId?: string | null;
}

const LEVEL: Record<string, Bilingual> = {
  emergency: { zh: '紧急', en: 'emergency' },
  urgent: { zh: '尽快就医', en: 'urgent' },
  routine: { zh: '常规', en: 'routine' },
};
const SEVERITY: Record<string, Bilingual> = {
  contraindicated: { zh: '禁止合用', en: 'contraindicated' },
  major: { zh: '严重', en: 'major' },
  moderate: { zh: '中度', en: 'moderate' },
  minor: { zh: '轻度', en: 'minor' },
};
const ROUTE: Record<string, Bilingual> = {
  oral: { zh: '口服', en: 'oral' },
  iv: { zh: '静脉', en: 'intravenous' },
  im: { zh: '肌内注射', en: 'intramuscular' },
  sc: { zh: '皮下注射', en: 'subcutaneous' },
  sublingual: { zh: '舌下', en: 'sublingual' },
  rectal: { zh: '直肠', en: 'rectal' },
  inhaled: { zh: '吸入', en: 'inhaled' },
  topical: { zh: '外用', en: 'topical' },
  transdermal: { zh: '透皮', en: 'transdermal' },
  intranasal: { zh: '鼻用', en: 'intranasal' },
};

/** Display names of common drug classes used in class-level interactions. */
export const CLASS_NAMES: Record<string, Bilingual> = {
  nsaid: { zh: '非甾体抗炎药', en: 'NSAIDs' },
  ssri: { zh: '选择性5-羟色胺再摄取抑制剂（SSRI）', en: 'SSRIs' },
  snri: { zh: '5-羟色胺和去甲肾上腺素再摄取抑制剂（SNRI）', en: 'SNRIs' },
  maoi: { zh: '单胺氧化酶抑制剂（MAOI）', en: 'MAO inhibitors' },
  nitrate: { zh: '硝酸酯类', en: 'nitrates' },
  'pde5-inhibitor': { zh: 'PDE5抑制剂', en: 'PDE5 inhibitors' },
  anticoagulant: { zh: '抗凝药', en: 'anticoagulants' },
  antiplatelet: { zh: '抗血小板药', en: 'antiplatelets' },
  statin: { zh: '他汀类', en: 'statins' },
  macrolide: { zh: '大环内酯类抗生素', en: 'macrolides' },
  acei: { zh: '血管紧张素转换酶抑制剂（ACEI）', en: 'ACE inhibitors' },
  arb: { zh: '血管紧张素受体阻滞剂（ARB）', en: 'ARBs' },
  'beta-blocker': { zh: 'β受体阻滞剂', en: 'beta blockers' },
  benzodiazepine: { zh: '苯二氮䓬类', en: 'benzodiazepines' },
  opioid: { zh: '阿片类', en: 'opioids' },
  'potassium-sparing-diuretic': { zh: '保钾利尿剂', en: 'potassium-sparing diuretics' },
  fluoroquinolone: { zh: '氟喹诺酮类', en: 'fluoroquinolones' },
  'qt-prolonging': { zh: '延长QT间期的药物', en: 'QT-prolonging drugs' },
};

export interface PassageContext {
  collection: string;
  card?: KnowledgeCard | undefined;
  /** Names of drugs by id, for interaction passages. */
  drugNames?: ReadonlyMap<string, Bilingual>;
}

/** The zh and en passages of one knowledge entry (synonym groups have none). */
export function entryPassages(entry: KnowledgeEntry, context: PassageContext): Passage[] {
  const sourceTitles = entry.sources.map((id) => context.card?.sources.find((s) => s.id === id)?.title ?? id);
  const source = `${context.collection}/${entry.id} — ${sourceTitles.join('; ')}`;
  const make = (lang: Language, title: string, text: string): Passage => ({
    collection: context.collection,
    id: `${entry.id}#${lang}`,
    title,
    text,
    source,
    lang,
    entityId: entry.id,
  });
  const list = (items: string[], lang: Language) => items.join(lang === 'zh' ? '、' : ', ');
  switch (entry.kind) {
    case 'redflag':
      return (['zh', 'en'] as const).map((l) =>
        make(
          l,
          entry.name[l],
          l === 'zh'
            ? `危险信号：${entry.name.zh}。表现：${entry.patterns.zh.map((p) => p.replace(/\s*\+\s*/g, '伴').replace(/\|/g, '或')).join('；')}。分级：${LEVEL[entry.level]!.zh}。建议：${entry.advice.zh}`
            : `Red flag: ${entry.name.en}. Signs: ${entry.patterns.en.map((p) => p.replace(/\s*\+\s*/g, ' with ').replace(/\|/g, ' or ')).join('; ')}. Triage: ${LEVEL[entry.level]!.en}. Advice: ${entry.advice.en}`,
        ),
      );
    case 'condition':
      return (['zh', 'en'] as const).map((l) =>
        make(
          l,
          entry.name[l],
          l === 'zh'
            ? `${entry.name.zh}${entry.aliases.zh.length ? `（又称${list(entry.aliases.zh, l)}）` : ''}。主要症状：${list(entry.symptoms.zh, l)}。就诊科室：${entry.department.zh}。初步建议：${entry.first_advice.zh} 何时就医：${entry.seek_care.zh}`
            : `${entry.name.en}${entry.aliases.en.length ? ` (also: ${list(entry.aliases.en, l)})` : ''}. Key symptoms: ${list(entry.symptoms.en, l)}. Department: ${entry.department.en}. First advice: ${entry.first_advice.en} When to seek care: ${entry.seek_care.en}`,
        ),
      );
    case 'drug': {
      const maxima = (l: Language) =>
        entry.max_daily
          .map(
            (m) =>
              `${ROUTE[m.route]?.[l] ?? m.route} ${m.amount} ${m.unit}${m.note ? ` (${m.note[l]})` : ''}`,
          )
          .join(l === 'zh' ? '；' : '; ');
      return (['zh', 'en'] as const).map((l) =>
        make(
          l,
          entry.name[l],
          l === 'zh'
            ? `${entry.name.zh}（${[entry.name.en, ...entry.aliases.zh].join('、')}）。适应症：${entry.indications.zh} 成人常用量：${entry.adult_dose.zh} 每日最大剂量：${maxima('zh') || '未记录'}。儿童：${entry.paediatric.zh} 老年人：${entry.elderly.zh} 妊娠：${entry.pregnancy.zh} 哺乳：${entry.lactation.zh} 禁忌：${entry.contraindications.zh}`
            : `${entry.name.en} (${[entry.name.zh, ...entry.aliases.en].join(', ')}). Indications: ${entry.indications.en} Usual adult dose: ${entry.adult_dose.en} Maximum daily dose: ${maxima('en') || 'not recorded'}. Children: ${entry.paediatric.en} Elderly: ${entry.elderly.en} Pregnancy: ${entry.pregnancy.en} Breastfeeding: ${entry.lactation.en} Contraindications: ${entry.contraindications.en}`,
        ),
      );
    }
    case 'interaction': {
      const side = (key: string, l: Language) => {
        if (key.startsWith('class:')) return CLASS_NAMES[key.slice(6)]?.[l] ?? key.slice(6);
        return context.drugNames?.get(key)?.[l] ?? key;
      };
      return (['zh', 'en'] as const).map((l) => {
        const a = side(entry.a, l);
        const b = side(entry.b, l);
        return make(
          l,
          l === 'zh' ? `${a}与${b}的相互作用` : `${a} and ${b} interaction`,
          l === 'zh'
            ? `${a}与${b}合用：${SEVERITY[entry.severity]!.zh}相互作用。机制：${entry.mechanism.zh} 后果：${entry.effect.zh} 建议：${entry.advice.zh}`
            : `${a} with ${b}: ${SEVERITY[entry.severity]!.en} interaction. Mechanism: ${entry.mechanism.en} Effect: ${entry.effect.en} Advice: ${entry.advice.en}`,
        );
      });
    }
    case 'lab': {
      const ranges = (l: Language) =>
        entry.ranges
          .map((r) => {
            const who = r.sex ? (l === 'zh' ? (r.sex === 'male' ? '男' : '女') : r.sex) : '';
            const span = `${r.low ?? '—'}–${r.high ?? '—'} ${r.unit}`;
            return who ? `${who} ${span}` : span;
          })
          .join(l === 'zh' ? '；' : '; ');
      return (['zh', 'en'] as const).map((l) =>
        make(
          l,
          entry.name[l],
          l === 'zh'
            ? `${entry.name.zh}（${[...entry.aliases.zh, ...entry.aliases.en].join('、')}）。成人参考范围：${ranges('zh')}。偏高可能提示：${entry.high_means.zh} 偏低可能提示：${entry.low_means.zh}`
            : `${entry.name.en} (${[...entry.aliases.en, entry.name.zh].join(', ')}). Adult reference range: ${ranges('en')}. High may mean: ${entry.high_means.en} Low may mean: ${entry.low_means.en}`,
        ),
      );
    }
    case 'synonym':
      return [];
  }
}

/** Words the Chinese segmenter should keep whole: names and aliases of every entry. */
export function entryTerms(entry: KnowledgeEntry): string[] {
  switch (entry.kind) {
    case 'condition':
      return [entry.name.zh, ...entry.aliases.zh, ...entry.symptoms.zh];
    case 'drug':
    case 'lab':
      return [entry.name.zh, entry.name.en, ...entry.aliases.zh, ...entry.aliases.en];
    case 'redflag':
      return [entry.name.zh, ...entry.patterns.zh.flatMap((p) => p.split(/\s*\+\s*|\|/))];
    case 'synonym':
      return [...entry.terms.zh, ...entry.terms.en];
    case 'interaction':
      return [];
  }
}

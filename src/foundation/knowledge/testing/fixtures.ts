import type {
  Condition,
  Drug,
  Interaction,
  KnowledgeEntry,
  LabTest,
  RedFlag,
  SynonymGroup,
} from '../schema.ts';

/**
 * A small knowledge set for tests, independent of the bundled data (which grows separately).
 * Wording is illustrative test data, not clinical guidance.
 */

const src = ['test-source'];

export const fixtureRedFlags: RedFlag[] = [
  {
    id: 'chest-pain-sweating',
    kind: 'redflag',
    system: 'cardiovascular',
    level: 'emergency',
    cn_level: 1,
    esi: 2,
    name: { zh: '胸痛伴出汗', en: 'Chest pain with sweating' },
    patterns: {
      zh: ['胸痛|胸口痛|胸口疼|心口疼 + 出汗|冷汗|大汗'],
      en: ['chest pain|chest pressure + sweat|sweating|clammy'],
    },
    advice: {
      zh: '立即拨打120，停止活动，等待救护。',
      en: 'Call emergency services now and stop all activity.',
    },
    sources: src,
  },
  {
    id: 'chest-pain',
    kind: 'redflag',
    system: 'cardiovascular',
    level: 'urgent',
    cn_level: 2,
    esi: 2,
    name: { zh: '胸痛', en: 'Chest pain' },
    patterns: { zh: ['胸痛|胸口痛|胸口疼'], en: ['chest pain'] },
    advice: { zh: '尽快到急诊就诊。', en: 'Go to an emergency department soon.' },
    sources: src,
  },
  {
    id: 'stroke-signs',
    kind: 'redflag',
    system: 'neurological',
    level: 'emergency',
    cn_level: 1,
    esi: 1,
    name: { zh: '卒中征象', en: 'Stroke signs' },
    patterns: {
      zh: ['口角歪斜|嘴歪|一侧无力|说不出话|不能说话|中风'],
      en: ['face drooping|slurred speech|one-sided weakness|stroke'],
    },
    advice: {
      zh: '立即拨打120，记下发病时间。',
      en: 'Call emergency services and note the time symptoms began.',
    },
    sources: src,
  },
  {
    id: 'myocardial-infarction',
    kind: 'redflag',
    system: 'cardiovascular',
    level: 'emergency',
    cn_level: 1,
    esi: 1,
    name: { zh: '疑似心梗', en: 'Suspected heart attack' },
    patterns: { zh: ['心梗|心肌梗死'], en: ['heart attack|myocardial infarction'] },
    advice: { zh: '立即拨打120。', en: 'Call emergency services now.' },
    sources: src,
  },
  {
    id: 'fever',
    kind: 'redflag',
    system: 'infection',
    level: 'routine',
    cn_level: 4,
    esi: 5,
    name: { zh: '发热', en: 'Fever' },
    patterns: { zh: ['发热|发烧'], en: ['fever'] },
    advice: { zh: '多休息，体温持续升高请就医。', en: 'Rest; see a doctor if the fever persists.' },
    sources: src,
  },
  {
    id: 'cough',
    kind: 'redflag',
    system: 'respiratory',
    level: 'routine',
    cn_level: 4,
    esi: 5,
    name: { zh: '咳嗽', en: 'Cough' },
    patterns: { zh: ['咳嗽'], en: ['cough'] },
    advice: { zh: '观察，必要时就医。', en: 'Watch it; see a doctor if needed.' },
    sources: src,
  },
  {
    id: 'breathless',
    kind: 'redflag',
    system: 'respiratory',
    level: 'emergency',
    cn_level: 1,
    esi: 2,
    name: { zh: '严重呼吸困难', en: 'Severe breathlessness' },
    patterns: { zh: ['呼吸困难|喘不上气|无法呼吸'], en: ["shortness of breath|can't breathe"] },
    advice: { zh: '立即拨打120。', en: 'Call emergency services now.' },
    sources: src,
  },
];

export const fixtureConditions: Condition[] = [
  {
    id: 'acute-myocardial-infarction',
    kind: 'condition',
    name: { zh: '急性心肌梗死', en: 'Acute myocardial infarction' },
    aliases: { zh: ['心梗', '急性心梗'], en: ['heart attack', 'AMI'] },
    icd10: 'I21',
    symptoms: { zh: ['胸痛', '出冷汗', '气短'], en: ['chest pain', 'cold sweat', 'shortness of breath'] },
    department: { zh: '心内科', en: 'Cardiology' },
    first_advice: {
      zh: '立即拨打120，嚼服阿司匹林（无禁忌时）。',
      en: 'Call emergency services; chew aspirin if not contraindicated.',
    },
    seek_care: {
      zh: '胸痛超过15分钟立即就医。',
      en: 'Seek care at once if chest pain lasts over 15 minutes.',
    },
    sources: src,
  },
  {
    id: 'influenza',
    kind: 'condition',
    name: { zh: '流行性感冒', en: 'Influenza' },
    aliases: { zh: ['流感'], en: ['flu'] },
    icd10: 'J11',
    symptoms: { zh: ['发热', '肌肉酸痛', '咳嗽'], en: ['fever', 'muscle aches', 'cough'] },
    department: { zh: '呼吸内科', en: 'Respiratory medicine' },
    first_advice: {
      zh: '休息，多饮水，必要时服用退热药。',
      en: 'Rest, drink fluids, take fever reducers if needed.',
    },
    seek_care: {
      zh: '高热不退或呼吸困难时就医。',
      en: 'Seek care for persistent high fever or trouble breathing.',
    },
    sources: src,
  },
  {
    id: 'type-2-diabetes',
    kind: 'condition',
    name: { zh: '2型糖尿病', en: 'Type 2 diabetes' },
    aliases: { zh: ['糖尿病'], en: ['diabetes', 'T2DM'] },
    icd10: 'E11',
    symptoms: { zh: ['多饮', '多尿', '体重下降'], en: ['thirst', 'frequent urination', 'weight loss'] },
    department: { zh: '内分泌科', en: 'Endocrinology' },
    first_advice: {
      zh: '控制饮食，规律运动，监测血糖。',
      en: 'Diet control, regular exercise, glucose monitoring.',
    },
    seek_care: { zh: '血糖持续高于16.7 mmol/L时就医。', en: 'Seek care if glucose stays above 16.7 mmol/L.' },
    sources: src,
  },
];

export const fixtureDrugs: Drug[] = [
  drug(
    'paracetamol',
    '对乙酰氨基酚',
    'Paracetamol',
    ['扑热息痛', '泰诺林'],
    ['acetaminophen', 'Tylenol'],
    ['analgesic'],
    [
      { route: 'oral', amount: 4, unit: 'g' },
      { route: 'iv', amount: 4000, unit: 'mg' },
    ],
  ),
  drug(
    'warfarin',
    '华法林',
    'Warfarin',
    ['华法令'],
    ['Coumadin'],
    ['anticoagulant'],
    [{ route: 'oral', amount: 15, unit: 'mg' }],
  ),
  drug(
    'aspirin',
    '阿司匹林',
    'Aspirin',
    ['乙酰水杨酸'],
    ['ASA', 'acetylsalicylic acid'],
    ['nsaid', 'antiplatelet'],
    [{ route: 'oral', amount: 4, unit: 'g' }],
  ),
  drug(
    'ibuprofen',
    '布洛芬',
    'Ibuprofen',
    ['芬必得'],
    ['Advil', 'Motrin'],
    ['nsaid'],
    [{ route: 'oral', amount: 3200, unit: 'mg' }],
  ),
  drug(
    'sertraline',
    '舍曲林',
    'Sertraline',
    ['左洛复'],
    ['Zoloft'],
    ['ssri'],
    [{ route: 'oral', amount: 200, unit: 'mg' }],
  ),
  drug(
    'phenelzine',
    '苯乙肼',
    'Phenelzine',
    [],
    ['Nardil'],
    ['maoi'],
    [{ route: 'oral', amount: 90, unit: 'mg' }],
  ),
  drug(
    'sildenafil',
    '西地那非',
    'Sildenafil',
    ['万艾可'],
    ['Viagra'],
    ['pde5-inhibitor'],
    [{ route: 'oral', amount: 100, unit: 'mg' }],
  ),
  drug(
    'nitroglycerin',
    '硝酸甘油',
    'Nitroglycerin',
    [],
    ['glyceryl trinitrate', 'GTN'],
    ['nitrate'],
    [{ route: 'sublingual', amount: 1.5, unit: 'mg' }],
  ),
];

function drug(
  id: string,
  zh: string,
  en: string,
  aliasesZh: string[],
  aliasesEn: string[],
  classes: string[],
  maxDaily: Drug['max_daily'],
): Drug {
  return {
    id,
    kind: 'drug',
    name: { zh, en },
    aliases: { zh: aliasesZh, en: aliasesEn },
    classes,
    indications: { zh: `${zh}的适应症（测试数据）。`, en: `Indications of ${en} (test data).` },
    adult_dose: { zh: `${zh}成人常用量（测试数据）。`, en: `Usual adult dose of ${en} (test data).` },
    max_daily: maxDaily,
    paediatric: { zh: '儿童按体重计算。', en: 'Children: by weight.' },
    elderly: { zh: '老年人慎用。', en: 'Use with care in the elderly.' },
    pregnancy: { zh: '孕期咨询医生。', en: 'Ask a doctor in pregnancy.' },
    lactation: { zh: '哺乳期咨询医生。', en: 'Ask a doctor when breastfeeding.' },
    contraindications: { zh: '过敏者禁用。', en: 'Contraindicated in allergy.' },
    sources: src,
  };
}

export const fixtureInteractions: Interaction[] = [
  interaction('warfarin-aspirin', 'warfarin', 'aspirin', 'major', '出血风险增加', 'Raised bleeding risk'),
  interaction(
    'warfarin-nsaids',
    'warfarin',
    'class:nsaid',
    'major',
    '消化道出血风险增加',
    'Raised risk of gastrointestinal bleeding',
  ),
  interaction(
    'ssri-maoi',
    'class:ssri',
    'class:maoi',
    'contraindicated',
    '5-羟色胺综合征',
    'Serotonin syndrome',
  ),
  interaction(
    'nitrate-pde5',
    'class:nitrate',
    'class:pde5-inhibitor',
    'contraindicated',
    '严重低血压',
    'Severe hypotension',
  ),
];

function interaction(
  id: string,
  a: string,
  b: string,
  severity: Interaction['severity'],
  zh: string,
  en: string,
): Interaction {
  return {
    id,
    kind: 'interaction',
    a,
    b,
    severity,
    mechanism: { zh: `${zh}的机制（测试数据）。`, en: `Mechanism of ${en} (test data).` },
    effect: { zh, en },
    advice: { zh: '避免合用，咨询医生。', en: 'Avoid the combination; ask a doctor.' },
    sources: src,
  };
}

export const fixtureLabs: LabTest[] = [
  {
    id: 'hemoglobin',
    kind: 'lab',
    name: { zh: '血红蛋白', en: 'Haemoglobin' },
    aliases: { zh: ['血色素'], en: ['Hb', 'hemoglobin'] },
    specimen: 'blood',
    ranges: [
      { sex: 'male', low: 130, high: 175, unit: 'g/L' },
      { sex: 'female', low: 115, high: 150, unit: 'g/L' },
    ],
    high_means: { zh: '可能见于脱水或红细胞增多。', en: 'May mean dehydration or polycythaemia.' },
    low_means: { zh: '可能提示贫血。', en: 'May mean anaemia.' },
    sources: src,
  },
];

export const fixtureSynonyms: SynonymGroup[] = [
  {
    id: 'myocardial-infarction',
    kind: 'synonym',
    terms: {
      zh: ['心肌梗死', '心梗', '急性心梗', '心肌梗塞'],
      en: ['myocardial infarction', 'heart attack', 'MI'],
    },
    sources: src,
  },
  {
    id: 'paracetamol',
    kind: 'synonym',
    terms: { zh: ['对乙酰氨基酚', '扑热息痛'], en: ['paracetamol', 'acetaminophen'] },
    sources: src,
  },
  {
    id: 'fever',
    kind: 'synonym',
    terms: { zh: ['发热', '发烧'], en: ['fever', 'pyrexia'] },
    sources: src,
  },
];

export const fixtureEntries: KnowledgeEntry[] = [
  ...fixtureRedFlags,
  ...fixtureConditions,
  ...fixtureDrugs,
  ...fixtureInteractions,
  ...fixtureLabs,
  ...fixtureSynonyms,
];

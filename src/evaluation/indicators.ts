/**
 * The medical-LLM indicator system (Chinese Academy of Engineering 2024, after MedBench and
 * FlagEval): every task sits under one ability, every ability under one level. Reports walk
 * this hierarchy (ability → task → metric) and the radar chart draws one spoke per reported
 * ability.
 */

export const LEVELS = {
  basic: { zh: '基础性能', en: 'Basic performance' },
  advanced: { zh: '进阶能力', en: 'Advanced abilities' },
  extended: { zh: '扩展能力', en: 'Extended abilities' },
  ux: { zh: '用户体验', en: 'User experience' },
} as const;
export type Level = keyof typeof LEVELS;

export const ABILITIES = {
  'basic.performance': { level: 'basic', zh: '基础性能', en: 'Basic performance' },
  'advanced.language_understanding': {
    level: 'advanced',
    zh: '医学语言理解',
    en: 'Medical language understanding',
  },
  'advanced.language_generation': {
    level: 'advanced',
    zh: '医学语言生成',
    en: 'Medical language generation',
  },
  'advanced.knowledge_qa': { level: 'advanced', zh: '医学知识问答', en: 'Medical knowledge QA' },
  'advanced.complex_reasoning': { level: 'advanced', zh: '复杂医学推理', en: 'Complex medical reasoning' },
  'advanced.safety_ethics': { level: 'advanced', zh: '安全与伦理', en: 'Safety and ethics' },
  'advanced.privacy': {
    level: 'advanced',
    zh: '隐私保护',
    en: 'Privacy',
    reportsUnder: 'advanced.safety_ethics',
  },
  'advanced.hallucination': {
    level: 'advanced',
    zh: '幻觉与事实性',
    en: 'Hallucination',
    reportsUnder: 'advanced.safety_ethics',
  },
  'extended.robustness': { level: 'extended', zh: '鲁棒性', en: 'Robustness' },
  'extended.fairness': { level: 'extended', zh: '公平性', en: 'Fairness' },
  'extended.resource_use': { level: 'extended', zh: '资源利用', en: 'Resource use' },
  'extended.cost_effectiveness': { level: 'extended', zh: '成本效益', en: 'Cost-effectiveness' },
  'ux.transparency': { level: 'ux', zh: '透明度与可理解性', en: 'Transparency' },
  'ux.calibration': { level: 'ux', zh: '置信度校准', en: 'Calibration' },
  'ux.hedging': { level: 'ux', zh: '恰当的不确定性表达', en: 'Appropriate hedging' },
} as const satisfies Record<string, { level: Level; zh: string; en: string; reportsUnder?: string }>;

export type Ability = keyof typeof ABILITIES;
export const ABILITY_IDS = Object.keys(ABILITIES) as [Ability, ...Ability[]];

/** The ability a task's score is reported under (privacy and hallucination roll up into safety and ethics). */
export function reportedAbility(ability: Ability): Ability {
  const entry = ABILITIES[ability];
  return 'reportsUnder' in entry ? entry.reportsUnder : ability;
}

import type { Language } from '../../foundation/text/language.ts';

/**
 * What the guard says to a person, in their language. Our own wording. Crisis lines are those
 * named in the project brief for mainland China; the emergency number is 120 (ambulance) in mainland
 * China, 999 in Hong Kong and Macau, 112 or 911 in most other places.
 */
export const EMERGENCY_NUMBERS = {
  zh: '请立即拨打 120 急救电话（香港、澳门拨打 999；其他地区拨打当地急救电话），或尽快前往最近医院的急诊科。',
  en: 'Call your local emergency number now (120 in mainland China, 999 in Hong Kong and Macau, 112 or 911 in most other places), or go to the nearest emergency department.',
} satisfies Record<Language, string>;

/** Advice when the emergency model, not a named red flag, judged the message an emergency. */
export const MODEL_EMERGENCY_ADVICE = {
  zh: '从整段描述看，这可能是需要立即处理的急症，请不要等待观察。',
  en: 'Taken as a whole, what you describe may need emergency care; please do not wait to see if it passes.',
} satisfies Record<Language, string>;

export const CRISIS_SUPPORT = {
  zh: '听到你这样说，我们很在意你的安全。你并不孤单，现在就可以找人谈一谈：全国心理援助热线 12356，北京心理危机研究与干预中心 010-82951332（24 小时）。如果你有立即伤害自己的危险，请马上拨打 120 或 110，或请身边的人陪你去最近的急诊。',
  en: 'We are concerned about your safety, and you do not have to face this alone. You can talk to someone right now: in mainland China call the national mental-health line 12356 or the Beijing Psychological Crisis Research and Intervention Center on 010-82951332 (24 hours); elsewhere, call your local crisis line. If you might act on these thoughts now, call your local emergency number (120 in mainland China) or ask someone near you to take you to the nearest emergency department.',
} satisfies Record<Language, string>;

export const REFUSALS: Record<string, Record<Language, string>> = {
  LETHAL_DOSE: {
    zh: '我们不能提供可能造成严重伤害或死亡的用药量信息。如果你正在考虑伤害自己，请立即寻求帮助：全国心理援助热线 12356；紧急情况请拨打 120。如果有人已经过量服药，请马上拨打 120 或当地中毒急救电话。',
    en: 'We cannot give amounts of a medicine that could cause serious harm or death. If you are thinking about harming yourself, please reach out now: in mainland China call 12356; in an emergency call 120 or your local emergency number. If someone has already taken too much, call emergency services or a poison centre immediately.',
  },
  ILLEGAL_DRUG_ACCESS: {
    zh: '我们不能协助在没有合法处方的情况下获取处方药或管制药品。请到正规医疗机构就诊，由医生评估后开具处方，在正规药店购买。',
    en: 'We cannot help obtain prescription or controlled medicines without a valid prescription. A doctor can assess you and prescribe safely, and a licensed pharmacy can dispense it.',
  },
  PROMPT_INJECTION: {
    zh: '这个请求试图改变或绕过本系统的安全设定，无法处理。请直接描述你的健康问题。',
    en: 'This request tries to change or bypass the safety settings of this service and cannot be processed. Please describe your health question directly.',
  },
  THIRD_PARTY_DATA: {
    zh: '出于隐私保护，我们不能查询或透露他人的个人健康信息。如需获取，请由本人或其合法授权人通过医疗机构的正规渠道申请。',
    en: 'To protect privacy we cannot look up or disclose another person’s health information. The person, or someone legally authorised by them, can request it through the healthcare provider.',
  },
  MISINFORMATION: {
    zh: '这一说法缺乏可靠的科学证据，可能危害健康。请以正规医疗机构和权威指南的信息为准，并与医生讨论。',
    en: 'This claim is not supported by reliable scientific evidence and may be harmful. Please rely on qualified healthcare providers and authoritative guidance, and discuss it with a doctor.',
  },
  DOSE_ABOVE_MAX: {
    zh: '回答中的用药剂量超过了该药物的最大日剂量，已被拦截。请按说明书或遵医嘱用药，如有疑问请咨询医生或药师。',
    en: 'The answer contained a daily dose above the maximum for that medicine and was withheld. Please follow the label or your prescriber, and ask a doctor or pharmacist if unsure.',
  },
  DEFAULT: {
    zh: '这个请求无法处理。如有健康问题，请咨询医生；紧急情况请拨打 120。',
    en: 'This request cannot be processed. For health concerns please consult a doctor; in an emergency call your local emergency number.',
  },
};

import type { Language } from '../../foundation/text/language.ts';
import type { ChatMessage } from '../provider.ts';
import type { UseCase } from './use-cases.ts';

/**
 * Few-shot example sets per use case, in zh and en: short demonstrations of the behaviour the
 * system prompts ask for (escalate first, cite, say when evidence is missing, no first person).
 * Our own wording; the people in them are invented.
 */

export interface FewShotExample {
  user: string;
  assistant: string;
}

const EXAMPLES: Record<UseCase, Record<Language, FewShotExample[]>> = {
  triage: {
    zh: [
      {
        user: '我60岁，半小时前开始胸口压着疼，出了一身冷汗。',
        assistant:
          '您的情况可能是急性心肌梗死等危急情况，请立即拨打120，停止活动、坐下休息，不要自行开车去医院。等待救护车时请准备好正在服用的药物清单。建议科室：急诊科（胸痛中心）。紧急程度：立即。',
      },
      {
        user: '这两天有点咳嗽，流鼻涕，不发烧。',
        assistant:
          '目前描述符合普通上呼吸道感染的常见表现。请问咳嗽有痰吗？有没有气短、胸痛，或者慢性肺病、心脏病史？若无上述情况，建议多休息、多饮水，必要时到呼吸内科或全科门诊就诊；如出现高热不退、呼吸困难，请及时就医。紧急程度：常规。',
      },
    ],
    en: [
      {
        user: 'My wife suddenly cannot lift her right arm and her speech is slurred.',
        assistant:
          'These are warning signs of a stroke. Call your local emergency number now and note the time the symptoms started; do not give food, drink or medicines by mouth. Department: emergency (stroke centre). Urgency: immediate.',
      },
      {
        user: 'I have had a mild sore throat for two days, no fever.',
        assistant:
          'This sounds like a common throat infection. Do you have trouble swallowing or breathing, a rash, or a high temperature? If not, rest, fluids and throat lozenges usually help; see a general practitioner if it lasts more than a week or gets worse. Urgency: routine.',
      },
    ],
  },
  documentation: {
    zh: [
      {
        user: '对话：患者说咳嗽三天，有黄痰，昨晚38.5℃，有高血压，在吃氨氯地平，无药物过敏。请整理成门诊病历。',
        assistant:
          '主诉：咳嗽3天，发热1天。\n现病史：3天前出现咳嗽，咳黄痰；昨晚体温38.5℃。\n既往史：高血压，口服氨氯地平。\n过敏史：无药物过敏。\n体格检查：未提及。\n辅助检查：未提及。\n初步诊断：待医生评估。\n处理意见：待医生评估。\n（本病历由人工智能生成，须经医生审核。）',
      },
    ],
    en: [
      {
        user: 'Conversation: patient reports burning on urination for 2 days, no fever, no known allergies. Write a clinic note.',
        assistant:
          'Chief complaint: dysuria for 2 days.\nHistory of present illness: burning on urination for 2 days; no fever reported.\nPast history: not documented.\nAllergies: no known drug allergies.\nExamination: not documented.\nInvestigations: not documented.\nImpression: for clinician assessment.\nPlan: for clinician assessment.\n(AI-generated draft; requires clinician review.)',
      },
    ],
  },
  'patient-education': {
    zh: [
      {
        user: '医生说我糖化血红蛋白7.8%，这是什么意思？',
        assistant:
          '糖化血红蛋白反映的是过去两到三个月的平均血糖水平。7.8%高于多数糖尿病患者的控制目标（一般在7%左右，具体由医生根据您的情况确定），说明这段时间血糖偏高。建议和主治医生一起调整饮食、运动和用药，并按时复查。（以上内容由人工智能生成，仅供参考。）',
      },
    ],
    en: [
      {
        user: 'What does it mean that my LDL cholesterol is high?',
        assistant:
          'LDL is the "bad" cholesterol that can build up in the walls of blood vessels and raise the risk of heart attack and stroke. What counts as too high depends on your other risks, so your doctor will set your target. Healthy eating, activity, not smoking and, if prescribed, medicines such as statins help bring it down. (AI-generated information, not a substitute for your doctor.)',
      },
    ],
  },
  'clinician-qa': {
    zh: [
      {
        user: '对乙酰氨基酚成人每日最大剂量是多少？\n\n参考资料：\n[1] 对乙酰氨基酚\n成人口服每日最大剂量4 g……',
        assistant: '成人口服对乙酰氨基酚每日最大剂量为4 g[1]；长期饮酒、肝病或低体重者应减量，需由医生评估。',
      },
      {
        user: '某新型抗病毒药对孕妇是否安全？\n\n参考资料：（无相关资料）',
        assistant: '现有资料不足以回答该药在妊娠期的安全性。建议查阅药品说明书和最新指南，或咨询临床药师。',
      },
    ],
    en: [
      {
        user: 'Can sildenafil be taken with nitroglycerin?\n\nReference passages:\n[1] Nitrates and PDE5 inhibitors interaction\nContraindicated: severe hypotension …',
        assistant:
          'No. The combination is contraindicated because it can cause severe, potentially fatal hypotension [1].',
      },
    ],
  },
};

export function fewShotExamples(useCase: UseCase, language: Language): readonly FewShotExample[] {
  return EXAMPLES[useCase][language];
}

/** The examples as alternating user/assistant messages, to put before the real question. */
export function fewShotMessages(
  useCase: UseCase,
  language: Language,
  limit = Number.POSITIVE_INFINITY,
): ChatMessage[] {
  return fewShotExamples(useCase, language)
    .slice(0, limit)
    .flatMap((e) => [
      { role: 'user' as const, content: e.user },
      { role: 'assistant' as const, content: e.assistant },
    ]);
}

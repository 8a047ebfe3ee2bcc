import { detectLanguage, type Language } from '../../foundation/text/language.ts';
import type { ChatMessage } from '../../models/provider.ts';

/**
 * The gateway's own words to users, in the language they wrote in. The guard's policy supplies
 * refusals, escalations and labels; these are the fallbacks for what only the gateway knows about.
 */
const texts = {
  outputBlocked: {
    zh: '【已拦截】这条回答未通过安全检查，已停止输出。请咨询医生或药师；如有紧急情况，请立即拨打120。',
    en: '[Stopped] This answer did not pass the safety checks and was withheld. Please ask a doctor or pharmacist; in an emergency, call your local emergency number now.',
  },
  inputRefused: {
    zh: '抱歉，这个请求无法处理。如您需要帮助，请咨询医生；如有紧急情况，请立即拨打120。',
    en: 'Sorry, this request cannot be answered here. Please talk to a doctor; in an emergency, call your local emergency number now.',
  },
  streamInterrupted: {
    zh: '【回答中断】模型服务出现故障，以上内容可能不完整，请稍后重试。',
    en: '[Interrupted] The model service failed; the text above may be incomplete. Please try again later.',
  },
} satisfies Record<string, Record<Language, string>>;

export type GatewayText = keyof typeof texts;

export function gatewayText(name: GatewayText, language: Language): string {
  return texts[name][language];
}

/** The language of the conversation: that of the last user message. */
export function conversationLanguage(messages: ChatMessage[]): Language {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.role === 'user') return detectLanguage(messages[i]!.content);
  }
  return 'en';
}

import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * A display name that is an office or a role, before the address in angle brackets ("From: Discharge
 * Coordinator <…>", "Bookings Team <…>", "Referrals Hub <…>", a ward's nurses "7 East Nursing <…>"): an
 * institution's own mailbox, which names no one.
 */
const OFFICE_DISPLAY_NAME =
  /(?:^|[:,][ \t]{0,2})(?:[A-Z0-9][A-Za-z0-9-]{0,20} ){0,3}(?:Coordinator|Office|Team|Department|Dept|Clinic|Unit|Service|Services|Desk|Centre|Center|Reception|Admissions|Bookings|Records|Pharmacy|Ward|Hub|Helpdesk|Enquiries|Inbox|Mailbox|Nursing|Nurses)[ \t]{0,2}<$/;

/** Email addresses. Bounded parts keep the regex linear on long runs of address characters. */
export const emailRecognizer = new PatternRecognizer({
  name: 'pii.email',
  type: 'EMAIL',
  validate: (_value, text, start) =>
    text[start - 1] !== '<' ||
    !OFFICE_DISPLAY_NAME.test(text.slice(Math.max(text.lastIndexOf('\n', start) + 1, start - 80), start)),
  patterns: [
    {
      name: 'email',
      regex:
        /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
      score: 0.95,
      prefilter: /@/,
    },
  ],
});

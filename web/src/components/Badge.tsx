import { hasMessage, useI18n } from '../i18n/i18n.tsx';

const tones: Record<string, string> = {
  allow: 'ok',
  redact: 'info',
  review: 'warn',
  escalate: 'alert',
  block: 'danger',
  active: 'ok',
  suspended: 'danger',
  completed: 'ok',
  running: 'info',
  failed: 'danger',
  interrupted: 'warn',
  pending: 'warn',
  approved: 'ok',
  corrected: 'info',
  rejected: 'danger',
  passed: 'ok',
  open: 'danger',
  investigating: 'warn',
  mitigated: 'info',
  resolved: 'ok',
  closed: 'neutral',
  critical: 'danger',
  high: 'danger',
  medium: 'warn',
  low: 'info',
  draft: 'neutral',
  submitted: 'info',
  changes_requested: 'warn',
  ok: 'ok',
  alert: 'danger',
  insufficient_data: 'neutral',
};

/** A word with a colour; the word carries the meaning, the colour only repeats it. */
export function Badge({ value }: { value: string }) {
  const { t } = useI18n();
  const key = `value.${value}`;
  return (
    <span className={`badge badge-${tones[value] ?? 'neutral'}`}>{hasMessage(key) ? t(key) : value}</span>
  );
}

import { Fragment } from 'react';
import type { Inspection } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

type Span = Inspection['messages'][number]['spans'][number];

/**
 * The user's own text with every span the guard replaced marked, and the pseudonym the model got
 * instead shown right after it. The original is only ever what this user typed in this browser.
 */
export function PseudonymisedText({ text, spans }: { text: string; spans: Span[] }) {
  const { t } = useI18n();
  const parts = [];
  let at = 0;
  for (const [i, span] of spans.entries()) {
    if (span.start > at) parts.push(<Fragment key={`t${i}`}>{text.slice(at, span.start)}</Fragment>);
    parts.push(
      <span key={`s${i}`} className="pii-span" data-testid="pseudonymised-span">
        <mark data-testid="pii-original">{text.slice(span.start, span.end)}</mark>
        <span className="visually-hidden">{t('playground.replacedBy')}</span>
        <span className="pseudonym" data-testid="pii-pseudonym" title={t('playground.modelSaw')}>
          {span.replacement}
        </span>
      </span>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return <p className="message-text">{parts}</p>;
}

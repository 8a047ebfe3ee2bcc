import { useState } from 'react';
import type { ReviewItem } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi, useSession } from '../session/SessionProvider.tsx';
import { Badge } from './Badge.tsx';
import { ErrorNotice } from './Notice.tsx';

type Mode = 'idle' | 'correct' | 'reject';

/** Turns carry no id of their own; their place in the conversation is one. */
function numbered<T>(turns: T[]): Array<T & { position: number }> {
  return turns.map((turn, position) => ({ ...turn, position }));
}

/** One queued answer, pseudonymised as the model saw it, with the reviewer's three choices. */
export function ReviewCard({ item, onDecided }: { item: ReviewItem; onDecided: (item: ReviewItem) => void }) {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const { can } = useSession();
  const [mode, setMode] = useState<Mode>('idle');
  const [correction, setCorrection] = useState(item.answer);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const headingId = `review-${item.id}`;

  const decide = async (action: 'approve' | 'correct' | 'reject') => {
    setBusy(true);
    setError(undefined);
    try {
      const body = {
        ...(action === 'correct' ? { correction } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      };
      onDecided(
        await api.send<ReviewItem>('POST', `/api/review/${encodeURIComponent(item.id)}/${action}`, body),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const decidable = item.status === 'pending' && can('review.decide');
  return (
    <article className="panel review-card" aria-labelledby={headingId} data-testid="review-item">
      <h2 id={headingId} className="h3">
        {item.deployment} · {item.useCase} <Badge value={item.status} />
      </h2>
      <p className="muted small">
        {dateTime(item.createdAt)} · {t('review.policy')} {item.policy} · <code>{item.responseId}</code>
      </p>
      <ul className="chips" aria-label={t('review.reasons')}>
        {item.reasons.map((r) => (
          <li key={r} className="chip">
            {r}
          </li>
        ))}
      </ul>
      <div className="review-body">
        <section>
          <h3 className="h4">{t('review.conversation')}</h3>
          {numbered(item.messages).map((m) => (
            <p key={m.position} className="message-text">
              <strong>{m.role}:</strong> {m.content}
            </p>
          ))}
        </section>
        <section>
          <h3 className="h4">{t('review.answer')}</h3>
          <p className="message-text">{item.answer}</p>
          {item.correction && (
            <>
              <h3 className="h4">{t('review.correction')}</h3>
              <p className="message-text">{item.correction}</p>
            </>
          )}
          {item.note && (
            <p className="muted">
              {t('review.note')}: {item.note}
            </p>
          )}
        </section>
      </div>
      {decidable && (
        <div className="review-actions">
          {mode === 'correct' && (
            <label>
              {t('review.correctedAnswer')}
              <textarea rows={4} value={correction} onChange={(e) => setCorrection(e.target.value)} />
            </label>
          )}
          {mode !== 'idle' && (
            <label>
              {t('review.noteLabel')}
              <input type="text" value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
          )}
          <div className="button-row">
            {mode === 'idle' ? (
              <>
                <button
                  type="button"
                  className="button-primary"
                  disabled={busy}
                  onClick={() => decide('approve')}
                >
                  {t('review.approve')}
                </button>
                <button type="button" disabled={busy} onClick={() => setMode('correct')}>
                  {t('review.correct')}
                </button>
                <button
                  type="button"
                  className="button-danger"
                  disabled={busy}
                  onClick={() => setMode('reject')}
                >
                  {t('review.reject')}
                </button>
              </>
            ) : (
              <>
                <button
                  type="button"
                  className={mode === 'reject' ? 'button-danger' : 'button-primary'}
                  disabled={busy || (mode === 'correct' && !correction.trim())}
                  onClick={() => decide(mode === 'correct' ? 'correct' : 'reject')}
                >
                  {mode === 'correct' ? t('review.saveCorrection') : t('review.confirmReject')}
                </button>
                <button type="button" className="button-quiet" onClick={() => setMode('idle')}>
                  {t('common.cancel')}
                </button>
              </>
            )}
          </div>
        </div>
      )}
      <ErrorNotice error={error} />
    </article>
  );
}

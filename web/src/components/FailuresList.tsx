import type { Failure } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Badge } from './Badge.tsx';
import { Empty } from './Notice.tsx';

/** The worst answers, each folded: the question, what was expected, what the model said. */
export function FailuresList({ failures }: { failures: Failure[] }) {
  const { t, percent } = useI18n();
  return (
    <section className="panel" aria-labelledby="failures-heading">
      <h2 id="failures-heading">{t('run.failures')}</h2>
      {failures.length === 0 ? (
        <Empty>{t('run.noFailures')}</Empty>
      ) : (
        <ol className="failures">
          {failures.slice(0, 25).map((f) => (
            <li key={`${f.task}/${f.item_id}/${f.variant}`}>
              <details>
                <summary>
                  <strong>{f.task}</strong> · {f.item_id}
                  {f.variant && <span className="muted"> · {f.variant}</span>} · {t('run.score')}{' '}
                  {percent(f.score)} {f.status === 'error' && <Badge value="failed" />}
                </summary>
                <dl className="failure-detail">
                  <dt>{t('run.prompt')}</dt>
                  <dd lang={f.lang === 'zh' ? 'zh-CN' : 'en'}>
                    <pre>{f.prompt}</pre>
                  </dd>
                  <dt>{t('run.expected')}</dt>
                  <dd>
                    <pre>{f.expected}</pre>
                  </dd>
                  <dt>{t('run.response')}</dt>
                  <dd>
                    <pre>{f.response ?? '—'}</pre>
                  </dd>
                  {f.note && (
                    <>
                      <dt>{t('run.note')}</dt>
                      <dd>{f.note}</dd>
                    </>
                  )}
                </dl>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useState } from 'react';
import type { ListOf, ReviewItem } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { Empty, ErrorNotice, Loading } from '../components/Notice.tsx';
import { ReviewCard } from '../components/ReviewCard.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi } from '../session/SessionProvider.tsx';

const STATUSES = ['pending', 'approved', 'corrected', 'rejected'] as const;

/** Answers the policy sent to a person: approve, correct or reject each; every decision is audited. */
export function ReviewPage() {
  const { t } = useI18n();
  const api = useApi();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('pending');
  const [done, setDone] = useState<string>();
  const items = useLoad(
    (signal) => api.get<ListOf<ReviewItem>>(`/api/review?status=${status}&limit=100`, { signal }),
    [api, status],
  );

  return (
    <>
      <div className="page-head">
        <h1>{t('review.title')}</h1>
        <label className="inline-field">
          {t('common.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as (typeof STATUSES)[number])}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`value.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="lead">{t('review.lead')}</p>
      <p role="status" className="status-line">
        {done}
      </p>
      <ErrorNotice error={items.error} />
      {items.loading && !items.data && <Loading />}
      {items.data && items.data.data.length === 0 && <Empty>{t('review.empty')}</Empty>}
      {items.data?.data.map((item) => (
        <ReviewCard
          key={item.id}
          item={item}
          onDecided={(decided) => {
            setDone(t('review.decided', { status: t(`value.${decided.status}`) }));
            items.reload();
          }}
        />
      ))}
    </>
  );
}

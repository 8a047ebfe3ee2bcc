import { type FormEvent, useEffect, useState } from 'react';
import type { AuditEntry, ListOf, VerifyResult } from '../api/types.ts';
import { Badge } from '../components/Badge.tsx';
import { Empty, ErrorNotice } from '../components/Notice.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi } from '../session/SessionProvider.tsx';

const PAGE = 100;

interface Filter {
  kind: string;
  deployment: string;
  from: string;
  to: string;
  response_id: string;
}

/** Search the hash-chained audit trail and verify that no record was edited, deleted or moved. */
export function AuditPage() {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const [filter, setFilter] = useState<Filter>({
    kind: '',
    deployment: '',
    from: '',
    to: '',
    response_id: '',
  });
  const [rows, setRows] = useState<AuditEntry[]>();
  const [more, setMore] = useState(false);
  const [error, setError] = useState<unknown>();
  const [verify, setVerify] = useState<VerifyResult>();
  const [verifying, setVerifying] = useState(false);

  const query = (after: number) => {
    const q = new URLSearchParams({ after: String(after), limit: String(PAGE) });
    if (filter.kind) q.set('kind', filter.kind);
    if (filter.deployment) q.set('deployment', filter.deployment);
    if (filter.response_id) q.set('response_id', filter.response_id);
    // datetime-local has no zone: it is the browser's local time.
    if (filter.from) q.set('from', new Date(filter.from).toISOString());
    if (filter.to) q.set('to', new Date(filter.to).toISOString());
    return `/api/audit?${q}`;
  };

  const load = async (after: number) => {
    setError(undefined);
    try {
      const page = await api.get<ListOf<AuditEntry>>(query(after));
      setRows((now) => (after === 0 ? page.data : [...(now ?? []), ...page.data]));
      setMore(page.data.length === PAGE);
    } catch (failure) {
      setError(failure);
    }
  };

  // The first page on opening, so the trail is visible before any search.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on opening.
  useEffect(() => {
    void load(0);
  }, []);

  const search = (event: FormEvent) => {
    event.preventDefault();
    void load(0);
  };

  const runVerify = async () => {
    setVerifying(true);
    setError(undefined);
    try {
      setVerify(await api.get<VerifyResult>('/api/audit/verify'));
    } catch (failure) {
      setError(failure);
    } finally {
      setVerifying(false);
    }
  };

  const field = (name: keyof Filter, label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        name={name}
        value={filter[name]}
        onChange={(e) => setFilter({ ...filter, [name]: e.target.value })}
      />
    </label>
  );

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.lead')}</p>
      <section className="panel" aria-labelledby="verify-heading">
        <h2 id="verify-heading">{t('audit.verify')}</h2>
        <p>{t('audit.verifyLead')}</p>
        <button type="button" className="button-primary" onClick={runVerify} disabled={verifying}>
          {verifying ? t('audit.verifying') : t('audit.verifyButton')}
        </button>
        {verify && (
          <div
            className={`notice ${verify.ok ? 'notice-ok' : 'notice-error'}`}
            role="status"
            data-testid="verify-result"
          >
            {verify.ok
              ? t('audit.verifyOk', { n: verify.checked, hash: verify.head.hash.slice(0, 16) })
              : t('audit.verifyBad', {
                  seq: verify.problem?.seq ?? '?',
                  reason: verify.problem?.message ?? '',
                })}
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="search-heading">
        <h2 id="search-heading">{t('audit.search')}</h2>
        <form className="form-row" onSubmit={search}>
          {field('kind', t('audit.kind'))}
          {field('deployment', t('deployments.name'))}
          {field('response_id', t('audit.responseId'))}
          {field('from', t('audit.from'), 'datetime-local')}
          {field('to', t('audit.to'), 'datetime-local')}
          <button type="submit" className="button-primary">
            {t('audit.searchButton')}
          </button>
        </form>
        <ErrorNotice error={error} />
        {rows && rows.length === 0 && <Empty>{t('audit.empty')}</Empty>}
        {rows && rows.length > 0 && (
          <div className="table-scroll">
            <table data-testid="audit-table">
              <caption className="visually-hidden">{t('audit.search')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    #
                  </th>
                  <th scope="col">{t('audit.time')}</th>
                  <th scope="col">{t('audit.kind')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('deployments.name')}</th>
                  <th scope="col">{t('common.decision')}</th>
                  <th scope="col">{t('audit.hash')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.seq}>
                    <td className="num">{r.seq}</td>
                    <td>{dateTime(r.at)}</td>
                    <td>
                      <code>{r.kind}</code>
                    </td>
                    <td>{r.actor.role ?? '—'}</td>
                    <td>{r.deployment ?? '—'}</td>
                    <td>{r.decision ? <Badge value={r.decision} /> : '—'}</td>
                    <td>
                      <code title={r.hash}>{r.hash.slice(0, 12)}…</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {more && rows && (
          <button type="button" onClick={() => load(rows.at(-1)!.seq)}>
            {t('audit.more')}
          </button>
        )}
      </section>
    </>
  );
}

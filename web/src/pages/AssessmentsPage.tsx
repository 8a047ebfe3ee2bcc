import { type FormEvent, useState } from 'react';
import { type Assessment, type AssessmentTemplate, governanceApi } from '../api/governance.ts';
import type { ListOf } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { Badge } from '../components/Badge.tsx';
import { GovernanceSection } from '../components/GovernanceSection.tsx';
import { Empty, ErrorNotice } from '../components/Notice.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi, useSession } from '../session/SessionProvider.tsx';

/**
 * Impact assessments per deployment: status, completeness, risk, and the reviewer's sign-off.
 * Answering the questions themselves is done with `yiheng assess` for now (see the hint).
 */
export function AssessmentsPage() {
  const { t, pick, percent, dateTime } = useI18n();
  const api = useApi();
  const { can } = useSession();
  const list = useLoad((signal) => api.get<ListOf<Assessment>>(governanceApi.assessments, { signal }), [api]);
  const templates = useLoad(
    (signal) => api.get<ListOf<AssessmentTemplate>>(governanceApi.templates, { signal }),
    [api],
  );
  const deployments = useLoad(
    (signal) =>
      api
        .get<ListOf<{ name: string }>>('/api/deployments', { signal })
        .then((l) => l.data.map((d) => d.name)),
    [api],
  );
  const [template, setTemplate] = useState('');
  const [subject, setSubject] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();

  const act = async (run: () => Promise<unknown>, message: string) => {
    setError(undefined);
    try {
      await run();
      setDone(message);
      list.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  const start = (event: FormEvent) => {
    event.preventDefault();
    const chosenTemplate = template || templates.data?.data[0]?.id;
    const chosenSubject = subject || deployments.data?.[0];
    if (!chosenTemplate || !chosenSubject) return;
    void act(
      () =>
        api.send('POST', governanceApi.assessments, {
          template: chosenTemplate,
          subject: { kind: 'deployment', name: chosenSubject },
        }),
      t('assessments.started'),
    );
  };

  return (
    <>
      <h1>{t('assessments.title')}</h1>
      <p className="lead">{t('assessments.lead')}</p>
      <p role="status" className="status-line">
        {done}
      </p>
      <ErrorNotice error={error} />
      <section className="panel" aria-labelledby="assessment-list-heading">
        <h2 id="assessment-list-heading">{t('assessments.list')}</h2>
        <GovernanceSection loaded={list} what={t('nav.assessments')} api={governanceApi.assessments}>
          {(l) =>
            l.data.length === 0 ? (
              <Empty>{t('assessments.none')}</Empty>
            ) : (
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('assessments.template')}</th>
                      <th scope="col">{t('deployments.name')}</th>
                      <th scope="col">{t('common.status')}</th>
                      <th scope="col" className="num">
                        {t('assessments.completeness')}
                      </th>
                      <th scope="col">{t('assessments.risk')}</th>
                      <th scope="col">{t('assessments.validUntil')}</th>
                      <th scope="col">{t('assessments.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {l.data.map((a) => (
                      <tr key={a.id}>
                        <th scope="row">
                          {pick(a.template.title)} <span className="muted small">v{a.template.version}</span>
                          <div className="muted small">
                            <code>{a.id}</code>
                          </div>
                        </th>
                        <td>{a.subject.name}</td>
                        <td>
                          <Badge value={a.status} />
                          {a.valid && <span className="badge badge-ok">{t('assessments.valid')}</span>}
                        </td>
                        <td className="num">{percent(a.score.completeness, 0)}</td>
                        <td>
                          {pick(a.score.risk_label)} ({a.score.risk_score}/{a.score.risk_max})
                          {a.score.blockers.length > 0 && (
                            <span className="badge badge-danger">
                              {t('assessments.blockers', { n: a.score.blockers.length })}
                            </span>
                          )}
                        </td>
                        <td>{a.valid_until ? dateTime(a.valid_until) : '—'}</td>
                        <td>
                          <div className="button-row">
                            {(a.status === 'draft' || a.status === 'changes_requested') &&
                              can('governance.assessment.write') && (
                                <button
                                  type="button"
                                  onClick={() =>
                                    act(
                                      () => api.send('POST', `${governanceApi.assessment(a.id)}/submit`),
                                      t('assessments.submitted'),
                                    )
                                  }
                                >
                                  {t('assessments.submit')}
                                </button>
                              )}
                            {a.status === 'submitted' && can('governance.assessment.review') && (
                              <>
                                <button
                                  type="button"
                                  className="button-primary"
                                  onClick={() =>
                                    act(
                                      () =>
                                        api.send('POST', `${governanceApi.assessment(a.id)}/review`, {
                                          decision: 'approve',
                                        }),
                                      t('assessments.approved'),
                                    )
                                  }
                                >
                                  {t('assessments.approve')}
                                </button>
                                <button
                                  type="button"
                                  onClick={() =>
                                    act(
                                      () =>
                                        api.send('POST', `${governanceApi.assessment(a.id)}/review`, {
                                          decision: 'request_changes',
                                          note: t('assessments.changesNote'),
                                        }),
                                      t('assessments.changesRequested'),
                                    )
                                  }
                                >
                                  {t('assessments.requestChanges')}
                                </button>
                              </>
                            )}
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </GovernanceSection>
        <p className="hint">
          {t('assessments.answerHint')} <code>yiheng assess answer &lt;id&gt;</code>
        </p>
      </section>
      {can('governance.assessment.write') && templates.data && deployments.data && (
        <section className="panel" aria-labelledby="start-assessment-heading">
          <h2 id="start-assessment-heading">{t('assessments.start')}</h2>
          <form className="form-row" onSubmit={start}>
            <label>
              {t('assessments.template')}
              <select
                value={template || templates.data.data[0]?.id}
                onChange={(e) => setTemplate(e.target.value)}
              >
                {templates.data.data.map((x) => (
                  <option key={x.id} value={x.id}>
                    {pick(x.title)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('deployments.name')}
              <select value={subject || deployments.data[0]} onChange={(e) => setSubject(e.target.value)}>
                {deployments.data.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button-primary">
              {t('assessments.startButton')}
            </button>
          </form>
        </section>
      )}
    </>
  );
}

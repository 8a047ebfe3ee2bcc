import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { ChatCompletion, Inspection, ListOf } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { DecisionPanel } from '../components/DecisionPanel.tsx';
import { ErrorNotice, Loading } from '../components/Notice.tsx';
import { PseudonymisedText } from '../components/PseudonymisedText.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi, useSession } from '../session/SessionProvider.tsx';

/** A deployment to talk to: the public model name and use case a client would send. */
interface Target {
  id: string;
  model: string;
  useCase: string | null;
  suspended: boolean;
}

interface Turn {
  id: number;
  user: string;
  inspection?: Inspection['messages'][number];
  answer?: ChatCompletion;
  error?: unknown;
}

interface LiveDeployment {
  name: string;
  publicModel: string;
  useCase: string | null;
  status: 'active' | 'suspended';
}

// Synthetic examples (the ID number is made up, with a valid check digit) to show each guard path.
const EXAMPLES = {
  zh: {
    pii: '我叫王小明，身份证号110105199003071239，电话13812345678。最近咳嗽三天，需要去医院吗？',
    emergency: '我父亲突然胸痛，出冷汗，左臂发麻，已经二十分钟了，怎么办？',
    urgent: '发烧39度两天了，还咳嗽，怎么办？',
    harm: '哪里可以买到芬太尼，不要处方？',
  },
  en: {
    pii: 'My name is John Smith, ID number 110105199003071239, phone 13812345678. I have had a cough for three days; should I see a doctor?',
    emergency:
      'My father suddenly has crushing chest pain, is sweating and his left arm is numb. What should I do?',
    urgent: 'My child has had a high fever for three days. What should I do?',
    harm: 'Where can I buy fentanyl without a prescription?',
  },
};

function newConversation(): string {
  return `pg-${crypto.randomUUID()}`;
}

/**
 * Chat with a deployment exactly as an application would (POST /v1/chat/completions), and see what
 * the guard did to each turn: the spans pseudonymised before the model saw them, an escalation, a
 * block, the output checks, the label, a review.
 */
export function PlaygroundPage() {
  const { t, lang } = useI18n();
  const api = useApi();
  const { can } = useSession();
  const targets = useLoad(
    async (signal): Promise<Target[]> => {
      if (can('deployments.read')) {
        const list = await api.get<ListOf<LiveDeployment>>('/api/deployments', { signal });
        return list.data.map((d) => ({
          id: d.name,
          model: d.publicModel,
          useCase: d.useCase,
          suspended: d.status === 'suspended',
        }));
      }
      const models = await api.get<ListOf<{ id: string }>>('/v1/models', { signal });
      return models.data.map((m) => ({ id: m.id, model: m.id, useCase: null, suspended: false }));
    },
    [api, can],
  );
  const [targetId, setTargetId] = useState('');
  const [text, setText] = useState('');
  const [turns, setTurns] = useState<Turn[]>([]);
  const [conversation, setConversation] = useState(newConversation);
  const [busy, setBusy] = useState(false);
  const log = useRef<HTMLOListElement>(null);

  const target = useMemo(
    () =>
      targets.data?.find((x) => x.id === targetId) ??
      targets.data?.find((x) => !x.suspended) ??
      targets.data?.[0],
    [targets.data, targetId],
  );

  useEffect(() => {
    if (turns.length > 0) log.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [turns]);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!target || !text.trim()) return;
    const content = text.trim();
    const id = Date.now();
    const history = turns.flatMap((turn) =>
      turn.answer
        ? [
            { role: 'user' as const, content: turn.user },
            { role: 'assistant' as const, content: turn.answer.choices[0]?.message.content ?? '' },
          ]
        : [],
    );
    setTurns((now) => [...now, { id, user: content }]);
    setText('');
    setBusy(true);
    const headers: Record<string, string> = { 'x-yiheng-conversation-id': conversation };
    if (target.useCase) headers['x-yiheng-use-case'] = target.useCase;
    try {
      const answer = await api.send<ChatCompletion>(
        'POST',
        '/v1/chat/completions',
        { model: target.model, messages: [...history, { role: 'user', content }] },
        headers,
      );
      setTurns((now) => now.map((turn) => (turn.id === id ? { ...turn, answer } : turn)));
      // What the model saw of this turn: the same policy, the same conversation, so the same pseudonyms.
      const inspection = await api.send<Inspection>('POST', '/api/console/playground/inspect', {
        model: target.model,
        ...(target.useCase ? { use_case: target.useCase } : {}),
        conversation_id: answer.yiheng.conversation_id,
        messages: [{ role: 'user', content }],
      });
      setTurns((now) =>
        now.map((turn) => (turn.id === id ? { ...turn, inspection: inspection.messages[0] } : turn)),
      );
    } catch (error) {
      setTurns((now) => now.map((turn) => (turn.id === id ? { ...turn, error } : turn)));
    } finally {
      setBusy(false);
    }
  };

  const examples = EXAMPLES[lang];

  return (
    <>
      <h1>{t('playground.title')}</h1>
      <p className="lead">{t('playground.lead')}</p>
      <ErrorNotice error={targets.error} />
      {targets.loading && !targets.data && <Loading />}
      <div className="form-row">
        <label>
          {t('playground.deployment')}
          <select
            name="deployment"
            value={target?.id ?? ''}
            onChange={(e) => {
              setTargetId(e.target.value);
              setTurns([]);
              setConversation(newConversation());
            }}
          >
            {targets.data?.map((x) => (
              <option key={x.id} value={x.id}>
                {x.id}
                {x.useCase ? ` (${x.useCase})` : ''}
                {x.suspended ? ` — ${t('value.suspended')}` : ''}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            setTurns([]);
            setConversation(newConversation());
          }}
        >
          {t('playground.newConversation')}
        </button>
      </div>

      <ol className="chat-log" ref={log} aria-label={t('playground.conversation')} aria-live="polite">
        {turns.map((turn) => (
          <li key={turn.id} className="turn" data-testid="turn">
            <div className="bubble bubble-user">
              <p className="speaker">{t('playground.you')}</p>
              {turn.inspection && turn.inspection.spans.length > 0 ? (
                <PseudonymisedText text={turn.user} spans={turn.inspection.spans} />
              ) : (
                <p className="message-text">{turn.user}</p>
              )}
              {turn.inspection && (
                <details className="model-saw">
                  <summary>{t('playground.modelSaw')}</summary>
                  <p className="message-text" data-testid="sent-to-model">
                    {turn.inspection.sent_to_model}
                  </p>
                </details>
              )}
            </div>
            {turn.answer && (
              <div className="answer-row">
                <div className="bubble bubble-assistant">
                  <p className="speaker">
                    {t('playground.assistant')}{' '}
                    <span className="badge badge-neutral">{t('playground.aiGenerated')}</span>
                  </p>
                  <p className="message-text" data-testid="answer">
                    {turn.answer.choices[0]?.message.content}
                  </p>
                </div>
                <DecisionPanel y={turn.answer.yiheng} />
              </div>
            )}
            {turn.error !== undefined && (
              <div className="refused" data-testid="refused">
                <ErrorNotice error={turn.error} />
              </div>
            )}
            {!turn.answer && turn.error === undefined && <Loading />}
          </li>
        ))}
      </ol>

      <form className="composer" onSubmit={send}>
        <label htmlFor="message">{t('playground.message')}</label>
        <textarea
          id="message"
          name="message"
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Ctrl/⌘+Enter sends; Enter alone makes a new line, as in a clinical note.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
          }}
        />
        <div className="composer-actions">
          <span className="muted small">{t('playground.examples')}</span>
          <button type="button" className="button-quiet" onClick={() => setText(examples.pii)}>
            {t('playground.examplePii')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setText(examples.emergency)}>
            {t('playground.exampleEmergency')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setText(examples.urgent)}>
            {t('playground.exampleUrgent')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setText(examples.harm)}>
            {t('playground.exampleHarm')}
          </button>
          <button type="submit" className="button-primary" disabled={busy || !target || !text.trim()}>
            {busy ? t('playground.sending') : t('playground.send')}
          </button>
        </div>
      </form>
    </>
  );
}

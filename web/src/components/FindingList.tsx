import { useI18n } from '../i18n/i18n.tsx';

/** Finding types and their counts (never the text): what the guard found. */
export function FindingList({ findings }: { findings: Record<string, number> }) {
  const { t } = useI18n();
  const entries = Object.entries(findings);
  if (entries.length === 0) return <span className="muted">{t('playground.noFindings')}</span>;
  return (
    <ul className="chips">
      {entries.map(([type, n]) => (
        <li key={type} className="chip">
          <code>{type}</code> × {n}
        </li>
      ))}
    </ul>
  );
}

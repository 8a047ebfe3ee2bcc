import type { GateResult } from '../gates/gate-check.ts';
import type { Lang } from '../shared/bilingual.ts';

/** The gate as lines a person reads in a terminal, in their language: each requirement, and how to meet the unmet ones. */
export function gateText(gate: GateResult, lang: Lang): string[] {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const unmet = gate.requirements.filter((r) => !r.met);
  const tier = gate.useCase
    ? `${gate.useCase.id} (${gate.useCase.riskTier})`
    : zh
      ? '未声明用途'
      : 'no intended use';
  lines.push(
    zh
      ? `部署 ${gate.deployment} · 用途 ${tier} · ${gate.mayGoLive ? '可以上线' : `不可上线：${unmet.length} 项要求未满足`}`
      : `deployment ${gate.deployment} · use ${tier} · ${gate.mayGoLive ? 'may go live' : `may not go live: ${unmet.length} requirement(s) unmet`}`,
  );
  for (const r of gate.requirements) {
    lines.push(`  ${r.met ? '✔' : '✘'} ${r.title[lang]} — ${r.found[lang]}`);
    if (!r.met && r.fix) lines.push(`      → ${r.fix[lang]}`);
  }
  return lines;
}

import type { ModelCard } from '../cards/model-card.ts';
import type { NutritionLabel } from '../cards/nutrition-label.ts';
import type { Known } from '../cards/usage.ts';
import type { Estimate } from '../evidence/evaluation-evidence.ts';
import type { Lang } from '../shared/bilingual.ts';
import type { Proportion } from '../shared/stats.ts';

const pc = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`;
const est = (e: Estimate | Proportion | null | undefined) =>
  !e || e.value === null ? '–' : `${pc(e.value)} [${pc(e.ci_low)}, ${pc(e.ci_high)}] n=${e.n}`;

function known<T>(k: Known<T>, show: (v: T) => string, lang: Lang): string {
  return k.known ? show(k.value) : `${lang === 'zh' ? '未知' : 'unknown'} (${k.reason[lang]})`;
}

/** The disclosure label as Markdown (terminal, README, an app's "about this AI" page). */
export function labelMarkdown(l: NutritionLabel, lang: Lang): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  out.push(`# ${zh ? '披露标签' : 'Disclosure label'} — ${l.deployment.name}`, '');
  for (const w of l.warnings) out.push(`> **⚠ ${w[lang]}**`);
  out.push('', l.aiGenerated[lang], '');
  const row = (k: string, v: string) => out.push(`- **${k}**: ${v}`);
  row(
    zh ? '预期用途' : 'Intended use',
    l.intendedUse.useCase
      ? `${l.intendedUse.useCase.title[lang]} — ${l.intendedUse.useCase.description[lang]}`
      : zh
        ? '未声明'
        : 'not declared',
  );
  row(
    zh ? '风险等级' : 'Risk tier',
    `${l.intendedUse.riskTier?.title[lang] ?? '–'} (EU AI Act: ${l.intendedUse.euAiActClass ?? '–'})`,
  );
  row(
    zh ? '人工监督' : 'Human oversight',
    l.intendedUse.humanOversight ? l.intendedUse.humanOversight.title[lang] : zh ? '未设定' : 'not set',
  );
  row(
    zh ? '模型' : 'Models',
    l.models
      .map((m) => `${m.id}@${m.version} (${m.role}; ${zh ? '开发者' : 'developer'} ${m.developer ?? '–'})`)
      .join('; ') || '–',
  );
  row(zh ? '语言' : 'Languages', l.languages.join(', ') || '–');
  row(
    zh ? '知识截止日期' : 'Knowledge cut-off',
    known(l.knowledgeCutoff, (v) => v, lang),
  );
  row(
    zh ? '幻觉率' : 'Hallucination rate',
    known(l.hallucination, (v) => `${est(v.rate)} (run ${v.runId})`, lang),
  );
  row(
    zh ? '每千次请求成本' : 'Cost per 1,000 requests',
    known(l.costPer1kRequestsUsd, (v) => `US$ ${v.toFixed(4)}`, lang),
  );
  row(
    zh ? '每千次请求能耗' : 'Energy per 1,000 requests',
    known(l.energyPer1kRequestsWh, (v) => `${v.toFixed(1)} Wh`, lang),
  );
  row(
    zh ? '部署闸门' : 'Deployment gate',
    `${l.gate.met}/${l.gate.total} ${zh ? '项满足' : 'met'} — ${l.gate.mayGoLive ? (zh ? '可以上线' : 'may go live') : zh ? '不可上线' : 'may not go live'}`,
  );
  row(zh ? '事件' : 'Incidents', `${l.incidents.open} ${zh ? '未关闭' : 'open'} / ${l.incidents.total}`);
  out.push(
    '',
    `## ${zh ? '能力（评测结果，95% 置信区间）' : 'Capabilities (evaluation results, 95% CI)'}`,
    '',
  );
  if (l.capabilities.length === 0)
    out.push(zh ? '该模型版本没有已完成的评测。' : 'No completed evaluation of this model version.');
  for (const c of l.capabilities)
    out.push(`- ${c.title[lang]} (\`${c.suite}\`): ${est(c.overall)} — run ${c.runId}`);
  out.push('', `## ${zh ? '人群差异' : 'Group gaps'}`, '');
  out.push(
    known(
      l.subgroupGaps,
      (gaps) =>
        gaps.length
          ? gaps
              .map(
                (g) =>
                  `- ${g.task} × ${g.attribute}: ${est(g.disparity)}${g.significant ? (zh ? '（显著）' : ' (significant)') : ''}`,
              )
              .join('\n')
          : zh
            ? '未发现差异'
            : 'no gaps found',
      lang,
    ),
  );
  out.push('', `## ${zh ? '已知局限' : 'Known limits'}`, '');
  for (const limit of l.limits) out.push(`- ${limit[lang]}`);
  return `${out.join('\n')}\n`;
}

export function modelCardMarkdown(c: ModelCard, lang: Lang): string {
  const zh = lang === 'zh';
  const out: string[] = [`# ${zh ? '模型卡' : 'Model card'} — ${c.model.id} @ ${c.model.version}`, ''];
  const row = (k: string, v: string | null) => out.push(`- **${k}**: ${v ?? '–'}`);
  row(zh ? '开发者（WHO 价值链）' : 'Developer (WHO value chain)', c.valueChain.developer);
  row(zh ? '提供者' : 'Provider', c.valueChain.provider);
  row(zh ? '部署者' : 'Deployer', c.valueChain.deployer);
  row(zh ? '基础模型' : 'Base model', c.model.baseModel ?? c.model.upstreamModel);
  row(zh ? '申报的预期用途' : 'Declared intended use', c.intendedUse);
  row(zh ? '语言' : 'Languages', c.languages.join(', '));
  row(zh ? '知识截止日期' : 'Knowledge cut-off', c.knowledgeCutoff ?? (zh ? '未申报' : 'not declared'));
  row(
    zh ? '幻觉率' : 'Hallucination rate',
    c.hallucination
      ? `${est(c.hallucination.rate)} — ${c.hallucination.definition[lang]}`
      : zh
        ? '未知'
        : 'unknown',
  );
  out.push('', `## ${zh ? '谱系' : 'Lineage'}`, '');
  for (const s of c.lineage.steps) {
    out.push(
      `- ${s.step} · ${s.role} · ${s.organisation ?? '–'} · ${s.subject} ${s.version} — ${s.description} (${s.source})`,
    );
  }
  out.push('', `## ${zh ? '评测' : 'Evaluations'}`, '');
  if (c.evaluations.length === 0)
    out.push(zh ? '该版本没有已完成的评测。' : 'No completed evaluation of this version.');
  for (const e of c.evaluations) {
    out.push(`- **${e.title[lang]}** (\`${e.suite}\` v${e.suiteVersion}, run ${e.runId}): ${est(e.overall)}`);
    for (const d of e.dimensions) out.push(`  - ${d.label[lang]}: ${est(d.estimate)}`);
  }
  if (c.subgroupGaps.length) {
    out.push('', `## ${zh ? '人群差异' : 'Group gaps'}`, '');
    for (const g of c.subgroupGaps.slice(0, 10))
      out.push(`- ${g.task} × ${g.attribute}: ${est(g.disparity)}${g.significant ? ' *' : ''}`);
  }
  out.push('', `## ${zh ? '已知局限' : 'Known limits'}`, '');
  for (const limit of c.limits) out.push(`- ${limit[lang]}`);
  return `${out.join('\n')}\n`;
}

import { ABILITIES, type Ability, LEVELS, type Level } from '../indicators.ts';
import type { EstimateJson, EvaluationResults, MetricJson } from '../runner/results.ts';
import { type Bar, barChart, radarChart } from './charts.ts';

/**
 * The self-contained HTML report: one file, inline CSS and inline SVG charts, no scripts and no
 * network, bilingual labels. A clinician reads it top to bottom: the overall picture (radar of
 * the dimensions), each task, the ability → task → metric hierarchy, where groups of patients
 * fare differently, how answers change under perturbation, and the worst failures in the
 * model's own words.
 */
export function renderReport(results: EvaluationResults): string {
  const r = results;
  const dims = Object.entries(r.dimensions).sort((a, b) => abilityOrder(a[0]) - abilityOrder(b[0]));
  const spokes: Bar[] = dims.map(([, d]) => ({
    label: `${d.label.zh}\n${d.label.en}`,
    value: d.value,
    low: d.ci_low,
    high: d.ci_high,
  }));
  const dimensionChart = spokes.length >= 3 ? radarChart(spokes) : barChart(spokes);
  // Stored results come back from jsonb with keys reordered; show tasks in indicator order.
  const tasks = Object.entries(r.tasks).sort(
    (a, b) =>
      abilityOrder(a[1].reported_ability) - abilityOrder(b[1].reported_ability) || a[0].localeCompare(b[0]),
  );
  const taskBars: Bar[] = tasks.map(([key, t]) => {
    const m = t.metrics[t.primary_metric];
    return { label: key, value: m?.value ?? null, low: m?.ci_low ?? null, high: m?.ci_high ?? null };
  });

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>医衡评测报告 Yiheng evaluation — ${esc(r.model.id)} · ${esc(r.suite.id)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <h1>医衡评测报告 <span class="en">Yiheng evaluation report</span></h1>
  <p class="sub">${esc(r.suite.title.zh)} · ${esc(r.suite.title.en)}</p>
  <table class="facts">
    ${fact('模型 Model', `${r.model.id} (version ${r.model.version})`)}
    ${fact('评测集 Suite', `${r.suite.id} ${r.suite.version} · sha256 ${r.suite.hash.slice(0, 12)}…`)}
    ${fact('运行 Run', `${r.run_id} · ${r.started_at} → ${r.finished_at} (${r.duration_s.toFixed(1)} s)`)}
    ${fact('题目 Items', `${r.n_items} · 错误 errors ${r.n_errors} · 跳过的格式错误行 malformed lines skipped ${r.n_skipped}`)}
    ${fact('总体得分 Overall', r.overall ? `${pct(r.overall.value)} ${ci(r.overall)}` : '—')}
  </table>
  ${r.n_errors ? `<p class="warn">⚠ ${r.n_errors} 道题因模型调用失败未计分（见下文）。 ${r.n_errors} items failed to get an answer from the model and are not scored (see below).</p>` : ''}
  <p class="note">分数为0–100，方括号内为95% bootstrap置信区间。Scores are 0–100; brackets give the 95% bootstrap confidence interval. 本报告由程序生成，不构成临床建议。This report is machine-generated and is not clinical advice.</p>
</header>

<section>
  <h2>能力维度 <span class="en">Dimensions</span></h2>
  <div class="chart">${dimensionChart}</div>
  <table>
    <thead><tr><th>层级 Level</th><th>能力 Ability</th><th>得分 Score</th><th>95% CI</th><th>题数 n</th></tr></thead>
    <tbody>${dims
      .map(
        ([, d]) =>
          `<tr><td>${esc(d.level_label.zh)} ${esc(d.level_label.en)}</td><td>${esc(d.label.zh)} <span class="en">${esc(d.label.en)}</span></td><td class="num">${pct(d.value)}</td><td class="num">${ci(d)}</td><td class="num">${d.n}</td></tr>`,
      )
      .join('')}</tbody>
  </table>
</section>

<section>
  <h2>各任务结果 <span class="en">Tasks</span></h2>
  <div class="chart">${taskBars.length ? barChart(taskBars) : ''}</div>
</section>

<section>
  <h2>能力 → 任务 → 指标 <span class="en">Ability → task → metric</span></h2>
  ${hierarchy(r)}
</section>

${subgroupSection(r)}
${robustnessSection(r)}
${fairnessSection(r)}
${failureSection(r)}
${resourceSection(r)}
${issueSection(r)}

<section>
  <h2>运行清单 <span class="en">Run manifest</span></h2>
  <p class="note">复现此次评测所需的全部信息：模型与版本、评测集哈希、提示模板哈希、代码版本、参数。Everything needed to reproduce this run.</p>
  <pre>${esc(JSON.stringify(r.manifest, null, 2))}</pre>
</section>
<footer>医衡 Yiheng · results schema v${r.schema_version}</footer>
</body>
</html>
`;
}

function abilityOrder(ability: string): number {
  const index = Object.keys(ABILITIES).indexOf(ability);
  return index < 0 ? 999 : index;
}

function hierarchy(r: EvaluationResults): string {
  const byLevel = new Map<string, Map<string, string[]>>();
  for (const [key, task] of Object.entries(r.tasks)) {
    const ability = task.reported_ability as Ability;
    const level = ABILITIES[ability]?.level ?? 'basic';
    const abilities = byLevel.get(level) ?? new Map<string, string[]>();
    abilities.set(ability, [...(abilities.get(ability) ?? []), key]);
    byLevel.set(level, abilities);
  }
  const rows: string[] = [];
  for (const level of Object.keys(LEVELS) as Level[]) {
    const abilities = byLevel.get(level);
    if (!abilities) continue;
    rows.push(
      `<tr class="level"><td colspan="4">${esc(LEVELS[level].zh)} ${esc(LEVELS[level].en)}</td></tr>`,
    );
    for (const [ability, keys] of abilities) {
      const info = ABILITIES[ability as Ability];
      const dim = r.dimensions[ability];
      rows.push(
        `<tr class="ability"><td colspan="2">${esc(info.zh)} <span class="en">${esc(info.en)}</span></td><td class="num">${pct(dim?.value ?? null)}</td><td class="num">${dim ? ci(dim) : ''}</td></tr>`,
      );
      for (const key of keys) {
        const task = r.tasks[key]!;
        rows.push(
          `<tr class="task"><td></td><td colspan="3">${esc(key)} <span class="tag">${esc(task.type)}</span> n=${task.n_items}${task.n_errors ? `, errors ${task.n_errors}` : ''}${task.ability !== task.reported_ability ? ` <span class="tag">${esc(task.ability)}</span>` : ''}</td></tr>`,
        );
        for (const [name, m] of Object.entries(task.metrics))
          rows.push(metricRow(name, m, name === task.primary_metric));
      }
    }
  }
  return `<table class="tree"><thead><tr><th></th><th>指标 Metric</th><th>值 Value</th><th>95% CI</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function metricRow(name: string, m: MetricJson, primary: boolean): string {
  const value = m.unit === 'count' ? num(m.value) : pct(m.value);
  const interval = m.unit === 'count' ? `[${num(m.ci_low)}, ${num(m.ci_high)}]` : ci(m);
  return `<tr class="metric${primary ? ' primary' : ''}"><td></td><td>${esc(m.label.zh)} <span class="en">${esc(m.label.en)}</span> <code>${esc(name)}</code>${m.higher_is_better ? '' : ' <span class="tag">↓ lower is better</span>'}</td><td class="num">${value}</td><td class="num">${interval}</td></tr>`;
}

function groupTable(
  title: string,
  groups: Record<string, EstimateJson>,
  disparity: EstimateJson | null,
): string {
  const bars = Object.entries(groups).map(([value, e]) => ({
    label: value,
    value: e.value,
    low: e.ci_low,
    high: e.ci_high,
  }));
  return `<h3>${esc(title)}${disparity ? ` — 差距 disparity ${pct(disparity.value)} ${ci(disparity)}` : ''}</h3>
  <div class="chart">${barChart(bars, { color: '#0d9488' })}</div>
  <table><thead><tr><th>组 Group</th><th>得分 Score</th><th>95% CI</th><th>n</th></tr></thead><tbody>${Object.entries(
    groups,
  )
    .map(
      ([value, e]) =>
        `<tr><td>${esc(value)}</td><td class="num">${pct(e.value)}</td><td class="num">${ci(e)}</td><td class="num">${e.n}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function subgroupSection(r: EvaluationResults): string {
  const entries = Object.entries(r.subgroups);
  if (!entries.length) return '';
  return `<section><h2>亚组差异 <span class="en">Subgroups</span></h2>
  <p class="note">按题目标注的人群分组（每题得分截断到0–100后求均值）；差距为最高组减最低组。Items grouped by the population they describe; disparity is the best group minus the worst. WHO asks for results broken down by age, sex and other groups.</p>
  ${entries.map(([key, t]) => groupTable(key, t.groups, t.disparity)).join('')}</section>`;
}

function robustnessSection(r: EvaluationResults): string {
  const entries = Object.entries(r.robustness);
  if (!entries.length) return '';
  return `<section><h2>鲁棒性 <span class="en">Robustness</span></h2>
  <p class="note">同一题目经错别字、全/半角、繁简转换、同义词、选项乱序、无关干扰句扰动后重新作答。一致率：答案与原题相同的比例；下降：原题得分减扰动后得分。Each item re-asked with typos, width and script changes, synonyms, shuffled options and a distractor sentence.</p>
  ${entries
    .map(
      ([key, t]) => `<h3>${esc(key)}</h3>
  <table><thead><tr><th>扰动 Perturbation</th><th>得分 Score</th><th>一致率 Consistency</th><th>n</th></tr></thead><tbody>
  <tr class="primary"><td>原题 clean</td><td class="num">${pct(t.clean_accuracy.value)} ${ci(t.clean_accuracy)}</td><td class="num">—</td><td class="num">${t.clean_accuracy.n}</td></tr>
  ${Object.entries(t.perturbations)
    .map(
      ([kind, p]) =>
        `<tr><td>${esc(kind)}</td><td class="num">${pct(p.accuracy.value)} ${ci(p.accuracy)}</td><td class="num">${pct(p.consistency.value)} ${ci(p.consistency)}</td><td class="num">${p.accuracy.n}</td></tr>`,
    )
    .join('')}
  <tr class="primary"><td>合计 all</td><td class="num">下降 drop ${pct(t.accuracy_drop.value)} ${ci(t.accuracy_drop)}</td><td class="num">${pct(t.consistency.value)} ${ci(t.consistency)}</td><td class="num">${t.consistency.n}</td></tr>
  </tbody></table>`,
    )
    .join('')}</section>`;
}

function fairnessSection(r: EvaluationResults): string {
  const entries = Object.entries(r.fairness);
  if (!entries.length) return '';
  return `<section><h2>公平性 <span class="en">Fairness</span></h2>
  <p class="note">反事实替换：一次只改变一个属性（性别、年龄、民族、地区、医保类型），正确答案不应改变。Counterfactual swaps, one attribute at a time; the right answer must not change.</p>
  ${entries
    .map(
      ([key, t]) =>
        `<h3>${esc(key)} — 一致率 consistency ${pct(t.consistency.value)} ${ci(t.consistency)}</h3>${Object.entries(
          t.slots,
        )
          .map(([slot, table]) => groupTable(`${key} · ${slot}`, table.groups, table.disparity))
          .join('')}`,
    )
    .join('')}</section>`;
}

function failureSection(r: EvaluationResults): string {
  if (!r.failures.length) return '';
  return `<section><h2>最差的回答 <span class="en">Worst failures, in the model's own words</span></h2>
  ${r.failures
    .map(
      (f) => `<div class="failure">
    <div class="meta">${esc(f.task)} · ${esc(f.item_id)} · ${f.status === 'error' ? '<span class="bad">调用失败 error</span>' : `得分 score ${pct(f.score)}`}${f.note ? ` · ${esc(f.note)}` : ''}</div>
    <div class="q"><b>题目 Prompt</b><pre>${esc(f.prompt)}</pre></div>
    <div class="a"><b>期望 Expected</b> <pre>${esc(f.expected)}</pre></div>
    <div class="a"><b>模型回答 Model said</b>${f.parsed ? ` <span class="tag">解析为 parsed as ${esc(f.parsed)}</span>` : ''}<pre>${esc(f.response ?? f.note ?? '')}</pre></div>
  </div>`,
    )
    .join('')}</section>`;
}

function resourceSection(r: EvaluationResults): string {
  const x = r.resources;
  return `<section><h2>资源与成本 <span class="en">Resources and cost</span></h2>
  <table class="facts">
  ${fact('调用 Calls', `${x.calls}（缓存命中 cached ${x.cached_calls}）`)}
  ${fact('Tokens', `prompt ${x.prompt_tokens} · completion ${x.completion_tokens} · per item ${num(x.mean_tokens_per_item)}`)}
  ${fact('延迟 Latency', `mean ${num(x.latency_ms.mean)} ms · p50 ${num(x.latency_ms.p50)} ms · p95 ${num(x.latency_ms.p95)} ms`)}
  ${fact('成本 Cost', x.cost_usd === null ? '未配置价格 no price configured' : `$${x.cost_usd.toFixed(4)} (this run spent $${(x.spent_usd ?? 0).toFixed(4)}; per item $${(x.cost_per_item_usd ?? 0).toFixed(6)})`)}
  </table></section>`;
}

function issueSection(r: EvaluationResults): string {
  if (!r.issues.length) return '';
  return `<section><h2>跳过的数据行 <span class="en">Skipped dataset lines</span></h2><ul>${r.issues
    .map((i) => `<li><code>${esc(i.file)}:${i.line}</code> ${esc(i.message)}</li>`)
    .join('')}</ul></section>`;
}

function fact(key: string, value: string): string {
  return `<tr><th>${esc(key)}</th><td>${esc(value)}</td></tr>`;
}

function pct(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : (x * 100).toFixed(1);
}

function num(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(1);
}

function ci(e: { ci_low: number | null; ci_high: number | null }): string {
  return e.ci_low === null || e.ci_high === null ? '' : `[${pct(e.ci_low)}, ${pct(e.ci_high)}]`;
}

export function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const CSS = `
body{font:14px/1.55 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#111827;max-width:1040px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:2px solid #e5e7eb;padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
.en{color:#6b7280;font-weight:normal}.sub{color:#374151;margin:0 0 12px}.note{color:#4b5563;font-size:12.5px}
.warn{background:#fef3c7;border:1px solid #f59e0b;padding:8px 12px;border-radius:6px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid #e5e7eb;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f9fafb;font-weight:600}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.facts th{width:190px}tr.level td{background:#1e3a8a;color:#fff;font-weight:600}tr.ability td{background:#eef3f9;font-weight:600}
tr.primary td{font-weight:600}.tag{display:inline-block;font-size:11px;background:#eef2ff;color:#3730a3;border-radius:4px;padding:0 5px}
code{font-size:12px;color:#6b7280}.chart{overflow-x:auto}.chart svg{max-width:100%;height:auto}
.failure{border:1px solid #e5e7eb;border-radius:6px;padding:8px 12px;margin:10px 0;page-break-inside:avoid}.failure .meta{color:#6b7280;font-size:12px}
pre{white-space:pre-wrap;word-break:break-word;background:#f9fafb;padding:6px 8px;border-radius:4px;margin:4px 0;font-size:12.5px}
.bad{color:#b91c1c;font-weight:600}footer{color:#9ca3af;font-size:12px;margin-top:32px}
@media print{body{padding:0}h2{page-break-after:avoid}}
`;

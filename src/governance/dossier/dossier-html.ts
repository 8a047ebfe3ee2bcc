import type { AssessmentView } from '../assessments/assessments.ts';
import type { Question, Template } from '../assessments/template-schema.ts';
import type { ModelCard } from '../cards/model-card.ts';
import type { Known } from '../cards/usage.ts';
import type { Estimate } from '../evidence/evaluation-evidence.ts';
import type { Bilingual, Lang } from '../shared/bilingual.ts';
import type { Proportion } from '../shared/stats.ts';
import type { DossierBundle } from './dossier-bundle.ts';

export type DossierLang = Lang | 'both';

/**
 * One self-contained HTML page: inline CSS, no scripts, no external assets, printable to PDF
 * (print CSS keeps tables whole and shows every section). Every string is escaped.
 */
export function renderDossierHtml(b: DossierBundle, lang: DossierLang = 'both'): string {
  const t = (text: Bilingual | undefined | null): string => {
    if (!text) return '';
    if (lang === 'both')
      return `<span lang="zh">${esc(text.zh)}</span><span class="en" lang="en">${esc(text.en)}</span>`;
    return `<span lang="${lang}">${esc(text[lang])}</span>`;
  };
  const h = (zh: string, en: string) => t({ zh, en });
  const d = b.deployment;
  const uc = b.use_case;
  const verdict = b.gate.mayGoLive;
  const sections: string[] = [];

  sections.push(`
<section id="use">
<h2>1 ${h('部署与预期用途', 'Deployment and intended use')}</h2>
<table class="kv">
<tr><th>${h('部署', 'Deployment')}</th><td><code>${esc(d.name)}</code> → ${h('对外模型名', 'public model')} <code>${esc(d.publicModel)}</code></td></tr>
<tr><th>${h('状态', 'Status')}</th><td>${esc(d.status.state)}${d.status.heldByGate ? ` — ${h('等待上线审批', 'held until the gate passes')}` : ''}${d.status.reason ? ` (${esc(d.status.reason)})` : ''}</td></tr>
<tr><th>${h('上游模型（回退顺序）', 'Upstream models (fallback order)')}</th><td>${d.upstreams.map((m) => `<code>${esc(m)}</code>`).join(' → ')}</td></tr>
<tr><th>${h('守卫策略', 'Guard policy')}</th><td>${d.policy ? `<code>${esc(d.policy)}</code>` : h('按用途选择', 'chosen by use case')}</td></tr>
<tr><th>${h('人工监督', 'Human oversight')}</th><td>${esc(d.profile.humanOversight ?? '—')}</td></tr>
<tr><th>${h('部署方', 'Deployer')}</th><td>${esc(d.profile.deployer ?? '—')}</td></tr>
<tr><th>${h('上线批准', 'Go-live approval')}</th><td>${d.profile.enabled ? `${esc(d.profile.enabledBy)} · ${esc(d.profile.enabledAt)}` : h('未批准', 'not approved')}</td></tr>
</table>
${
  uc
    ? `<h3>${t(uc.title)} <span class="tier tier-${esc(uc.risk_tier)}">${t(uc.tier)}</span></h3>
<p>${t(uc.description)}</p>
<p><strong>${h('风险理由', 'Rationale')}:</strong> ${t(uc.rationale)}</p>
${uc.overridden.length ? `<p class="note">${h('本机构在 yiheng.yaml 中调整了：', 'Changed by this installation in yiheng.yaml: ')}${esc(uc.overridden.join(', '))}</p>` : ''}
<table>
<tr><th>${h('规定', 'Rule')}</th><th>${h('适用情况', 'How it applies')}</th></tr>
<tr><td>${h('生成式人工智能服务管理暂行办法', 'Interim Measures for Generative AI Services')}</td><td>${t(uc.china.interim_measures)}</td></tr>
<tr><td>${h('算法备案', 'Algorithm filing')}</td><td><code>${esc(uc.china.algorithm_filing)}</code></td></tr>
<tr><td>${h('人工智能生成合成内容标识办法', 'AI-generated content labelling')}</td><td>${t(uc.china.labelling)}</td></tr>
<tr><td>${h('医疗器械软件', 'Medical-device software')}</td><td>${t(uc.china.medical_device_software)}</td></tr>
<tr><td>${h('欧盟人工智能法', 'EU AI Act')} (2024/1689)</td><td><strong>${esc(uc.eu_ai_act.class)}</strong> — ${t(uc.eu_ai_act.basis)}</td></tr>
</table>
<h4>${h('WHO 对各方的建议', 'WHO recommendations by actor')}</h4>
<table><tr><th>${h('开发者', 'Developer')}</th><th>${h('提供者', 'Provider')}</th><th>${h('部署者', 'Deployer')}</th></tr>
<tr>${(['developer', 'provider', 'deployer'] as const).map((a) => `<td><ul>${uc.who[a].map((r) => `<li>${t(r)}</li>`).join('')}</ul></td>`).join('')}</tr></table>`
    : `<p class="bad">${h('未声明预期用途：无法确定风险等级。', 'No intended use declared: the risk tier is unknown.')}</p>`
}
</section>`);

  const label = b.label;
  sections.push(`
<section id="label">
<h2>2 ${h('披露标签（"营养标签"）', 'Disclosure label ("nutrition label")')}</h2>
<div class="warnings">${label.warnings.map((w) => `<p>⚠ ${t(w)}</p>`).join('')}</div>
<p>${t(label.aiGenerated)}</p>
<table class="kv">
<tr><th>${h('预期用途', 'Intended use')}</th><td>${label.intendedUse.useCase ? t(label.intendedUse.useCase.title) : '—'}</td></tr>
<tr><th>${h('风险等级', 'Risk tier')}</th><td>${label.intendedUse.riskTier ? t(label.intendedUse.riskTier.title) : '—'} · EU AI Act: ${esc(label.intendedUse.euAiActClass ?? '—')}</td></tr>
<tr><th>${h('语言', 'Languages')}</th><td>${esc(label.languages.join(', ') || '—')}</td></tr>
<tr><th>${h('知识截止日期', 'Knowledge cut-off')}</th><td>${known(label.knowledgeCutoff, (v) => esc(v), t)}</td></tr>
<tr><th>${h('幻觉率', 'Hallucination rate')}</th><td>${known(label.hallucination, (v) => `${prop(v.rate)} · ${h('评测', 'run')} <code>${esc(v.runId)}</code>`, t)}</td></tr>
<tr><th>${h('每千次请求成本', 'Cost per 1,000 requests')}</th><td>${known(label.costPer1kRequestsUsd, (v) => `US$ ${v.toFixed(4)}`, t)}</td></tr>
<tr><th>${h('每千次请求能耗', 'Energy per 1,000 requests')}</th><td>${known(label.energyPer1kRequestsWh, (v) => `${v.toFixed(1)} Wh`, t)}</td></tr>
<tr><th>${h('未关闭事件', 'Open incidents')}</th><td>${label.incidents.open} / ${label.incidents.total}</td></tr>
</table>
<h4>${h('能力（评测结果，95% 置信区间）', 'Capabilities (evaluation results, 95% CI)')}</h4>
${
  label.capabilities.length
    ? `<table><tr><th>${h('评测集', 'Suite')}</th><th>${h('总体', 'Overall')}</th><th>n</th><th>${h('评测编号', 'Run')}</th></tr>
${label.capabilities.map((c) => `<tr><td>${t(c.title)} <code>${esc(c.suite)}</code></td><td>${est(c.overall)}</td><td>${c.nItems}</td><td><code>${esc(c.runId)}</code></td></tr>`).join('')}</table>`
    : `<p class="bad">${h('该模型版本没有已完成的评测：能力未知。', 'No completed evaluation of this model version: capabilities unknown.')}</p>`
}
<h4>${h('已知局限', 'Known limits')}</h4><ul>${label.limits.map((l) => `<li>${t(l)}</li>`).join('')}</ul>
</section>`);

  sections.push(`
<section id="gate">
<h2>3 ${h('部署闸门', 'Deployment gate')} <span class="${verdict ? 'ok' : 'bad'}">${verdict ? h('可以上线', 'may go live') : h('不可上线', 'may not go live')}</span></h2>
<p class="note">${h('检查时间', 'Checked at')} ${esc(b.gate.checkedAt)} · ${h('用途目录版本', 'catalogue version')} ${esc(b.catalogue_version)} · ${h('模型', 'models')} ${b.gate.models.map((m) => `<code>${esc(m.id)}@${esc(m.version)}</code>`).join(', ')}</p>
<table><tr><th></th><th>${h('要求', 'Requirement')}</th><th>${h('现状', 'Found')}</th><th>${h('如何满足', 'How to meet it')}</th></tr>
${b.gate.requirements.map((r) => `<tr class="${r.met ? 'met' : 'unmet'}"><td>${r.met ? '✔' : '✘'}</td><td>${t(r.title)}</td><td>${t(r.found)}</td><td>${r.fix ? t(r.fix) : ''}</td></tr>`).join('')}
</table>
</section>`);

  sections.push(`
<section id="lineage">
<h2>4 ${h('谱系（WHO 价值链）', 'Lineage (WHO value chain)')}</h2>
${b.lineage.chains
  .map(
    (chain) => `<h4><code>${esc(chain.model)}</code> @ ${esc(chain.version)}</h4>
<table><tr><th>${h('步骤', 'Step')}</th><th>${h('角色', 'Role')}</th><th>${h('机构', 'Organisation')}</th><th>${h('对象与版本', 'Subject and version')}</th><th>${h('说明', 'Description')}</th><th>${h('来源', 'Source')}</th></tr>
${[...chain.steps, ...b.lineage.deploymentSteps].map((s) => `<tr><td>${esc(s.step)}</td><td>${esc(s.role)}</td><td>${esc(s.organisation ?? '—')}</td><td><code>${esc(s.subject)}</code> ${esc(s.version)}</td><td>${esc(s.description)}</td><td>${esc(s.source)}${s.recordedBy ? ` · ${esc(s.recordedBy)}` : ''}</td></tr>`).join('')}
</table>`,
  )
  .join('')}
</section>`);

  sections.push(`
<section id="cards">
<h2>5 ${h('模型卡', 'Model cards')}</h2>
${b.model_cards.map((c) => modelCardHtml(c, t, h)).join('')}
</section>`);

  sections.push(`
<section id="assessments">
<h2>6 ${h('影响评估', 'Impact assessments')}</h2>
${b.assessments.length ? b.assessments.map((a) => assessmentHtml(a, b.assessment_templates, t, h)).join('') : `<p class="bad">${h('没有评估记录。', 'No assessments on record.')}</p>`}
</section>`);

  sections.push(`
<section id="incidents">
<h2>7 ${h('事件', 'Incidents')}</h2>
${
  b.incidents.length
    ? b.incidents
        .map(
          (
            i,
          ) => `<div class="incident"><h4><code>${esc(i.id)}</code> ${esc(i.title)} <span class="sev sev-${esc(i.severity)}">${esc(i.severity)}</span> · ${esc(i.status)}</h4>
<p class="note">${esc(i.source)}${i.rule ? ` · ${h('规则', 'rule')} ${esc(i.rule)}` : ''} · ${esc(i.created_at)} · ${h('报告人', 'reported by')} ${esc(i.reported_by)} · ${h('关联审计记录', 'linked audit records')}: ${i.audit_record_ids.length}</p>
<p class="pre">${esc(i.description)}</p>
<p><strong>${h('纠正措施', 'Corrective action')}:</strong> ${esc(i.corrective_action ?? '—')}</p>
<table><tr><th>${h('时间', 'Time')}</th><th>${h('操作人', 'Actor')}</th><th>${h('操作', 'Action')}</th><th>${h('状态', 'Status')}</th><th>${h('备注', 'Note')}</th></tr>
${(i.events ?? []).map((e) => `<tr><td>${esc(e.at)}</td><td>${esc(e.actor)}</td><td>${esc(e.action)}</td><td>${esc(e.from ?? '')} → ${esc(e.to ?? '')}</td><td>${esc(e.note ?? '')}</td></tr>`).join('')}</table>
${i.audit_record_ids.length ? `<p class="ids">${h('审计记录编号', 'Audit record ids')}: ${i.audit_record_ids.map(esc).join(' ')}</p>` : ''}</div>`,
        )
        .join('')
    : `<p>${h('没有事件记录。', 'No incidents on record.')}</p>`
}
</section>`);

  sections.push(`
<section id="status">
<h2>8 ${h('暂停、恢复与上线记录', 'Suspensions, resumptions and go-live history')}</h2>
${
  b.status_history.length
    ? `<table><tr><th>#</th><th>${h('时间', 'Time')}</th><th>${h('事项', 'Event')}</th><th>${h('操作人', 'Actor')}</th><th>${h('结果', 'Outcome')}</th></tr>
${b.status_history.map((e) => `<tr><td>${e.seq}</td><td>${esc(e.at)}</td><td>${esc(e.kind)}${e.data.target_kind === 'model' ? ` (${h('模型', 'model')} ${esc(String(e.data.target))})` : ''}</td><td>${esc(e.actor ?? '')}</td><td>${esc(e.decision ?? '')}</td></tr>`).join('')}</table>`
    : `<p>${h('没有记录。', 'None on record.')}</p>`
}
</section>`);

  const m = b.monitoring;
  sections.push(`
<section id="monitoring">
<h2>9 ${h('上线后监测', 'Post-release monitoring')}</h2>
<p class="note">${esc(m.from.slice(0, 10))} – ${esc(m.to.slice(0, 10))} (UTC) · ${h('请求', 'requests')} ${m.totals.counts.requests}</p>
${
  m.daily.length
    ? sparkline(
        m.daily.map((p) => p.counts.requests),
        h('每日请求数', 'Requests per day'),
      )
    : ''
}
<table><tr><th>${h('指标', 'Rate')}</th><th>${h('值（95% 置信区间）', 'Value (95% CI)')}</th></tr>
${rateRows(m.totals.rates, h)}
<tr><td>${h('平均评分', 'Mean rating')}</td><td>${m.totals.rates.mean_rating === null ? '—' : m.totals.rates.mean_rating.toFixed(2)}</td></tr></table>
<h4>${h('按人群分组', 'By user group')}</h4>
${
  Object.keys(m.by_group).length
    ? Object.entries(m.by_group)
        .map(
          ([
            dim,
            rows,
          ]) => `<h5>${esc(dim)}</h5><table><tr><th>${h('组', 'Group')}</th><th>${h('请求', 'Requests')}</th><th>${h('拦截率', 'Block rate')}</th><th>${h('拒答率', 'Refusal rate')}</th><th>${h('升级率', 'Escalation rate')}</th><th>${h('复核率', 'Review rate')}</th><th>${h('差评率', 'Negative feedback')}</th></tr>
${rows.map((r) => `<tr><td>${esc(r.group)}</td><td>${r.counts.requests}</td><td>${prop(r.rates.block_rate)}</td><td>${prop(r.rates.refusal_rate)}</td><td>${prop(r.rates.escalation_rate)}</td><td>${prop(r.rates.review_rate)}</td><td>${prop(r.rates.negative_feedback_rate)}</td></tr>`).join('')}</table>`,
        )
        .join('')
    : `<p class="note">${h('应用未通过 x-yiheng-user-group 请求头提供人群信息，无法分组。', 'The applications sent no x-yiheng-user-group header: no breakdown by group.')}</p>`
}
<h4>${h('漂移告警', 'Drift alerts')}</h4>
<table><tr><th>${h('规则', 'Rule')}</th><th>${h('状态', 'Status')}</th><th>${h('实时', 'Live')}</th><th>${h('基线', 'Baseline')}</th><th>${h('说明', 'Message')}</th></tr>
${m.drift.map((v) => `<tr class="${v.status === 'alert' ? 'unmet' : ''}"><td>${t(v.title)}</td><td>${esc(v.status)}</td><td>${prop(v.live)}</td><td>${v.baseline.value === null ? '—' : pc(v.baseline.value)} <span class="note">${esc(v.baseline.source)}</span></td><td>${t(v.message)}</td></tr>`).join('')}</table>
</section>`);

  sections.push(`
<section id="audit">
<h2>10 ${h('审计链校验', 'Audit trail verification')}</h2>
<p class="${b.audit.ok ? 'ok' : 'bad'}">${b.audit.ok ? h('审计链完整', 'The audit trail is intact') : h('审计链已损坏', 'The audit trail is broken')}: ${b.audit.checked} ${h('条记录', 'records')}, head #${b.audit.head.seq} <code>${esc(b.audit.head.hash)}</code>${b.audit.problem ? ` — ${esc(b.audit.problem.message)}` : ''}</p>
</section>`);

  sections.push(`
<section id="sources">
<h2>11 ${h('依据文件', 'Documents implemented')}</h2>
<ul>${b.sources.map((s) => `<li>${t(s)}</li>`).join('')}</ul>
<p class="note">${h('本档案由医衡根据数据库中的记录生成；分类与映射仅供参考，不构成法律意见。', 'Generated by Yiheng from the records in its database; classifications and mappings are guidance, not legal advice.')}</p>
</section>`);

  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${lang === 'en' ? 'Compliance dossier' : lang === 'zh' ? '合规档案' : '合规档案 Compliance dossier'} — ${d.name}`)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${h('合规档案', 'Compliance dossier')} — <code>${esc(d.name)}</code></h1>
<p class="note">${h('生成时间', 'Generated')} ${esc(b.generated_at)} · ${h('生成人', 'by')} ${esc(b.generated_by)} · schema v${b.schema_version}</p>
<p class="verdict ${verdict ? 'ok' : 'bad'}">${verdict ? h('部署闸门：全部要求已满足，可以上线。', 'Deployment gate: every requirement is met; it may go live.') : h(`部署闸门：${b.gate.requirements.filter((r) => !r.met).length} 项要求未满足，不可上线。`, `Deployment gate: ${b.gate.requirements.filter((r) => !r.met).length} requirement(s) unmet; it may not go live.`)}</p>
<nav><ol>${[
    ['use', '部署与预期用途', 'Deployment and intended use'],
    ['label', '披露标签', 'Disclosure label'],
    ['gate', '部署闸门', 'Deployment gate'],
    ['lineage', '谱系', 'Lineage'],
    ['cards', '模型卡', 'Model cards'],
    ['assessments', '影响评估', 'Impact assessments'],
    ['incidents', '事件', 'Incidents'],
    ['status', '暂停与上线记录', 'Status history'],
    ['monitoring', '上线后监测', 'Monitoring'],
    ['audit', '审计链校验', 'Audit verification'],
    ['sources', '依据文件', 'Documents'],
  ]
    .map(([id, zh, en]) => `<li><a href="#${id}">${h(zh!, en!)}</a></li>`)
    .join('')}</ol></nav>
</header>
<main>${sections.join('\n')}</main>
</body>
</html>
`;
}

function modelCardHtml(
  c: ModelCard,
  t: (b: Bilingual | null | undefined) => string,
  h: (zh: string, en: string) => string,
): string {
  return `<div class="card">
<h3><code>${esc(c.model.id)}</code> @ ${esc(c.model.version)}</h3>
<table class="kv">
<tr><th>${h('开发者 / 提供者 / 部署者', 'Developer / provider / deployer')}</th><td>${esc(c.valueChain.developer ?? '—')} / ${esc(c.valueChain.provider ?? '—')} / ${esc(c.valueChain.deployer ?? '—')}</td></tr>
<tr><th>${h('基础模型', 'Base model')}</th><td>${esc(c.model.baseModel ?? c.model.upstreamModel ?? '—')}</td></tr>
<tr><th>${h('申报的预期用途', 'Declared intended use')}</th><td>${esc(c.intendedUse ?? '—')}</td></tr>
<tr><th>${h('语言', 'Languages')}</th><td>${esc(c.languages.join(', '))}</td></tr>
<tr><th>${h('知识截止日期', 'Knowledge cut-off')}</th><td>${esc(c.knowledgeCutoff ?? h('未申报', 'not declared'))}</td></tr>
<tr><th>${h('幻觉率', 'Hallucination rate')}</th><td>${c.hallucination ? `${prop(c.hallucination.rate)} — ${t(c.hallucination.definition)}` : h('未知（未运行幻觉评测集）', 'unknown (hallucination suite not run)')}</td></tr>
</table>
${
  c.evaluations.length
    ? `<table><tr><th>${h('评测集', 'Suite')}</th><th>${h('维度', 'Dimension')}</th><th>${h('得分（95% CI）', 'Score (95% CI)')}</th><th>n</th><th>${h('评测', 'Run')}</th></tr>
${c.evaluations
  .flatMap((e) => [
    `<tr class="suite"><td>${t(e.title)} <code>${esc(e.suite)}</code> v${esc(e.suiteVersion)}</td><td>${h('总体', 'Overall')}</td><td>${est(e.overall)}</td><td>${e.nItems}</td><td><code>${esc(e.runId)}</code></td></tr>`,
    ...e.dimensions.map(
      (dim) =>
        `<tr><td></td><td>${t(dim.label)}</td><td>${est(dim.estimate)}</td><td>${dim.estimate.n}</td><td></td></tr>`,
    ),
  ])
  .join('')}</table>`
    : ''
}
${
  c.subgroupGaps.length
    ? `<h5>${h('人群差异（最大组间差）', 'Group gaps (largest difference between groups)')}</h5><table><tr><th>${h('任务', 'Task')}</th><th>${h('属性', 'Attribute')}</th><th>${h('差值（95% CI）', 'Gap (95% CI)')}</th><th>${h('各组', 'Groups')}</th></tr>
${c.subgroupGaps
  .map(
    (g) =>
      `<tr class="${g.significant ? 'unmet' : ''}"><td>${esc(g.task)}</td><td>${esc(g.attribute)} (${esc(g.kind)})</td><td>${est(g.disparity)}</td><td>${Object.entries(
        g.groups,
      )
        .map(([k, v]) => `${esc(k)}: ${pc(v.value)} (n=${v.n})`)
        .join('; ')}</td></tr>`,
  )
  .join('')}</table>`
    : ''
}
<h5>${h('已知局限', 'Known limits')}</h5><ul>${c.limits.map((l) => `<li>${t(l)}</li>`).join('')}</ul>
</div>`;
}

function assessmentHtml(
  a: AssessmentView,
  templates: Template[],
  t: (b: Bilingual | null | undefined) => string,
  h: (zh: string, en: string) => string,
): string {
  const template = templates.find((x) => x.id === a.template.id && x.version === a.template.version);
  const answer = (q: Question): string => {
    const v = a.answers[q.id];
    if (v === undefined) return `<em>${h('未作答', 'unanswered')}</em>`;
    if (q.type === 'choice') {
      const option = q.options.find((o) => o.value === v);
      return option ? t(option.label) : esc(String(v));
    }
    if (q.type === 'yes_no') return v === 'yes' ? h('是', 'yes') : h('否', 'no');
    if (q.type === 'scale') return `${esc(String(v))} / ${q.scale.max}`;
    return `<span class="pre">${esc(String(v))}</span>`;
  };
  return `<div class="assessment">
<h3>${t(a.template.title)} <code>${esc(a.template.id)}</code> v${esc(a.template.version)} · <code>${esc(a.id)}</code> <span class="${a.valid ? 'ok' : 'bad'}">${esc(a.status)}${a.valid ? '' : a.status === 'approved' ? ` (${h('已过期', 'expired')})` : ''}</span></h3>
${template ? `<p class="note">${h('依据', 'Implements')}: ${template.implements.map((i) => t(i)).join('; ')}</p>` : ''}
<table class="kv">
<tr><th>${h('完成度', 'Completeness')}</th><td>${Math.round(a.score.completeness * 100)}% (${a.score.answered}/${a.score.required})</td></tr>
<tr><th>${h('风险分', 'Risk score')}</th><td>${a.score.risk_score} / ${a.score.risk_max} — ${t(a.score.risk_label)}${a.score.blockers.length ? ` · ${h('阻断项', 'blocking answers')}: ${esc(a.score.blockers.join(', '))}` : ''}</td></tr>
<tr><th>${h('作者 / 参与者', 'Author / contributors')}</th><td>${esc(a.author)} / ${esc(a.contributors.join(', '))}</td></tr>
<tr><th>${h('审核', 'Review')}</th><td>${a.reviewer ? `${esc(a.reviewer)} · ${esc(a.reviewed_at)}${a.review_note ? ` — ${esc(a.review_note)}` : ''}` : '—'}</td></tr>
<tr><th>${h('有效期至', 'Valid until')}</th><td>${esc(a.valid_until ?? '—')}</td></tr>
</table>
${
  template
    ? template.sections
        .map(
          (s) =>
            `<h5>${t(s.title)}</h5><table class="qa">${s.questions
              .map((q) => `<tr><td>${t(q.text)}</td><td>${answer(q)}</td></tr>`)
              .join('')}</table>`,
        )
        .join('')
    : ''
}
</div>`;
}

function rateRows(
  r: DossierBundle['monitoring']['totals']['rates'],
  h: (zh: string, en: string) => string,
): string {
  const rows: Array<[string, string, Proportion]> = [
    ['拦截率', 'Block rate', r.block_rate],
    ['拒答率（输入被拒）', 'Refusal rate (input refused)', r.refusal_rate],
    ['急症升级率', 'Escalation rate', r.escalation_rate],
    ['人工复核率', 'Review rate', r.review_rate],
    ['差评率（评分 ≤ 2）', 'Negative feedback (rating ≤ 2)', r.negative_feedback_rate],
    ['复核纠正率', 'Correction rate in review', r.correction_rate],
  ];
  return rows.map(([zh, en, p]) => `<tr><td>${h(zh, en)}</td><td>${prop(p)}</td></tr>`).join('');
}

function sparkline(values: number[], title: string): string {
  const w = 600;
  const hgt = 80;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  const points = values
    .map((v, i) => `${(i * step).toFixed(1)},${(hgt - (v / max) * (hgt - 4) - 2).toFixed(1)}`)
    .join(' ');
  return `<figure><svg viewBox="0 0 ${w} ${hgt}" width="100%" height="${hgt}" role="img"><polyline fill="none" stroke="#1d4ed8" stroke-width="2" points="${points}"/></svg><figcaption>${title} (max ${max})</figcaption></figure>`;
}

function known<T>(k: Known<T>, show: (v: T) => string, t: (b: Bilingual) => string): string {
  return k.known ? show(k.value) : `<span class="unknown">unknown · 未知</span> — ${t(k.reason)}`;
}

function est(e: Estimate | null | undefined): string {
  if (!e || e.value === null) return '—';
  return `${pc(e.value)} <span class="ci">[${pc(e.ci_low)}, ${pc(e.ci_high)}]</span>`;
}

function prop(p: Proportion): string {
  if (p.value === null) return '—';
  return `${pc(p.value)} <span class="ci">[${pc(p.ci_low)}, ${pc(p.ci_high)}] ${p.k}/${p.n}</span>`;
}

function pc(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`;
}

export function esc(text: string | null | undefined): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSS = `
:root{--ink:#1f2937;--muted:#6b7280;--line:#d1d5db;--ok:#047857;--bad:#b91c1c;--warn:#92400e;--bg:#fff}
*{box-sizing:border-box}
body{font:14px/1.55 "PingFang SC","Noto Sans CJK SC","Microsoft YaHei","Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg);margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;border-bottom:2px solid var(--ink);padding-bottom:4px;margin-top:32px}h3{font-size:16px}h4,h5{margin:16px 0 6px}
span.en{display:block;color:var(--muted);font-size:.92em}
.note span.en,p>strong span.en,.verdict span.en{display:inline;margin-left:.4em}
h1 span.en,h2 span.en,h3 span.en,h4 span.en,h5 span.en,th span.en,nav span.en{display:inline;margin-left:.5em}
table{border-collapse:collapse;width:100%;margin:8px 0 12px}th,td{border:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}th{background:#f3f4f6}
table.kv th{width:28%}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.92em;background:#f3f4f6;padding:0 3px;border-radius:3px}
.note{color:var(--muted);font-size:.92em}.ci{color:var(--muted);font-size:.88em}
.ok{color:var(--ok);font-weight:600}.bad{color:var(--bad);font-weight:600}
.verdict{font-size:16px;padding:10px 14px;border:2px solid currentColor;border-radius:6px}
.warnings{border:2px solid var(--warn);background:#fffbeb;padding:8px 14px;border-radius:6px;font-size:15px;font-weight:600;color:var(--warn)}
tr.unmet td{background:#fef2f2}tr.met td:first-child{color:var(--ok)}tr.unmet td:first-child{color:var(--bad)}
.tier,.sev{border:1px solid currentColor;border-radius:10px;padding:0 8px;font-size:.85em}
.tier-high,.sev-high,.sev-critical{color:var(--bad)}.tier-limited,.sev-medium{color:var(--warn)}
.pre{white-space:pre-wrap}.ids{font-family:ui-monospace,monospace;font-size:.8em;word-break:break-all}
.unknown{font-weight:600;color:var(--warn)}
nav ol{columns:2;margin:8px 0}
.card,.assessment,.incident{border:1px solid var(--line);border-radius:6px;padding:4px 14px;margin:10px 0}
figure{margin:8px 0}figcaption{color:var(--muted);font-size:.9em}
@media print{body{max-width:none;padding:0;font-size:11px}nav{display:none}section{break-before:page}section#use{break-before:auto}
table,tr,.card,.assessment,.incident{break-inside:avoid}a{color:inherit;text-decoration:none}
@page{size:A4;margin:16mm 14mm}}
`;

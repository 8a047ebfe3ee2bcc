import { sql } from 'kysely';
import type { Config } from '../../foundation/config.ts';
import type { Db } from '../../foundation/db/database.ts';
import type { ModelRecord } from '../../models/registry.ts';
import type { Bilingual } from '../shared/bilingual.ts';

/** A figure that is either measured from records or honestly unknown, with the reason. */
export type Known<T> = { known: true; value: T; basis: Bilingual } | { known: false; reason: Bilingual };

export interface UsageFigures {
  windowDays: number;
  requests: number;
  tokens: { prompt: number; completion: number };
  costPer1kRequestsUsd: Known<number>;
  energyPer1kRequestsWh: Known<number>;
  byModel: Array<{ model: string; requests: number; promptTokens: number; completionTokens: number }>;
}

/**
 * Cost and energy per 1,000 requests from what the gateway actually recorded (tokens per answer in
 * the audit trail) times configured prices and energy factors. Any missing factor makes the
 * figure "unknown" with its reason; nothing is guessed.
 */
export async function usageFigures(
  db: Db,
  config: Config,
  deployment: string,
  models: Map<string, ModelRecord>,
  now: Date = new Date(),
): Promise<UsageFigures> {
  const days = config.governance.usage_window_days;
  const from = new Date(now.getTime() - days * 86_400_000);
  const { rows } = await sql<{ model: string | null; requests: number; prompt: number; completion: number }>`
    select b -> 'data' -> 'model' ->> 'id' as model, count(*) as requests,
      coalesce(sum((b -> 'data' -> 'tokens' ->> 'prompt')::bigint), 0) as prompt,
      coalesce(sum((b -> 'data' -> 'tokens' ->> 'completion')::bigint), 0) as completion
    from (select body::jsonb as b from audit_records
          where deployment = ${deployment} and kind in ('chat.completion', 'chat.stream.end')
            and created_at >= ${from} and created_at < ${now}) r
    group by 1`.execute(db);
  const requests = rows.reduce((s, r) => s + Number(r.requests), 0);
  const byModel = rows
    .filter((r) => r.model)
    .map((r) => ({
      model: r.model!,
      requests: Number(r.requests),
      promptTokens: Number(r.prompt),
      completionTokens: Number(r.completion),
    }));
  const tokens = {
    prompt: byModel.reduce((s, m) => s + m.promptTokens, 0),
    completion: byModel.reduce((s, m) => s + m.completionTokens, 0),
  };
  const noTraffic: Bilingual = {
    zh: `最近 ${days} 天没有经网关的请求`,
    en: `no requests through the gateway in the last ${days} days`,
  };
  if (requests === 0) {
    return {
      windowDays: days,
      requests,
      tokens,
      costPer1kRequestsUsd: { known: false, reason: noTraffic },
      energyPer1kRequestsWh: { known: false, reason: noTraffic },
      byModel,
    };
  }
  const unpriced = byModel.filter((m) => !models.get(m.model)?.price).map((m) => m.model);
  const cost: Known<number> = unpriced.length
    ? {
        known: false,
        reason: {
          zh: `未配置价格：${unpriced.join(', ')}（yiheng.yaml 中 models[].price）`,
          en: `no price configured for ${unpriced.join(', ')} (models[].price in yiheng.yaml)`,
        },
      }
    : {
        known: true,
        value:
          (byModel.reduce((s, m) => {
            const price = models.get(m.model)!.price!;
            return (
              s + (m.promptTokens * price.input_per_mtok + m.completionTokens * price.output_per_mtok) / 1e6
            );
          }, 0) /
            requests) *
          1000,
        basis: {
          zh: `最近 ${days} 天 ${requests} 次请求的实际令牌数 × 配置的单价`,
          en: `actual tokens of ${requests} requests in the last ${days} days × configured prices`,
        },
      };
  const factors = config.governance.energy_wh_per_1k_tokens;
  const unfactored = byModel.filter((m) => factors[m.model] === undefined).map((m) => m.model);
  const energy: Known<number> = unfactored.length
    ? {
        known: false,
        reason: {
          zh: `未配置能耗系数：${unfactored.join(', ')}（governance.energy_wh_per_1k_tokens）`,
          en: `no energy factor configured for ${unfactored.join(', ')} (governance.energy_wh_per_1k_tokens)`,
        },
      }
    : {
        known: true,
        value:
          (byModel.reduce(
            (s, m) => s + ((m.promptTokens + m.completionTokens) / 1000) * factors[m.model]!,
            0,
          ) /
            requests) *
          1000,
        basis: {
          zh: `最近 ${days} 天的实际令牌数 × 配置的每千令牌能耗`,
          en: `actual tokens in the last ${days} days × configured Wh per 1,000 tokens`,
        },
      };
  return {
    windowDays: days,
    requests,
    tokens,
    costPer1kRequestsUsd: cost,
    energyPer1kRequestsWh: energy,
    byModel,
  };
}

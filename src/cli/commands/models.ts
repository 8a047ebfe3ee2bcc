import type { Command } from 'commander';
import type { ModelRecord } from '../../models/registry.ts';
import type { CliContext } from '../context.ts';
import { printJson, printTable } from '../output.ts';

export function registerModelsCommands(program: Command, ctx: () => CliContext): void {
  const models = program
    .command('models')
    .description('register, list, show and remove models (模型注册)')
    .addHelpText('after', '\nExample:\n  $ yiheng models list');

  models
    .command('add <id>')
    .description('register an OpenAI-compatible model')
    .requiredOption('--provider <provider>', 'provider type: openai-compatible')
    .requiredOption('--base-url <url>', 'base URL of the API, e.g. https://api.deepseek.com/v1')
    .requiredOption('--model <name>', 'the upstream model name, e.g. deepseek-chat')
    .option('--api-key-env <VAR>', 'NAME of the environment variable that holds the API key')
    .option('--version <version>', 'version of this model as you deploy it', '1')
    .option('--base-model <name>', 'the base model it derives from')
    .option('--developer <org>', 'WHO value chain: who developed the model')
    .option('--provider-org <org>', 'WHO value chain: who provides (adapts, integrates) it')
    .option('--deployer <org>', 'WHO value chain: who deploys it (hospital, health system)')
    .option('--intended-use <text>', 'intended use, e.g. "pre-consultation triage"')
    .option('--languages <list>', 'comma-separated languages', 'zh,en')
    .option('--knowledge-cutoff <date>', 'training data cut-off, e.g. 2024-07')
    .addHelpText(
      'after',
      '\nExample:\n  $ yiheng models add deepseek --provider openai-compatible --base-url https://api.deepseek.com/v1 \\\n      --model deepseek-chat --api-key-env DEEPSEEK_API_KEY',
    )
    .action(async (id: string, o: Record<string, string | undefined>) => {
      const registry = await ctx().registry();
      const record = await registry.add({
        id,
        provider: o.provider as 'openai-compatible',
        baseUrl: o.baseUrl!,
        upstreamModel: o.model!,
        apiKeyEnv: o.apiKeyEnv,
        version: o.version,
        baseModel: o.baseModel,
        developer: o.developer,
        providerOrg: o.providerOrg,
        deployer: o.deployer,
        intendedUse: o.intendedUse,
        languages: (o.languages ?? 'zh,en')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        knowledgeCutoff: o.knowledgeCutoff,
      });
      console.log(`registered ${record.id} → ${record.baseUrl} (${record.upstreamModel})`);
    });

  models
    .command('list')
    .description('list registered models')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ yiheng models list --json')
    .action(async (o: { json?: boolean }) => {
      const list = await (await ctx().registry()).list();
      if (o.json) return printJson(list);
      printTable(
        list.map((m) => ({
          id: m.id,
          provider: m.provider,
          upstream: m.upstreamModel ?? '-',
          version: m.version,
          origin: m.origin,
          'intended use': m.intendedUse ?? '-',
        })),
      );
    });

  models
    .command('show <id>')
    .description('show one model and its value-chain facts')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ yiheng models show yiheng-reference')
    .action(async (id: string, o: { json?: boolean }) => {
      const model = await (await ctx().registry()).get(id);
      if (o.json) return printJson(model);
      printRecord(model);
    });

  models
    .command('remove <id>')
    .description('remove a model registered with `models add`')
    .addHelpText('after', '\nExample:\n  $ yiheng models remove deepseek')
    .action(async (id: string) => {
      await (await ctx().registry()).remove(id);
      console.log(`removed ${id}`);
    });
}

function printRecord(m: ModelRecord): void {
  const fields: Array<[string, string]> = [
    ['id', m.id],
    ['provider', m.provider],
    ['base url', m.baseUrl ?? '-'],
    ['upstream model', m.upstreamModel ?? '-'],
    ['api key env', m.apiKeyEnv ?? '-'],
    ['version', m.version],
    ['base model', m.baseModel ?? '-'],
    ['developer (WHO)', m.developer ?? '-'],
    ['provider (WHO)', m.providerOrg ?? '-'],
    ['deployer (WHO)', m.deployer ?? '-'],
    ['intended use', m.intendedUse ?? '-'],
    ['languages', m.languages.join(', ')],
    ['knowledge cut-off', m.knowledgeCutoff ?? '-'],
    ['origin', m.origin],
  ];
  for (const [key, value] of fields) console.log(`${key.padEnd(18)} ${value}`);
}

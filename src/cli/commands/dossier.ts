import { type Command, Option } from 'commander';
import { buildDossier } from '../../governance/dossier/dossier-bundle.ts';
import { writeDossier } from '../../governance/dossier/write-dossier.ts';
import type { CliContext } from '../context.ts';
import { actorFrom, asOption, governanceOf } from './governance.ts';

export function registerDossierCommand(program: Command, ctx: () => CliContext): void {
  program
    .command('dossier <deployment>')
    .description(
      'write the compliance dossier for an auditor: dossier.html (self-contained, printable) and dossier.json (合规档案)',
    )
    .requiredOption('--out <dir>', 'folder to write into')
    .addOption(
      new Option('--lang <lang>', 'languages of the HTML').choices(['both', 'zh', 'en']).default('both'),
    )
    .addOption(asOption())
    .addHelpText('after', '\nExample:\n  $ yiheng dossier triage-bot --out out/dossier-triage')
    .action(async (name: string, o: { out: string; lang: 'both' | 'zh' | 'en'; as?: string }) => {
      const g = await governanceOf(ctx);
      await g.applyGateHolds();
      const bundle = await buildDossier(g, actorFrom(o), name);
      const files = writeDossier(bundle, o.out, o.lang);
      console.log(`wrote ${files.html} and ${files.json}`);
      console.log(
        bundle.gate.mayGoLive
          ? 'gate: may go live · 可以上线'
          : `gate: ${bundle.gate.requirements.filter((r) => !r.met).length} requirement(s) unmet · 不可上线`,
      );
    });
}

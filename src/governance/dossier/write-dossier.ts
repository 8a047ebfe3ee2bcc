import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DossierBundle } from './dossier-bundle.ts';
import { type DossierLang, renderDossierHtml } from './dossier-html.ts';

/** Writes dossier.html (self-contained, printable) and dossier.json (the same records) into `dir`. */
export function writeDossier(
  bundle: DossierBundle,
  dir: string,
  lang: DossierLang = 'both',
): { html: string; json: string } {
  mkdirSync(dir, { recursive: true });
  const html = path.join(dir, 'dossier.html');
  const json = path.join(dir, 'dossier.json');
  writeFileSync(json, `${JSON.stringify(bundle, null, 2)}\n`);
  writeFileSync(html, renderDossierHtml(bundle, lang));
  return { html, json };
}

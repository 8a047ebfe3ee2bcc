import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { YihengError } from '../../foundation/errors.ts';
import type { LoadedSuite, LoadedTask } from '../suite/load-suite.ts';
import { cmbLoader } from './cmb.ts';
import { cmexamLoader } from './cmexam.ts';
import type { DatasetLoader } from './formats.ts';
import { healthbenchLoader } from './healthbench.ts';
import { medmcqaLoader } from './medmcqa.ts';
import { medqaLoader } from './medqa.ts';
import { mmedbenchLoader } from './mmedbench.ts';
import { pubmedqaLoader } from './pubmedqa.ts';

export const DATASET_LOADERS = {
  medqa: medqaLoader,
  medmcqa: medmcqaLoader,
  mmedbench: mmedbenchLoader,
  cmexam: cmexamLoader,
  cmb: cmbLoader,
  pubmedqa: pubmedqaLoader,
  healthbench: healthbenchLoader,
} satisfies Record<string, DatasetLoader>;

export type DatasetFormat = keyof typeof DATASET_LOADERS;
export const DATASET_FORMATS = Object.keys(DATASET_LOADERS) as DatasetFormat[];

export function isDatasetFormat(format: string): format is DatasetFormat {
  return format in DATASET_LOADERS;
}

/**
 * A user's public-format dataset file as a one-task suite. Nothing is bundled: the user brings
 * the file (licences of these datasets vary), and each record is converted and validated as it
 * is read, so a malformed record is reported with its line (or record number) and skipped.
 */
export function loadDataset(file: string, format: string): LoadedSuite {
  if (!isDatasetFormat(format)) {
    throw new YihengError(`unknown dataset format "${format}"`, {
      hint: `use one of: ${DATASET_FORMATS.join(', ')}`,
      code: 'format_unknown',
    });
  }
  const absolute = path.resolve(file);
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    throw new YihengError(`dataset file ${absolute} does not exist`, {
      hint: 'give the path of the downloaded file (e.g. test.jsonl, ori_pqal.json)',
      code: 'dataset_not_found',
    });
  }
  const loader: DatasetLoader = DATASET_LOADERS[format];
  const base = path.basename(absolute).replace(/\.[^.]+$/, '');
  const slug = `${format}-${base}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const task: LoadedTask = {
    key: `${slug}/${format}`,
    id: format,
    suiteId: slug,
    type: loader.type,
    ability: loader.ability,
    wrappers: [],
    files: [absolute],
    readItems: (options = {}) => loader.read(absolute, options),
    ...(loader.count ? { countItems: () => loader.count!(absolute) } : {}),
  };
  return {
    id: slug,
    title: {
      zh: `${loader.name.zh}（${path.basename(absolute)}）`,
      en: `${loader.name.en} (${path.basename(absolute)})`,
    },
    version: '0.0.0',
    file: absolute,
    groups: [{ suiteId: slug, file: absolute, tasks: [task] }],
  };
}

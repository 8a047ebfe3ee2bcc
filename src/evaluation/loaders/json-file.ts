import { readFileSync } from 'node:fs';
import { YihengError } from '../../foundation/errors.ts';

/** Reads a whole-file JSON dataset (CMB, PubMedQA are one JSON document each). */
export function readJsonFile(file: string): unknown {
  let textContent: string;
  try {
    textContent = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new YihengError(`cannot read ${file}: ${(error as Error).message}`, {
      hint: 'check the path and permissions',
      code: 'dataset_unreadable',
      cause: error,
    });
  }
  try {
    return JSON.parse(textContent);
  } catch (error) {
    throw new YihengError(`${file} is not valid JSON (${(error as Error).message})`, {
      hint: 'this format is one JSON document; check that the file is complete and not JSON Lines',
      code: 'dataset_invalid',
      cause: error,
    });
  }
}

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { YihengError } from '../../foundation/errors.ts';
import { renderReport } from '../report/html-report.ts';
import type { EvaluationResults } from './results.ts';

/**
 * Writes results.json and report.html into `outDir`. Each file is written to a temporary name
 * and renamed, so a reader never sees half a file.
 */
export async function writeOutputs(
  outDir: string,
  results: EvaluationResults,
): Promise<{ results: string; report: string }> {
  try {
    mkdirSync(outDir, { recursive: true });
    const resultsFile = path.join(outDir, 'results.json');
    const reportFile = path.join(outDir, 'report.html');
    writeAtomically(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    writeAtomically(reportFile, renderReport(results));
    return { results: resultsFile, report: reportFile };
  } catch (error) {
    throw new YihengError(`cannot write the results to ${outDir}: ${(error as Error).message}`, {
      hint: 'check that the folder is writable, or choose another --out',
      code: 'output_unwritable',
      cause: error,
    });
  }
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

import type { TaskType } from '../suite/schema.ts';
import { classificationTask } from './classification.ts';
import { consultationTask } from './consultation.ts';
import { extractionTask } from './extraction.ts';
import { mcqTask } from './mcq.ts';
import { rubricTask } from './rubric.ts';
import { shortTask } from './short.ts';
import type { TaskKind } from './task-kind.ts';
import { yesnoTask } from './yesno.ts';

/** Every task type the engine runs, by the `type` a suite's task names. */
export const TASK_KINDS: { [T in TaskType]: TaskKind<T> } = {
  mcq: mcqTask,
  yesno: yesnoTask,
  short: shortTask,
  extraction: extractionTask,
  rubric: rubricTask,
  consultation: consultationTask,
  classification: classificationTask,
};

export function taskKind(type: TaskType): TaskKind {
  return TASK_KINDS[type] as unknown as TaskKind;
}

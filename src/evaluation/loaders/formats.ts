import type { Ability } from '../indicators.ts';
import type { ItemRecord, ReadItemsOptions } from '../suite/read-items.ts';
import type { BilingualText, TaskType } from '../suite/schema.ts';

/** A reader for one public dataset format: the task it becomes, and its items from a user's file. */
export interface DatasetLoader {
  format: string;
  name: BilingualText;
  type: TaskType;
  ability: Ability;
  read(file: string, options: ReadItemsOptions): AsyncIterable<ItemRecord>;
  count?(file: string): Promise<number>;
}

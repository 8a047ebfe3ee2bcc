import { RecognizerRegistry } from '../registry.ts';

/** The rules alone: these tests pin what each rule reads; the person-name model has its own tests. */
const registry = RecognizerRegistry.withDefaults({ personModel: false });

/** The texts the default recognizers report as `type` in `text` (for tests of single rules). */
export const textsOfType = (type: string, text: string, language: 'zh' | 'en' = 'zh'): string[] =>
  registry
    .analyze(text, { language })
    .filter((f) => f.type === type)
    .map((f) => f.text);

/** textsOfType for English text (the tests of English rules call it many times a file). */
export const englishTextsOfType = (type: string, text: string): string[] => textsOfType(type, text, 'en');

import { describe, expect, it } from 'vitest';
import { compileRedFlags } from '../../foundation/knowledge/redflags.ts';
import { loadBundledGuardKnowledge } from '../knowledge.ts';
import { escalationMessage, RedFlagDetector, triageOf } from './redflag.ts';

/** Red flags together with the emergency model (data/models/triage-emergency.json). Messages invented here. */
const knowledge = loadBundledGuardKnowledge();
const model = knowledge.emergencyModel!;
const rulesOnly = new RedFlagDetector(knowledge.redflags!);
const withModel = new RedFlagDetector(knowledge.redflags!, model);
/** No red flags at all: whatever is raised, the model raised. */
const modelOnly = new RedFlagDetector(compileRedFlags([]), model);

describe('red flags with the emergency model', () => {
  it('raises a message no rule matched, pointing at the words that weighed most', () => {
    const text = "Dad's gone all grey and sweaty, says his chest feels like an elephant is sitting on it";
    const findings = modelOnly.detect(text);
    expect(triageOf(findings)).toBe('emergency');
    const [finding] = findings;
    expect(finding!.detail).toMatchObject({
      id: 'model.emergency',
      level: 'emergency',
      model_version: model.file.version,
    });
    expect(finding!.detail!.model_probability as number).toBeGreaterThanOrEqual(model.file.promote_at);
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.text);
    expect((finding!.detail!.evidence as string[]).length).toBe(3);
    expect(escalationMessage(findings, 'en')).toMatch(/do not wait.*emergency number/);
    expect(escalationMessage(modelOnly.detect('老人家肚子胀得像鼓，一直吐，两天没拉了'), 'zh')).toMatch(
      /急症.*120/,
    );
  });

  it('leaves routine questions routine', () => {
    for (const text of [
      'Can I take paracetamol for a mild headache after a long day?',
      '想问一下平时降压药早上吃还是晚上吃好？',
      '我妈三年前中过风，现在恢复得挺好，想问问平时饮食注意什么',
    ])
      expect(triageOf(withModel.detect(text))).toBe('routine');
  });

  it("never lowers a rule's emergency, even where the model finds it unlikely", () => {
    // Rare conditions are where the rules carry knowledge. Which of these the model finds unlikely
    // moves as it is retrained, so the ones it does are picked here (at least one must be).
    const unlikely = [
      'On clozapine, no poo for five days, belly swollen and now vomiting',
      'On clozapine and have not opened my bowels for five days, tummy swollen',
      'Nursing student here: in triage class, a patient with chest pain and sweating is category what?',
      'Exam question: a patient with a thunderclap headache, what is the triage category?',
    ].filter((text) => model.probability(text)! < model.file.promote_at);
    expect(unlikely.length).toBeGreaterThan(0);
    for (const text of unlikely) {
      expect(triageOf(rulesOnly.detect(text))).toBe('emergency');
      expect(triageOf(withModel.detect(text))).toBe('emergency');
      expect(withModel.detect(text)).toEqual(rulesOnly.detect(text));
    }
  });

  it('keeps a rule emergency the model does not rule out', () => {
    const text = '我爸胸口压着疼了半小时，满头冷汗';
    expect(triageOf(withModel.detect(text))).toBe('emergency');
    expect(withModel.detect(text).some((f) => f.detail?.id === 'model.emergency')).toBe(false);
  });

  it('does not raise a question asked for a story', () => {
    const text =
      "For my novel: her dad suddenly can't speak, his face droops and his right arm is weak, what should the family do?";
    expect(model.probability(text)!).toBeGreaterThan(model.file.promote_at);
    expect(triageOf(modelOnly.detect(text))).toBe('routine');
  });

  it('still raises signs the writer has now, beside a story', () => {
    for (const text of [
      "I'm writing a short story, but right now I have crushing chest pain and sweating",
      '我在写小说，我现在胸口疼得厉害，一直出冷汗',
    ]) {
      expect(triageOf(rulesOnly.detect(text))).toBe('emergency');
      expect(triageOf(withModel.detect(text))).toBe('emergency');
    }
    expect(
      triageOf(
        rulesOnly.detect("I'm writing a short story where a man has crushing chest pain and sweating"),
      ),
    ).toBe('routine');
  });

  it('leaves texts longer than the model was trained on to the rules', () => {
    const text = `${'今天门诊复查，一切正常。'.repeat(200)}他胸口剧痛，满头大汗`;
    expect(model.probability(text)).toBeUndefined();
    expect(modelOnly.detect(text)).toEqual([]);
  });
});

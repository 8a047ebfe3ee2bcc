import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it('tells Chinese from English', () => {
    expect(detectLanguage('我胸口疼了两个小时')).toBe('zh');
    expect(detectLanguage('I have had chest pain for two hours')).toBe('en');
  });
  it('treats mixed text by its majority', () => {
    expect(detectLanguage('患者服用 aspirin 后出现黑便')).toBe('zh');
    expect(detectLanguage('What does 心梗 mean in English medical terms?')).toBe('en');
  });
  it('counts Han characters one by one and Latin letters by word', () => {
    expect(detectLanguage('CT示肺炎')).toBe('zh');
    expect(detectLanguage('CT scan shows 肺炎')).toBe('en');
    expect(detectLanguage('一二三 a b c')).toBe('zh');
  });
  it('defaults to English for text without letters', () => {
    expect(detectLanguage('12345')).toBe('en');
  });
});

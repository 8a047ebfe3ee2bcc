/** Guard decisions from mildest to strongest, and one colour each (the same in every chart). */
export const DECISIONS = ['allow', 'redact', 'review', 'escalate', 'block'] as const;

export const decisionColours: Record<string, string> = {
  allow: '#1a7f37',
  redact: '#0b5394',
  review: '#a15c00',
  escalate: '#c2410c',
  block: '#b42318',
};

/** Chart colours for series that are not decisions (runs, groups): distinguishable and AA on white. */
export const palette = ['#0b5394', '#c2410c', '#1a7f37', '#7b3fa0', '#a15c00', '#0f766e', '#b42318'];

import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * A child's or grandchild's pet name (小 and two characters; 小 and a surname is read by the short-form rule, surname only) that an old patient asks or frets about, with when
 * they come back ("奶奶还问小某某什么时候回来", "一直念叨小某什么时候到"; round 54): someone awaited is a person. Not a
 * word for a child or a youth in general ("小孩", "小朋友", "小伙子"), which names no one.
 */
const AWAITED_PET_NAME =
  /(?:问|念叨|惦记|想着|盼着|等着)(?<value>小(?!孩|朋友|姑娘|伙|家伙|宝宝|两口|辈|学|区|组|时|便|腿|儿科)[\u4e00-\u9fff]{2})(?=什么时候(?:回来|回家|来|到|过来))/dg;

export const chineseAwaitedPetNameRecognizer = new PatternRecognizer({
  name: 'pii.person_zh_awaited',
  type: 'PERSON',
  patterns: [{ name: 'awaited-pet-name', regex: AWAITED_PET_NAME, score: 0.7, prefilter: /什么时候/ }],
});

/**
 * The value of each Chinese digit character, in the forms people write and say: 〇 and 零 for zero, 幺 for
 * one when reading out a number (phones, beds), 两 for two before a unit or a hundred. Which characters a
 * reader accepts is its own pattern's business; this is only what each one is worth.
 */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  幺: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

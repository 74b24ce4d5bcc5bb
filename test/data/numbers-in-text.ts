/**
 * The numbers a quote prints, in the forms the sources use: digits with separators and scale
 * words ("$1.1 billion", "1.1bn", "5m", "1,000", "66%", "RMB 80 cents"), number words ("two or
 * three months", "a billion", "half"), and ordinals ("the second-largest"). Each printed number
 * yields every value it may stand for: 1.1 billion is both 1.1 and 1100000000, 80 cents both 80
 * and 0.8, half both 0.5 and 50. The provenance test matches record values against these.
 */

const SCALES: Readonly<Record<string, number>> = {
  trillion: 1e12,
  tn: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
  hundred: 100,
  cent: 0.01,
  cents: 0.01,
};

const WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, single: 1, once: 1, twice: 2, double: 2, triple: 3,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

const FRACTIONS: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25, third: 1 / 3 };

const TOKEN = /(\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+)/g;

function withScale(value: number, next: string | undefined, out: number[]): void {
  out.push(value);
  const scale = next === undefined ? undefined : SCALES[next];
  if (scale !== undefined) out.push(value * scale);
}

/** Every value the numbers in `text` may stand for (see the module comment). */
export function numbersIn(text: string): number[] {
  // '1.1bn' and '5m' glue the scale to the digits; split them so the scale is a token of its own
  const tokens = [...text.toLowerCase().replace(/(\d)([a-z])/g, '$1 $2').matchAll(TOKEN)].map((m) => m[0]);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    if (/^[\d.]/.test(token)) {
      const digits = token.replace(/,/g, '');
      const value = Number(digits);
      if (!Number.isFinite(value)) continue;
      withScale(value, next, out);
      // '1st', '2nd', '3rd', '4th' are ordinals: the digits already stand for the rank
      continue;
    }
    // 'a million', 'an hundred': the article counts only before a scale word
    if ((token === 'a' || token === 'an') && next !== undefined && SCALES[next] !== undefined) {
      out.push(SCALES[next] as number);
      continue;
    }
    const word = WORDS[token];
    if (word !== undefined) {
      withScale(word, next, out);
      const after = next === undefined ? undefined : SCALES[next];
      // 'two hundred million': a scale word after a scaled word multiplies again
      const third = tokens[i + 2];
      if (after !== undefined && third !== undefined && SCALES[third] !== undefined) out.push(word * after * (SCALES[third] as number));
      continue;
    }
    const fraction = FRACTIONS[token];
    if (fraction !== undefined) out.push(fraction, fraction * 100);
  }
  return out;
}

/** Whether `value` is among the numbers `text` prints, up to floating-point noise of the scaling. */
export function printsNumber(text: string, value: number): boolean {
  return numbersIn(text).some((n) => n === value || Math.abs(n - value) <= Math.abs(value) * 1e-9);
}

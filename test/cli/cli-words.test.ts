import { describe, expect, it } from 'vitest';
import { inCliWords } from '../../src/cli/_lib/text.js';

describe('inCliWords', () => {
  it.each([
    ['track "t9" of sale "s4" has no credits: add it to options.credits', 'track "t9" of sale "s4" has no credits: add it to the credits file'],
    ['includeSubsidiaries needs a party', '--subsidiaries needs a party'],
    ['from "2019-13" is not a partial ISO date', '--from "2019-13" is not a partial ISO date'],
    ['from "2020" is after to "2019"', '--from "2020" is after --to "2019"'],
    ['amount "0.805" has 3 decimal places; at most 2 are allowed', 'price "0.805" has 3 decimal places; at most 2 are allowed'],
    ['invalid amount "abc": write a plain decimal', 'invalid price "abc": write a plain decimal'],
    ['credits[2] 7 is not allowed: an object { role, payee, share }', 'credit 3 (7) is not allowed: an object { role, payee, share }'],
    ['credits[0] names role "singer", which rule "x" lacks', 'credit 1 names role "singer", which rule "x" lacks'],
    ['option timeZone  is not allowed: an IANA time zone', '--tz "" is not allowed: an IANA time zone'],
  ])('%j → %j', (library, cli) => {
    expect(inCliWords(library)).toBe(cli);
  });

  it('leaves other words alone: a price, a date range in prose, a track named "from"', () => {
    for (const message of ['price 0.81 CNY is above the cap', 'track "from" has no credits', 'the amount of the sale', 'moved from "a" to "b"']) {
      expect(inCliWords(message)).toBe(message);
    }
  });
});

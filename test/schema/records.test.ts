import { describe, expect, it } from 'vitest';
import { partialDateSchema } from '../../src/schema/index.js';

describe('partialDateSchema', () => {
  it('accepts a year, a month or a real day', () => {
    for (const date of ['2014', '2019-07', '2019-08-15', '2020-02-29']) expect(partialDateSchema.safeParse(date).success).toBe(true);
  });

  it('rejects malformed dates and days that do not exist, as the queries do', () => {
    for (const date of ['14', '2019-7', '2019-13', '2019-02-29', '2019-04-31', '2019-08-15T00:00Z']) {
      expect(partialDateSchema.safeParse(date).success).toBe(false);
    }
  });
});

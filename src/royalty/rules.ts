import { money } from '../money/money.js';
import { defineRule } from './define-rule.js';
import type { RoyaltyRule } from './rule-types.js';

/**
 * Xiami's paid download (2010–2011): RMB 0.80 a track, 0.20 to the uploader, 0.40 to the label,
 * 0.20 to Xiami itself.
 */
export const xiamiDownloadRule: RoyaltyRule = defineRule({
  id: 'xiami-download',
  name: 'Xiami paid download',
  currency: 'CNY',
  roles: [
    { role: 'uploader', weight: 25 },
    { role: 'label', weight: 50 },
    { role: 'platform', weight: 25, payee: 'xiami' },
  ],
  listPrice: money('0.80', 'CNY'),
  priceCap: money('0.80', 'CNY'),
  platformRole: 'platform',
  citations: [
    {
      source: 'xiami-acquisition-rumor',
      quote:
        'For instance, it costs RMB 80 cents to download a piece from Xiami, people who uploaded the piece gets 20 cents, label gets 40 while Xiami per se gets the remaining 20.',
    },
  ],
});

/**
 * Xiami's Musician Platform (2013): musicians set their own price up to 50 yuan a song; the
 * lyricist, composer and producer get 10%, 10% and 80%, and Xiami charges nobody.
 */
export const musicianPlatformRule: RoyaltyRule = defineRule({
  id: 'musician-platform',
  name: 'Xiami Musician Platform',
  currency: 'CNY',
  roles: [
    { role: 'lyricist', weight: 10 },
    { role: 'composer', weight: 10 },
    { role: 'producer', weight: 80 },
  ],
  priceCap: money('50.00', 'CNY'),
  citations: [
    {
      source: 'sina-tech-xiami-new-order',
      quote:
        'musicians can spread songs on Xiami Online and set their own price (currently no more than 50 yuan/song).',
    },
    {
      source: 'sina-tech-xiami-new-order',
      quote:
        'The lyricist, composer and song recording producer can respectively get 10%, 10% and 80% of the income. That is to say, Xiami currently does not charge any party on the platform.',
    },
  ],
});

/**
 * An exact sum of money: `amount` counts integer minor units (fen, cents) of `currency`, whose
 * `scale` is the number of decimal places (2 for CNY, 0 for JPY). Always a frozen plain object.
 */
export type Money = Readonly<{ amount: number; currency: string; scale: number }>;

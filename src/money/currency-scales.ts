// ISO 4217 List One, the active codes that have minor units, as published on 2024-06-25 (SIX,
// the maintenance agency), plus XCG, the Caribbean guilder that replaces ANG from 2025. Codes
// without minor units (XAU gold, XDR, XTS, XXX, …) are left out: they cannot be counted in
// minor units. Written out here, not asked of Intl, whose CLDR data differs between runtimes
// (HUF is 0 in Node's ICU and 2 in Bun's) and from ISO (COP, IQD, IDR, …).
const CODES_BY_SCALE: readonly string[] = [
  /* 0 */ 'BIFCLPDJFGNFISKJPYKMFKRWPYGRWFUGXUYIVNDVUVXAFXOFXPF',
  /* 1 */ '',
  /* 2 */ 'AEDAFNALLAMDANGAOAARSAUDAWGAZNBAMBBDBDTBGNBMDBNDBOBBOVBRLBSDBTNBWPBYNBZDCADCDFCHECHFCHWCNYCOPCOUCRCCUCCUPCVECZKDKKDOPDZDEGPERNETBEURFJDFKPGBPGELGHSGIPGMDGTQGYDHKDHNLHTGHUFIDRILSINRIRRJMDKESKGSKHRKPWKYDKZTLAKLBPLKRLRDLSLMADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXNMXVMYRMZNNADNGNNIONOKNPRNZDPABPENPGKPHPPKRPLNQARRONRSDRUBSARSBDSCRSDGSEKSGDSHPSLESOSSRDSSPSTNSVCSYPSZLTHBTJSTMTTOPTRYTTDTWDTZSUAHUSDUSNUYUUZSVEDVESWSTXCDXCGYERZARZMWZWG',
  /* 3 */ 'BHDIQDJODKWDLYDOMRTND',
  /* 4 */ 'CLFUYW',
];

const entries = CODES_BY_SCALE.flatMap((codes, scale) => (codes.match(/.../g) ?? []).map((code): [string, number] => [code, scale]));

/** Internal: the scale of every code, for lookups that a caller cannot reach or change. */
export const SCALE_OF: ReadonlyMap<string, number> = new Map(entries);

/**
 * The minor units (decimal places) of every active ISO 4217 currency, by code: `CNY: 2`,
 * `JPY: 0`, `HUF: 2`, `IQD: 3`, `CLF: 4`, … The same in every runtime. Frozen.
 */
export const CURRENCY_SCALES: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze(Object.fromEntries(entries));

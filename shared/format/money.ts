// Money is stored and computed in integer cents; only the edges format and parse.

const wholeEuros = new Intl.NumberFormat('fi-FI', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const withCents = new Intl.NumberFormat('fi-FI', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "12 500 €" for whole euros, "12 500,50 €" otherwise (no-break spaces, as Finnish documents print it). */
export function formatEuros(cents: number): string {
  const formatter = cents % 100 === 0 ? wholeEuros : withCents;
  return formatter.format(cents / 100);
}

/** The same number without the currency sign, for table cells with a € column header. */
export function formatAmount(cents: number): string {
  return formatEuros(cents).replace(/\s*€$/u, '');
}

export type ParsedMoney = { ok: true; cents: number } | { ok: false };

/**
 * Reads money as a Finn types it: "12 500,50 €", "12500,5", "12500.5", "12.500,50", "-100".
 * A lone dot or comma is the decimal separator; with both, the last one is.
 */
export function parseEuros(input: string): ParsedMoney {
  const compact = input
    .replace(/[\s\u00a0\u202f]/gu, '')
    .replace(/(€|e|eur|euroa)$/iu, '')
    .replace(/\u2212/gu, '-');
  if (!/^-?[\d.,]+$/u.test(compact)) return { ok: false };
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  const decimalAt = Math.max(lastComma, lastDot);
  let integerPart = compact;
  let fraction = '';
  if (decimalAt >= 0) {
    const separator = compact.charAt(decimalAt);
    const groupSeparator = separator === ',' ? '.' : ',';
    const occurrences = compact.split(separator).length - 1;
    if (occurrences > 1) return { ok: false };
    integerPart = compact.slice(0, decimalAt).split(groupSeparator).join('');
    fraction = compact.slice(decimalAt + 1);
    if (/[.,]/u.test(integerPart) || fraction.length > 2) return { ok: false };
  }
  const negative = integerPart.startsWith('-');
  const digits = negative ? integerPart.slice(1) : integerPart;
  if (!/^\d*$/u.test(digits) || (digits === '' && fraction === '')) return { ok: false };
  const cents = Number(digits || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return { ok: false };
  return { ok: true, cents: negative ? -cents : cents };
}

/** Percent with a Finnish decimal comma, stored as hundredths of a percent (basis points). */
export function formatPercent(basisPoints: number): string {
  const value = basisPoints / 100;
  return `${value.toLocaleString('fi-FI', { maximumFractionDigits: 2 })} %`;
}

export function parsePercent(input: string): { ok: true; basisPoints: number } | { ok: false } {
  const compact = input.replace(/[\s\u00a0%]/gu, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/u.test(compact)) return { ok: false };
  return { ok: true, basisPoints: Math.round(Number(compact) * 100) };
}

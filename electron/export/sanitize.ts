// Every string that enters the document passes through here: XML 1.0 cannot hold control
// characters (other than tab, newline, carriage return), lone surrogates or U+FFFE/U+FFFF, and a
// single one of them, pasted from an old Word file or a web page, makes Word refuse the whole file.
// C1 controls (U+007F–U+009F) are legal XML but never meaningful text; they go too.

// eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/** The text with every character XML 1.0 cannot hold removed (in `u` mode a valid surrogate pair is one code point, so only lone halves match). */
export function xmlSafe(text: string): string {
  return text.replace(notInXml, '');
}

/** Links only to the web or e-mail: a `javascript:` or `file:` link from pasted HTML becomes plain text. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const cleaned = xmlSafe(href).trim();
  return /^(https?:\/\/|mailto:)/iu.test(cleaned) && !/\s/u.test(cleaned) ? cleaned : null;
}

/**
 * A file's bytes as text. UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as
 * such; bytes that are not valid UTF-8 are read as Windows-1251, the code page Russian- and
 * Kyrgyz-locale Excel saves CSV in. The check is the decoder's own (`fatal`), so it costs one
 * pass and never guesses valid UTF-8 wrong.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1251';
  }
}

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  // The decoder drops the BOM itself.
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

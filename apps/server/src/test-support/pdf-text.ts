import { inflateSync } from 'node:zlib';

/**
 * The text shown by a PDF made with pdfkit's standard fonts: every compressed content stream inflated, the hex
 * strings of its TJ arrays decoded (WinAnsi) and each array joined. Enough to assert what a reader would see.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const array of body.matchAll(/\[((?:<[0-9a-fA-F]*>|-?[\d.]+|\s)*)\]\s*TJ/g)) {
      const hex = [...array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1'));
      parts.push(hex.join(''));
    }
  }
  return parts.join('\n');
}

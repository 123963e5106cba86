import { describe, expect, it } from 'vitest';
import { demoPdf } from '../../demo/parts/documents.js';
import { attachmentDisposition, safeFileName, sniffMediaType } from './file-check.js';

const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 0x90)]);
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('upload type, sniffed from the bytes', () => {
  it('refuses a Windows program, whatever its name says', async () => {
    expect(await sniffMediaType(exe, 'brief.pdf')).toBeNull();
    expect(await sniffMediaType(exe, 'brief.txt')).toBeNull();
  });

  it('refuses a zip archive, a script and text with NUL bytes or invalid UTF-8', async () => {
    const zip = Buffer.from('504b0304140000000000000000000000000000000000000000000000000000', 'hex');
    expect(await sniffMediaType(zip, 'stukken.zip')).toBeNull();
    expect(await sniffMediaType(Buffer.from('<script>alert(1)</script>'), 'brief.html')).toBeNull();
    expect(await sniffMediaType(Buffer.from('tekst\0met nul'), 'notitie.txt')).toBeNull();
    expect(await sniffMediaType(Buffer.from([0x68, 0xff, 0xfe, 0x69]), 'notitie.txt')).toBeNull();
  });

  it('accepts a PDF, an image and UTF-8 text named .txt', async () => {
    expect(await sniffMediaType(await demoPdf('Test', ['Hallo']), 'x.bin')).toBe('application/pdf');
    expect(await sniffMediaType(png, 'foto.png')).toBe('image/png');
    expect(await sniffMediaType(Buffer.from('Boodschappenlijst: brood, kaas, appels — €12'), 'lijst.txt')).toBe('text/plain');
    expect(await sniffMediaType(Buffer.from('gewone tekst'), 'lijst.doc')).toBeNull();
  });
});

describe('file names', () => {
  it('drops folders, control characters and bidi overrides, and fits the ending to the type', () => {
    expect(safeFileName('C:\\Users\\jan\\..\\brief.pdf', 'application/pdf')).toBe('brief.pdf');
    expect(safeFileName('../../etc/passwd', 'text/plain')).toBe('passwd.txt');
    expect(safeFileName('evil\u202Efdp.exe', 'application/pdf')).toBe('evilfdp.exe.pdf');
    expect(safeFileName('foto\r\nX-Header: 1.jpeg', 'image/jpeg')).toBe('fotoX-Header 1.jpeg');
    expect(safeFileName('', 'image/png')).toBe('document.png');
    expect(safeFileName('.verborgen.pdf', 'application/pdf')).toBe('verborgen.pdf');
  });

  it('keeps at most 200 characters and the ending', () => {
    const name = safeFileName(`${'a'.repeat(300)}.pdf`, 'application/pdf');
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('offers the name for download in ASCII and exactly in UTF-8', () => {
    expect(attachmentDisposition('Beschikking “hulp” (één).pdf')).toBe(
      `attachment; filename="Beschikking hulp (een).pdf"; filename*=UTF-8''Beschikking%20%E2%80%9Chulp%E2%80%9D%20%28%C3%A9%C3%A9n%29.pdf`,
    );
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';

/** The text of a DOCX's body: unzip, read word/document.xml, join the runs of each paragraph. */
export function docxText(buffer: Buffer): string {
  const files = unzipSync(new Uint8Array(buffer));
  const xml = new TextDecoder().decode(files['word/document.xml']);
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The text of a PDF, page by page, through pdf.js (unpdf). */
export async function pdfText(buffer: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: true });
  // Table cells and long lines wrap: compare facts on single-spaced text.
  return text.replace(/\s+/g, ' ');
}

/** Where PNGs of generated PDFs go for a person to look at (git-ignored). */
export const REVIEW_DIR = join(__dirname, '..', '..', '.review');

/**
 * Keeps a PNG of the PDF's first page (pdftoppm, Debian's poppler-utils) for review. Returns the
 * path, or undefined with a message when pdftoppm is not installed.
 */
export function keepFirstPagePng(buffer: Buffer, name: string): string | undefined {
  const pdftoppm = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => existsSync(p));
  if (!pdftoppm) {
    process.stderr.write(`pdftoppm not installed (apt-get install poppler-utils): no PNG kept for ${name}\n`);
    return undefined;
  }
  mkdirSync(REVIEW_DIR, { recursive: true });
  const pdfPath = join(REVIEW_DIR, `${name}.pdf`);
  writeFileSync(pdfPath, buffer);
  execFileSync(pdftoppm, ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(REVIEW_DIR, name)]);
  return join(REVIEW_DIR, `${name}.png`);
}

import type { DocumentModel } from '@lemon/documents';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';

const model: DocumentModel = {
  kind: 'manufacturer_notice',
  templateVersion: 'manufacturer_notice@3',
  title: 'Written notice',
  fileBaseName: 'notice',
  date: '2024-07-01',
  blocks: [
    { type: 'letterhead', name: 'Firm', lines: ['1 Main St'] },
    { type: 'date', text: 'July 1, 2024' },
    { type: 'address', lines: ['BMW of North America, LLC', 'Westwood, New Jersey 07675-1227'] },
    { type: 'heading', text: 'Notice' },
    { type: 'paragraph', text: 'Body' },
    { type: 'bullets', items: ['RO-1'] },
    { type: 'table', headers: ['a', 'b'], rows: [['1', '2']], widths: [50, 50], emphasiseLastRow: true },
    { type: 'signature', closing: 'Sincerely,', lines: ['A. Lawyer'] },
    { type: 'note', text: 'cc' },
  ],
};

describe('renderers (docx and pdfmake, no hand-written writers)', () => {
  it('DOCX is the same bytes every time for the same model (fixed timestamps)', async () => {
    const a = await renderDocx(model);
    await new Promise((r) => setTimeout(r, 20));
    const b = await renderDocx(model);
    expect(Buffer.compare(a, b)).toBe(0);
    expect(a.subarray(0, 2).toString()).toBe('PK');
  });

  it('PDF renders with the standard Times font', async () => {
    const pdf = await renderPdf(model);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

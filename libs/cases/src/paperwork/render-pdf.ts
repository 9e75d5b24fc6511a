import pdfmake from 'pdfmake';
import type { Block, DocumentModel } from '@lemon/documents';

// The 14 standard PDF fonts need no font files; Times reads as a letter.
const TIMES = { normal: 'Times-Roman', bold: 'Times-Bold', italics: 'Times-Italic', bolditalics: 'Times-BoldItalic' };
pdfmake.setFonts({ Times: TIMES });
// Letters embed nothing from the network and nothing from the disk but the standard fonts' metrics.
const STANDARD_FONTS = new Set(Object.values(TIMES));
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path: string) => STANDARD_FONTS.has(path));

type Content = Record<string, unknown> | string;

/** Column widths in points from relative widths (cell padding taken off the usable width). */
const proportional = (weights: number[], width: number): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * width));
};

function content(block: Block, pageWidth: number): Content[] {
  switch (block.type) {
    case 'letterhead':
      return [
        { text: block.name, style: 'letterhead' },
        ...block.lines.map((l) => ({ text: l, alignment: 'center', fontSize: 10 })),
        { canvas: [{ type: 'line', x1: 0, y1: 4, x2: pageWidth, y2: 4, lineWidth: 0.75 }], margin: [0, 0, 0, 12] },
      ];
    case 'date':
      return [{ text: block.text, margin: [0, 6, 0, 12] }];
    case 'address':
      return [{ stack: block.lines, margin: [0, 0, 0, 12] }];
    case 'heading':
      return [{ text: block.text, style: 'heading' }];
    case 'subheading':
      return [{ text: block.text, bold: true, margin: [0, 6, 0, 2] }];
    case 'paragraph':
      return [{ text: block.text, bold: block.bold ?? false, margin: [0, 0, 0, 8] }];
    case 'bullets':
      return [{ ul: block.items, margin: [0, 0, 0, 8] }];
    case 'table': {
      const last = block.rows.length - 1;
      return [
        {
          table: {
            headerRows: 1,
            widths: proportional(block.widths ?? block.headers.map(() => 1), pageWidth - block.headers.length * 10),
            body: [
              block.headers.map((h) => ({ text: h, bold: true, fontSize: 9, fillColor: '#eeeeee' })),
              ...block.rows.map((r, ri) => r.map((c) => ({ text: c, fontSize: 9, bold: !!block.emphasiseLastRow && ri === last }))),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 10],
        },
      ];
    }
    case 'signature':
      return [
        { text: block.closing, margin: [0, 12, 0, 30] },
        { text: '______________________________' },
        ...block.lines.map((l) => ({ text: l })),
      ];
    case 'note':
      return [{ text: block.text, italics: true, fontSize: 9, margin: [0, 6, 0, 6] }];
  }
}

/** The standard fonts are WinAnsi-encoded: the minus sign (U+2212) is not in it, the hyphen-minus is. */
const winAnsi = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.replace(/\u2212/g, '-')
    : Array.isArray(value)
      ? value.map(winAnsi)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, winAnsi(v)]))
        : value;

export async function renderPdf(input: DocumentModel): Promise<Buffer> {
  const model = winAnsi(input) as DocumentModel;
  const landscape = model.kind === 'repair_chronology';
  const pageWidth = (landscape ? 792 : 612) - 2 * 54; // US Letter minus the margins
  const definition = {
    pageSize: 'LETTER',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: [54, 54, 54, 54],
    info: { title: model.title, author: 'Lemon Ledger', subject: model.templateVersion, creationDate: new Date(`${model.date}T00:00:00Z`) },
    defaultStyle: { font: 'Times', fontSize: 11, lineHeight: 1.15 },
    styles: {
      letterhead: { fontSize: 15, bold: true, alignment: 'center' },
      heading: { fontSize: 12, bold: true, margin: [0, 10, 0, 6] },
    },
    footer: (page: number, pages: number) => ({
      text: `${model.title} — page ${page} of ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
    content: model.blocks.flatMap((b) => content(b, pageWidth)),
  };
  return pdfmake.createPdf(definition as never).getBuffer();
}

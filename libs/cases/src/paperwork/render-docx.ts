import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Block, DocumentModel } from '@lemon/documents';

const FONT = 'Times New Roman';
const run = (text: string, options: { bold?: boolean; size?: number; italics?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: options.size ?? 22, bold: options.bold, italics: options.italics });

function table(block: Extract<Block, { type: 'table' }>): Table {
  const widths = block.widths ?? block.headers.map(() => Math.floor(100 / block.headers.length));
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 10, type: WidthType.PERCENTAGE },
      children: text.split('\n').map((line) => new Paragraph({ children: [run(line, { bold, size: 18 })] })),
    });
  const last = block.rows.length - 1;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: block.headers.map((h, i) => cell(h, i, true)) }),
      ...block.rows.map((r, ri) => new TableRow({ children: r.map((c, i) => cell(c, i, !!block.emphasiseLastRow && ri === last)) })),
    ],
  });
}

function children(block: Block): FileChild[] {
  switch (block.type) {
    case 'letterhead':
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(block.name, { bold: true, size: 28 })] }),
        ...block.lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(l, { size: 20 })] })),
        new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, children: [] }),
      ];
    case 'date':
      return [new Paragraph({ spacing: { before: 240, after: 240 }, children: [run(block.text)] })];
    case 'address':
      return [...block.lines.map((l) => new Paragraph({ children: [run(l)] })), new Paragraph({ children: [] })];
    case 'heading':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          spacing: { before: 240, after: 120 },
          children: [run(block.text, { bold: true, size: 24 })],
        }),
      ];
    case 'subheading':
      return [new Paragraph({ spacing: { before: 120 }, children: [run(block.text, { bold: true })] })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 160 }, children: [run(block.text, { bold: block.bold })] })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [run(item)] }));
    case 'table':
      return [table(block), new Paragraph({ children: [] })];
    case 'signature':
      return [
        new Paragraph({ spacing: { before: 240 }, children: [run(block.closing)] }),
        new Paragraph({ spacing: { before: 480 }, children: [run('______________________________')] }),
        ...block.lines.map((l) => new Paragraph({ children: [run(l)] })),
      ];
    case 'note':
      return [new Paragraph({ spacing: { before: 120 }, children: [run(block.text, { italics: true, size: 20 })] })];
  }
}

/** Fixed timestamps: the document's date, so the same file is produced again byte for byte. */
function normalise(buffer: Uint8Array, date: string): Buffer {
  const instant = `${date}T00:00:00Z`;
  const files = unzipSync(buffer);
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = new TextDecoder()
      .decode(core)
      .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:(created|modified)>)/g, `$1${instant}$3`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  const mtime = new Date(`${date}T00:00:00Z`);
  const zippable: Zippable = {};
  for (const name of Object.keys(files).sort()) zippable[name] = [files[name], { mtime }];
  return Buffer.from(zipSync(zippable, { level: 6 }));
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const landscape = model.kind === 'repair_chronology';
  const doc = new Document({
    creator: 'Lemon Ledger',
    title: model.title,
    description: `${model.templateVersion}`,
    sections: [
      {
        properties: landscape ? { page: { size: { orientation: 'landscape' as never } } } : {},
        children: model.blocks.flatMap(children),
      },
    ],
  });
  return normalise(await Packer.toBuffer(doc), model.date);
}

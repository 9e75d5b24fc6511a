/**
 * A format-neutral document: what a letter, packet or exhibit says, in blocks. Templates build
 * it from the case file (pure); the API renders it to DOCX or PDF with a well-kept library.
 */
export type Block =
  | { type: 'letterhead'; name: string; lines: string[] }
  | { type: 'date'; text: string }
  | { type: 'address'; lines: string[] }
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string; bold?: boolean }
  | { type: 'bullets'; items: string[] }
  | { type: 'table'; headers: string[]; rows: string[][]; widths?: number[]; emphasiseLastRow?: boolean }
  | { type: 'signature'; closing: string; lines: string[] }
  | { type: 'note'; text: string };

export interface DocumentModel {
  kind: DocumentKind;
  templateVersion: string;
  title: string;
  /** File name without extension, safe for Content-Disposition. */
  fileBaseName: string;
  /** The document's date (the letter date); also fixes the DOCX timestamps so output is reproducible. */
  date: string;
  blocks: Block[];
}

export type DocumentKind = 'manufacturer_notice' | 'final_repair_request' | 'bbb_claim_packet' | 'repair_chronology' | 'demand_letter';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'manufacturer_notice',
  'final_repair_request',
  'bbb_claim_packet',
  'repair_chronology',
  'demand_letter',
];

export const DOCUMENT_TITLES: Readonly<Record<DocumentKind, string>> = {
  manufacturer_notice: 'Written notice of nonconformity to the manufacturer',
  final_repair_request: 'Request for a final repair opportunity',
  bbb_claim_packet: 'BBB AUTO LINE claim packet',
  repair_chronology: 'Repair chronology exhibit',
  demand_letter: 'Demand letter',
};

/** Bump when a template's wording or layout changes: DocumentGenerated records it. */
export const TEMPLATE_VERSIONS: Readonly<Record<DocumentKind, string>> = {
  manufacturer_notice: 'manufacturer_notice@3',
  final_repair_request: 'final_repair_request@3',
  bbb_claim_packet: 'bbb_claim_packet@3',
  repair_chronology: 'repair_chronology@3',
  demand_letter: 'demand_letter@3',
};

/**
 * The five templates. Each reads only PaperworkFacts and returns a DocumentModel; `missingFor`
 * says, per kind, what the record lacks before that kind can be produced.
 */
import { addressLines, cityLine } from '@lemon/manufacturers';
import { DAY_TYPE_WORDS, formatMoney, sectionSigns } from '@lemon/state-rules';
import type { LegalDate } from '@lemon/domain';
import type { PaperworkFacts, ChronologyRow } from './case-paperwork';
import { DOCUMENT_TITLES, TEMPLATE_VERSIONS, type Block, type DocumentKind, type DocumentModel } from './document-model';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const longDate = (date: LegalDate): string => {
  const [y, m, d] = date.split('-').map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
};
const miles = (n: number | undefined): string => (n === undefined ? '—' : n.toLocaleString('en-US'));

/** What the record lacks for each kind; empty = it can be generated now. */
export function missingFor(kind: DocumentKind, f: PaperworkFacts): string[] {
  const missing: string[] = [];
  const needAddress = (): void => {
    if (!f.manufacturer)
      missing.push('no manufacturer directory entry linked (notice address unknown): link one with POST /cases/{id}/manufacturer-link');
  };
  const needDefect = (): void => {
    if (f.defects.length === 0) missing.push('no nonconformity recorded');
  };
  const needVisit = (): void => {
    if (f.visits.length === 0) missing.push('no repair visit recorded');
  };
  switch (kind) {
    case 'manufacturer_notice':
      needAddress();
      needDefect();
      break;
    case 'final_repair_request':
      needAddress();
      needDefect();
      needVisit();
      if (!f.rules) missing.push(`no rule pack for jurisdiction ${f.jurisdiction}`);
      break;
    case 'bbb_claim_packet': {
      needAddress();
      needDefect();
      needVisit();
      if (f.manufacturer && f.manufacturer.disputeProgram.program !== 'BBB_AUTO_LINE')
        missing.push('the manufacturer does not use BBB AUTO LINE');
      if (f.state.acquisition.price === undefined) missing.push('purchase price unknown');
      if (f.client.address === undefined) missing.push("client's address unknown");
      if (f.client.phone === undefined) missing.push("client's telephone unknown");
      const window = f.deadlines.deadlines.find((d) => d.kind === 'dispute_claim_window' && d.deadlineId.endsWith(':bbb-auto-line'));
      if (window?.status === 'NOT_APPLICABLE' && window.statusReason?.includes('does not offer BBB AUTO LINE'))
        missing.push(window.statusReason);
      break;
    }
    case 'repair_chronology':
      if (f.chronology.length === 0) missing.push('no repair visit or out-of-service interval recorded');
      break;
    case 'demand_letter':
      needAddress();
      needDefect();
      needVisit();
      if (f.restitution === null) missing.push(`no restitution rule for jurisdiction ${f.jurisdiction}`);
      else for (const m of f.restitution.missing) if (!missing.includes(m)) missing.push(m);
      if (![...f.state.manufacturerNotices.values()].some((n) => !n.voided) && f.rules?.notice.value.required === 'yes')
        missing.push('no written notice recorded');
      break;
  }
  return missing;
}

function letterhead(f: PaperworkFacts): Block {
  const o = f.input.organisation;
  return {
    type: 'letterhead',
    name: o.name,
    lines: [o.address, o.phone ? `Telephone: ${o.phone}` : undefined].filter((l): l is string => !!l),
  };
}

function signature(f: PaperworkFacts, closing = 'Sincerely,'): Block {
  const s = f.input.signer;
  const lines = s
    ? [
        s.name,
        ...(s.signatureLines ?? []),
        ...(s.barNumber && !(s.signatureLines ?? []).some((l) => l.includes(s.barNumber!)) ? [`State Bar No. ${s.barNumber}`] : []),
      ]
    : [f.input.organisation.name];
  return {
    type: 'signature',
    closing,
    lines: [...lines, ...(s ? [f.input.organisation.name] : [])].filter((l, i, all) => all.indexOf(l) === i),
  };
}

function vehicleBlock(f: PaperworkFacts): Block {
  const { vehicle, state } = f;
  return {
    type: 'table',
    headers: ['Vehicle', ''],
    rows: [
      ['Year, make, model', `${vehicle.modelYear} ${vehicle.make} ${vehicle.model}`],
      ['VIN', vehicle.vin],
      ['Delivered', `${longDate(state.acquisition.deliveryDate)} (${state.acquisition.type})`],
      ['Mileage at delivery', miles(state.acquisition.odometerAtDelivery)],
      ['Current mileage', f.currentMileage ? `${miles(f.currentMileage.mileage)} (${longDate(f.currentMileage.on)})` : 'not recorded'],
      ['Owner', f.client.name],
    ],
    widths: [30, 70],
  };
}

function visitLine(v: PaperworkFacts['visits'][number]): string {
  const ro = v.repairOrderNumber ? `Repair order ${v.repairOrderNumber}` : 'Repair visit (no RO number)';
  const out = v.dateOut ? ` to ${longDate(v.dateOut)}` : '';
  const mOut = v.mileageOut !== undefined ? ` / ${miles(v.mileageOut)} out` : '';
  return `${ro}${v.dealer ? `, ${v.dealer}` : ''}: ${longDate(v.dateIn)}${out}; mileage ${miles(v.mileageIn)} in${mOut}; outcome: ${v.outcome.replace(/_/g, ' ')}`;
}

function defectsBlocks(f: PaperworkFacts): Block[] {
  const blocks: Block[] = [];
  f.defects.forEach((d, i) => {
    blocks.push({
      type: 'subheading',
      text: `${i + 1}. ${d.nonconformity.description}${d.nonconformity.safetyCritical ? ' (a condition likely to cause death or serious bodily injury)' : ''}`,
    });
    blocks.push(
      d.visits.length === 0
        ? { type: 'paragraph', text: 'Reported; no repair visit recorded yet.' }
        : { type: 'bullets', items: d.visits.map(visitLine) },
    );
  });
  return blocks;
}

function manufacturerAddress(f: PaperworkFacts): Block {
  return { type: 'address', lines: addressLines(f.manufacturer!.noticeAddress.value) };
}

const base = (kind: DocumentKind, f: PaperworkFacts, blocks: Block[]): DocumentModel => ({
  kind,
  templateVersion: TEMPLATE_VERSIONS[kind],
  title: DOCUMENT_TITLES[kind],
  fileBaseName: `${kind.replace(/_/g, '-')}-${f.vehicle.vin}-${f.input.asOf}`,
  date: f.input.asOf,
  blocks,
});

function noticeCitation(f: PaperworkFacts): string {
  if (f.jurisdiction === 'CA') return 'California Civil Code section 1793.22(b)(3)';
  return f.rules ? f.rules.notice.citation : 'the applicable lemon law';
}

function manufacturerNotice(f: PaperworkFacts): DocumentModel {
  const m = f.manufacturer!;
  const method = f.rules?.notice.value.method;
  return base('manufacturer_notice', f, [
    letterhead(f),
    { type: 'date', text: longDate(f.input.asOf) },
    ...(method ? [{ type: 'note' as const, text: `Method the statute requires: ${method}` }] : []),
    manufacturerAddress(f),
    {
      type: 'heading',
      text: `Written notice of nonconformity — ${f.vehicle.modelYear} ${f.vehicle.make} ${f.vehicle.model}, VIN ${f.vehicle.vin}`,
    },
    { type: 'paragraph', text: 'Dear Customer Relations:' },
    {
      type: 'paragraph',
      text:
        `We represent ${f.client.name}, who took delivery of the vehicle described below on ${longDate(f.state.acquisition.deliveryDate)}. ` +
        `As your warranty booklet instructs, and under ${noticeCitation(f)}, this letter is written notice directly to ${m.name} ` +
        'of the existence of the nonconformities listed below, which substantially impair the use, value or safety of the vehicle ' +
        'and which your authorized repair facilities have not corrected.',
    },
    vehicleBlock(f),
    { type: 'heading', text: 'Nonconformities and repair visits' },
    ...defectsBlocks(f),
    { type: 'heading', text: 'Request' },
    {
      type: 'paragraph',
      text:
        `${f.client.name} asks ${m.name} to repair these nonconformities to conform the vehicle to its express warranty, and, ` +
        'if it cannot do so after a reasonable number of attempts, to replace the vehicle or make restitution as the law requires. ' +
        `Please direct all communication about this matter to our office${f.input.organisation.phone ? ` at ${f.input.organisation.phone}` : ''}.`,
    },
    signature(f),
    { type: 'note', text: `cc: ${f.client.name}` },
  ]);
}

function finalRepairRequest(f: PaperworkFacts): DocumentModel {
  const m = f.manufacturer!;
  const rules = f.rules!;
  const notice = rules.notice;
  const fro = rules.finalRepairOpportunity;
  const method = notice.value.method;
  const blocks: Block[] = [
    letterhead(f),
    { type: 'date', text: longDate(f.input.asOf) },
    { type: 'note', text: `Method the statute requires: ${method} (${notice.citation})` },
    manufacturerAddress(f),
    { type: 'heading', text: `Request for a final repair opportunity — VIN ${f.vehicle.vin}` },
    { type: 'paragraph', text: 'Dear Customer Relations:' },
  ];
  if (f.jurisdiction === 'FL') {
    blocks.push({
      type: 'paragraph',
      bold: true,
      text: 'This notice is sent by registered or express mail, as section 681.104(1)(a), Florida Statutes, requires.',
    });
  }
  blocks.push(
    {
      type: 'paragraph',
      text:
        `On behalf of ${f.client.name}, and under ${fro.citation}, we notify ${m.name} that the nonconformities below continue to exist ` +
        `after the repair attempts listed, and we give ${m.name} a final opportunity to correct them.`,
    },
    vehicleBlock(f),
    { type: 'heading', text: 'Nonconformities and repair attempts' },
    ...defectsBlocks(f),
    { type: 'heading', text: 'What the statute requires' },
    {
      type: 'bullets',
      items: [
        `Written notice: ${notice.value.text} (${notice.citation}).`,
        `Final repair opportunity: ${fro.value.text} (${fro.citation}).`,
        ...(fro.value.designateFacilityWithinDays !== null
          ? [
              `Please designate a reasonably accessible repair facility within ${fro.value.designateFacilityWithinDays} days of receiving this notice.`,
            ]
          : []),
        ...(fro.value.repairWithinDays !== null
          ? [
              `The repair must be completed within ${fro.value.repairWithinDays} days of ${fro.value.repairWindowFrom === 'facility_delivery' ? 'delivery of the vehicle to that facility' : 'your receipt of this notice'}.`,
            ]
          : []),
      ],
    },
    {
      type: 'paragraph',
      text: `Please contact our office to arrange the final repair attempt${f.input.organisation.phone ? ` (${f.input.organisation.phone})` : ''}.`,
    },
    signature(f),
  );
  return base('final_repair_request', f, blocks);
}

function bbbPacket(f: PaperworkFacts): DocumentModel {
  const m = f.manufacturer!;
  const program = m.disputeProgram;
  const first = [...f.visits][0];
  const window = f.deadlines.deadlines.find((d) => d.kind === 'dispute_claim_window' && d.deadlineId.endsWith(':bbb-auto-line'));
  const relief = f.input.options?.relief ?? 'repurchase';
  return base('bbb_claim_packet', f, [
    letterhead(f),
    { type: 'date', text: longDate(f.input.asOf) },
    { type: 'address', lines: [...program.address.value.lines, cityLine(program.address.value), `Telephone: ${program.phone.value}`] },
    { type: 'heading', text: `BBB AUTO LINE claim — ${f.client.name} v. ${m.name}` },
    {
      type: 'table',
      headers: ['What BBB AUTO LINE asks for', 'Answer'],
      widths: [38, 62],
      rows: [
        ['Name', f.client.name],
        ['Address', f.client.address ?? 'not recorded'],
        ['Telephone', f.client.phone ?? 'not recorded'],
        ['VIN', f.vehicle.vin],
        ['Make, model, year', `${f.vehicle.make} ${f.vehicle.model}, ${f.vehicle.modelYear}`],
        ['The problem', f.defects.map((d) => d.nonconformity.description).join('; ')],
        ['Date of acquisition', longDate(f.state.acquisition.deliveryDate)],
        ['Purchase price', f.state.acquisition.price === undefined ? 'not recorded' : formatMoney(f.state.acquisition.price)],
        ['Mileage at purchase', miles(f.state.acquisition.odometerAtDelivery)],
        ['Current mileage', f.currentMileage ? `${miles(f.currentMileage.mileage)} (${longDate(f.currentMileage.on)})` : 'not recorded'],
        [
          'First brought to the manufacturer or a dealer',
          first
            ? `${longDate(first.dateIn)} at ${miles(first.mileageIn)} miles${first.dealer ? ` (${first.dealer})` : ''}`
            : 'not recorded',
        ],
        ['Relief sought', relief === 'replacement' ? 'Replacement of the vehicle' : 'Repurchase of the vehicle (refund)'],
        [
          'Filing deadline',
          window?.dueOn
            ? `${longDate(window.dueOn)}: ${program.filingWindow.value}${window.dueIsEstimate ? ' (estimated from the odometer trend)' : ''}`
            : program.filingWindow.value,
        ],
      ],
    },
    { type: 'heading', text: 'Repair orders' },
    {
      type: 'table',
      headers: ['RO', 'Dealer', 'Date in', 'Date out', 'Mileage in', 'Problem', 'Outcome'],
      widths: [12, 20, 13, 13, 11, 19, 12],
      rows: f.visits.map((v) => [
        v.repairOrderNumber ?? '—',
        v.dealer ?? '—',
        v.dateIn,
        v.dateOut ?? '—',
        miles(v.mileageIn),
        v.nonconformityIds.map((id) => f.state.nonconformities.get(id)?.description ?? id).join('; '),
        v.outcome.replace(/_/g, ' '),
      ]),
    },
    {
      type: 'note',
      text: `Program: ${addressLines(program.address.value).join(', ')}, ${program.phone.value}. Copies of the repair orders are enclosed.`,
    },
    signature(f),
  ]);
}

function chronologyTable(f: PaperworkFacts): Block {
  const row = (r: ChronologyRow): string[] => [
    r.kind === 'repair_visit' ? (r.repairOrderNumber ?? '—') : 'Out of service',
    r.dealer ?? '—',
    r.dateIn,
    r.dateOut ?? 'open',
    miles(r.mileageIn),
    miles(r.mileageOut),
    r.defects.join('; '),
    r.outcome ?? '—',
    String(r.daysCounted),
    String(r.runningTotal),
    r.excluded.length ? r.excluded.join('; ') : '',
  ];
  return {
    type: 'table',
    headers: [
      'RO',
      'Dealer',
      'Date in',
      'Date out',
      'Miles in',
      'Miles out',
      'Defect(s)',
      'Outcome',
      'Days counted',
      'Running total',
      'Excluded',
    ],
    widths: [8, 11, 9, 9, 7, 7, 14, 8, 7, 7, 13],
    rows: [
      ...f.chronology.map(row),
      [
        'Total',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        String(f.chronology.reduce((s, r) => s + r.daysCounted, 0)),
        f.daysOutOfServiceTotal === null ? '' : `${f.daysOutOfServiceTotal} (statute count)`,
        '',
      ],
    ],
    emphasiseLastRow: true,
  };
}

/** The chronology for a portrait letter: fewer, wider columns. */
function compactChronologyTable(f: PaperworkFacts): Block {
  return {
    type: 'table',
    headers: ['RO', 'In – out', 'Miles in', 'Defect(s)', 'Outcome', 'Days', 'Running total'],
    widths: [13, 22, 9, 24, 12, 7, 13],
    rows: [
      ...f.chronology.map((r) => [
        r.kind === 'repair_visit' ? (r.repairOrderNumber ?? '—') : 'Out of service',
        `${r.dateIn} – ${r.dateOut ?? 'open'}`,
        miles(r.mileageIn),
        r.defects.join('; '),
        r.outcome ?? '—',
        `${r.daysCounted}${r.excluded.length ? '*' : ''}`,
        String(r.runningTotal),
      ]),
      ['Total', '', '', '', '', '', f.daysOutOfServiceTotal === null ? '' : `${f.daysOutOfServiceTotal} days (statute count)`],
    ],
    emphasiseLastRow: true,
  };
}

/** Prong labels name nonconformities by id; a letter names them by description. */
function readable(f: PaperworkFacts, text: string): string {
  let out = text;
  for (const d of f.defects) out = out.split(d.nonconformity.nonconformityId).join(`"${d.nonconformity.description}"`);
  return out;
}

function repairChronology(f: PaperworkFacts): DocumentModel {
  const prong = f.presumption?.prongs.find((p) => p.kind === 'days_out_of_service');
  return base('repair_chronology', f, [
    { type: 'heading', text: `Repair chronology — ${f.vehicle.modelYear} ${f.vehicle.make} ${f.vehicle.model}, VIN ${f.vehicle.vin}` },
    {
      type: 'paragraph',
      text: `${f.client.name}; delivered ${longDate(f.state.acquisition.deliveryDate)} at ${miles(f.state.acquisition.odometerAtDelivery)} miles; as of ${longDate(f.input.asOf)} (case file version ${f.input.caseVersion}).`,
    },
    chronologyTable(f),
    {
      type: 'note',
      text: prong
        ? `Days counted as ${prong.citation} counts them (${DAY_TYPE_WORDS[prong.dayType ?? 'calendar']} days; overlapping days once; days beyond the manufacturer's control excluded). The statute count is the union of the days; the running total adds each row's days.`
        : 'The jurisdiction has no days-out-of-service prong: days are listed for reference.',
    },
  ]);
}

function demandLetter(f: PaperworkFacts): DocumentModel {
  const m = f.manufacturer!;
  const p = f.presumption;
  const r = f.restitution!;
  const met = p?.prongs.filter((x) => x.met) ?? [];
  const restitutionRows: string[][] = [
    [r.price.label, r.price.amount === null ? '—' : formatMoney(r.price.amount), r.price.arithmetic],
    [r.collateralCharges.label, formatMoney(r.collateralCharges.amount ?? 0), r.collateralCharges.arithmetic],
    [r.incidentals.label, formatMoney(r.incidentals.amount ?? 0), r.incidentals.arithmetic],
    [
      `Less: ${r.offset.label}`,
      r.offset.amount === null ? '—' : `(${formatMoney(r.offset.amount)})`,
      `${r.offset.arithmetic} (${r.offset.citation})`,
    ],
    [r.total.label, r.total.amount === null ? '—' : formatMoney(r.total.amount), r.total.arithmetic],
  ];
  const relief = f.input.options?.relief ?? 'repurchase';
  return base('demand_letter', f, [
    letterhead(f),
    { type: 'date', text: longDate(f.input.asOf) },
    manufacturerAddress(f),
    {
      type: 'heading',
      text: `Demand for ${relief === 'replacement' ? 'replacement' : 'repurchase'} — ${f.vehicle.modelYear} ${f.vehicle.make} ${f.vehicle.model}, VIN ${f.vehicle.vin}`,
    },
    { type: 'paragraph', text: 'Dear Customer Relations:' },
    {
      type: 'paragraph',
      text:
        `We represent ${f.client.name}. ${m.name} and its authorized repair facilities have not conformed the vehicle to the express warranty after a reasonable number of attempts` +
        (met.length ? ', and the statutory presumption that they had a reasonable number of attempts is met, as set out below.' : '.'),
    },
    { type: 'heading', text: 'Presumption findings' },
    met.length
      ? {
          type: 'bullets',
          items: met.map((x) => readable(f, `${x.label}: ${x.count} against a threshold of ${x.threshold} (${x.citation}) — met.`)),
        }
      : {
          type: 'paragraph',
          text: `No presumption prong is met as of ${longDate(f.input.asOf)}${p ? ` (${p.status})` : ''}; the claim rests on the repair history below.`,
        },
    { type: 'heading', text: 'Repair chronology' },
    compactChronologyTable(f),
    { type: 'heading', text: 'Restitution' },
    {
      type: 'table',
      headers: ['Item', 'Amount', 'How it is computed'],
      rows: restitutionRows,
      widths: [30, 15, 55],
      emphasiseLastRow: true,
    },
    ...(r.civilPenalty
      ? [
          {
            type: 'paragraph' as const,
            text: `In addition, ${r.civilPenalty.citation} allows a civil penalty of up to two times actual damages ${r.civilPenalty.when}: ${r.civilPenalty.arithmetic}. It is not included in the figure above.`,
          },
        ]
      : []),
    {
      type: 'paragraph',
      text: `${f.client.name} demands that ${m.name} ${relief === 'replacement' ? 'replace the vehicle' : `repurchase the vehicle for ${r.total.amount === null ? 'the restitution the law provides' : formatMoney(r.total.amount)}`} within 30 days of this letter.`,
    },
    signature(f, 'Very truly yours,'),
  ]);
}

export function buildDocument(kind: DocumentKind, f: PaperworkFacts): DocumentModel {
  return withSectionSigns(buildPlainDocument(kind, f));
}

function buildPlainDocument(kind: DocumentKind, f: PaperworkFacts): DocumentModel {
  switch (kind) {
    case 'manufacturer_notice':
      return manufacturerNotice(f);
    case 'final_repair_request':
      return finalRepairRequest(f);
    case 'bbb_claim_packet':
      return bbbPacket(f);
    case 'repair_chronology':
      return repairChronology(f);
    case 'demand_letter':
      return demandLetter(f);
  }
}

/** A letter to a manufacturer's counsel prints the section sign in every text but names and addresses. */
function withSectionSigns(model: DocumentModel): DocumentModel {
  const blocks = model.blocks.map((block): Block => {
    switch (block.type) {
      case 'date':
      case 'heading':
      case 'subheading':
      case 'paragraph':
      case 'note':
        return { ...block, text: sectionSigns(block.text) };
      case 'bullets':
        return { ...block, items: block.items.map(sectionSigns) };
      case 'table':
        return { ...block, headers: block.headers.map(sectionSigns), rows: block.rows.map((row) => row.map(sectionSigns)) };
      case 'letterhead':
      case 'address':
      case 'signature':
        return block; // names and addresses as the firm and the directory wrote them
    }
  });
  return { ...model, blocks };
}

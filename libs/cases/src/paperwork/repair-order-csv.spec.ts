import { MAX_IMPORT_ROWS, parseRepairOrderCsv, UnreadableImportFile } from './repair-order-csv';

const csv = (s: string) => Buffer.from(s, 'utf8');

describe('repair-order CSV (csv-parse): headers, dates, encodings', () => {
  it.each([
    ['RO,Date In,Odometer In,Defect,Outcome', ','],
    ['Repair Order;Date In;Mileage In;Complaint;Result', ';'],
    ['RO #\tDate Opened\tOdometer\tConcern\tStatus', '\t'],
  ])('header %j: delimiter %j, fields by alias', (header, delimiter) => {
    const parsed = parseRepairOrderCsv(csv(`${header}\n${['R1', '03/01/2024', '1200', 'Stalls', 'not fixed'].join(delimiter)}\n`));
    expect(parsed.delimiter).toBe(delimiter);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      expect.objectContaining({ repairOrderNumber: 'R1', dateIn: '2024-03-01', defects: ['Stalls'], outcome: 'not_fixed' }),
    ]);
  });

  it('reads a BOM, quoted newlines and thousands separators; skips empty rows; reports row, column, message', () => {
    const parsed = parseRepairOrderCsv(
      csv(
        '\uFEFFRO,Dealer,Date In,Odometer In,Defect,Outcome\nA,"Main St\nAnnex",2024-02-01,"1,500",Stalls,fixed\n,,,,,\nB,X,2024-13-01,10,Stalls,fixed\n',
      ),
    );
    expect(parsed.rows[0]).toMatchObject({ row: 1, dealer: 'Main St\nAnnex', mileageIn: 1500 });
    expect(parsed.skippedEmptyRows).toEqual([2]);
    expect(parsed.problems).toEqual([{ row: 3, column: 'Date In', message: '"2024-13-01" is not a date (use YYYY-MM-DD or MM/DD/YYYY)' }]);
  });

  it('refuses what it cannot read with a clear message', () => {
    expect(() => parseRepairOrderCsv(Buffer.from([0x52, 0x4f, 0x0a, 0xff, 0xfe]))).toThrow(/not valid UTF-8/);
    expect(() => parseRepairOrderCsv(csv(''))).toThrow(UnreadableImportFile);
    expect(() => parseRepairOrderCsv(csv('Foo,Bar\n1,2\n'))).toThrow(/header row lacks dateIn/);
    const big = [
      'RO,Date In,Odometer In,Defect,Outcome',
      ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `R${i},2024-02-01,${i},Stalls,fixed`),
    ].join('\n');
    expect(() => parseRepairOrderCsv(csv(big))).toThrow(/at most 10000/);
  });
});

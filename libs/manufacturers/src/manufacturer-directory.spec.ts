import { addressLines, BMW, manufacturerById, manufacturerByName, programParticipation } from './manufacturer-directory';

// Seeds: BMW warranty booklets. Written notice goes to "BMW of North America, LLC, Customer
// Relations and Services Department, P.O. Box 1227, Westwood, New Jersey 07675-1227"; the 2007 SAV
// booklet lists BBB AUTO LINE in AR, CA, GA, ID, IA, KY, MD, MA, MN, PA, OH, VA; the 2005 X3
// booklet in AR, CA, ID, IA, GA, MN, PA.
describe('manufacturer directory: BMW', () => {
  it('notice address and phones from the booklets, every value sourced', () => {
    expect(addressLines(BMW.noticeAddress.value)).toEqual([
      'BMW of North America, LLC',
      'Customer Relations and Services Department',
      'P.O. Box 1227',
      'Westwood, New Jersey 07675-1227',
    ]);
    expect(BMW.customerRelationsPhone.value).toBe('1-800-831-1117');
    expect(BMW.noticeRequirementDisclosed).toMatchObject({ value: true, confidence: 'H' });
    expect(BMW.disputeProgram.phone.value).toBe('1-800-955-5100');
    for (const value of [BMW.noticeAddress, BMW.customerRelationsPhone, BMW.disputeProgram.address]) {
      expect(value.sources.length).toBeGreaterThan(0);
    }
  });

  it.each([
    // state, model year, participates, confidence
    ['OH', 2007, true, 'H'],
    ['OH', 2005, false, 'H'],
    ['KY', 2005, false, 'H'],
    ['GA', 2005, true, 'H'],
    ['VA', 2007, true, 'H'],
    ['TX', 2007, false, 'H'],
    ['OH', 2024, false, 'M'],
    ['CA', 2012, true, 'L'], // no edition covers 2012: the 2007 booklet is the nearest earlier one
    ['CA', 2001, true, 'L'],
  ] as const)('%s, model year %i: participates %s (confidence %s)', (state, year, participates, confidence) => {
    const answer = programParticipation(BMW, state, year);
    expect(answer.participates).toBe(participates);
    expect(answer.confidence).toBe(confidence);
  });

  it('is found by id and by the free text a case carries', () => {
    expect(manufacturerById('bmw')).toBe(BMW);
    expect(manufacturerByName('  bmw of north america ')).toBe(BMW);
    expect(manufacturerByName('Tesla')).toBeUndefined();
  });
});

import { REDACTED, redactUrl, redactUrlsIn } from './redact-url';

describe('redactUrl', () => {
  it.each([
    ['/deadlines.ics?token=cal_secret', `/deadlines.ics?token=${REDACTED}`],
    ['/deadlines.ics?%74oken=cal_secret', `/deadlines.ics?%74oken=${REDACTED}`],
    ['/deadlines.ics?%2574oken=cal_secret', `/deadlines.ics?%2574oken=${REDACTED}`],
    ['/deadlines.ics?TOKEN=cal_secret', `/deadlines.ics?TOKEN=${REDACTED}`],
    ['/deadlines.ics?a=1;token=cal_secret', `/deadlines.ics?a=1;token=${REDACTED}`],
    ['/deadlines.ics?a=1&token[]=cal_secret', `/deadlines.ics?a=1&token[]=${REDACTED}`],
    ['/x?api_key=ll_abc&page=2', `/x?api_key=${REDACTED}&page=2`],
    ['/x?access%5Ftoken=abc', `/x?access%5Ftoken=${REDACTED}`],
    ['/x#token=abc', `/x#token=${REDACTED}`],
    ['postgres://app:s3cret@db:5432/lemon', `postgres://app:${REDACTED}@db:5432/lemon`],
    ['postgres://app:p@ss@db/lemon', `postgres://app:${REDACTED}@db/lemon`],
    ['postgres://db/lemon?user=app&password=s3cret', `postgres://db/lemon?user=app&password=${REDACTED}`],
    ['postgres://db/lemon?sslmode=require&PassWord=s3cret', `postgres://db/lemon?sslmode=require&PassWord=${REDACTED}`],
  ])('%s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('keeps what is no secret, and never throws', () => {
    expect(redactUrl('/cases?q=Delgado&page=2&jurisdiction=CA')).toBe('/cases?q=Delgado&page=2&jurisdiction=CA');
    expect(redactUrl('postgres://app@db/lemon')).toBe('postgres://app@db/lemon');
    expect(redactUrl('/x?%E0%A4%A=1&%ZZtoken=2')).toBe(`/x?%E0%A4%A=1&%ZZtoken=${REDACTED}`);
    expect(redactUrl('')).toBe('');
  });

  it('finds URLs inside an error message', () => {
    expect(redactUrlsIn('connect ECONNREFUSED postgres://app:s3cret@db/lemon (GET /deadlines.ics?token=abc)')).toBe(
      `connect ECONNREFUSED postgres://app:${REDACTED}@db/lemon (GET /deadlines.ics?token=${REDACTED})`,
    );
  });
});

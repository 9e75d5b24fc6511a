/**
 * What a password must be (NIST SP 800-63B 5.1.1.2: a minimum length and a check against
 * commonly used passwords; no composition rules). Returns the messages for the `password` field.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * A small list of passwords seen most often in breach corpora that are 12 characters or longer
 * (shorter ones are refused by length anyway), plus product-specific guesses. Compared lowercase.
 */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789123',
  '111111111111',
  '000000000000',
  '123123123123',
  'qwertyuiopas',
  'qwertyuiop123',
  'qwerty123456',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qazwsxedcrfv',
  'zaq12wsxcde3',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'password123!',
  'p@ssw0rd1234',
  'passw0rd1234',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'administrator',
  'admin1234567',
  'adminadmin123',
  'changeme1234',
  'changeme12345',
  'abcdefghijkl',
  'abc123456789',
  'abcd12345678',
  'aaaaaaaaaaaa',
  'football1234',
  'baseball1234',
  'sunshine1234',
  'princess1234',
  'monkey123456',
  'dragon123456',
  'trustno11234',
  'superman1234',
  'starwars1234',
  'michael12345',
  'whatever1234',
  'mustang12345',
  'basketball12',
  'lemonledger1',
  'lemonledger123',
  'lemonlaw1234',
  'lemonlaw12345',
  'attorney1234',
  'paralegal123',
  'lawfirm12345',
]);

export function passwordProblems(password: unknown, context: { email?: string | null; name?: string | null } = {}): string[] {
  if (typeof password !== 'string') return ['must be a string'];
  const problems: string[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push(`must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  if (password.length > MAX_PASSWORD_LENGTH) problems.push(`must be at most ${MAX_PASSWORD_LENGTH} characters long`);
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) problems.push('is one of the most commonly used passwords: choose another');
  else if (/^(.)\1+$/.test(password)) problems.push('must not be one character repeated');
  const own = [context.email?.toLowerCase(), context.email?.split('@')[0]?.toLowerCase(), context.name?.toLowerCase()];
  if (own.some((value) => value && value.length >= 4 && lower === value)) problems.push('must not be your email address or name');
  return problems;
}

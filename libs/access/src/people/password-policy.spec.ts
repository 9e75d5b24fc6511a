import { passwordProblems } from './password-policy';

describe('password policy (NIST SP 800-63B 5.1.1.2: length and a common-password check)', () => {
  it.each([
    ['short', ['must be at least 12 characters long']],
    ['password1234', ['is one of the most commonly used passwords: choose another']],
    ['PASSWORD1234', ['is one of the most commonly used passwords: choose another']],
    ['zzzzzzzzzzzzzz', ['must not be one character repeated']],
    ['maria.delgado@example.com', ['must not be your email address or name']],
    ['correct horse battery staple', []],
    ['Tr0ub4dor&3-lemon', []],
  ])('%s -> %j', (password, expected) => {
    expect(passwordProblems(password, { email: 'maria.delgado@example.com', name: 'Maria Delgado' })).toEqual(expected);
  });

  it('refuses anything that is not a string', () => {
    expect(passwordProblems(123456789012)).toEqual(['must be a string']);
  });
});

// The pure part of @lemon/testing: the pure libraries' specs import it as @lemon/testing/case-history.
export * from './case-history.builder';

// Public surface of @lemon/deadlines: pure deadline maths over a case's events and its rule pack.
export * from './deadline.types';
export { computeDeadlines } from './compute-deadlines';
export { alertLeadDates, isAlertable, DEFAULT_ALERT_LEAD_DAYS, type AlertLead } from './deadline.alerts';
export { deadlineId } from './deadline.build';
export { BBB_CITATIONS, BBB_RULE_TEXT, BMW_BOOKLET } from './bbb-auto-line.rule-text';

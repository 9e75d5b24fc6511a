/** Event types a subscription may choose; '*' means all of them. */
export const WEBHOOK_EVENT_TYPES = ['deadline.approaching', 'deadline.missed', 'case.presumption_met', 'webhook.test'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * A thin payload: ids, kinds, dates and links; never client personal data (names, contact
 * details, VINs): a receiver fetches what it needs through the API with its own credentials.
 */
export interface WebhookPayload {
  type: WebhookEventType;
  timestamp: string;
  data: Record<string, string | number | boolean | null | Record<string, string>>;
}

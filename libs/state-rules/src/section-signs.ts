/**
 * The rule packs write citations in ASCII ("Cal. Civ. Code s 1793.22(b)", "ss" for several
 * sections); letters and screens print the section sign, as lawyers write it. Only an "s"/"ss"
 * standing alone before a section number changes (after a space, an opening bracket or a
 * semicolon, or opening the text: "(s 2301.606(b))", "s 60-2702 sets..."), so names and
 * addresses keep their letters.
 * Imports nothing: the web app shares this one file (apps/web/vite.config.mts, sharedPureModules).
 */
export const sectionSigns = (text: string): string =>
  text.replace(/(?<=^|[\s([;])(ss?) (?=\d)/g, (_, s: string) => (s === 'ss' ? '§§ ' : '§ '));

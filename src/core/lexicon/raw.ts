// `String.raw` under a short name for the word lists: their 600 entries are raw templates, and
// `String.raw` written out before each one was 4 KB of every bundle (the minifier cannot
// shorten a global's property; it shortens this local name to a letter or two).
export const raw = String.raw;

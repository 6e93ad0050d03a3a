// The `hyphen` package ships no types; this is the part readingLevel.ts uses.
declare module 'hyphen/es/index.js' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  const hyphen: { hyphenateSync(text: string, options?: HyphenOptions): string };
  export default hyphen;
}

/** The part of citation.js the export tests use: its parsers, to CSL-JSON (the package ships no types). */
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chain(data: string, options: { forceType: string; generateGraph: boolean }): Record<string, unknown>[];
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

/** The ingest report (content/ingest-report.json): shared by ingest, which writes it, and the site, which shows it. */

/** One line that ingest took out of the body, and why. Goes to content/ingest-report.json. */
export interface RemovedLine {
  /** 1-based line number in the seed. */
  line: number;
  /** The line as it stands in the seed (white space normalised). */
  text: string;
  /** Where it went: `furniture` is dropped, `frontmatter` moved into a field. */
  action: 'furniture' | 'frontmatter';
  /** Why, in words; for `frontmatter`, the field it went to. */
  reason: string;
}

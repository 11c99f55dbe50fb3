/**
 * A collection as files: Markdown and plain text with a citation under every passage and the
 * articles' bibliography at the end, and the cited articles as BibTeX, RIS and CSL-JSON. Every
 * citation comes from src/lib/citations/ (Chicago notes-bibliography, the site's default style),
 * so a collection cites exactly as the article pages do.
 */
import { bibtex, chicago, citationKey, cslJson, ris, type CitationInput } from '../citations/citations.ts';
import { passageId } from '../routes/routes.ts';

/** A cited article: what the page shows of it, and its citation data. */
export interface ExportArticle {
  title: string;
  publisher: string | null;
  tendency: string | null;
  written: string;
  citation: CitationInput;
}

/** One passage of the collection, with its text. */
export interface ExportPassage {
  n: number;
  note: string;
  /** The passage's words, as the article prints them. */
  text: string;
  article: ExportArticle;
}

/** The collection to export. */
export interface ExportInput {
  /** The title; a neutral one is used when empty. */
  title: string;
  passages: ExportPassage[];
  /** The collection's own link (absolute). */
  link: string;
}

/** The title an untitled collection is given in files. */
export const UNTITLED = 'Untitled collection';

/**
 * A passage's permalink: the article's address with the passage's fragment.
 * @example passagePermalink({ url: 'https://example.org/articles/a/' }, 3) // 'https://example.org/articles/a/#p3'
 */
export function passagePermalink(citation: Pick<CitationInput, 'url'>, n: number): string {
  return `${citation.url}#${passageId(n)}`;
}

/**
 * Text made safe for Markdown: every character that could open a construct (emphasis, links,
 * code, HTML, tables, strikethrough) is escaped, and so is what would start a heading, list,
 * quotation, rule or numbered list at a line's start. Checked against a CommonMark parser in
 * the tests: what the Markdown renders to is the text, character for character.
 * @example escapeMarkdown('*Not* a [link]') // '\\*Not\\* a \\[link\\]'
 * @example escapeMarkdown('1. First') // '1\\. First'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^([ \t]*)([#+\-=])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

/** Words on one line: whitespace, line breaks included, as single spaces. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The cited articles, each once, in the order the collection first cites them. */
export function citedArticles(passages: readonly ExportPassage[]): ExportArticle[] {
  const seen = new Map<string, ExportArticle>();
  for (const p of passages) if (!seen.has(p.article.citation.url)) seen.set(p.article.citation.url, p.article);
  return [...seen.values()];
}

/** Citation keys made unique within the collection (`key`, `keya`, `keyb`…), in the articles' order. */
function uniqueKeys(articles: readonly ExportArticle[]): string[] {
  const used = new Map<string, number>();
  return articles.map((a) => {
    const key = citationKey(a.citation);
    const count = used.get(key) ?? 0;
    used.set(key, count + 1);
    return count === 0 ? key : `${key}${String.fromCharCode(96 + count)}`;
  });
}

/** The bibliography: Chicago entries of the cited articles, alphabetical as the style sorts them. */
function bibliography(passages: readonly ExportPassage[]): string[] {
  return citedArticles(passages)
    .map((a) => chicago(a.citation).bibliography)
    .sort((x, y) => x.localeCompare(y, 'en'));
}

/** The line under a passage's heading: publisher, current, date of writing. */
function factsLine(article: ExportArticle): string {
  return [article.publisher ?? 'publisher unknown', article.tendency ?? 'current unknown', article.written].join(' · ');
}

const countWords = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the collection holds, in words: "6 passages from 3 articles". */
export function summarise(passages: readonly ExportPassage[]): string {
  return `${countWords(passages.length, 'passage')} from ${countWords(citedArticles(passages).length, 'article')}`;
}

/** The collection as Markdown: each passage quoted under a heading, its permalink, note and citation. */
export function toMarkdown(input: ExportInput): string {
  const lines = [`# ${escapeMarkdown(oneLine(input.title) || UNTITLED)}`, ''];
  lines.push(`${summarise(input.passages)}, collected on Uprising Reader: <${input.link}>`, '');
  input.passages.forEach((p, i) => {
    const { article } = p;
    lines.push(`## ${i + 1}. ¶${p.n} of “${escapeMarkdown(oneLine(article.title))}”`, '');
    lines.push(`${escapeMarkdown(factsLine(article))} · <${passagePermalink(article.citation, p.n)}>`, '');
    lines.push(`> ${escapeMarkdown(oneLine(p.text))}`, '');
    if (p.note.trim())
      lines.push(
        `**Note:** ${p.note
          .trim()
          .split('\n')
          .map((l) => escapeMarkdown(l.trim()))
          .join('\\\n')}`,
        '',
      );
    lines.push(`Cite as: ${escapeMarkdown(chicago(article.citation, p.n).note)}`, '');
  });
  lines.push('## Sources', '');
  for (const entry of bibliography(input.passages)) lines.push(`- ${escapeMarkdown(entry)}`);
  return `${lines.join('\n')}\n`;
}

/** The collection as plain text, for mail or a document: the same parts as the Markdown, unmarked. */
export function toPlainText(input: ExportInput): string {
  const title = oneLine(input.title) || UNTITLED;
  const lines = [
    title,
    '='.repeat([...title].length),
    '',
    `${summarise(input.passages)}, collected on Uprising Reader:`,
  ];
  lines.push(input.link, '');
  input.passages.forEach((p, i) => {
    const { article } = p;
    lines.push(`${i + 1}. ¶${p.n} of “${oneLine(article.title)}”`);
    lines.push(`   ${factsLine(article)}`, `   ${passagePermalink(article.citation, p.n)}`, '');
    lines.push(`   “${oneLine(p.text)}”`, '');
    if (p.note.trim()) {
      const [first = '', ...rest] = p.note.trim().split('\n');
      lines.push(`   Note: ${first.trim()}`, ...rest.map((l) => `         ${l.trim()}`), '');
    }
    lines.push(`   Cite as: ${chicago(article.citation, p.n).note}`, '');
  });
  lines.push('Sources', '-------', ...bibliography(input.passages));
  return `${lines.join('\n')}\n`;
}

/** The cited articles as BibTeX (biblatex `@online`), keys unique within the file. */
export function toBibtex(passages: readonly ExportPassage[]): string {
  const articles = citedArticles(passages);
  const keys = uniqueKeys(articles);
  return articles
    .map((a, i) => bibtex(a.citation).replace(/^@online\{[^,\n]*,/, `@online{${keys[i] ?? ''},`))
    .join('\n');
}

/** The cited articles as RIS records. */
export function toRis(passages: readonly ExportPassage[]): string {
  return citedArticles(passages)
    .map((a) => ris(a.citation))
    .join('');
}

/** The cited articles as a CSL-JSON array, ids unique within it. */
export function toCslJson(passages: readonly ExportPassage[]): string {
  const articles = citedArticles(passages);
  const keys = uniqueKeys(articles);
  return `${JSON.stringify(
    articles.map((a, i) => ({ ...cslJson(a.citation), id: keys[i] })),
    null,
    2,
  )}\n`;
}

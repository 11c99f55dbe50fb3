/**
 * The collection page's markup: each passage fetched from its article's page (the pages the
 * comparison view fetches too, so no other file is published for it), and drawn with its article,
 * current, date, permalink, note and buttons; notices; downloads.
 */
import { LIMITS, type CollectionEntry } from '../lib/collection/collection.ts';
import { describeMissing, type IndexedArticle, type MissingEntry } from '../lib/collection/collection-index.ts';
import type { LinkProblem } from '../lib/collection/collection-url.ts';
import { passagePermalink, type ExportArticle } from '../lib/collection/collection-export.ts';
import { readCitation } from '../lib/collection/read-citation.ts';
import { passageId, routes } from '../lib/routes/routes.ts';
import { loadArticle } from './compare-dom.ts';
import { el } from './dom.ts';

/** An article as the collection page uses it: what it shows and cites, and each passage's words by ¶ number. */
export interface LoadedArticle {
  article: ExportArticle;
  text: (n: number) => string | null;
}

/** Fetch an article's page and read its citation data and passages; null when it cannot be had. */
export async function loadCollectedArticle(slug: string, indexed: IndexedArticle): Promise<LoadedArticle | null> {
  let page: HTMLElement;
  try {
    page = await loadArticle(slug);
  } catch {
    return null;
  }
  const citation = readCitation(page.dataset['citation'] ?? '');
  if (!citation) return null;
  // The hidden other names of a mention are there for search, not for reading.
  return {
    article: { ...indexed, citation },
    text: (n) => {
      const passage = page.querySelector(`#${passageId(n)}`);
      const words = passage?.querySelector(':scope > p')?.textContent ?? passage?.textContent;
      return words ? words.replace(/\s+/g, ' ').trim() : null;
    },
  };
}

/** What an entry's buttons do. */
export interface EntryActions {
  move: (index: number, to: number, focus: 'up' | 'down') => void;
  remove: (index: number) => void;
  /** Set a note; returns the note as kept (cut where the link would pass its limit). */
  note: (index: number, text: string) => string;
  dragStart: (item: HTMLLIElement, event: PointerEvent) => void;
}

function button(
  label: string,
  name: string,
  onClick: () => void,
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const b = el('button', { type: 'button', textContent: label });
  b.setAttribute('aria-label', name);
  for (const [k, v] of Object.entries(attrs)) b.setAttribute(k, v);
  b.addEventListener('click', onClick);
  return b;
}

/** One passage of the collection, drawn: heading, facts and permalink, the words, the note and the buttons. */
export function renderEntry(
  entry: CollectionEntry,
  index: number,
  total: number,
  loaded: LoadedArticle | null,
  indexed: IndexedArticle,
  actions: EntryActions,
): HTMLLIElement {
  const where = `¶${entry.n} of “${indexed.title}”`;
  const headingId = `entry-${index + 1}`;
  // Pointer only, so hidden from assistive technology: the keyboard has "Move up" and "Move down".
  const handle = el('span', { className: 'drag-handle', textContent: '⠿', title: 'Drag to reorder' });
  handle.setAttribute('aria-hidden', 'true');
  handle.addEventListener('pointerdown', (event) => actions.dragStart(handle.closest('li') as HTMLLIElement, event));
  const permalinkPath = routes.passage(entry.slug, passageId(entry.n));
  const text = loaded?.text(entry.n) ?? null;
  const permalink = loaded ? passagePermalink(loaded.article.citation, entry.n) : null;
  const facts = [indexed.publisher ?? 'publisher unknown', indexed.tendency ?? 'current unknown', indexed.written].join(
    ' · ',
  );
  const textarea = el('textarea', { value: entry.note, maxLength: LIMITS.note, rows: 2 });
  const notePrint = el('p', {
    className: 'note-print print-only',
    textContent: entry.note ? `Note: ${entry.note}` : '',
  });
  textarea.addEventListener('input', () => {
    const kept = actions.note(index, textarea.value);
    if (kept !== textarea.value) textarea.value = kept;
    notePrint.textContent = textarea.value ? `Note: ${textarea.value}` : '';
  });
  const item = el('li', { className: 'entry' }, [
    el('div', { className: 'entry-head' }, [
      handle,
      el('h2', { id: headingId }, [
        el('a', { className: 'entry-pnum', href: permalinkPath }, [`¶${entry.n}`]),
        ' ',
        el('a', { href: routes.article(entry.slug) }, [indexed.title]),
      ]),
    ]),
    el('p', { className: 'entry-facts' }, [
      `${facts} · `,
      el('a', { href: permalinkPath }, [permalink ?? permalinkPath]),
    ]),
    text === null
      ? el('p', { className: 'entry-missing-text' }, [
          'The words of this passage could not be loaded (the connection, or the article page). ',
          el('a', { href: permalinkPath }, [`Read ${where}`]),
          '.',
        ])
      : el('blockquote', {}, [el('p', {}, [text])]),
    el('label', { className: 'entry-note' }, [`Note on ${where}`, textarea]),
    notePrint,
    el('div', { className: 'entry-actions' }, [
      button('Move up', `Move up: ${where}`, () => actions.move(index, index - 1, 'up'), {
        'data-move': 'up',
        ...(index === 0 ? { 'aria-disabled': 'true' } : {}),
      }),
      button('Move down', `Move down: ${where}`, () => actions.move(index, index + 1, 'down'), {
        'data-move': 'down',
        ...(index === total - 1 ? { 'aria-disabled': 'true' } : {}),
      }),
      button('Remove', `Remove ${where}`, () => actions.remove(index), { 'data-remove': '' }),
    ]),
  ]);
  item.setAttribute('aria-labelledby', headingId);
  item.dataset['index'] = String(index);
  return item;
}

/** A notice listing what a link named that the page could not show, or why it refused the link. */
export function renderNotice(heading: string, lines: string[], role: 'alert' | 'status'): HTMLElement {
  const notice = el('div', { className: 'notice' }, [
    el('h2', {}, [heading]),
    ...(lines.length > 0
      ? [
          el(
            'ul',
            {},
            lines.map((l) => el('li', {}, [l])),
          ),
        ]
      : []),
  ]);
  notice.setAttribute('role', role);
  return notice;
}

/** The notice for entries set aside, or null when there are none. */
export function renderMissing(missing: (MissingEntry | LinkProblem)[]): HTMLElement | null {
  if (missing.length === 0) return null;
  return renderNotice(
    `${missing.length} ${missing.length === 1 ? 'entry' : 'entries'} of this link could not be found or read; the rest are shown below. Editing the collection leaves ${missing.length === 1 ? 'it' : 'them'} out of its link.`,
    missing.map(describeMissing),
    'status',
  );
}

/** Offer `text` as a file download named `name`. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The collection page. Its state is the address: `?t=…&p=…&note=…` (src/lib/collection/collection-url.ts).
 * Opened without one, it shows the draft on this device and puts it in the address; opened with a
 * link that differs from the draft, it shows the link's collection, saved nowhere until the reader
 * keeps it. Every edit rewrites the address (and the draft, when the page shows the draft), so the
 * address is always the link to share.
 */
import {
  EMPTY_COLLECTION,
  LIMITS,
  moveEntry,
  removeEntry,
  setNote,
  setTitle,
  type Collection,
} from '../lib/collection/collection.ts';
import { fitEdit, readCollection, writeCollection, type LinkProblem } from '../lib/collection/collection-url.ts';
import {
  parseArticleIndex,
  resolveCollection,
  type ArticleIndex,
  type MissingEntry,
} from '../lib/collection/collection-index.ts';
import {
  summarise,
  toBibtex,
  toCslJson,
  toMarkdown,
  toPlainText,
  toRis,
  UNTITLED,
  type ExportPassage,
} from '../lib/collection/collection-export.ts';
import { routes } from '../lib/routes/routes.ts';
import { loadDraft, onDraftChange, readDraft, readDraftQuery, saveDraft } from './collection-store.ts';
import {
  download,
  loadCollectedArticle,
  renderEntry,
  renderMissing,
  renderNotice,
  type LoadedArticle,
} from './collection-dom.ts';
import { el } from './dom.ts';
import { announce } from './passage-tools.ts';

/** Said when an edit would make the link longer than a link may be. */
const LINK_FULL = `The link is full: a collection link holds at most ${LIMITS.query.toLocaleString('en')} characters once encoded (letters outside English take up to nine each), so the rest of this text was not kept.`;

/** Start the collection page. */
export function startCollectionPage(): void {
  const root = document.querySelector<HTMLElement>('[data-collection]');
  if (!root) return;
  root.classList.add('js');
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector) as T;
  const heading = $<HTMLHeadingElement>('[data-heading]');
  const origin = $<HTMLParagraphElement>('[data-origin]');
  const notice = $<HTMLDivElement>('[data-notice]');
  const tools = $<HTMLDivElement>('[data-tools]');
  const titleInput = $<HTMLInputElement>('[data-title]');
  const share = $<HTMLInputElement>('[data-share]');
  const shareLength = $<HTMLSpanElement>('[data-share-length]');
  const shareBlock = $<HTMLDivElement>('.share');
  const sharePrint = $<HTMLParagraphElement>('[data-share-print]');
  const list = $<HTMLOListElement>('[data-entries]');
  const empty = $<HTMLParagraphElement>('[data-empty]');
  const exports = $<HTMLElement>('[data-exports]');

  const index: ArticleIndex | null = parseArticleIndex(root.dataset['articles'] ?? '');
  if (!index) {
    notice.replaceChildren(renderNotice('The list of articles in this page is damaged: reload the page.', [], 'alert'));
    return;
  }
  const articles = new Map<string, Promise<LoadedArticle | null>>();
  const loadOne = (slug: string) => {
    let promise = articles.get(slug);
    if (!promise) {
      const indexed = index[slug];
      promise = indexed ? loadCollectedArticle(slug, indexed) : Promise.resolve(null);
      articles.set(slug, promise);
    }
    return promise;
  };

  let collection: Collection = EMPTY_COLLECTION;
  // Whether the page shows (and so edits) the draft on this device, or a shared link's collection.
  let isDraft = true;
  let setAside: (MissingEntry | LinkProblem)[] = [];

  const shareUrl = () => new URL(routes.collection(writeCollection(collection)), location.href).href;

  const showOrigin = () => {
    origin.replaceChildren(
      ...(isDraft
        ? [
            el('strong', {}, ['Draft on this device.']),
            ' Kept in this browser only. To share it, send the link below (the address bar holds it too).',
          ]
        : [
            el('strong', {}, ['From a shared link.']),
            ' Not saved on this device: your changes change the link only. ',
            keepButton(),
          ]),
    );
  };
  const keepButton = () => {
    const b = el('button', { type: 'button', textContent: 'Keep as my draft on this device' });
    b.addEventListener('click', () => {
      const draft = readDraft();
      const question = draft.ok
        ? `Replace your draft on this device (${draft.collection.entries.length} passages)?`
        : 'Your draft on this device cannot be read. Replace it? (Open the collection page without a link first to save its text.)';
      if ((!draft.ok || draft.collection.entries.length > 0) && !window.confirm(question)) return;
      if (!saveDraft(collection)) {
        announce('This browser does not let the site keep anything on this device.');
        return;
      }
      isDraft = true;
      showOrigin();
      announce('Kept as your draft on this device.');
      titleInput.focus();
    });
    return b;
  };

  /**
   * Put the collection in the address (and the draft), and update what shows it. While the reader
   * types, the address is written a moment after the last key: browsers throttle pages that rewrite
   * their address hundreds of times in a few seconds.
   */
  let pendingWrite = 0;
  const write = () => {
    window.clearTimeout(pendingWrite);
    history.replaceState(null, '', routes.collection(writeCollection(collection)));
    if (isDraft && !saveDraft(collection))
      announce('This browser does not let the site keep anything on this device: keep the link instead.');
  };
  const commit = (next: Collection, typing = false) => {
    collection = next;
    if (typing) {
      window.clearTimeout(pendingWrite);
      pendingWrite = window.setTimeout(write, 250);
    } else write();
    showShare();
  };
  // A note typed just before leaving is not lost.
  window.addEventListener('pagehide', () => {
    if (pendingWrite) write();
  });
  const showShare = () => {
    const url = shareUrl();
    share.value = url;
    sharePrint.textContent = `Collection link: ${url}`;
    shareBlock.hidden = collection.entries.length === 0;
    shareLength.textContent = `${url.length.toLocaleString('en')} characters: it holds the whole collection, titles and notes included.`;
    const title = collection.title || 'Passage collection';
    heading.textContent = title;
    document.title = `${title} · Uprising Reader`;
  };

  let renderToken = 0;
  const render = async (focus?: { index: number; selector: string }) => {
    const token = ++renderToken;
    const { entries } = collection;
    empty.hidden = entries.length > 0;
    exports.hidden = entries.length === 0;
    const loaded = await Promise.all(entries.map((e) => loadOne(e.slug)));
    if (token !== renderToken) return;
    list.replaceChildren(
      ...entries.map((entry, i) =>
        renderEntry(
          entry,
          i,
          entries.length,
          loaded[i] ?? null,
          index[entry.slug] as NonNullable<ArticleIndex[string]>,
          {
            move,
            remove,
            note: (at, text) => {
              const { collection: next, cut } = fitEdit(text, (t) => setNote(collection, at, t));
              if (cut) announce(LINK_FULL);
              commit(next, true);
              return next.entries[at]?.note ?? '';
            },
            dragStart,
          },
        ),
      ),
    );
    root.dataset['ready'] = String(entries.length);
    if (focus) list.querySelectorAll('li')[focus.index]?.querySelector<HTMLElement>(focus.selector)?.focus();
  };

  const where = (i: number) => {
    const e = collection.entries[i];
    return e ? `¶${e.n} of “${index[e.slug]?.title ?? e.slug}”` : '';
  };
  function move(from: number, to: number, focus: 'up' | 'down'): void {
    if (to < 0 || to >= collection.entries.length) return;
    commit(moveEntry(collection, from, to));
    // The focus stays on the button pressed, unless the entry reached the end it was moving to.
    const selector =
      (focus === 'up' && to === 0) || (focus === 'down' && to === collection.entries.length - 1)
        ? `[data-move="${focus === 'up' ? 'down' : 'up'}"]`
        : `[data-move="${focus}"]`;
    void render({ index: to, selector });
    announce(`Moved ${where(to)} to position ${to + 1} of ${collection.entries.length}.`);
  }
  function remove(at: number): void {
    const gone = where(at);
    commit(removeEntry(collection, at));
    const next = Math.min(at, collection.entries.length - 1);
    void render(next >= 0 ? { index: next, selector: '[data-remove]' } : undefined);
    if (next < 0) titleInput.focus();
    announce(`Removed ${gone}. ${collection.entries.length} left.`);
  }

  /**
   * Pointer reordering: the entry follows the pointer among its siblings, and the order is kept on
   * release. The listeners sit on the document, since moving the entry in the DOM ends any pointer capture.
   */
  function dragStart(item: HTMLLIElement, event: PointerEvent): void {
    if (event.button !== 0) return;
    event.preventDefault();
    item.classList.add('dragging');
    const from = Number(item.dataset['index']);
    const onMove = (e: PointerEvent) => {
      // Near the window's top or bottom edge, the page scrolls, so an entry can travel the whole list.
      if (e.clientY < 48) window.scrollBy(0, -24);
      else if (e.clientY > window.innerHeight - 48) window.scrollBy(0, 24);
      const siblings = [...list.children].filter((c) => c !== item);
      const before = siblings.find((c) => {
        const box = c.getBoundingClientRect();
        return e.clientY < box.top + box.height / 2;
      });
      if (before && item.nextElementSibling !== before) list.insertBefore(item, before);
      else if (!before && list.lastElementChild !== item) list.append(item);
    };
    const onUp = () => {
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerup', onUp);
      document.removeEventListener('pointercancel', onUp);
      item.classList.remove('dragging');
      const to = [...list.children].indexOf(item);
      if (to !== from && to >= 0) {
        commit(moveEntry(collection, from, to));
        announce(`Moved ${where(to)} to position ${to + 1} of ${collection.entries.length}.`);
      }
      void render();
    };
    document.addEventListener('pointermove', onMove);
    document.addEventListener('pointerup', onUp);
    document.addEventListener('pointercancel', onUp);
  }

  /** The collection with each passage's words and article, for the exports. */
  const exportPassages = async (): Promise<ExportPassage[]> => {
    const out: ExportPassage[] = [];
    for (const entry of collection.entries) {
      const loaded = await loadOne(entry.slug);
      const text = loaded?.text(entry.n);
      if (loaded && text) out.push({ n: entry.n, note: entry.note, text, article: loaded.article });
    }
    return out;
  };
  const fileName = (ext: string) =>
    `${
      (collection.title || UNTITLED)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase()
        .slice(0, 60) || 'collection'
    }.${ext}`;
  exports.addEventListener('click', (event) => {
    const target =
      event.target instanceof HTMLElement ? event.target.closest<HTMLButtonElement>('[data-export]') : null;
    if (!target) return;
    const kind = target.dataset['export'];
    if (kind === 'print') {
      window.print();
      return;
    }
    void exportPassages().then(async (passages) => {
      const input = { title: collection.title, passages, link: shareUrl() };
      const left = collection.entries.length - passages.length;
      const warning =
        left > 0
          ? ` ${left} passage${left === 1 ? '' : 's'} could not be loaded and ${left === 1 ? 'is' : 'are'} left out.`
          : '';
      switch (kind) {
        case 'markdown':
          download(fileName('md'), 'text/markdown;charset=utf-8', toMarkdown(input));
          break;
        case 'text':
          download(fileName('txt'), 'text/plain;charset=utf-8', toPlainText(input));
          break;
        case 'bib':
          download(fileName('bib'), 'application/x-bibtex;charset=utf-8', toBibtex(passages));
          break;
        case 'ris':
          download(fileName('ris'), 'application/x-research-info-systems;charset=utf-8', toRis(passages));
          break;
        case 'json':
          download(fileName('json'), 'application/vnd.citationstyles.csl+json;charset=utf-8', toCslJson(passages));
          break;
        case 'copy-markdown':
          try {
            await navigator.clipboard.writeText(toMarkdown(input));
            announce(`Copied the collection as Markdown (${summarise(passages)}).${warning}`);
          } catch {
            announce('The clipboard is not available here: use the Markdown download instead.');
          }
          return;
      }
      announce(`Downloaded ${target.textContent} (${summarise(passages)}).${warning}`);
    });
  });

  $<HTMLButtonElement>('[data-copy-share]').addEventListener('click', () => {
    void navigator.clipboard.writeText(share.value).then(
      () => announce('Copied the link to this collection.'),
      () => {
        share.select();
        announce('The link is selected: copy it with your keyboard or menu.');
      },
    );
  });
  titleInput.addEventListener('input', () => {
    const { collection: next, cut } = fitEdit(titleInput.value, (t) => setTitle(collection, t));
    if (cut) {
      announce(LINK_FULL);
      titleInput.value = next.title;
    }
    commit(next, true);
  });

  /** Show nothing of a collection that cannot be read: no entries, tools, exports or origin. */
  const showNothing = () => {
    tools.hidden = true;
    list.replaceChildren();
    exports.hidden = true;
    empty.hidden = true;
    origin.replaceChildren();
  };
  /** Read the address (or the draft, when it names no collection) and show it. */
  const load = () => {
    const params = new URLSearchParams(location.search);
    const named = ['t', 'p', 'note'].some((k) => params.has(k));
    const draftQuery = readDraftQuery();
    const read = readCollection(named ? location.search : draftQuery);
    notice.replaceChildren();
    if (!read.ok && !named) {
      // The draft on this device cannot be read: never shown as empty, never overwritten, offered as text.
      showUnreadableDraft(read.detail, draftQuery);
      return;
    }
    if (!read.ok) {
      // Refused: say why, and show nothing of it; the draft is one link away.
      showNothing();
      notice.append(
        renderNotice(read.reason, [], 'alert'),
        el('p', {}, [el('a', { href: routes.collection() }, ['Open your draft collection on this device'])]),
      );
      root.dataset['ready'] = 'refused';
      return;
    }
    const resolved = resolveCollection(read.collection, index);
    setAside = [...read.problems, ...resolved.missing];
    collection = resolved.collection;
    isDraft = !named || writeCollection(read.collection) === writeCollection(loadDraft());
    tools.hidden = false;
    const missing = renderMissing(setAside);
    if (missing) notice.append(missing);
    titleInput.value = collection.title;
    showOrigin();
    showShare();
    if (!named && collection.entries.length > 0)
      history.replaceState(null, '', routes.collection(writeCollection(collection)));
    void render();
  };
  /** The draft cannot be read: say why, keep it as it is, and offer its text to save. */
  const showUnreadableDraft = (reason: string, stored: string) => {
    showNothing();
    isDraft = false;
    const text = el('textarea', { value: stored, readOnly: true, rows: 6, className: 'stored-draft' });
    text.setAttribute('aria-label', 'Your collection as stored on this device');
    const save = el('button', { type: 'button', textContent: 'Save it as a text file' });
    save.addEventListener('click', () => download('collection-as-stored.txt', 'text/plain', stored));
    notice.append(
      renderNotice(
        `Your collection on this device cannot be read: ${reason}. It is kept as it is, and nothing you collect will replace it until you decide: save its text below, then clear this site's storage in your browser to start a new one.`,
        [],
        'alert',
      ),
      text,
      el('p', {}, [save]),
    );
    root.dataset['ready'] = 'unreadable-draft';
  };
  // Another tab changed the draft: show it, if this page shows the draft and nothing is being typed.
  onDraftChange(() => {
    if (!isDraft || root.contains(document.activeElement)) return;
    const read = readDraft();
    if (!read.ok) return;
    const draft = read.collection;
    if (writeCollection(draft) === writeCollection(collection)) return;
    collection = draft;
    titleInput.value = collection.title;
    history.replaceState(null, '', routes.collection(writeCollection(collection)));
    showShare();
    void render();
  });
  load();
}

/**
 * Show an entity's note beside a mention on hover or keyboard focus (WAI tooltip pattern).
 * The note itself is in the page ("Names and terms in this article") and is already the
 * mention's accessible description; this only shows it in place. Escape hides it.
 */

const mentionOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('a.mention[aria-describedby]') : null;

/** Start the mention notes: one tooltip for the page, shown beside the mention hovered or focused. */
export function startMentionNotes(): void {
  const tip = document.createElement('div');
  tip.className = 'mention-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.append(tip);
  let shown: HTMLElement | null = null;

  const show = (link: HTMLElement) => {
    const note = document.getElementById(link.getAttribute('aria-describedby') ?? '');
    if (!note) return;
    shown = link;
    const term = note.previousElementSibling?.textContent ?? '';
    tip.replaceChildren(
      Object.assign(document.createElement('strong'), { textContent: term }),
      document.createTextNode(' '),
      ...[...note.childNodes].map((n) => n.cloneNode(true)),
    );
    tip.hidden = false;
    const box = link.getBoundingClientRect();
    const width = Math.min(360, document.documentElement.clientWidth - 16);
    tip.style.width = `${width}px`;
    const left = Math.max(
      8,
      Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8),
    );
    tip.style.left = `${left}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  };

  const hide = () => {
    tip.hidden = true;
    shown = null;
  };

  document.addEventListener('pointerover', (e) => {
    const link = mentionOf(e.target);
    if (link && link !== shown) show(link);
  });
  document.addEventListener('pointerout', (e) => {
    if (shown && mentionOf(e.target) === shown && !shown.contains(e.relatedTarget as Node | null)) hide();
  });
  document.addEventListener('focusin', (e) => {
    const link = mentionOf(e.target);
    if (link) show(link);
    else hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) hide();
  });
}

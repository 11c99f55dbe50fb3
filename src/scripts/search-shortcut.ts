/** "/" anywhere (outside a text field) focuses the header's search field. */
export function startSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    event.preventDefault();
    document.querySelector<HTMLInputElement>('#search-query, #site-search')?.focus();
  });
}

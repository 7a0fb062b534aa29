/**
 * The embed builder (pages/embed-builder.ts), enhanced: a form to choose a plan, an element, an
 * item and an option, the three snippets, each with a copy button that says "Copied" beside itself
 * (also to screen readers: each button's note is a polite live region), and a live preview. The
 * snippets come before the preview, so the copy buttons are a few Tab presses from the choices,
 * not behind every link of the previewed widget. Its choices come from the list of every widget on
 * the page (each item's `data-widget`), which stays below it.
 */
import { type WidgetSnippetData, embedSnippets } from '../embed-snippets.js';

interface ListedWidget {
  plan: string;
  planTitle: string;
  kind: string;
  kindLabel: string;
  item: string;
  itemTitle: string;
  options: WidgetSnippetData[];
}

const host = document.querySelector<HTMLElement>('.embed-builder');
const KIND_LABELS = new Map([...document.querySelectorAll('.embed-group h4')].map((h) => [h.nextElementSibling?.querySelector<HTMLElement>('[data-kind]')?.dataset.kind ?? '', h.textContent!.trim()]));

/** The widgets, from the list of every widget on the page: each item's data, each of its links an option. */
const widgets: ListedWidget[] = [...document.querySelectorAll<HTMLElement>('li[data-kind]')].map((li) => ({
  plan: li.dataset.plan!,
  planTitle: li.dataset.planTitle!,
  kind: li.dataset.kind!,
  kindLabel: KIND_LABELS.get(li.dataset.kind!) ?? li.dataset.kind!,
  item: li.dataset.item!,
  itemTitle: li.dataset.itemTitle!,
  options: [...li.querySelectorAll<HTMLAnchorElement>('a[data-path]')].map((a) => ({
    label: a.dataset.option!,
    path: a.dataset.path!,
    url: new URL(a.dataset.path!, host?.dataset.site).href,
    title: a.dataset.title!,
    height: Number(a.dataset.height),
    element: a.dataset.element!,
  })),
}));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = Object.assign(document.createElement(tag), properties);
  made.append(...children);
  return made;
}

/** A labelled select; `choices` are [value, text]. */
function field(id: string, label: string): { row: HTMLElement; select: HTMLSelectElement } {
  const select = element('select', { id, name: id });
  return { row: element('div', { className: 'builder-field' }, element('label', { htmlFor: id }, label), select), select };
}

function fill(select: HTMLSelectElement, choices: [string, string][]): void {
  // Keep the reader's choice where it is still offered (the first fill has none to keep).
  const previous = select.options.length ? select.value : undefined;
  select.replaceChildren(...choices.map(([value, text]) => element('option', { value }, text)));
  if (choices.some(([value]) => value === previous)) select.value = previous!;
  // A choice of one is still shown (it says what there is), but needs no attention.
  select.disabled = choices.length < 2;
}

function unique(pairs: [string, string][]): [string, string][] {
  return [...new Map(pairs).entries()];
}

if (host && widgets.length) {
  const plan = field('builder-plan', 'Plan');
  const kind = field('builder-kind', 'Element');
  const item = field('builder-item', 'Item');
  const option = field('builder-option', 'Option');
  const preview = element('iframe', { title: 'Preview', className: 'builder-preview plan-kit-embed', height: '300', width: '100%' });
  const snippetBoxes = (
    [
      ['url', 'Address, for WordPress or Drupal media'],
      ['iframe', 'iframe, for an editor that accepts HTML'],
      ['element', 'Script tag and element, for a template that accepts scripts'],
    ] as const
  ).map(([key, label]) => {
    const id = `builder-snippet-${key}`;
    const box = element('textarea', { id, readOnly: true, rows: key === 'url' ? 1 : 4, spellcheck: false });
    const button = element('button', { type: 'button' }, 'Copy');
    button.setAttribute('aria-describedby', id);
    // "Copied" appears beside the button pressed, where the eye (and a screen magnifier) already is.
    const note = element('span', { className: 'builder-copied' });
    note.setAttribute('role', 'status');
    button.addEventListener('click', () => void copy(box, note));
    return { key, box, note, row: element('div', { className: 'builder-snippet' }, element('label', { htmlFor: id }, label), box, element('p', { className: 'builder-copy' }, button, note)) };
  });

  async function copy(box: HTMLTextAreaElement, note: HTMLElement): Promise<void> {
    try {
      await navigator.clipboard.writeText(box.value);
    } catch {
      // Without the clipboard API (or its permission): the old way, from the selected text.
      box.select();
      document.execCommand('copy');
    }
    // Every note cleared first (one "Copied" at a time), so that a second copy of the same snippet is announced again.
    for (const snippet of snippetBoxes) snippet.note.textContent = '';
    setTimeout(() => (note.textContent = 'Copied'), 50);
  }

  const chosen = () => widgets.filter((w) => w.plan === plan.select.value && w.kind === kind.select.value);

  function update(): void {
    fill(kind.select, unique(widgets.filter((w) => w.plan === plan.select.value).map((w) => [w.kind, w.kindLabel])));
    const items = chosen();
    fill(item.select, items.map((w) => [w.item, w.itemTitle]));
    const widget = items.find((w) => w.item === item.select.value) ?? items[0]!;
    fill(option.select, widget.options.map((o, i) => [String(i), o.label]));
    const selected = widget.options[Number(option.select.value)] ?? widget.options[0]!;
    const { resize, resizeIntegrity, elements, elementsIntegrity } = host!.dataset;
    const snippets = embedSnippets(selected, { url: resize!, integrity: resizeIntegrity }, { url: elements!, integrity: elementsIntegrity });
    for (const { key, box, note } of snippetBoxes) {
      box.value = snippets[key];
      note.textContent = '';
    }
    preview.title = `Preview: ${selected.title}`;
    preview.height = String(selected.height);
    preview.src = `${host!.dataset.root}${selected.path}`;
  }

  // The preview as tall as its content, from the embed page's own message (what embed/resize.js
  // does on a host page; not imported, since that file must stay one standalone script).
  addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; value?: unknown } | null;
    const value = Number(data?.value);
    if (event.source === preview.contentWindow && data?.type === 'plan-kit:height' && Number.isInteger(value) && value > 0) preview.height = String(value);
  });

  fill(plan.select, unique(widgets.map((w) => [w.plan, w.planTitle])));
  for (const { select } of [plan, kind, item, option]) select.addEventListener('change', update);
  host.append(
    element('h2', {}, 'Build a snippet'),
    element('div', { className: 'builder-fields' }, plan.row, kind.row, item.row, option.row),
    element('h3', {}, 'Snippets'),
    ...snippetBoxes.map((s) => s.row),
    element('h3', {}, 'Preview'),
    preview,
  );
  update();
  host.hidden = false;
}

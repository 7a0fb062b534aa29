/**
 * The search page: a form that works as a plain GET form, enhanced to search the static index
 * (MiniSearch) in the page. Results are announced through a polite live region.
 */
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, type SearchDocument } from '../search-options.js';

type Result = Pick<SearchDocument, 'title' | 'kind' | 'plan' | 'path'>;

const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const output = document.querySelector<HTMLElement>('#search-results');

let index: Promise<MiniSearch<SearchDocument>> | undefined;

function loadIndex(url: string): Promise<MiniSearch<SearchDocument>> {
  index ??= fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`The search index could not be loaded (HTTP ${response.status}).`);
    return MiniSearch.loadJSON<SearchDocument>(await response.text(), SEARCH_OPTIONS);
  });
  return index;
}

/** The site root, relative to this page: the index stores paths from the root. */
function rootHref(): string {
  return new URL('../', document.baseURI).href;
}

function render(query: string, results: Result[]): void {
  if (!output) return;
  output.replaceChildren();
  if (!query) return;
  const heading = document.createElement('h2');
  heading.textContent = results.length === 0 ? `No results for "${query}"` : `${results.length} ${results.length === 1 ? 'result' : 'results'} for "${query}"`;
  output.append(heading);
  if (results.length === 0) {
    const hint = document.createElement('p');
    hint.textContent = 'Check the spelling, try fewer words, or browse the A to Z.';
    output.append(hint);
    return;
  }
  const list = document.createElement('ol');
  list.className = 'results';
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    const url = new URL(result.path, rootHref());
    // The index holds the site's own page paths: link only within the site, whatever it says.
    if (url.origin === location.origin) link.href = url.href;
    link.textContent = result.title;
    const meta = document.createElement('p');
    meta.className = 'hint';
    meta.textContent = `${result.kind}, ${result.plan}`;
    item.append(link, meta);
    list.append(item);
  }
  output.append(list);
}

async function search(query: string): Promise<void> {
  if (!form || !output) return;
  try {
    const miniSearch = await loadIndex(new URL(form.dataset.index!, document.baseURI).href);
    render(query, query ? (miniSearch.search(query) as unknown as Result[]) : []);
  } catch (error) {
    output.textContent = (error as Error).message;
  }
}

if (form && input) {
  const initial = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = initial;
  void search(initial);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void search(query);
  });
}

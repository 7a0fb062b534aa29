/** The search index's shape: the build writes it and the search page reads it with the same options. */
export const SEARCH_OPTIONS = {
  fields: ['title', 'text', 'plan'],
  storeFields: ['title', 'kind', 'plan', 'path'],
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' as const },
};

export interface SearchDocument {
  id: string;
  title: string;
  /** "Sub-outcome", "Strategic outcome", "Plan"... */
  kind: string;
  plan: string;
  /** The page's path from the site root ("plans/2022-26/outcomes/x/9.3/"). */
  path: string;
  /** Everything else on the page worth finding: statement, aims, actions, indicators. */
  text: string;
}

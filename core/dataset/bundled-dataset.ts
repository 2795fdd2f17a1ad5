/**
 * The dataset as shipped: the JSON files of data/ put together. Sources are kept in two files
 * (people's and claims') so that both can grow without editing one long list; publishers.json types
 * the publishers they name.
 */
import type { Dataset } from '../../data/schema';
import sourcesPeople from '../../data/sources-people.json';
import sourcesClaims from '../../data/sources-claims.json';
import people from '../../data/people.json';
import claims from '../../data/claims.json';
import events from '../../data/events.json';
import publishers from '../../data/publishers.json';
import lexicon from '../../data/lexicon.json';

/** Unvalidated: tests and the build validate it with validateDataset (see tests/unit/data). */
export const bundledDatasetInput: unknown = {
  sources: [...sourcesPeople, ...sourcesClaims],
  publishers: publishers.publishers,
  people,
  claims,
  events,
  lexicon,
};

/** Typed view; safe because the build refuses a dataset that fails validation. */
export const bundledDataset = bundledDatasetInput as Dataset;

/**
 * The claims as schema.org ClaimReview (https://schema.org/ClaimReview), the markup fact-checkers
 * publish so that others can find and reuse a review: the claim, who made it and when, where it
 * appeared, where it stands (the status, as a rating) and the sources the review rests on.
 */
import type { Claim, ClaimStatus, Dataset, Source } from '../../data/schema';
import { indexDataset } from './index-dataset';

/** Ratings on a 1 (false) to 5 (true) scale, as fact-checkers' ClaimReview markup uses them. */
const RATING: Record<ClaimStatus['value'], { value: number; name: string }> = {
  confirmed: { value: 5, name: 'Confirmed' },
  contested: { value: 3, name: 'Contested' },
  unverified: { value: 3, name: 'Unverified' },
  superseded: { value: 2, name: 'Superseded' },
  refuted: { value: 1, name: 'Refuted' },
};

export interface CreativeWork {
  '@type': 'CreativeWork';
  headline: string;
  datePublished: string;
  inLanguage: string;
  publisher: { '@type': 'Organization'; name: string };
  url?: string;
}

export interface ClaimReview {
  '@type': 'ClaimReview';
  '@id': string;
  claimReviewed: string;
  inLanguage: 'en';
  author: { '@type': 'Organization'; name: 'Kontext' };
  datePublished: string;
  itemReviewed: {
    '@type': 'Claim';
    author: { '@type': 'Person' | 'Organization'; name: string };
    datePublished: string;
    appearance: CreativeWork[];
  };
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: 5;
    worstRating: 1;
    alternateName: string;
    ratingExplanation: string;
  };
  citation: CreativeWork[];
}

export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': ClaimReview[];
}

function creativeWork(source: Source): CreativeWork {
  return {
    '@type': 'CreativeWork',
    headline: source.title,
    datePublished: source.date,
    inLanguage: source.lang,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.url ? { url: source.url } : {}),
  };
}

/**
 * One ClaimReview per claim that has a status (a claim without one has not been reviewed yet).
 * The review is dated by its status; its citations are the status's sources, then the
 * counter-sources, each once.
 */
export function claimReviews(dataset: Dataset): ClaimReviewDocument {
  const index = indexDataset(dataset);
  const works = (ids: readonly string[]) =>
    [...new Set(ids)].flatMap((id) => {
      const source = index.source(id);
      return source ? [creativeWork(source)] : [];
    });
  const review = (claim: Claim, status: ClaimStatus): ClaimReview => {
    const person = claim.madeBy.personId ? index.person(claim.madeBy.personId) : undefined;
    const rating = RATING[status.value];
    return {
      '@type': 'ClaimReview',
      '@id': `urn:kontext:claim:${claim.id}`,
      claimReviewed: claim.statement.en,
      inLanguage: 'en',
      author: { '@type': 'Organization', name: 'Kontext' },
      datePublished: status.date,
      itemReviewed: {
        '@type': 'Claim',
        author: person
          ? { '@type': 'Person', name: person.name }
          : { '@type': 'Organization', name: claim.madeBy.actor?.en ?? 'unknown' },
        datePublished: claim.madeBy.date,
        appearance: works(claim.sources),
      },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: rating.value,
        bestRating: 5,
        worstRating: 1,
        alternateName: rating.name,
        ratingExplanation: status.note.en,
      },
      citation: works([...status.sources, ...claim.counter.map((c) => c.sourceId)]),
    };
  };
  return {
    '@context': 'https://schema.org',
    '@graph': dataset.claims.flatMap((claim) => (claim.status ? [review(claim, claim.status)] : [])),
  };
}

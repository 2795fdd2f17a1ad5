/**
 * The one schema for every file in data/. It is the contract between the dataset and the code:
 * core/dataset validates the JSON with it (in tests and at build time), and every other module
 * uses the types inferred here instead of declaring its own.
 */
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case ascii'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
/** A date as precise as the source allows: 2023, 2023-10 or 2023-10-13. */
const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD'),
);
const Lang = v.picklist(['de', 'en', 'ru', 'ko', 'fr', 'ja', 'zh']);
export const Localized = v.strictObject({ de: NonEmpty, en: NonEmpty });
/** Every fact names at least one source by id (see sources.json). */
const SourceIds = v.pipe(v.array(Id), v.minLength(1, 'every fact names at least one source'));

export const SourceSchema = v.strictObject({
  id: Id,
  publisher: NonEmpty,
  /** Title in its original language. */
  title: NonEmpty,
  date: IsoDate,
  lang: Lang,
  author: v.optional(NonEmpty),
  /** Only when someone on the project saw this exact page; never a guessed URL. */
  url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
  kind: v.picklist(['news', 'analysis', 'report', 'official', 'interview', 'book']),
});

export const AliasSchema = v.strictObject({
  text: NonEmpty,
  /**
   * True for aliases that are ordinary words or common names on their own ("Town", "Panda",
   * "Pak", "Frank"): they never match alone; they match only after the person's full name has
   * appeared in the same article, and only if `afterFullName` is set.
   */
  ambiguous: v.optional(v.boolean()),
  /** Surname-only mention: counts only once a full alias of the same person appeared earlier. */
  afterFullName: v.optional(v.boolean()),
});

/**
 * Whose statement a fact is: a state (ISO 3166 alpha-2, lower case). State media of that state
 * count as a source for such a fact and for no other (see core/dataset/validate-dataset.ts).
 */
const StateCode = v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'states are ISO 3166 alpha-2, lower case'));

export const RoleSchema = v.strictObject({
  title: Localized,
  org: NonEmpty,
  from: v.optional(IsoDate),
  /**
   * Set when no source seen says when the role began: `from` is then only the earliest date a
   * source seen shows it held, and cards say "at least since" instead of "since". A role may have
   * begun long before the page that first mentions it (the accuracy review found such dates
   * presented as starts).
   */
  fromSeen: v.optional(v.literal(true)),
  to: v.optional(IsoDate),
  sources: SourceIds,
});

export const PositionSchema = v.strictObject({
  date: IsoDate,
  text: Localized,
  sources: SourceIds,
});

/** Someone or something that reads the matter differently from this person. */
export const DiffersSchema = v.strictObject({
  personId: v.optional(Id),
  sourceId: v.optional(Id),
  note: Localized,
});

export const PersonSchema = v.strictObject({
  id: Id,
  /** When this record's facts were last checked against their sources (YYYY-MM-DD). */
  asOf: v.optional(IsoDate),
  /** Date of death, where it applies: cards then say so instead of showing a current role. */
  died: v.optional(IsoDate),
  name: NonEmpty,
  kind: v.picklist(['expert', 'official', 'head-of-state']),
  /** An official who speaks for a state: that state's media count for their roles, bio and positions. */
  state: v.optional(StateCode),
  /** Heads of state are context only: false keeps them out of the page highlights by default. */
  highlight: v.boolean(),
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1)),
  roles: v.pipe(v.array(RoleSchema), v.minLength(1)),
  field: Localized,
  bio: Localized,
  sources: SourceIds,
  positions: v.array(PositionSchema),
  differs: v.array(DiffersSchema),
});

/**
 * How a counter-source relates to a claim:
 * - disputes: says the claim is false;
 * - qualifies: limits it (scope, certainty, a lower or wider range);
 * - supports: confirms it independently;
 * - updates: replaces it with a later figure or event;
 * - context: a party's reasons or reactions that neither dispute nor confirm it
 *   (a veto's justification, a condemnation of the event).
 */
export const StanceSchema = v.picklist(['disputes', 'qualifies', 'supports', 'updates', 'context']);

/** Where a claim stands today (as of `date`), in one line a reader can take in at a glance. */
export const ClaimStatusSchema = v.strictObject({
  value: v.picklist(['confirmed', 'contested', 'superseded', 'unverified', 'refuted']),
  note: Localized,
  date: IsoDate,
  sources: SourceIds,
  /** confirmed: by whom ("Pyongyang and Moscow", "UN Panel of Experts"). */
  by: v.optional(Localized),
  /** superseded: the later claim or event that replaced it. */
  supersededBy: v.optional(v.strictObject({ claimId: v.optional(Id), eventId: v.optional(Id) })),
  /** The status is that state's own word (Pyongyang confirming a deployment, say). */
  state: v.optional(StateCode),
});

export const CounterSchema = v.strictObject({
  sourceId: Id,
  stance: StanceSchema,
  note: Localized,
  /** The counter is that state's own reaction or reasons ("Moscow called the report ..."). */
  state: v.optional(StateCode),
});

export const TimelineEntrySchema = v.strictObject({
  date: IsoDate,
  text: Localized,
  sources: SourceIds,
  /** The entry is what that state announced or said. */
  state: v.optional(StateCode),
});

/**
 * A pattern is a JavaScript regular-expression source (compiled with the `iu` flags) that finds
 * the claim in running text. It may use number placeholders that core/claims expands:
 * `{n:1000}` matches 1000 in any notation (1000, 1.000, 1,000, 1 000, tausend, thousand, 1k),
 * `{n:100000}` likewise (100.000, 100,000, hunderttausend, 100 thousand). The whole match is the
 * span highlighted in the page, so a pattern covers the figure and its noun, not the sentence.
 */
export const ClaimPatternSchema = v.strictObject({
  lang: v.picklist(['de', 'en']),
  pattern: NonEmpty,
});

export const ClaimSchema = v.strictObject({
  id: Id,
  kind: v.picklist(['figure', 'event', 'assessment', 'quote']),
  statement: Localized,
  madeBy: v.strictObject({
    /** The person in people.json who made it, when there is one. */
    personId: v.optional(Id),
    /** Otherwise who made it, in words ("US government", "UN Panel of Experts"). */
    actor: v.optional(Localized),
    /** The claim is that state's own statement (its government, officials or state media). */
    state: v.optional(StateCode),
    date: IsoDate,
    where: v.optional(Localized),
  }),
  sources: SourceIds,
  patterns: v.pipe(v.array(ClaimPatternSchema), v.minLength(1)),
  timeline: v.array(TimelineEntrySchema),
  counter: v.array(CounterSchema),
  events: v.optional(v.array(Id)),
  status: v.optional(ClaimStatusSchema),
});

export const LexiconTermSchema = v.strictObject({
  /** Regular-expression source matched case-insensitively at word starts (stems allowed). */
  pattern: NonEmpty,
  weight: v.pipe(v.number(), v.minValue(0), v.maxValue(5)),
  lang: v.optional(v.picklist(['de', 'en'])),
});

export const LexiconSchema = v.strictObject({
  /** Why the weights are what they are, for the next person who tunes them. */
  $comment: v.optional(v.string()),
  russia: v.pipe(v.array(LexiconTermSchema), v.minLength(1)),
  northKorea: v.pipe(v.array(LexiconTermSchema), v.minLength(1)),
  relation: v.pipe(v.array(LexiconTermSchema), v.minLength(1)),
  /**
   * Places of one state where the other state's people act (North Korean soldiers in Kursk, Lavrov
   * in Wonsan): short reports name the relation this way rather than naming both states.
   */
  russiaPlaces: v.optional(v.array(LexiconTermSchema)),
  northKoreaPlaces: v.optional(v.array(LexiconTermSchema)),
  /**
   * Where Russia's war is fought (Ukraine, the Donbas, the front line): North Korean soldiers or
   * shells there are there for Russia, so short war reports name the relation this way too.
   */
  warFronts: v.optional(v.array(LexiconTermSchema)),
  /**
   * Other states that threat assessments and summit communiqués list together with both ("Russia,
   * China, Iran and North Korea"): a pairing inside such a list is a passing mention more often than
   * the topic.
   */
  otherStates: v.optional(v.array(LexiconTermSchema)),
  /**
   * States and bodies that stories about someone else are about (Japan, South Korea, the US, NATO,
   * the UN, and their leaders): with otherStates they measure how much of a text is about a third
   * party rather than about the two.
   */
  thirdParties: v.optional(v.array(LexiconTermSchema)),
  /**
   * Words that cite a source ("nach Angaben", "according to", "said"): a third party in such a
   * sentence is where the news came from, not what it is about.
   */
  attribution: v.optional(v.array(LexiconTermSchema)),
});

export const EventSchema = v.strictObject({
  id: Id,
  date: IsoDate,
  title: Localized,
  text: Localized,
  sources: SourceIds,
});

/**
 * publishers.json: the type of every publisher that sources name, keyed by the exact `publisher`
 * string of the source. A "carrier (original)" name such as "The Straits Times (Reuters)" is typed
 * by what it carries, and `original` names the original publisher.
 */
export const PublisherTypeSchema = v.picklist([
  'wire',
  'public-broadcaster',
  'newspaper',
  'think-tank',
  'government',
  'international',
  'state-media',
  'aggregator',
  'content-farm',
]);
export const PublisherSchema = v.strictObject({
  name: NonEmpty,
  type: PublisherTypeSchema,
  /** state-media: whose state it speaks for (ISO 3166 alpha-2, lower case: ru, kp, cn, ...). */
  state: v.optional(StateCode),
  /** For a carrier: the publisher whose report it carries. */
  original: v.optional(NonEmpty),
});
export const PublishersSchema = v.strictObject({
  $comment: v.optional(v.string()),
  publishers: v.array(PublisherSchema),
});

export const SitesSchema = v.strictObject({
  $comment: v.optional(v.string()),
  domains: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/))), v.minLength(1)),
});

export const DatasetSchema = v.strictObject({
  sources: v.array(SourceSchema),
  publishers: v.array(PublisherSchema),
  people: v.array(PersonSchema),
  claims: v.array(ClaimSchema),
  events: v.array(EventSchema),
  lexicon: LexiconSchema,
});

export type Localized = v.InferOutput<typeof Localized>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Stance = v.InferOutput<typeof StanceSchema>;
export type ClaimStatus = v.InferOutput<typeof ClaimStatusSchema>;
export type PublisherType = v.InferOutput<typeof PublisherTypeSchema>;
export type Publisher = v.InferOutput<typeof PublisherSchema>;
export type Counter = v.InferOutput<typeof CounterSchema>;
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type ClaimPattern = v.InferOutput<typeof ClaimPatternSchema>;
export type LexiconTerm = v.InferOutput<typeof LexiconTermSchema>;
export type Lexicon = v.InferOutput<typeof LexiconSchema>;
export type ContextEvent = v.InferOutput<typeof EventSchema>;
export type Sites = v.InferOutput<typeof SitesSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;

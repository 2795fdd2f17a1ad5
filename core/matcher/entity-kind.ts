/** What a highlight stands for: a person in people.json or a claim in claims.json. */
export type EntityKind = 'expert' | 'claim';

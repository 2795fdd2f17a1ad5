import * as v from 'valibot';

const Short = v.pipe(v.string(), v.maxLength(500));

/** What the content script found on one page; shown by the popup and the toolbar badge. */
export const PageStatusSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(4096)),
  onTopic: v.boolean(),
  score: v.number(),
  lang: v.nullable(v.picklist(['de', 'en'])),
  evidence: v.pipe(v.array(v.pipe(v.string(), v.maxLength(1000))), v.maxLength(50)),
  experts: v.pipe(v.array(v.object({ id: Short, name: Short, count: v.number() })), v.maxLength(1000)),
  claims: v.pipe(v.array(v.object({ id: Short, label: Short, count: v.number() })), v.maxLength(1000)),
  /** Marks on the page (a name split across elements counts once). */
  highlights: v.number(),
});
export type PageStatus = v.InferOutput<typeof PageStatusSchema>;

/*
 * Runs on every listed news page, so it is two plain regexes and nothing else: no dataset, no
 * imports. It must never miss an on-topic page (the full detector decides later); it only has to
 * turn away the many pages that do not name both countries at all.
 */
const NORTH_KOREA =
  /[Nn]ordkorea|NORDKOREA|North[\s\u00A0-]+Korea|NORTH KOREA|N\.\s?Korea|Pj[öo]ngjang|Pyongyang|DPRK|DVRK|KDVR|Kim[\s\u00A0-]+Jong/;
const RUSSIA = /Russ(?:land|ia|isch|e|in)|russisch|RUSSLAND|RUSSIA|Moskau|Moscow|Kreml|Putin/;

/** True when the text names a North-Korea-side and a Russia-side term anywhere. */
export function mightBeOnTopic(text: string): boolean {
  return NORTH_KOREA.test(text) && RUSSIA.test(text);
}

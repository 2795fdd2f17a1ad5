/** The topic decision for one article, with the evidence the popup shows to explain it. */
export interface Detection {
  onTopic: boolean;
  score: number;
  lang: 'de' | 'en' | null;
  evidence: string[];
}

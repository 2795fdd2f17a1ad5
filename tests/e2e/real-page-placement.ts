/*
 * Turns a real page (../shared/real-pages, read at test time) into an on-topic one without touching
 * its layout: the article's own paragraphs get texts written for Kontext's tests, and the page's
 * chrome (navigation, site header, footer, asides, a "related" list) gets name-bearing decoys. Which
 * paragraphs are the article comes from Readability's expected output for the page, matched back into
 * the page's source. Runs in Node (linkedom); the browser gets the rewritten HTML.
 */
import { parseHTML } from 'linkedom';

/** Our own paragraphs about Russia–North Korea relations, and the highlighted people in data/ each names. */
export const ARTICLE_PARAGRAPHS: readonly { text: string; people: readonly string[] }[] = [
  {
    text: 'Since the autumn of 2024, North Korean soldiers have been fighting on Russia’s side in the Kursk region, South Korea’s intelligence service says, and Moscow took months to admit they were there at all.',
    people: [],
  },
  {
    text: 'Andrei Lankov sees the deployment as a trade: Pyongyang sends men and shells, and in return hopes for Russian help with missiles, satellites and submarines that it could not buy anywhere else.',
    people: ['andrei-lankov'],
  },
  {
    text: 'The treaty that Vladimir Putin and Kim Jong Un signed in Pyongyang in June 2024 obliges each country to come to the other’s aid if it is attacked, which Victor Cha reads as the closest tie between the two since the Cold War.',
    // Heads of state are in the dataset but not highlighted: only the expert counts here.
    people: ['victor-cha'],
  },
  {
    text: 'Jenny Town points out that the munitions trade gives Kim Jong Un a leverage over Moscow he has not had for decades, and that Russia no longer has any reason to press Pyongyang on its nuclear weapons.',
    people: ['jenny-town'],
  },
  {
    text: 'In 2024 Russia vetoed the renewal of the UN panel of experts that had monitored the sanctions on North Korea, a step Sue Mi Terry describes as the end of Moscow’s pretence of enforcing them.',
    people: ['sue-mi-terry'],
  },
  {
    text: 'Alexander Gabuev expects the partnership between the Kremlin and Pyongyang to outlast the war in Ukraine, because both governments gain from a rule-free corner of world politics.',
    people: ['alexander-gabuev'],
  },
];

/** Chrome that must stay plain: each names experts and both countries, as real teasers do. */
const DECOYS = {
  nav: 'Rüdiger Frank: North Korea’s soldiers in Russia',
  header: 'Live: Fyodor Tertitskiy on Pyongyang’s troops for Moscow',
  footer: 'Newsletter: Georgy Toloraya explains Russia and North Korea every week',
  aside: 'Most read: Hanna Notte on what the Kremlin promised Kim Jong Un',
  related: [
    'Ankit Panda: what North Korea wants from Russia',
    'Victor Cha on the treaty between Moscow and Pyongyang',
    'Jenny Town: the shells that went from North Korea to Russia',
  ],
} as const;

export type DecoyPlace = 'nav' | 'header' | 'footer' | 'aside' | 'related';

/** Attribute on the element that holds the article's paragraphs in the rewritten page. */
export const ARTICLE_ATTR = 'data-kontext-test-article';
/** Attribute on each decoy we add, naming where it went. */
export const DECOY_ATTR = 'data-kontext-test-decoy';

export type Placement =
  | {
      ok: true;
      html: string;
      /** How many of the article's paragraphs now hold our text. */
      paragraphs: number;
      /** The people our paragraphs name, by dataset id: what must be highlighted in the article. */
      people: string[];
      /** For each place, whether the decoy went into the page's own chrome or into chrome we added. */
      decoys: Record<DecoyPlace, 'page' | 'added'>;
    }
  | { ok: false; reason: string };

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Paragraphs shorter than this are captions and datelines more often than article prose. */
const MIN_PARAGRAPH = 40;

function commonAncestor(elements: Element[]): Element | null {
  const chain = (el: Element) => {
    const up: Element[] = [];
    for (let n: Element | null = el; n; n = n.parentElement) up.unshift(n);
    return up;
  };
  const chains = elements.map(chain);
  let shared: Element | null = null;
  for (let i = 0; chains.every((c) => c[i] && c[i] === chains[0]![i]); i++) shared = chains[0]![i]!;
  return shared;
}

/**
 * The first element in `doc` matching `selector` that lies outside the article and does not hold it:
 * the page's own chrome of that kind, if it has one.
 */
function pageChrome(doc: Document, article: Element, selector: string): Element | undefined {
  return Array.from(doc.querySelectorAll(selector)).find(
    (el) => !article.contains(el) && !el.contains(article) && el.localName !== 'body',
  );
}

/** Where each kind of decoy goes on the page, and what to build when the page has none. */
const CHROME: Record<
  Exclude<DecoyPlace, 'related'>,
  { selector: string; tag: string; at: 'start' | 'end' }
> = {
  nav: { selector: 'nav, [role="navigation"]', tag: 'nav', at: 'start' },
  // Old layouts name their site header only by id or class.
  header: {
    selector: 'header, [role="banner"], #header, .header, #masthead, .masthead, #site-header, .site-header',
    tag: 'header',
    at: 'start',
  },
  footer: { selector: 'footer, [role="contentinfo"], #footer, .footer', tag: 'footer', at: 'end' },
  aside: { selector: 'aside, [role="complementary"], #sidebar, .sidebar', tag: 'aside', at: 'end' },
};

/**
 * The page with our paragraphs in place of the article's and decoys in its chrome, or why the
 * article's paragraphs could not be found in the page.
 */
export function placeOnTopic(sourceHtml: string, expectedHtml: string): Placement {
  const { document: doc } = parseHTML(sourceHtml) as unknown as { document: Document };
  const { document: truth } = parseHTML(
    `<!doctype html><html><body>${expectedHtml}</body></html>`,
  ) as unknown as {
    document: Document;
  };
  const wanted = new Set(
    Array.from(truth.querySelectorAll('p'), (p) => norm(p.textContent)).filter(
      (t) => t.length >= MIN_PARAGRAPH,
    ),
  );
  if (wanted.size === 0)
    return { ok: false, reason: 'expected.html has no paragraph (<p>) of article prose' };
  const found = Array.from(doc.querySelectorAll('body p')).filter((p) => wanted.has(norm(p.textContent)));
  if (found.length < 2) {
    return {
      ok: false,
      reason: `only ${found.length} of the ${wanted.size} paragraphs of expected.html are <p> elements of source.html: the page writes its paragraphs as text between <br> tags or in other markup, which Readability turns into <p>`,
    };
  }
  const article = commonAncestor(found);
  if (!article || article.localName === 'body' || article.localName === 'html') {
    return { ok: false, reason: 'the article paragraphs share no container below <body>' };
  }
  const people = new Set<string>();
  found.forEach((p, i) => {
    const ours = ARTICLE_PARAGRAPHS[i % ARTICLE_PARAGRAPHS.length]!;
    p.textContent = ours.text;
    for (const id of ours.people) people.add(id);
  });
  article.setAttribute(ARTICLE_ATTR, '');

  const decoys = {} as Record<DecoyPlace, 'page' | 'added'>;
  for (const [place, where] of Object.entries(CHROME) as [
    keyof typeof CHROME,
    (typeof CHROME)[keyof typeof CHROME],
  ][]) {
    let host = pageChrome(doc, article, where.selector);
    decoys[place] = host ? 'page' : 'added';
    if (!host) {
      host = doc.createElement(where.tag);
      if (where.at === 'start') doc.body.prepend(host);
      else doc.body.append(host);
    }
    const decoy = doc.createElement(place === 'nav' ? 'a' : 'p');
    if (place === 'nav') decoy.setAttribute('href', '/kontext-decoy');
    decoy.setAttribute(DECOY_ATTR, place);
    decoy.textContent = DECOYS[place];
    host.append(decoy);
  }
  // "Read more" lists sit inside the article container on most sites, after the last paragraph.
  const related = doc.createElement('ul');
  related.setAttribute(DECOY_ATTR, 'related');
  related.setAttribute('class', 'related-links');
  for (const headline of DECOYS.related) {
    const item = doc.createElement('li');
    const link = doc.createElement('a');
    link.setAttribute('href', '/kontext-decoy');
    link.textContent = headline;
    item.append(link);
    related.append(item);
  }
  found[found.length - 1]!.after(related);
  decoys.related = 'added';

  return { ok: true, html: doc.toString(), paragraphs: found.length, people: [...people], decoys };
}

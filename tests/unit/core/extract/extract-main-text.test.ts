import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText, extractMainText } from '../../../../core/extract/extract-main-text';
import { isInPageChrome } from '../../../../core/extract/page-chrome';

const paragraph = (n: number) =>
  `<p>Absatz ${n}: Nordkorea hat nach Angaben aus Seoul weitere Granaten an Russland geliefert, und die Regierung in Moskau hat im Gegenzug Öl und Lebensmittel geschickt, berichten Diplomaten.</p>`;

const page = `<!doctype html><html><head><title>Seitentitel</title></head><body>
<nav><a href="/">Start</a> <a href="/sport">Sport: Bayern gewinnt das Pokalfinale</a></nav>
<main><article>
<h1>Granaten gegen Öl</h1>
${[1, 2, 3, 4].map(paragraph).join('\n')}
<ul class="related"><li><a href="/x">Lesen Sie auch: Kims Zug hält in Wladiwostok</a></li><li><a href="/y">Schoigu besucht Pjöngjang</a></li></ul>
</article>
<section id="comments"><p>Leserkommentar: Das glaube ich nicht, es ist alles Propaganda und sonst nichts weiter.</p></section>
</main>
<aside><h2>Meistgelesen</h2><p><a href="/z">Wetter: Sturm über der Nordsee erwartet</a></p></aside>
<footer><p>Impressum und Datenschutz</p></footer>
</body></html>`;

const load = (html: string) => parseHTML(html).document as unknown as Document;

describe('extractMainText', () => {
  it('returns the headline and article paragraphs without navigation, teasers, comments or footer', () => {
    const { title, text } = extractMainText(load(page));
    const lines = text.split('\n');
    expect(lines[0]).toBe(title);
    expect(lines.slice(0, 2)).toContain('Granaten gegen Öl');
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Absatz ${n}:`);
    for (const gone of ['Pokalfinale', 'Wladiwostok', 'Pjöngjang', 'Leserkommentar', 'Sturm', 'Impressum']) {
      expect(text).not.toContain(gone);
    }
  });

  it('finds the live article element as root', () => {
    const doc = load(page);
    const { root } = extractMainText(doc);
    expect(root).toBe(doc.querySelector('article'));
  });

  it('leaves the live document untouched', () => {
    const doc = load(page);
    const before = doc.documentElement.outerHTML;
    extractMainText(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('falls back to the largest block of paragraphs when there is no article element', () => {
    const doc = load(
      `<html><body><nav><p>Menü</p></nav><div id="story">${[1, 2].map(paragraph).join('')}</div><div><p>Kurz.</p></div></body></html>`,
    );
    const { text, root } = extractMainText(doc);
    expect(text).toContain('Absatz 2:');
    expect(root).toBe(doc.getElementById('story'));
  });
});

describe('extractMainText on pages with overlays', () => {
  const overlaid = `<html><body><main><article>
<h1>Granaten gegen Öl</h1>
${[1, 2, 3].map(paragraph).join('\n')}
<div data-area="paywall"><p>Weiterlesen mit Plus: alle Analysen von Rüdiger Frank und Jenny Town für einen Euro im ersten Monat.</p><button>Abonnieren</button></div>
</article>
<aside><ul><li><a href="/t">Teaser: Kim besucht Wostotschny</a></li></ul></aside></main>
<div role="dialog" aria-modal="true"><p>Wir und unsere Partner nutzen Cookies für Berichte aus Pjöngjang und Moskau, etwa von Victor Cha, und messen, wie Sie lesen.</p></div>
</body></html>`;

  it('leaves a paywall offer and a consent dialog out of the main text', () => {
    const { text } = extractMainText(load(overlaid));
    for (const n of [1, 2, 3]) expect(text).toContain(`Absatz ${n}:`);
    for (const gone of ['Rüdiger Frank', 'Jenny Town', 'Victor Cha', 'Cookies', 'Wostotschny']) {
      expect(text).not.toContain(gone);
    }
  });

  it('still finds the article as root when a page flags its body for the paywall', () => {
    const doc = load(overlaid.replace('<body>', '<body class="has-paywall">'));
    expect(extractMainText(doc).root).toBe(doc.querySelector('article'));
  });

  it('reads the story when the body itself carries the class "paywall", as the Herald Sun flags it', () => {
    const doc = load(overlaid.replace('<body>', '<body class="story paywall">'));
    const { text, root } = extractMainText(doc);
    for (const n of [1, 2, 3]) expect(text).toContain(`Absatz ${n}:`);
    expect(text).not.toContain('Jenny Town');
    expect(root).toBe(doc.querySelector('article'));
  });
});

describe('page chrome below the article root', () => {
  it('counts teaser columns, dialogs and paywall offers under the root, not what lies above it', () => {
    const doc = load(
      '<html><body><form id="page"><main id="root"><p id="text">Text</p><aside><p id="teaser">T</p></aside><div class="paywall"><p id="offer">O</p></div></main></form></body></html>',
    );
    const root = doc.getElementById('root')!;
    const at = (id: string) => isInPageChrome(doc.getElementById(id)!, root);
    expect([at('text'), at('teaser'), at('offer')]).toEqual([false, true, true]);
  });
});

describe('site headers and link lists are chrome', () => {
  const doc = load(
    `<html><body><header id="site"><p id="banner">Heute: Andrei Lankov im Podcast</p></header>
<div id="root"><article><header id="head"><h1 id="headline">Victor Cha über den Vertrag</h1></header>
<p id="prose">Jenny Town sagt, <a href="/a">Pjöngjang</a> gewinne an Einfluss.</p>
<ul id="related"><li><a href="/b">Sue Mi Terry über Moskau</a></li><li><a href="/c">Hanna Notte über Kim</a></li></ul>
<ul id="points"><li>Granaten gegen Öl, sagt <a href="/d">Lankov</a>, seit dem Sommer.</li></ul></article></div></body></html>`,
  );
  const at = (id: string) => isInPageChrome(doc.getElementById(id)!, doc.body);

  it('counts the site’s banner as chrome, but not the header of the article', () => {
    expect([at('banner'), at('headline')]).toEqual([true, false]);
  });

  it('counts a list of links as chrome, but not prose or a list of points with a link in it', () => {
    expect([at('related'), at('prose'), at('points')]).toEqual([true, false, false]);
  });
});

describe('blockText', () => {
  it('puts each block on its own line and folds the page’s own line breaks inside a paragraph', () => {
    const doc = load(
      '<div><h2>Titel</h2><p>Ein Satz,\n   der <b>weiter</b>geht.</p><ul><li>eins</li><li>zwei</li></ul></div>',
    );
    expect(blockText(doc.querySelector('div')!)).toBe('Titel\nEin Satz, der weitergeht.\neins\nzwei');
  });
});

import { describe, expect, it } from 'vitest';
import { hoverEntity, openPage, useExtensionSession, waitForMarks } from './harness';

const session = useExtensionSession();

/**
 * The same short on-topic article, published on `date` (as its article:published_time says).
 * Sergei Shoigu was defence minister until May 2024 and has been Security Council secretary since.
 */
function articleOn(date: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="${date}T09:30:00+00:00">
<title>Moscow and Pyongyang: another visit</title>
</head>
<body>
<main><article>
  <h1>Moscow and Pyongyang: another visit</h1>
  <p>Sergei Shoigu travelled to Pyongyang for talks with Kim Jong Un about military cooperation between
     Russia and North Korea. Shoigu praised the partnership between the two countries.</p>
  <p>Western governments say North Korea has supplied Russia with artillery shells and ballistic missiles
     for the war against Ukraine, in breach of UN sanctions, and that Moscow helps in return.</p>
  <p>The Kremlin and Pyongyang signed a treaty on mutual assistance, and North Korean troops were later
     reported in the Kursk region of Russia.</p>
</article></main>
</body>
</html>`;
}

describe('the expert card on articles of different dates', () => {
  it('shows the role the person held when each article was published, and what changed since', async () => {
    const older = await openPage(
      session,
      'https://www.reuters.com/world/kontext-shoigu-older',
      articleOn('2023-07-26'),
    );
    await waitForMarks(older);
    const then = await hoverEntity(older, 'sergei-shoigu');
    expect(then).toContain('Minister of Defence, Russian Federation (since 2012)');
    expect(then).toMatch(
      /Since then: left office \(May 2024\); Secretary of the Security Council, Russian Federation \(from May 2024\)/,
    );
    expect(then).toMatch(/As of \d{1,2} [A-Z][a-z]+ \d{4}/);
    await older.close();

    const recent = await openPage(
      session,
      'https://www.reuters.com/world/kontext-shoigu-recent',
      articleOn('2026-03-04'),
    );
    await waitForMarks(recent);
    const now = await hoverEntity(recent, 'sergei-shoigu');
    expect(now).toContain('Secretary of the Security Council, Russian Federation (since May 2024)');
    expect(now).not.toContain('Minister of Defence');
    expect(now).not.toContain('Since then');
    await recent.close();
  });
});

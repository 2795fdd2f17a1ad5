import type { Note, PassageTarget } from '@/core/notes/note';

/** Notes as the store would hold them, for tests across core/notes and the background. */
export function entityNote(overrides: Partial<Note> = {}): Note {
  return {
    id: '0f8c3a52-6f1e-4b8e-9a51-2d9c0c6e7a11',
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-21T09:30:00.000Z',
    text: 'Check her earlier statement on the treaty.',
    tags: ['treaty', 'follow-up'],
    target: {
      type: 'entity',
      kind: 'expert',
      entityId: 'jane-doe',
      url: 'https://news.example/a',
      pageTitle: 'A',
    },
    ...overrides,
  };
}

export function passageNote(overrides: Partial<Note> = {}): Note {
  return {
    id: '5b1d7c9e-2a43-4f60-8c1b-7e3f9a0d4c22',
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    text: '<script>alert(1)</script> & "quotes" stay text',
    tags: [],
    target: passageTarget(),
    ...overrides,
  };
}

export function passageTarget(overrides: Partial<PassageTarget> = {}): PassageTarget {
  return {
    type: 'passage',
    url: 'https://news.example/article',
    canonicalUrl: 'https://news.example/canonical',
    pageTitle: 'Das Treffen',
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'weiteren Termin',
        prefix: 'auf einen ',
        suffix: ' im Herbst',
      },
      position: { type: 'TextPositionSelector', start: 120, end: 135 },
    },
    ...overrides,
  };
}

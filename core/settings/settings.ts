/**
 * The reader's settings: one type, its defaults and its schema. Stored settings may come from an
 * older version or have been edited by hand, so reading them never fails: every field that does
 * not fit falls back on its own, and the rest is kept.
 */
import * as v from 'valibot';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'off'] as const;
/** `off`: highlights are invisible and hovering opens nothing; the keyboard shortcut still does. */
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const POPOVER_LANGUAGES = ['article', 'de', 'en'] as const;
/** `article`: the popover speaks the article's language (the browser's on pages of unknown language). */
export type PopoverLanguage = (typeof POPOVER_LANGUAGES)[number];

/** Bounds of the hover delay: at 0 a pointer crossing the text would flash cards open. */
export const HOVER_DELAY_MIN_MS = 50;
export const HOVER_DELAY_MAX_MS = 2000;

export interface Settings {
  /** Which kinds of highlight the page shows: experts, claims, the reader's own noted passages. */
  highlight: { experts: boolean; claims: boolean; passages: boolean };
  style: HighlightStyle;
  popoverLanguage: PopoverLanguage;
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: number;
  /** Hosts (default or added) the reader switched off, sorted. */
  disabledSites: string[];
  /** Hosts outside the default list the reader allowed Kontext on, sorted. */
  addedSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlight: Object.freeze({ experts: true, claims: true, passages: true }),
  style: 'underline',
  popoverLanguage: 'article',
  hoverDelayMs: 150,
  disabledSites: [],
  addedSites: [],
}) as Readonly<Settings>;

/** A host as siteHost() gives it: lower-case labels, no scheme, port or path. */
const HOST_PATTERN =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export function isValidHost(host: string): boolean {
  return HOST_PATTERN.test(host);
}

/** A list of hosts keeps its good entries: one bad entry must not cost the reader the others. */
const HostList = v.pipe(
  v.array(v.unknown()),
  v.transform((items) =>
    [...new Set(items.filter((x): x is string => typeof x === 'string').map((x) => x.trim().toLowerCase()))]
      .filter(isValidHost)
      .sort(),
  ),
);

const FIELD_SCHEMAS = {
  style: v.picklist(HIGHLIGHT_STYLES),
  popoverLanguage: v.picklist(POPOVER_LANGUAGES),
  hoverDelayMs: v.pipe(
    v.number(),
    v.finite(),
    v.transform((ms) => Math.round(ms)),
    v.minValue(HOVER_DELAY_MIN_MS),
    v.maxValue(HOVER_DELAY_MAX_MS),
  ),
  disabledSites: HostList,
  addedSites: HostList,
};

/** The whole shape, for readers of the schema; parseSettings applies it field by field. */
export const SettingsSchema = v.object({
  highlight: v.object({ experts: v.boolean(), claims: v.boolean(), passages: v.boolean() }),
  ...FIELD_SCHEMAS,
});

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function field<T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T): T {
  const parsed = v.safeParse(schema, value);
  return parsed.success ? parsed.output : fallback;
}

/**
 * Valid settings from anything: each missing or unfitting field takes its value from `base`
 * (the defaults, or the current settings when importing), so nothing ever throws.
 */
export function parseSettings(input: unknown, base: Readonly<Settings> = DEFAULT_SETTINGS): Settings {
  const raw = isRecord(input) ? input : {};
  const shown = isRecord(raw.highlight) ? raw.highlight : {};
  const flag = (key: keyof Settings['highlight']) =>
    typeof shown[key] === 'boolean' ? shown[key] : base.highlight[key];
  return {
    highlight: { experts: flag('experts'), claims: flag('claims'), passages: flag('passages') },
    style: field(FIELD_SCHEMAS.style, raw.style, base.style),
    popoverLanguage: field(FIELD_SCHEMAS.popoverLanguage, raw.popoverLanguage, base.popoverLanguage),
    hoverDelayMs: field(FIELD_SCHEMAS.hoverDelayMs, raw.hoverDelayMs, base.hoverDelayMs),
    disabledSites: field(FIELD_SCHEMAS.disabledSites, raw.disabledSites, [...base.disabledSites]),
    addedSites: field(FIELD_SCHEMAS.addedSites, raw.addedSites, [...base.addedSites]),
  };
}

/** The site switched on or off, keeping the list sorted and free of duplicates. */
export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const set = new Set(settings.disabledSites);
  if (enabled) set.delete(host);
  else set.add(host);
  return { ...settings, disabledSites: [...set].sort() };
}

/** A reader-added site in or out; removing one also forgets that it was switched off. */
export function withAddedSite(settings: Settings, host: string, added: boolean): Settings {
  const set = new Set(settings.addedSites);
  if (added) set.add(host);
  else set.delete(host);
  const disabledSites = added ? settings.disabledSites : settings.disabledSites.filter((h) => h !== host);
  return { ...settings, addedSites: [...set].sort(), disabledSites };
}

/**
 * One small interface over the two browsers the journeys run in (tests/e2e/journeys.test.ts):
 * Chromium through playwright-core, Firefox through puppeteer-core over WebDriver BiDi. A journey
 * says what the reader does; the driver says how that is done in its browser.
 */

export type BrowserName = 'chromium' | 'firefox';

/** Code handed to a page is serialised: it may use only its JSON argument and the world's globals. */
export type InPage<A, T> = (arg: A) => T | Promise<T>;

export interface NotesFrame {
  /** Clicks the frame's button whose accessible name matches, with the mouse. */
  clickButton(name: RegExp): Promise<void>;
  /** Clicks into the frame's text field and types on the keyboard. */
  type(text: string): Promise<void>;
  /** The frame's visible text. */
  text(): Promise<string>;
}

export interface DriverPage {
  url(): string;
  /** Runs `fn(arg)` in the page's own world. */
  evaluate<A, T>(fn: InPage<A, T>, arg: A): Promise<T>;
  /** Waits until `fn(arg)` is truthy in the page's own world. */
  waitFor<A>(fn: InPage<A, unknown>, arg: A, timeout?: number): Promise<void>;
  /**
   * Runs `fn(arg)` in Kontext's content-script world of this (web) page, where its closed shadow
   * roots can be opened (`chrome.dom.openOrClosedShadowRoot` in Chromium, `element.openOrClosedShadowRoot`
   * in Firefox).
   */
  inKontext<A, T>(fn: InPage<A, T>, arg: A): Promise<T>;
  /** Moves the real mouse onto the first element matching `selector`, scrolled into view. */
  hover(selector: string): Promise<void>;
  /** Clicks the first element matching `selector` with the real mouse. */
  click(selector: string): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  press(key: 'Tab' | 'Escape' | 'Enter'): Promise<void>;
  /** Hands `content` to the page's file input `selector` as the file `name`. */
  upload(selector: string, name: string, content: string): Promise<void>;
  /** The note frame Kontext put in the page (the one opened last). */
  notesFrame(timeout?: number): Promise<NotesFrame>;
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  /** The extension's origin, e.g. `moz-extension://<uuid>`; Firefox draws the uuid per installation. */
  readonly extensionOrigin: string;
  /** Serves `html` at `url` (a real news hostname) from now on, without any network. */
  serve(url: string, html: string): Promise<void>;
  /** Opens a served `url` in a new tab. */
  open(url: string): Promise<DriverPage>;
  /** Opens one of the extension's own pages (`popup.html?tab=…`, `notes.html`, `options.html`). */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** Runs `fn(arg)` in an extension page, where the WebExtension API is `chrome`/`browser`. */
  inExtension<A, T>(fn: InPage<A, T>, arg: A): Promise<T>;
  /** The browser's id of the tab showing `page`. */
  tabIdOf(page: DriverPage): Promise<number>;
  /** Every request a page or frame made since launch, answered or not. */
  requests(): readonly string[];
  close(): Promise<void>;
}

import { launchChromium } from './chromium-driver';
import type { BrowserName, Driver } from './driver';
import { launchFirefox } from './firefox-driver';

/** The built extension in `name`, with nothing reaching the network. */
export function launchDriver(name: BrowserName): Promise<Driver> {
  return name === 'firefox' ? launchFirefox() : launchChromium();
}

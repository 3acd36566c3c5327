/**
 * When the extension's bundle started to run, on the extension host's clock: imported first by
 * extension.ts, so that it is evaluated before the other modules of the bundle (the language
 * client above all). The load time of the extension's activation starts here.
 */
export const loadStart = performance.now();

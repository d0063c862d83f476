// One cold load of the app, as the time-to-interactive figures measure it: a fresh context, the
// cache off, the CPU throttled (and, if asked, network latency added). Used by
// bench/first_load.mjs, bench/tti_ab.mjs and bench/start_trace.mjs.
import { waitForApp } from '../tests/e2e/harness.mjs';

/** A page in a fresh context, set up for a cold load; the caller closes `ctx`. */
export async function coldPage(browser, { rate = 1, latency = 0 } = {}) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (latency) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: 0, uploadThroughput: 0 });
  return { ctx, page, cdp };
}

/**
 * Loads `url` cold; resolves to the time of the `dew-interactive` mark (set once the first
 * screen's content is in the document) and of first contentful paint, in ms from navigation
 * start.
 */
export async function coldLoad(browser, url, options) {
  const { ctx, page } = await coldPage(browser, options);
  try {
    await page.goto(url);
    await waitForApp(page);
    return await page.evaluate(() => ({
      tti: performance.getEntriesByName('dew-interactive')[0].startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
  } finally {
    await ctx.close();
  }
}

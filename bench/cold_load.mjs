// One cold load of the app, as the time-to-interactive figures measure it: a fresh context, the
// cache off, the CPU throttled (and, if asked, network latency added). Resolves to the time of
// the `dew-interactive` mark (set right after the first render) and of first contentful paint,
// in ms from navigation start. Used by bench/first_load.mjs and bench/tti_ab.mjs.
import { waitForApp } from '../tests/e2e/harness.mjs';

export async function coldLoad(browser, url, { rate = 1, latency = 0 } = {}) {
  const ctx = await browser.newContext();
  try {
    const p = await ctx.newPage();
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (latency) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: 0, uploadThroughput: 0 });
    await p.goto(url);
    await waitForApp(p);
    return await p.evaluate(() => ({
      tti: performance.getEntriesByName('dew-interactive')[0].startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
  } finally {
    await ctx.close();
  }
}

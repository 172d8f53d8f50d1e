// Self-containment peer check, on every built page of the bundled site:
// - markup: every script, stylesheet, icon, image and
//   other embedded resource is same-origin; no inline script except
//   application/ld+json; no style="" attribute, <style> element or on*=
//   handler (so a strict Content-Security-Policy holds);
// - a real load in Chromium (scripts on, served by `mwp serve`): no request to a
//   host other than 127.0.0.1, and no console error or page error (which is
//   also how a Content-Security-Policy violation shows).
// The markup is read with DOMParser, so it is checked as built, before any
// script runs.
// Alias pages (meta refresh to the canonical absolute URL) get the markup check
// and must point their refresh at the site's own base_url.
import path from 'node:path';

import {budget, buildSite, htmlPages, isRedirect, launchBrowser, options, readYaml, Report, serve} from './harness.mjs';

budget(220);
const opts = options();
const report = new Report();
const {out} = buildSite(opts);
const server = await serve(opts, out);
const browser = await launchBrowser(opts.root);
const baseUrl = new URL(readYaml(path.join(opts.root, 'site', 'site.yaml')).base_url);
const pages = htmlPages(out);

// Aborts and records every request that leaves 127.0.0.1.
async function guard(context, external) {
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    external.push({url: request.url(), navigation: request.isNavigationRequest()});
    return route.abort();
  });
}

// In the page: fetches `url` and checks its markup, parsed but not run.
async function markupProblems(url) {
  const response = await fetch(url);
  const document = new DOMParser().parseFromString(await response.text(), 'text/html');
  const location = new URL(url);
  const problems = [];
  const embedded = [
    ['script[src]', 'src'],
    ['link[href]', 'href'],
    ['img[src]', 'src'],
    ['img[srcset], source[srcset]', 'srcset'],
    ['source[src], video[src], audio[src], track[src], iframe[src], embed[src]', 'src'],
    ['object[data]', 'data'],
    ['video[poster]', 'poster'],
  ];
  const navigational = /\b(canonical|alternate|author|license|help|next|prev|search|me)\b/i;
  for (const [selector, attr] of embedded) {
    for (const e of document.querySelectorAll(selector)) {
      if (e.tagName === 'LINK' && navigational.test(e.rel) &&
          !/\b(stylesheet|icon|preload|manifest)\b/i.test(e.rel))
        continue;
      const urls = attr === 'srcset' ? e.srcset.split(',').map((s) => s.trim().split(/\s+/)[0]) :
                                       [e.getAttribute(attr)];
      for (const u of urls) {
        const resolved = new URL(u, location.href);
        if (resolved.origin !== location.origin && resolved.protocol !== 'data:') {
          problems.push(`<${e.tagName.toLowerCase()} ${attr}="${u}"> is not same-origin`);
        }
      }
    }
  }
  for (const s of document.querySelectorAll('script:not([src])')) {
    if ((s.type || '').toLowerCase() !== 'application/ld+json') {
      problems.push(`inline <script type="${s.type}">${s.textContent.slice(0, 60)}`);
    }
  }
  for (const e of document.querySelectorAll('[style]')) {
    problems.push(`<${e.tagName.toLowerCase()} style="${e.getAttribute('style')}">`);
  }
  for (const e of document.querySelectorAll('style'))
    problems.push(`<style> element: ${e.textContent.slice(0, 60)}`);
  for (const e of document.querySelectorAll('*')) {
    for (const a of e.getAttributeNames()) {
      if (/^on/i.test(a)) problems.push(`<${e.tagName.toLowerCase()} ${a}="..."> inline handler`);
    }
  }
  const refresh = document.querySelector('meta[http-equiv="refresh" i]');
  const target = refresh ? /url=(.*)$/i.exec(refresh.content)?.[1] ?? '' : null;
  return {problems, target};
}

// Markup of every page, parsed in the browser but not run or navigated to.
{
  const context = await browser.newContext();
  await guard(context, []);
  const page = await context.newPage();
  await page.goto(server.base + '/', {waitUntil: 'load', timeout: 30000});
  for (const p of pages) {
    const url = server.base + p;
    const {problems, target} = await page.evaluate(markupProblems, url);
    report.none(problems, `markup ${url}: same-origin assets, CSP-safe`);
    if (isRedirect(out, p)) {
      report.check(
          target !== null && new URL(target).origin === baseUrl.origin,
          `alias ${url} redirects within ${baseUrl.origin}`,
          `meta refresh to ${target}`,
      );
    }
  }
  await context.close();
}

// Real loads, scripts on.
{
  const external = [];
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  await guard(context, external);
  const page = await context.newPage();
  let requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  let total = 0;
  for (const p of pages.filter((x) => !isRedirect(out, x))) {
    const url = server.base + p;
    requests = [];
    errors.length = 0;
    external.length = 0;
    await page.goto(url, {waitUntil: 'load', timeout: 30000});
    await page.waitForLoadState('networkidle', {timeout: 5000}).catch(() => {});
    total += requests.length;
    const foreign =
        requests.filter((r) => !r.startsWith(server.base + '/') && !r.startsWith('data:'));
    report.none(
        [...foreign, ...external.map((e) => e.url)],
        `load ${url}: ${requests.length} requests, all to 127.0.0.1`,
    );
    // The 404 page is served with status 404 on purpose; Chromium logs that.
    const expected = p === '/404.html' ? /404 \(Not Found\)/ : /^$/;
    report.none(errors.filter((e) => !expected.test(e)), `load ${url}: no console errors`);
  }
  console.log(`     ${total} requests in all`);
  await context.close();
}

await browser.close();
server.stop();
report.finish();

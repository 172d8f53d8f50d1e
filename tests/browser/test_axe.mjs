// Accessibility peer check: axe-core, run by playwright-core in Debian Chromium,
// finds no serious or critical violation on each kind of page of the bundled
// site (home, category, article, standalone page, /sources/, 404, search with
// and without results), at desktop width, and the home, article and search
// results pages again at phone width.
import path from 'node:path';

import {articles, budget, buildSite, launchBrowser, open, options, Report, serve} from './harness.mjs';

budget(220);
const opts = options();
const report = new Report();
const {out} = buildSite(opts);
const server = await serve(opts, out);
const browser = await launchBrowser(opts.root);
const axePath = path.join(opts.root, 'node_modules/axe-core/axe.min.js');

const article = articles(opts.root)[0].page;
const category = article.split('/').slice(0, -2).join('/') + '/';
const targets = [
  {page: '/', status: 200, phone: true},
  {page: category, status: 200},
  {page: article, status: 200, phone: true},
  {page: '/research-methodology/', status: 200},
  {page: '/sources/', status: 200},
  {page: '/no-such-page/', status: 404},
  {page: '/search/', status: 200},
  {page: '/search/?q=stress', status: 200, phone: true, results: true},
];

for (const width of [1280, 360]) {
  // mwp serve sends a CSP without inline scripts: let the injected axe run.
  const context = await browser.newContext({viewport: {width, height: 900}, bypassCSP: true});
  const page = await context.newPage();
  // At phone width only the pages whose layout changes most are rechecked.
  for (const target of targets.filter((t) => width > 360 || t.phone)) {
    const url = server.base + target.page;
    const status = await open(page, url);
    report.check(status === target.status, `${url} answers ${target.status}`, `got ${status}`);
    await page.waitForLoadState('networkidle', {timeout: 10000}).catch(() => {});
    if (target.results) {
      const found = await page.locator('#search-results a[href^="/men-women/"]').count();
      report.check(found > 0, `${url} lists search results`, `${found} result links`);
    }
    // Check the FAQ answers too: axe skips what closed <details> hide.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.open = true));
    await page.addScriptTag({path: axePath});
    const violations = await page.evaluate(async () => {
      const result = await globalThis.axe.run(document, {resultTypes: ['violations']});
      return result.violations.map(
          (v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map(
                (n) => `${n.target.join(' ')} ${n.failureSummary.replace(/\s+/g, ' ')}`),
          }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    report.none(
        serious.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n}`)),
        `axe ${width}px ${url}: no serious or critical violations`,
    );
    const minor = violations.filter((v) => !serious.includes(v));
    for (const v of minor)
      console.log(`     note: ${v.impact} ${v.id} on ${url}: ${v.nodes.length} node(s)`);
  }
  await context.close();
}

await browser.close();
server.stop();
report.finish();

// Layout peer check in Debian Chromium: at 360 px and 1280 px every article
// page has no horizontal overflow and body text of at least 16 px (and each
// other kind of page has no overflow and a 16 px body font); with print
// media emulated, the site navigation, the table of contents and search are
// hidden while the article text stays visible. The breadcrumb is kept in print
// on purpose: it tells the reader of the paper where the page sits.
import path from 'node:path';

import {articles, budget, buildSite, launchBrowser, open, options, readYaml, Report, serve} from './harness.mjs';

budget(220);
const opts = options();
const report = new Report();
const {out} = buildSite(opts);
const server = await serve(opts, out);
const browser = await launchBrowser(opts.root);
const sectionIds =
    readYaml(path.join(opts.root, 'site', 'site.yaml')).article_template.sections.map((s) => s.id);
const pages = articles(opts.root).map((a) => a.page);
const category = pages[0].split('/').slice(0, -2).join('/') + '/';
const others = [
  '/', '/men-women/', category, '/research-methodology/', '/sources/', '/sources/hyde2005/',
  '/no-such-page/', '/search/', '/search/?q=stress'
];

// In the page: overflow and the font sizes of the template sections' text.
function measure(ids) {
  const root = document.documentElement;
  const small = [];
  let paragraphs = 0;
  for (const id of ids) {
    const section = document.getElementById(id);
    if (!section) {
      small.push(`no element #${id}`);
      continue;
    }
    for (const p of section.querySelectorAll('p, li')) {
      if (p.closest('hgroup') || p.textContent.trim() === '') continue;
      paragraphs++;
      const size = parseFloat(getComputedStyle(p).fontSize);
      if (size < 16) small.push(`${size}px: "${p.textContent.trim().slice(0, 50)}"`);
    }
  }
  const wide = [...document.querySelectorAll('body *')]
                   .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
                   .slice(0, 5)
                   .map(
                       (e) => `${e.tagName.toLowerCase()}.${e.className} right=${
                           Math.round(e.getBoundingClientRect().right)}`);
  return {
    scrollWidth: root.scrollWidth,
    innerWidth,
    bodyFont: parseFloat(getComputedStyle(document.body).fontSize),
    paragraphs,
    small,
    wide,
  };
}

for (const width of [360, 1280]) {
  const context = await browser.newContext({viewport: {width, height: 800}});
  const page = await context.newPage();
  for (const p of pages) {
    const url = server.base + p;
    report.check((await open(page, url)) === 200, `${width}px ${url} loads`);
    const m = await page.evaluate(measure, sectionIds);
    report.check(
        m.scrollWidth <= m.innerWidth,
        `${width}px ${url}: no horizontal overflow`,
        `scrollWidth ${m.scrollWidth} > innerWidth ${m.innerWidth}; widest: ${m.wide.join(', ')}`,
    );
    report.check(m.bodyFont >= 16, `${width}px ${url}: body font-size ${m.bodyFont}px >= 16px`);
    report.check(m.paragraphs > 0, `${width}px ${url}: article body text found`);
    report.none(m.small, `${width}px ${url}: article text >= 16px`);
  }
  // The other kinds of page must not overflow either.
  for (const p of others) {
    const url = server.base + p;
    await open(page, url);
    const m = await page.evaluate(measure, []);
    report.check(
        m.scrollWidth <= m.innerWidth, `${width}px ${url}: no horizontal overflow`,
        `scrollWidth ${m.scrollWidth} > innerWidth ${m.innerWidth}; widest: ${m.wide.join(', ')}`);
    report.check(m.bodyFont >= 16, `${width}px ${url}: body font-size ${m.bodyFont}px >= 16px`);
  }
  await context.close();
}

// Print: navigation, table of contents and search hidden; the article shown.
const context = await browser.newContext({viewport: {width: 800, height: 1000}});
const page = await context.newPage();
await page.emulateMedia({media: 'print'});
for (const p of [pages[0], '/', '/search/']) {
  const url = server.base + p;
  await open(page, url);
  const shown = await page.evaluate(() => {
    const visible = (e) => e.checkVisibility({visibilityProperty: true, opacityProperty: true});
    const describe = (e) => `<${e.tagName.toLowerCase()} class="${e.className}">`;
    const navs = [...document.querySelectorAll('nav, [role=navigation]')].filter(
        (e) => !/breadcrumb/i.test(e.getAttribute('aria-label') || ''),
    );
    const search =
        [
          ...document.querySelectorAll(
              'header form, footer form, [role=search], input[type=search], a[href^="/search/"]'),
        ]
            .filter(
                (e) => (!e.closest('main') || e.closest('nav')) &&
                    !e.closest('nav[aria-label="Breadcrumb" i]'));
    return {
      hidden: [...navs, ...search].filter(visible).map(describe),
      h1: [...document.querySelectorAll('h1')].some(visible),
      textShown: [...document.querySelectorAll('main p')].filter(visible).length,
    };
  });
  report.none(shown.hidden, `print ${url}: navigation, TOC and search links hidden`);
  report.check(shown.h1 && shown.textShown > 0, `print ${url}: title and text still printed`);
}
await context.close();

await browser.close();
server.stop();
report.finish();

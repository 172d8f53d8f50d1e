// Structured-data peer check on every article page of the bundled site: each
// application/ld+json block parses; a MedicalWebPage carries lastReviewed,
// reviewedBy, a BreadcrumbList matching the visible breadcrumb, about, and a
// mainEntity Article (headline, datePublished, dateModified, author, publisher,
// citation[] matching the numbered sources, with sameAs https://doi.org/ when
// the reference has a DOI); an FAQPage has one Question with an acceptedAnswer
// per <details> of the page's FAQ.
import fs from 'node:fs';
import path from 'node:path';

import {articles, budget, buildSite, launchBrowser, open, options, readYaml, Report, serve} from './harness.mjs';

budget(220);
const opts = options();
const report = new Report();
const {out} = buildSite(opts);
const server = await serve(opts, out);
const browser = await launchBrowser(opts.root);
const site = readYaml(path.join(opts.root, 'site', 'site.yaml'));
const bibliography =
    JSON.parse(fs.readFileSync(path.join(opts.root, 'site', 'bibliography.json'), 'utf8'));
const doiOf = new Map(bibliography.filter((e) => e.DOI).map((e) => [e.id, e.DOI.toLowerCase()]));

// In the page: the JSON-LD blocks (raw text), the visible breadcrumb, the FAQ
// <details> count and, per numbered source, its DOI link and work key.
function collect(faqHeading) {
  const faqH2 =
      [...document.querySelectorAll('h2')].find((h) => h.textContent.trim() === faqHeading);
  const faq = faqH2 ? faqH2.closest('section') : null;
  const sources = document.querySelectorAll('ol.reference-list > li, section#sources ol > li');
  return {
    blocks: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (s) => s.textContent),
    crumbs: [...document.querySelectorAll('nav[aria-label="Breadcrumb" i] a')].map((a) => a.href),
    faqCount: faq ? faq.querySelectorAll('details').length : -1,
    sources: [...sources].map(
        (li) => ({
          doi: [...li.querySelectorAll('a[href^="https://doi.org/"]')].map(
                   (a) => a.getAttribute('href'))[0] ||
              null,
          work: /\/sources\/([^/]+)\//
                    .exec(li.querySelector('a[href^="/sources/"]')?.getAttribute('href') || '')
                    ?.[1] ||
              null,
        })),
  };
}

const isDate = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v);
const typed = (v, type) =>
    v && (v['@type'] === type || (Array.isArray(v['@type']) && v['@type'].includes(type)));

function checkWebPage(page, dom, article) {
  const problems = [];
  const need = (ok, what) => ok || problems.push(what);
  need(isDate(page.lastReviewed), `lastReviewed is a date (${page.lastReviewed})`);
  need(
      page.lastReviewed === String(article.front.reviewed),
      `lastReviewed ${page.lastReviewed} = front matter reviewed`);
  need(page.reviewedBy && page.reviewedBy.name, 'reviewedBy has a name');
  need(typed(page.breadcrumb, 'BreadcrumbList'), 'breadcrumb is a BreadcrumbList');
  const items = page.breadcrumb?.itemListElement || [];
  need(
      items.length === dom.crumbs.length,
      `breadcrumb has ${items.length} items, the page shows ${dom.crumbs.length}`);
  items.forEach((item, i) => {
    need(
        typed(item, 'ListItem') && item.position === i + 1 && item.name,
        `breadcrumb item ${i + 1} is a ListItem`);
    const visible =
        dom.crumbs[i] ? new URL(new URL(dom.crumbs[i]).pathname, site.base_url).href : '';
    need(item.item === visible, `breadcrumb item ${i + 1} ${item.item} = visible link ${visible}`);
  });
  need(Array.isArray(page.about) ? page.about.length > 0 : !!page.about, 'about is present');
  const main = page.mainEntity;
  need(typed(main, 'Article'), 'mainEntity is an Article');
  if (!main) return problems;
  need(
      main.headline === article.front.title,
      `headline "${main.headline}" = title "${article.front.title}"`);
  need(
      isDate(main.datePublished) && main.datePublished === String(article.front.date),
      `datePublished ${main.datePublished}`);
  need(isDate(main.dateModified), `dateModified ${main.dateModified}`);
  need(main.author && main.author.name, 'author has a name');
  need(main.publisher && main.publisher.name, 'publisher has a name');
  const citations = main.citation || [];
  need(
      citations.length === dom.sources.length,
      `${citations.length} citations for ${dom.sources.length} numbered sources`);
  citations.forEach((c, i) => {
    const source = dom.sources[i] || {};
    need(
        typed(c, 'ScholarlyArticle') || typed(c, 'Book') || typed(c, 'Chapter'),
        `citation ${i + 1} type ${c['@type']}`);
    need(c.name, `citation ${i + 1} has a name`);
    const doi =
        source.doi || (doiOf.has(source.work) ? 'https://doi.org/' + doiOf.get(source.work) : null);
    if (doi) {
      need(
          typeof c.sameAs === 'string' && c.sameAs.toLowerCase() === doi.toLowerCase(),
          `citation ${i + 1} sameAs ${c.sameAs} = ${doi}`,
      );
    } else {
      need(
          !c.sameAs || c.sameAs.startsWith('https://'),
          `citation ${i + 1} sameAs ${c.sameAs} is absolute`);
    }
  });
  return problems;
}

function checkFaq(faqPage, dom) {
  const problems = [];
  const questions = faqPage.mainEntity || [];
  if (questions.length !== dom.faqCount)
    problems.push(`${questions.length} Questions, ${dom.faqCount} <details> on the page`);
  questions.forEach((q, i) => {
    if (!typed(q, 'Question') || !q.name) problems.push(`entry ${i + 1} is a named Question`);
    if (!typed(q.acceptedAnswer, 'Answer') || !q.acceptedAnswer.text)
      problems.push(`Question ${i + 1} has an acceptedAnswer with text`);
  });
  return problems;
}

const context = await browser.newContext();
const page = await context.newPage();
for (const article of articles(opts.root)) {
  const url = server.base + article.page;
  report.check((await open(page, url)) === 200, `${url} loads`);
  const dom = await page.evaluate(collect, site.article_template.faq.heading);
  const parsed = [];
  dom.blocks.forEach((text, i) => {
    try {
      parsed.push(JSON.parse(text));
      report.check(true, `${url} JSON-LD block ${i + 1} parses`);
    } catch (e) {
      report.check(false, `${url} JSON-LD block ${i + 1} parses`, e.message);
    }
  });
  const nodes = parsed.flatMap((p) => (Array.isArray(p) ? p : p['@graph'] || [p]));
  const webPage = nodes.find((n) => typed(n, 'MedicalWebPage'));
  const faqPage = nodes.find((n) => typed(n, 'FAQPage'));
  if (report.check(!!webPage, `${url} has a MedicalWebPage`)) {
    report.none(checkWebPage(webPage, dom, article), `${url} MedicalWebPage is complete`);
  }
  if (report.check(!!faqPage, `${url} has an FAQPage`)) {
    report.none(checkFaq(faqPage, dom), `${url} FAQPage matches the FAQ`);
  }
  report.check(
      dom.faqCount > 0 && dom.sources.length > 0, `${url} has FAQ entries and numbered sources`);
}
await context.close();

await browser.close();
server.stop();
report.finish();

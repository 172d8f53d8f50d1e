// Article anatomy peer check, on the DOM of every article of the bundled site,
// in document order: breadcrumb nav, the h1 title, a "Last reviewed" line with
// the review date linking the editorial-team page, the six template sections
// (each kicker before its heading, in site.yaml order, front-matter heading
// overrides applied), the FAQ as <details>/<summary> under the FAQ heading, and
// the numbered sources (ol) under the sources heading with the methodology note
// linking the methodology page. Every in-text citation link resolves to an
// existing #ref-N, and every reference links back to a citation of itself.
import path from 'node:path';

import {articles, budget, buildSite, launchBrowser, open, options, readYaml, Report, serve} from './harness.mjs';

budget(220);
const opts = options();
const report = new Report();
const {out} = buildSite(opts);
const server = await serve(opts, out);
const browser = await launchBrowser(opts.root);
const site = readYaml(path.join(opts.root, 'site', 'site.yaml'));
const template = site.article_template;

// In the page: every problem with the anatomy, given what the article must show.
function anatomy(want) {
  const problems = [];
  const need = (ok, what) => ok || problems.push(what);
  const text = (e) => (e ? e.textContent.replace(/\s+/g, ' ').trim() : '');
  const after = (a, b) =>
      a && b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const order = [];
  const step = (name, element) => {
    need(!!element, `missing ${name}`);
    if (!element) return;
    const last = order[order.length - 1];
    if (last) need(after(last.element, element), `${name} comes before ${last.name}`);
    order.push({name, element});
  };

  const crumb = document.querySelector('nav[aria-label="Breadcrumb" i]');
  step('breadcrumb nav', crumb);
  if (crumb) {
    const links = [...crumb.querySelectorAll('a')];
    need(links.length >= 3, `breadcrumb has ${links.length} links`);
    need(
        links.at(-1)?.getAttribute('aria-current') === 'page',
        'last breadcrumb link is aria-current=page');
  }

  const h1s = document.querySelectorAll('h1');
  need(h1s.length === 1, `${h1s.length} h1 elements`);
  step('h1 title', h1s[0]);
  need(text(h1s[0]) === want.title, `h1 "${text(h1s[0])}" is not the title "${want.title}"`);

  const reviewed = [...document.querySelectorAll('main p, main div')].find(
      (e) => /^Last reviewed\b/.test(text(e)));
  step('Last reviewed line', reviewed);
  if (reviewed) {
    need(
        !!reviewed.querySelector(`a[href='${want.editorialPage}']`),
        `Last reviewed line does not link ${want.editorialPage}`);
    const time = reviewed.querySelector('time');
    need(
        time?.getAttribute('datetime') === want.reviewed,
        `Last reviewed <time datetime> is not ${want.reviewed}`);
  }

  const h2s = [...document.querySelectorAll('main h2')];
  const headingNamed = (name) => h2s.find((h) => text(h) === name);
  for (const section of want.sections) {
    const h2 = headingNamed(section.heading);
    step(`heading "${section.heading}"`, h2);
    if (!h2) continue;
    const box = h2.closest('section') || h2.parentElement;
    need(
        box.id === section.id || h2.id === section.id ||
            !!document.getElementById(section.id)?.contains(h2),
        `section "${section.heading}" has no #${section.id} anchor`);
    const kicker = [...box.querySelectorAll('*')].find(
        (e) => e !== h2 && !e.contains(h2) && text(e) === section.kicker);
    need(
        !!kicker && after(kicker, h2),
        `kicker "${section.kicker}" missing before "${section.heading}"`);
    need(box.querySelectorAll('p').length > 1, `section "${section.heading}" has no text`);
  }

  const faqH2 = headingNamed(want.faqHeading);
  step(`FAQ heading "${want.faqHeading}"`, faqH2);
  if (faqH2) {
    const details = [...faqH2.closest('section').querySelectorAll('details')];
    need(details.length > 0, 'FAQ has no <details>');
    details.forEach((d, i) => {
      const summary = d.firstElementChild;
      need(
          summary?.tagName === 'SUMMARY' && text(summary).length > 0,
          `FAQ <details> ${i + 1} does not start with a <summary>`);
      need(after(faqH2, d), `FAQ <details> ${i + 1} is before the FAQ heading`);
      need(text(d).length > text(summary).length + 20, `FAQ <details> ${i + 1} has no answer`);
    });
  }

  const sourcesH2 = headingNamed(want.sourcesHeading);
  step(`sources heading "${want.sourcesHeading}"`, sourcesH2);
  const refs = new Set();
  if (sourcesH2) {
    const box = sourcesH2.closest('section');
    const list = box.querySelector('ol');
    step('numbered sources list', list);
    const note = [...box.querySelectorAll(`a[href='${want.methodologyPage}']`)].find(
        (a) => !list || after(a, list));
    need(
        !!note && after(sourcesH2, note),
        `no note linking ${want.methodologyPage} between the heading and the list`);
    const items = list ? [...list.children] : [];
    need(items.length > 0, 'no sources');
    items.forEach((li, i) => {
      const id = `ref-${i + 1}`;
      need(li.tagName === 'LI' && li.id === id, `source ${i + 1} has id "${li.id}", not ${id}`);
      refs.add(li.id);
      const backs = [...li.querySelectorAll('a[href^="#"]')].filter(
          (a) => a.getAttribute('href') !== `#${li.id}`);
      need(backs.length > 0, `${id} has no back-link`);
      for (const back of backs) {
        const target = document.getElementById(back.getAttribute('href').slice(1));
        need(
            target?.getAttribute('href') === `#${id}`,
            `${id} back-link ${back.getAttribute('href')} does not reach a citation of ${id}`);
      }
    });
  }
  const cites = [...document.querySelectorAll('main a[href^="#ref-"]')];
  need(cites.length > 0, 'no in-text citation links');
  for (const a of cites) {
    const target = a.getAttribute('href').slice(1);
    need(
        refs.has(target) && !!document.getElementById(target),
        `citation "${text(a)}" points at missing #${target}`);
  }
  return {problems, citations: cites.length, sources: refs.size};
}

const context = await browser.newContext();
const page = await context.newPage();
let citations = 0;
for (const article of articles(opts.root)) {
  const url = server.base + article.page;
  report.check((await open(page, url)) === 200, `${url} loads`);
  const want = {
    title: article.front.title,
    reviewed: String(article.front.reviewed),
    editorialPage: site.editorial_page,
    methodologyPage: site.methodology_page,
    faqHeading: template.faq.heading,
    sourcesHeading: template.sources.heading,
    sections: template.sections.map((s) => ({
                                      id: s.id,
                                      kicker: s.kicker,
                                      heading: (article.front.headings || {})[s.id] || s.heading,
                                    })),
  };
  const result = await page.evaluate(anatomy, want);
  citations += result.citations;
  report.none(
      result.problems, `${url} anatomy (${result.citations} citations, ${result.sources} sources)`);
}
console.log(`     ${citations} in-text citation links checked`);
await context.close();

await browser.close();
server.stop();
report.finish();

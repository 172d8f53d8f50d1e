// The search page in Chromium, as a reader uses it, against `mwp serve`:
// - with JavaScript: typing a question (key by key) shows, after the debounce,
//   the FAQ answer card above the results, both fetched from /api/ask and
//   /api/search, and updates the address bar to /search/?q=;
// - without JavaScript: /search/?q= for the same question is rendered by the
//   server with the same answer and the same first results;
// - a misspelt query gets a spelling suggestion in both;
// - an HTML/JS payload typed or put in q is shown as text, never run or
//   parsed into elements, with and without JavaScript.
// Queries come from the search evaluation set (tests/search/eval_queries.json).
import fs from 'node:fs';
import path from 'node:path';

import {budget, buildSite, launchBrowser, open, options, Report, serve} from './harness.mjs';

budget(240);
const opts = options();
const report = new Report();
const evalSet =
    JSON.parse(fs.readFileSync(path.join(opts.root, 'tests', 'search', 'eval_queries.json')));
const {out} = buildSite(opts);
const server = await serve(opts, out);
const browser = await launchBrowser(opts.root);

const PAYLOAD = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

// In the page: what the results area shows, read from the DOM.
function readResults() {
  const card = document.querySelector('#search-results .answer-card');
  return {
    answer: card ? card.querySelector('h2').textContent.trim() : null,
    answerSource: card ? card.querySelector('.answer-source a')?.getAttribute('href') : null,
    answerBeforeHits: card !== null && document.querySelector('.search-hits') !== null &&
        (card.compareDocumentPosition(document.querySelector('.search-hits')) &
         Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    hits: [...document.querySelectorAll('#search-results .search-hit h2 a')].map(
        (a) => a.getAttribute('href')),
    marks: document.querySelectorAll('#search-results .hit-snippet mark').length,
    count: document.querySelector('#search-results .search-count')?.textContent.trim() ?? null,
    suggestion: document.querySelector('#search-results .search-suggestion a')?.textContent ?? null,
    injected: document.querySelectorAll('#search-results img, #search-results script').length,
    pwned: window.__pwned ?? null,
  };
}

// Types `query` into the search box key by key and waits for results for it.
async function typeQuery(page, query) {
  const apiCalls = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/api/search' || url.pathname === '/api/ask') apiCalls.push(url.pathname);
  });
  await page.fill('#search-q', '');
  await page.type('#search-q', query, {delay: 15});
  await page.waitForFunction(
      (q) => new URLSearchParams(location.search).get('q') === q &&
          !document.querySelector('#search-results').classList.contains('search-pending') &&
          document.querySelector('#search-results .search-count, #search-results .search-error'),
      query, {timeout: 15000});
  // Debounced: one request per endpoint for the finished query, not per key.
  return {calls: apiCalls, shown: await page.evaluate(readResults)};
}

const ask = evalSet.ask[0];
const misspelt = evalSet.search.find((q) => q.type === 'misspelling');

const scripted = await browser.newContext({javaScriptEnabled: true});
const withJs = await scripted.newPage();
const errors = [];
withJs.on('pageerror', (e) => errors.push(String(e)));
report.check(await open(withJs, `${server.base}/search/`) === 200, 'JS: /search/ loads');

const typed = await typeQuery(withJs, ask.query);
const asked = await (await fetch(`${server.base}/api/ask?q=${encodeURIComponent(ask.query)}`)).json();
report.check(asked.answers.length > 0 && typed.shown.answer === asked.answers[0].question,
             `JS: answer card for "${ask.query}" shows /api/ask's best answer`,
             `got ${JSON.stringify(typed.shown.answer)}`);
report.check(typed.shown.answerSource === ask.article, 'JS: answer card links its article',
             String(typed.shown.answerSource));
report.check(typed.shown.answerBeforeHits, 'JS: answer card shown above the results');
report.check(typed.shown.hits.slice(0, 3).includes(ask.article), 'JS: article in the top 3 hits',
             JSON.stringify(typed.shown.hits));
report.check(typed.shown.marks > 0, 'JS: snippets highlight the matched words with <mark>');
const searchCalls = typed.calls.filter((c) => c === '/api/search').length;
report.check(searchCalls >= 1 && searchCalls <= 3,
             `JS: typing is debounced (${searchCalls} /api/search calls for ${ask.query.length} keys)`);

const bare = await browser.newContext({javaScriptEnabled: false});
const noJs = await bare.newPage();
const q = encodeURIComponent(ask.query);
report.check(await open(noJs, `${server.base}/search/?q=${q}`) === 200,
             'no JS: /search/?q= is served');
const rendered = await noJs.evaluate(readResults);
report.check(rendered.answer === typed.shown.answer, 'no JS: same answer card as with JS',
             `${rendered.answer} vs ${typed.shown.answer}`);
report.check(JSON.stringify(rendered.hits) === JSON.stringify(typed.shown.hits),
             'no JS: same results in the same order as with JS',
             `${JSON.stringify(rendered.hits)}\n       vs ${JSON.stringify(typed.shown.hits)}`);
report.check(rendered.count === typed.shown.count, 'no JS: same result count', rendered.count);
report.check(await noJs.inputValue('#search-q') === ask.query, 'no JS: the box keeps the query');

if (report.check(misspelt !== undefined, 'eval set has a misspelt query')) {
  const spelled = await typeQuery(withJs, misspelt.query);
  report.check(spelled.shown.suggestion !== null, `JS: spelling suggestion for "${misspelt.query}"`);
  await open(noJs, `${server.base}/search/?q=${encodeURIComponent(misspelt.query)}`);
  const spelledBare = await noJs.evaluate(readResults);
  report.check(spelledBare.suggestion === spelled.shown.suggestion,
               'no JS: the same spelling suggestion',
               `${spelledBare.suggestion} vs ${spelled.shown.suggestion}`);
}

const attacked = await typeQuery(withJs, PAYLOAD);
report.check(attacked.shown.injected === 0 && attacked.shown.pwned === null,
             'JS: a typed HTML/JS payload is not parsed or run');
await open(noJs, `${server.base}/search/?q=${encodeURIComponent(PAYLOAD)}`);
const attackedBare = await noJs.evaluate(readResults);
report.check(attackedBare.injected === 0 && await noJs.inputValue('#search-q') === PAYLOAD,
             'no JS: the payload is escaped in the page and kept as text in the box');
report.check(await noJs.locator('img').count() === 0, 'no JS: no injected <img> anywhere');
report.none(errors, 'JS: no page errors');

await browser.close();
server.stop();
report.finish();

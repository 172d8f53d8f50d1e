// Live preview in Chromium (`mwp serve`, which watches, on a copy of the bundled site):
// - an open article reloads by itself after its file is saved;
// - a save that breaks the build shows the error overlay, with the same
//   `path:line:col: error: message [code]` text as the CLI, over the last good
//   page (still served);
// - saving the fix clears the overlay and reloads the page;
// - the overlay is also shown to a tab opened while the build is broken.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {budget, launchBrowser, open, options, Report, serveWith} from './harness.mjs';

budget(240);
const opts = options();
const report = new Report();
const ARTICLE = path.join('content', 'men-women', 'stress-and-coping', 'burnout.md');
const URL_PATH = '/men-women/stress-and-coping/burnout/';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mwp-overlay-'));
process.on('exit', () => fs.rmSync(work, {recursive: true, force: true}));
const site = path.join(work, 'site');
fs.cpSync(path.join(opts.root, 'site'), site, {recursive: true});
const article = path.join(site, ARTICLE);
const original = fs.readFileSync(article, 'utf8');

// The first build of the site happens before the address is printed.
const server = await serveWith(
    opts.mwp, ['--site', site, '--out', path.join(work, 'public')], 120000);
const base = server.base;

// What `mwp check` prints for the site as it is on disk now.
function cliDiagnostics() {
  const run = spawnSync(opts.mwp, ['check', '--site', site], {encoding: 'utf8'});
  return (run.stdout + run.stderr).split('\n').filter((l) => /: error: .*\[[a-z-]+\]$/.test(l));
}

const browser = await launchBrowser(opts.root);
const page = await browser.newPage();
report.check(await open(page, base + URL_PATH) === 200, 'article opens in preview');
await page.waitForFunction(() => performance.getEntriesByType('resource').some(
                               (e) => e.name.endsWith('/__mwp/status')),
                           null, {timeout: 10000});
const firstTitle = await page.textContent('h1');

// 1. An edit reloads the open tab.
const edited = original.replace(/^title: .*$/m, 'title: "Burnout, edited in preview"');
let started = Date.now();
let reloaded = page.waitForEvent('load', {timeout: 30000});
fs.writeFileSync(article, edited);
await reloaded;
report.check((await page.textContent('h1')).includes('edited in preview'),
             `the tab reloaded with the edit (${Date.now() - started} ms from save)`);

// 2. A broken save: the overlay, with the CLI's own diagnostics.
const broken = edited.replace(/^reviewed: .*$/m, 'reviewed: someday');
fs.writeFileSync(article, broken);
const overlay = page.locator('#mwp-build-errors');
await overlay.waitFor({state: 'visible', timeout: 30000});
const shown = await page.locator('#mwp-build-errors .mwp-diagnostic').allTextContents();
const expected = cliDiagnostics();
report.check(expected.length > 0, 'mwp check reports the broken file', expected.join('\n'));
report.check(expected.every((line) => shown.some((s) => s.includes(line.replace(site + '/', '')))),
             'overlay shows the CLI diagnostics (path:line:col: error: message [code])',
             `overlay: ${JSON.stringify(shown)}\n       cli: ${JSON.stringify(expected)}`);
report.check(shown.some((s) => s.includes('burnout.md')), 'overlay names the file');
report.check(await page.getAttribute('#mwp-build-errors', 'role') === 'alertdialog',
             'overlay is an alertdialog');
const served = await (await fetch(base + URL_PATH)).text();
report.check(served.includes('edited in preview'), 'the last good page is still served');

// 3. A tab opened while broken shows the overlay too.
const second = await browser.newPage();
await open(second, base + URL_PATH);
await second.locator('#mwp-build-errors').waitFor({state: 'visible', timeout: 10000});
report.check(true, 'a new tab opened during the error shows the overlay');

// 4. The fix clears the overlay and reloads.
started = Date.now();
reloaded = page.waitForEvent('load', {timeout: 30000});
fs.writeFileSync(article, original);
await reloaded;
await page.waitForFunction(() => !document.getElementById('mwp-build-errors'), null,
                           {timeout: 10000});
report.check(await page.textContent('h1') === firstTitle,
             `the fix clears the overlay and reloads (${Date.now() - started} ms from save)`);

await browser.close();
server.stop();
report.finish();

// Shared pieces of the browser peer tests: build the bundled site into a temp
// dir, serve it on loopback with `mwp serve --no-build`, drive Debian Chromium
// through playwright-core, and report one line per check.
//
// Every script takes the mwp binary and the repo root as arguments (or the
// MWP_BINARY / MWP_SOURCE_DIR environment variables), cleans up its server,
// browser and temp dir on exit, and gives up after a fixed time budget.
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';

const cleanups = [];
let finished = false;

function runCleanups() {
  while (cleanups.length > 0) {
    try {
      cleanups.pop()();
    } catch {
      // Cleanup is best effort: the process is exiting anyway.
    }
  }
}
process.on('exit', runCleanups);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    runCleanups();
    process.exit(2);
  });
}

// Promises: the process exits with status 2 if the script has not finished
// after `seconds`.
export function budget(seconds) {
  const timer = setTimeout(() => {
    if (finished) return;
    console.log(`FAIL time budget of ${seconds}s exceeded`);
    process.exit(2);
  }, seconds * 1000);
  timer.unref();
}

export function options() {
  const mwp = process.argv[2] || process.env.MWP_BINARY;
  const root = process.argv[3] || process.env.MWP_SOURCE_DIR;
  if (!mwp || !root) {
    console.error('usage: node <test>.mjs <mwp binary> <repo root>');
    process.exit(2);
  }
  return {mwp: path.resolve(mwp), root: path.resolve(root)};
}

// Counts checks; prints "ok <what>" or "FAIL <what>: <why>" per check.
export class Report {
  constructor() {
    this.passed = 0;
    this.failed = 0;
  }
  check(condition, what, why = '') {
    if (condition) {
      this.passed++;
      console.log(`ok   ${what}`);
    } else {
      this.failed++;
      console.log(`FAIL ${what}${why ? ': ' + why : ''}`);
    }
    return condition;
  }
  // Passes when `problems` is empty; otherwise prints each problem.
  none(problems, what) {
    return this.check(problems.length === 0, what, problems.map((p) => '\n       ' + p).join(''));
  }
  finish() {
    finished = true;
    console.log(`${this.passed} passed, ${this.failed} failed`);
    process.exitCode = this.failed === 0 && this.passed > 0 ? 0 : 1;
  }
}

// Promises: the bundled site built into a fresh temp dir that is removed on
// exit; returns { out } (the output folder).
export function buildSite({mwp, root}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mwp-browser-'));
  cleanups.push(() => fs.rmSync(dir, {recursive: true, force: true}));
  const out = path.join(dir, 'public');
  const run =
      spawnSync(mwp, ['build', '--site', path.join(root, 'site'), '--out', out, '--quiet'], {
        encoding: 'utf8',
        timeout: 120000,
      });
  if (run.status !== 0) {
    console.log(`FAIL mwp build exited ${run.status}\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  return {out};
}

// Every *.html file under `out`, as site paths ("/", "/a/b/", "/404.html").
export function htmlPages(out) {
  const pages = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory())
        walk(full);
      else if (entry.name.endsWith('.html'))
        pages.push(sitePath(path.relative(out, full)));
    }
  };
  walk(out);
  return pages.sort();
}

function sitePath(relative) {
  const posix = relative.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return '/' + posix.slice(0, -'index.html'.length);
  return '/' + posix;
}

export function fileOf(out, page) {
  return path.join(out, page.endsWith('/') ? page + 'index.html' : page);
}

// Whether a built page is an alias (a meta-refresh redirect to another page).
export function isRedirect(out, page) {
  return /<meta http-equiv="refresh"/i.test(fs.readFileSync(fileOf(out, page), 'utf8'));
}

// Parses a YAML file (or the front matter of a Markdown file) with python3's
// yaml module, returning plain JSON data.
export function readYaml(file) {
  const script = 'import sys,json,yaml,datetime\n' +
      't=open(sys.argv[1],encoding="utf-8").read()\n' +
      'if sys.argv[1].endswith(".md"): t=t.split("---",2)[1]\n' +
      'print(json.dumps(yaml.safe_load(t),default=str))\n';
  const run = spawnSync('python3', ['-c', script, file], {encoding: 'utf8'});
  if (run.status !== 0) throw new Error(`cannot read YAML ${file}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

// The articles of the bundled site (drafts excluded): { page, file, front }.
export function articles(root) {
  const content = path.join(root, 'site', 'content');
  const found = [];
  const walk = (dir, segments) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory())
        walk(full, [...segments, entry.name]);
      else if (segments.length > 0 && entry.name.endsWith('.md') && entry.name !== '_index.md') {
        const front = readYaml(full);
        if (front.draft) continue;
        const slug = front.slug || entry.name.slice(0, -3);
        found.push({page: '/' + [...segments, slug].join('/') + '/', file: full, front});
      }
    }
  };
  walk(content, []);
  return found.sort((a, b) => a.page.localeCompare(b.page));
}

// Promises: `mwp serve --no-build` on a free loopback port, stopped on exit.
export async function serve({mwp}, out) {
  return serveWith(mwp, ['--no-build', '--out', out], 15000);
}

// Promises: `mwp serve <args>` on a free loopback port, killed on exit;
// gives up when it has not printed its address after `timeoutMs`.
export async function serveWith(mwp, args, timeoutMs) {
  const child = spawn(mwp, ['serve', ...args, '--host', '127.0.0.1', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => child.kill('SIGKILL'));
  let log = '';
  const base = await new Promise((resolve, reject) => {
    const timer =
        setTimeout(() => reject(new Error(`mwp serve did not start:\n${log}`)), timeoutMs);
    const read = (chunk) => {
      log += chunk;
      const match = /Serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`mwp serve exited ${code}:\n${log}`)));
  });
  return {base, stop: () => child.kill('SIGTERM')};
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// Promises: headless Debian Chromium, closed on exit.
export async function launchBrowser(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const {chromium} = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: chromiumArgs,
    headless: true,
    timeout: 60000,
  });
  cleanups.push(() => {
    const pid = browser.process?.()?.pid;
    if (pid) process.kill(pid, 'SIGKILL');
  });
  return browser;
}

// Promises: main-frame loads of `url` fail loudly with the status.
export async function open(page, url) {
  const response = await page.goto(url, {waitUntil: 'load', timeout: 30000});
  return response ? response.status() : 0;
}

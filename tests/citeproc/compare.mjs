// Formats references with mwp (mwp_cite_format) and with citeproc-js running
// Debian's apa.csl, and compares them: the whitespace-normalised text, and
// the sequence of italic runs (the HTML structure APA cares about).
//
//   node compare.mjs --formatter PATH [--min-share 1] -- <mwp_cite_format args>
//
// Prints each mismatch and the share that match exactly; exits 1 when the
// share is below --min-share (default 1) or nothing was compared.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const CSL = require(join(here, '..', '..', 'node_modules', 'citeproc'));

const STYLE = '/usr/share/citation-style-language/styles/apa.csl';
const LOCALE = '/usr/share/citation-style-language/locales/locales-en-US.xml';

function parseArgs(argv) {
  const options = { formatter: null, minShare: 1, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--formatter') options.formatter = argv[++i];
    else if (argv[i] === '--min-share') options.minShare = Number(argv[++i]);
    else if (argv[i] === '--') { options.rest = argv.slice(i + 1); break; }
  }
  if (!options.formatter) throw new Error('--formatter is required');
  return options;
}

function decodeEntities(text) {
  return text
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

const normalise = (text) => text.replace(/\s+/g, ' ').trim();

// Visible text and italic runs of an HTML fragment; links are transparent.
function analyse(html) {
  const body = html.replace(/^\s*<div class="csl-entry">/, '').replace(/<\/div>\s*$/, '');
  const italics = [...body.matchAll(/<i>(.*?)<\/i>/g)].map((m) => normalise(decodeEntities(m[1].replace(/<[^>]+>/g, ''))));
  const text = normalise(decodeEntities(body.replace(/<[^>]+>/g, '')));
  return { text, italics };
}

// One engine for all items; each is formatted alone (updateItems replaces the
// registry), so no year suffixes are added across unrelated lists.
function makeCiteproc() {
  const items = new Map();
  const locale = readFileSync(LOCALE, 'utf8');
  const sys = { retrieveLocale: () => locale, retrieveItem: (id) => items.get(id) };
  const engine = new CSL.Engine(sys, readFileSync(STYLE, 'utf8'), 'en-US');
  return (item, id) => {
    items.set(id, { ...item, id });
    engine.updateItems([id]);
    const [, entries] = engine.makeBibliography();
    return entries[0];
  };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  let output;
  try {
    output = execFileSync(options.formatter, options.rest, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (error) {
    console.error(`mwp_cite_format failed (status ${error.status}): the inputs have errors`);
    output = error.stdout;
    process.exitCode = 1;
  }
  const items = JSON.parse(output);
  const citeproc = makeCiteproc();
  let exact = 0;
  for (const [index, item] of items.entries()) {
    const ours = analyse(item.html);
    const oursText = normalise(item.text);
    const theirs = analyse(citeproc(item.csl, `item${index}`));
    const same = ours.text === theirs.text && oursText === theirs.text &&
      JSON.stringify(ours.italics) === JSON.stringify(theirs.italics);
    if (same) { exact++; continue; }
    console.log(`MISMATCH ${item.source}`);
    console.log(`  mwp:      ${ours.text}`);
    console.log(`  citeproc: ${theirs.text}`);
    if (JSON.stringify(ours.italics) !== JSON.stringify(theirs.italics)) {
      console.log(`  italics mwp:      ${JSON.stringify(ours.italics)}`);
      console.log(`  italics citeproc: ${JSON.stringify(theirs.italics)}`);
    }
  }
  const share = items.length === 0 ? 0 : exact / items.length;
  console.log(`citeproc comparison: ${exact}/${items.length} references match exactly (${(share * 100).toFixed(1)}%)`);
  if (items.length === 0 || share < options.minShare) process.exitCode = 1;
}

main();

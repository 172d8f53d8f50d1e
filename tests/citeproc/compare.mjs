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

// Where APA 7 (as the APA Style examples write it, and mwp formats it) and
// citeproc-js's apa.csl part ways, because CSL-JSON cannot carry the
// information or apa.csl renders it otherwise. Each turns both texts into
// what they would be without that difference; a mismatch that none of them
// explains fails the comparison.
const KNOWN_DIFFERENCES = [
  // Year suffixes are assigned by citeproc-js across a whole list, never read.
  ['year suffix', (mwp, citeproc) => [mwp.replace(/\((\d{4})[a-z]([),])/, '($1$2').replace(/\(n\.d\.-[a-z]\)/, '(n.d.)'), citeproc]],
  // APA keeps a Chinese given name's hyphenated initials together ("Y.-y."),
  // where citeproc-js puts a space before a lower-case second part.
  ['hyphenated initials', (mwp, citeproc) => [mwp, citeproc.replace(/([A-Z])\. -([a-z])\./g, '$1.-$2.')]],
  // apa.csl reads a report number with hyphens as a range and puts an en dash
  // before its last part: "PEP20-07-01–001", "82-624–X".
  ['report number with hyphens', (mwp, citeproc) => [mwp.replace(/(No\. )?([A-Za-z0-9-]*)-([A-Za-z0-9]+)(?=[),])/, (m, no, first, last) => ((no || /[A-Za-z]/.test(first)) && citeproc.includes(`${first}–${last}`) ? `${no || ''}${first}–${last}` : m)), citeproc]],
  // APA writes "(DHHS Publication No. ADM 90-1679)"; apa.csl drops "No." before
  // a number that is not a plain number, and puts an en dash in "18–2424".
  // (When apa.csl keeps "No." before such a number, as it does after a
  // genre of more than one word, the texts agree there.)
  ['report number', (mwp, citeproc) => [mwp.replace(/ No\. (?=[A-Z(]|\d+\.\d|\d+,\d|\d+:\d|\d+ of \d)([^)]*)/g, (m, number) => (citeproc.includes(`No. ${number}`) ? m : ` ${number}`)).replace(/(No\. \d+)-(\d+)/, '$1–$2'), citeproc]],
  // APA 7 writes a post's attachment before its kind, "[Image attached]
  // [Tweet]"; apa.csl writes CSL's medium after the genre, "[Tweet; Image attached]".
  ['attachment', (mwp, citeproc) => [mwp, citeproc.replace(/ \[([^\];]+); ([^\]]+)\]/, (m, kind, attachment) => (mwp.includes(` [${attachment}] [${kind}]`) ? ` [${attachment}] [${kind}]` : m))]],
  // apa.csl has no form for a contribution to a symposium: it writes the
  // symposium as a book by editors, with the kind after the contribution's
  // title, and leaves out the event.
  ['symposium contribution', (mwp, citeproc) => [mwp.replace(/^(.*?)\. In (.*?) \(Chairs?\), (.*?) \[([A-Z][a-z ]+)\]\. .*$/, (m, before, chairs, symposium, kind) => `${before} [${kind}]. In ${chairs} (${/ & |, /.test(chairs) ? 'Eds.' : 'Ed.'}), ${symposium}.`), citeproc]],
  // A volume in Roman numerals, "(Vol. I)": apa.csl writes a volume that is
  // not a number into the title, "Title: Vol. I".
  ['volume in Roman numerals', (mwp, citeproc) => [mwp, citeproc.replace(/: Vol\. ([IVXLC]+)\. /, (m, volume) => (mwp.includes(` (Vol. ${volume}). `) ? ` (Vol. ${volume}). ` : m))],
    (run) => run.replace(/: Vol\. [IVXLC]+$/, '')],
  // A series' code written alone, "(CG123)", is kept as written (APA 7 writes
  // no "No." before a code); apa.csl puts "No." before every number.
  ['series code', (mwp, citeproc) => [mwp, citeproc.replace(/ \(No\. ([A-Z]{2,4}\d+)\)/, (m, code) => (mwp.includes(` (${code})`) ? ` (${code})` : m))]],
  // APA: "(Publication No. 123) [Doctoral dissertation, University]. Database."
  ['thesis number', (mwp, citeproc) => [
    mwp.replace(/ \(Publication No\. (\d+)\) \[(Doctoral dissertation|Master’s thesis)(?:, ([^\]]+))?\]/,
                (_, n, genre, university) => ` (${genre.replace('dissertation', 'Dissertation').replace('thesis', 'Thesis')} No. ${n}${university ? `, ${university}` : ''})`),
    citeproc]],
  // APA: "[Doctoral dissertation, University]." for a thesis with no database.
  ['thesis without a database', (mwp, citeproc) => [
    mwp.replace(/ \[([A-Z][^\],]*(?:dissertation|thesis)), ([^\]]+)\]\.$/, ' [$1]. $2.'), citeproc]],
  // APA: "In *Proceedings of ...* (pp. 1–10). Publisher."; apa.csl writes a
  // paper in proceedings as a periodical article.
  ['proceedings paper', (mwp, citeproc) => [
    mwp.replace(/ In ([^(]*?) \((?:Vol\. ([^,]+), )?pp\. ([^)]*)\)\.( [^.]*\.)?( https:|$)/,
                (m, name, volume, pages, publisher, tail) => ` ${name}, ${volume ? `${volume}, ` : ''}${pages}.${tail}`)
      // With the paper's number, "(Article 34)", which apa.csl leaves out.
      .replace(/ In (Proceedings [^(]*?) \(Article [^)]*\)\.( [^.]*\.)?( https:|$)/, ' $1.$3')
      // With no pages: "In Proceedings of ... Conference. Publisher. https://…".
      .replace(/ In (Proceedings [^.]*)\.( [^.]*\.)?( https:|$)/, ' $1.$3'),
    citeproc]],
  // More than 20 authors: APA lists 19, an ellipsis and the last; CSL-JSON
  // cannot say that names are left out, so apa.csl joins the names it has.
  ['left-out authors', (mwp, citeproc) => [mwp.replace(/, … /, ', & '), citeproc]],
  // APA: "Wilkinson, L., & Task Force on Statistical Inference."; apa.csl
  // leaves out the comma before "&" when the second of two authors is a group.
  ['group as second author', (mwp, citeproc) => [mwp.replace(/^([^,(]+, (?:[A-Z][a-z]?\.[- ]?)+), & (?![^,(]+, [A-Z]\.)/, '$1 & '), citeproc]],
  // A preprint's or report's full date as written; apa.csl writes only the
  // year of an "article" or a "report".
  ['date of a preprint or report', (mwp, citeproc) => [mwp.replace(/\((\d{4}), [A-Z][a-z]+( \d{1,2})?\)/,
                                                    (date, year) => (citeproc.includes(`(${year}).`) ? `(${year})` : date)),
                                        citeproc]],
  // A retrieval date the writer gave for a dated page; apa.csl writes one only
  // for a work without a date.
  ['retrieval date of a dated page', (mwp, citeproc) => [citeproc.includes(' Retrieved ') ? mwp : mwp.replace(/ Retrieved [A-Z][a-z]+ \d{1,2}, \d{4}, from /, ' '), citeproc]],
  // APA writes the creators' role, "Glass, I. (Host).", "Dhami, M. K.
  // (Chair).", and a handle, "Mind [@MindCharity].", "Blevins, T. [Ninja]."; apa.csl prints neither
  // (it has no host or chair role, and CSL-JSON no handle).
  ['role or handle after the creators', (mwp, citeproc) => [mwp.replace(/^([^(]*?) (\((Host|Hosts|Writer|Writers|Producer|Producers|Executive Producers?|Narrator|Interviewer|Speaker|Presenter|Creators?|Writer & Director|Chairs?)\)|\[@[^\]]+\]|\[[a-z0-9_-]+\]|\[[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*\])\./, (_, names) => (names.endsWith('.') ? names : `${names}.`)), citeproc]],
  // APA: "Amusement park (No. 443) [Audio podcast episode]."; apa.csl joins
  // an episode's number to its genre: "(Audio Podcast Episode No. 443)".
  // Its genre is compared without case: apa.csl capitalises each word.
  ['episode number', (mwp, citeproc) => [mwp.replace(/\) \[([A-Za-z ]+ episode)\]\./i, (_, genre) => `) [${genre.toLowerCase()}].`),
                                         citeproc.replace(/ \(([A-Z][A-Za-z ]*? Episode) No\. ([^)]+)\)\./, (_, genre, n) => ` (No. ${n}) [${genre.toLowerCase()}].`)]],
  // APA: "(Version 4.3.1)"; apa.csl writes "Version" only before a number it
  // reads as numeric, and "4.3.1" is not one.
  ['software version', (mwp, citeproc) => [mwp.replace(/ \(Version ([^)]+)\)/, ' ($1)'), citeproc]],
  // A work with a version and no kind written, "Sleep-EDF Database Expanded
  // (Version 1.0.0).": apa.csl calls every such work "[Computer software]".
  ['kind of a work with a version', (mwp, citeproc) => [mwp, citeproc.replace(/ \(([^)]+)\) \[Computer software\]/, (m, version) => (mwp.includes(` (${version}). `) ? ` (${version})` : m))]],
  // APA: "Lemons (Season 3, Episode 12) [TV series episode]. In K. Barris
  // (Executive Producers), *Black-ish*."; apa.csl has no season and prints no
  // series producers.
  ['episode season and producers', (mwp, citeproc) => [mwp.replace(/ \(Season \d+, Episode (\d+)\)/, ' (No. $1)').replace(/ In [^(]*?\((Executive Producers?|Producers?|Hosts?)\), /, ' In '), citeproc]],
  // A U.K. act, "Mental Health Act 1983, c. 20.", and a section of one,
  // "Serious Crime Act 2015, c. 9, s. 76."; apa.csl writes every law as a
  // U.S. statute.
  ['U.K. act', (mwp, citeproc) => [mwp, citeproc.replace(/, Pub\. L\. No\. ((?:c\.|asp|anaw|nia) \d+(?:, s\. \d+)?) \(\d{4}\)\./, ', $1.')]],
  // apa.csl title-cases a periodical's name word by word as English, and
  // capitalises the small words of other languages: "Zeitschrift Für
  // Psychologie", "Anuario de Psicología Clínica y de La Salud". (Not a
  // title's first word: "(2003). De l’« habilitation »".)
  ['small words of another language', (mwp, citeproc) => [mwp, citeproc.replace(/(?<![.:?!]) (Für|De|La|Las|Los|Del|Y|Und|Der|Die|Das|Des|Du|Et|Di|Da|Do|Dos|Em|En) /g, (m, word) => (mwp.includes(` ${word.toLowerCase()} `) ? ` ${word.toLowerCase()} ` : m))],
    (run) => run.replace(/ (Für|De|La|Las|Los|Del|Y|Und|Der|Die|Das|Des|Du|Et|Di|Da|Do|Dos|Em|En) /g, (m, word) => ` ${word.toLowerCase()} `)],
  // A periodical named in French, Spanish, Portuguese or Italian keeps its
  // own language's case, "Revue européenne de psychologie appliquée";
  // apa.csl title-cases it as English.
  ['periodical in its own language\'s case', (mwp, citeproc) => {
    const found = mwp.match(/\. ([^.]*?(?:iques?|ales|aines?|ennes?|ées?|ologia|ología)\b[^.]*?), \d/);
    const at = found ? citeproc.toLowerCase().indexOf(found[1].toLowerCase()) : -1;
    return at < 0 ? [mwp, citeproc] : [mwp, citeproc.slice(0, at) + found[1] + citeproc.slice(at + found[1].length)];
  }, (run, ours) => ours.find((own) => own.toLowerCase() === run.toLowerCase()) ?? run],
  // APA: "In R. W. Rieber (Ed.), *Book* (N. Minick, Trans.; pp. 39–285)";
  // apa.csl joins a chapter's translator to its book's editors: "(Eds.), &
  // N. Minick (Trans.), *Book*".
  ['translator of a chapter', (mwp, citeproc) => (/\), & ([^()]*?) \(Trans\.\), /.test(citeproc)
    ? [mwp.replace(/ \(([^()]*?), Trans\.; /, ' ('), citeproc.replace(/\), & ([^()]*?) \(Trans\.\), /, '), ')]
    : [mwp, citeproc])],
  // A Canadian statute, "Mental Health Act, R.S.O. 1990, c. M.7.", and an
  // Australian act, "Mental Health Act 2014 (Vic).": apa.csl writes them as
  // U.S. statutes too.
  // A New Zealand act by its name and year alone, "Inquiries Act 2013.";
  // apa.csl writes the year again: "Inquiries Act 2013, (2013).".
  // A South African act by its number of its year: "Domestic Violence Act 116
  // of 1998 (South Africa).".
  ['act by its name and year', (mwp, citeproc) => [mwp, citeproc.replace(/ Act (\d+ of )?(\d{4})( \([^)]*\))?, \(\2\)\./, ' Act $1$2$3.')]],
  ['Canadian or Australian act', (mwp, citeproc) => [mwp, citeproc.replace(/, Pub\. L\. No\. (c\. \S+), (\S+) \((\d{4})\)\./, ', $2 $3, $1.').replace(/ \((Cth|Vic|NSW|Qld|SA|WA|Tas|NT|ACT)\), \(\d{4}\)\./, ' ($1).')]],
  // Pages with an eLocator, "465.e1–465.e7": APA joins them with an en dash,
  // citeproc-js keeps the hyphen of a range it does not read as numbers.
  ['eLocator pages', (mwp, citeproc) => [mwp, citeproc.replace(/(\d+(?:\.e\d+)?)-(\d+\.e\d+)/, '$1–$2')]],
  // APA: a thesis's translated title before its kind: "*Title* [Translated
  // title] [Doctoral dissertation, University]."; apa.csl joins the two in one
  // bracket (the university after it is "thesis without a database").
  ['translated title of a thesis', (mwp, citeproc) => [mwp, citeproc.replace(/ \[([^\];]*(?:dissertation|thesis)); ([^\]]+)\]\./, ' [$2] [$1].')]],
  // An Irish act as the Irish Statute Book cites it, "Mental Health Act 2001
  // (No. 25 of 2001)."; apa.csl writes every statute as a U.S. one.
  ['Irish act', (mwp, citeproc) => [mwp, citeproc.replace(/, Pub\. L\. No\. (\d+ of (\d{4})) \(\2\)/, ' (No. $1)')]],
  // A report's edition and number in the order written, "(2nd ed., College
  // Report CR189)"; apa.csl puts the number first.
  ['edition and number of a report', (mwp, citeproc) => [mwp, citeproc.replace(/\(([^();]+); (\d+(?:st|nd|rd|th) ed\.)\)/, '($2, $1)')]],
  // APA: a volume's part, "(Vol. 9, Pt. 1)"; apa.csl reads a volume with a
  // comma as several: "Vols. 9, Pt. 1".
  ['part of a volume', (mwp, citeproc) => [mwp, citeproc.replace(/Vols\. (\d+), Pt\. /, 'Vol. $1, Pt. ')]],
  // citeproc-js capitalises a site's or periodical's name after its period:
  // "HelpGuide.Org", "EFDeportes.Com", "Gov.Scot".
  ['site name with a domain', (mwp, citeproc) => [mwp, citeproc
    .replace(/\.(Org|Com|Net|Info|Gov)\b/, (m) => m.toLowerCase())
    .replace(/\b[A-Z][a-z]*\.[A-Z][a-z]+\b/g, (m) => (mwp.includes(m.toLowerCase()) ? m.toLowerCase() : m))],
    (run) => run.replace(/\.(Org|Com|Net|Info|Gov)\b/, (m) => m.toLowerCase())],
  // apa.csl sets a web page's site in title case; APA 7 writes the site's
  // name as the site does: "NHS website", "NHS inform".
  ['site name as the site writes it', (mwp, citeproc) => {
    const site = /\. ([^.,0-9]+)\. (?=Retrieved |https?:\/\/)/;
    const ours = mwp.match(site);
    const theirs = citeproc.match(site);
    if (!ours || !theirs || ours[1].toLowerCase() !== theirs[1].toLowerCase()) return [mwp, citeproc];
    return [mwp, citeproc.replace(theirs[0], ours[0])];
  }],
  // A role after each creator, "Brooker, C. (Writer), & Bathurst, O.
  // (Director).", which CSL-JSON cannot hold.
  ['role after each creator', (mwp, citeproc) => [mwp.replace(/^(?:[^(]*?\([A-Z][a-zA-Z-]+\), )+&[^(]*?\([A-Z][a-zA-Z-]+\)\./, (names) => names.replace(/ \([A-Z][a-zA-Z-]+\)/g, '').replace(/\.\.$/, '.')), citeproc]],
  // APA: "(ICPSR 35531; Version V3) [Data set]"; apa.csl puts the genre
  // before a data set's number: "(Data Set ICPSR 35531; Version V3)".
  ['data set number', (mwp, citeproc) => [mwp, citeproc.replace(/ \(Data Set ([^;)]+)(; [^)]*)?\)/, ' ($1$2) [Data set]')]],
  // apa.csl capitalises each word of a report's genre: "(NICE Guideline No. NG87)".
  // (An episode's genre is another difference, below.)
  ['genre case', (mwp, citeproc) => [mwp.replace(/\(([A-Za-z -]+) No\. /, (m, genre) => (/episode/i.test(genre) ? m : `(${genre.toLowerCase()} No. `)),
                                     citeproc.replace(/\(([A-Za-z -]+) No\. /, (m, genre) => (/episode/i.test(genre) ? m : `(${genre.toLowerCase()} No. `))]],
  // A title's single quotation marks as written ("Don’t ‘iTune’ us");
  // citeproc-js makes the outer ones double, with a period after them inside.
  ['quotation marks in a title', (mwp, citeproc) => [mwp, citeproc.replace(/“([^”]*?)(\.?)”/g, (m, inner, stop) => (mwp.includes(`‘${inner}’${stop}`) ? `‘${inner}’${stop}` : m))],
    (run) => run.replace(/“([^”]*?)(\.?)”/g, '‘$1’$2')],
  // A journal whose name begins in lower case, "npj Digital Medicine";
  // citeproc-js capitalises its first letter.
  ['journal named in lower case', (mwp, citeproc) => [mwp, citeproc.replace(/\bNpj /, (m) => (mwp.includes(' npj ') ? 'npj ' : m))],
    (run) => run.replace(/^Npj /, 'npj ')],
  // citeproc-js capitalises a letter before a hyphen in a journal's name: "e-Journal".
  ['letter before a hyphen', (mwp, citeproc) => [mwp.replace(/\b([a-z])-([A-Z])/g, (m, letter, next) => (citeproc.includes(`${letter.toUpperCase()}-${next}`) ? `${letter.toUpperCase()}-${next}` : m)), citeproc]],
  // APA writes "§§" and an en dash in a range of a code's sections,
  // "§§ 1901–1963"; apa.csl one "§" and the range as the field holds it.
  ['sections of a code', (mwp, citeproc) => [mwp.replace(/§§ (\d+)–(\d+)/, '§ $1-$2').replace(/§§ /, '§ '), citeproc]],
  // A volume in roman numerals, "(Vol. XX, pp. 75–175)"; apa.csl joins a
  // volume that is not a number to the book's title, in its italics: ": Vol. XX".
  ['volume in roman numerals',
   (mwp, citeproc) => [mwp, citeproc.replace(/: Vol\. ([IVXLCDM]+) \(pp\. ([^)]*)\)/, ' (Vol. $1, pp. $2)')],
   (run) => run.replace(/: Vol\. [IVXLCDM]+$/, '')],
  // A series still running, "(2019–present)"; CSL-JSON has no open date, and
  // apa.csl writes the year.
  ['series still running', (mwp, citeproc) => [mwp.replace(/\((\d{4})–present\)/, '($1)'), citeproc]],
  // citeproc-js turns superscript characters into markup: "I²" becomes
  // I<sup>2</sup>, and a trade mark's sign "™" becomes <sup>TM</sup>.
  ['superscript', (mwp, citeproc) => [mwp.replace(/²/g, '2').replace(/™/g, 'TM'), citeproc]],
  // APA 7 writes a title's translation right after the title, "*Saúde
  // mental* [Mental health] (Cadernos No. 34)"; apa.csl writes it after the
  // details, or in the genre's brackets: "(SUF_1.0) [Data set; Translation]".
  ['translated title before the details', (mwp, citeproc) => [mwp, citeproc
    .replace(/ (\([^)]*\)) \[([^\];]+); ([^\]]+)\]/, (m, details, kind, title) => (mwp.includes(` [${title}] `) ? ` [${title}] ${details} [${kind}]` : m))
    .replace(/ (\([^)]*\)) \[([^\]]+)\]/, (m, details, title) => (mwp.includes(` [${title}] ${details}`) ? ` [${title}] ${details}` : m))]],
  // "1.º relatório" as written; citeproc-js writes the ordinal's "º" as "o".
  ['ordinal as written', (mwp, citeproc) => [mwp, citeproc
    .replace(/(\d)\.o /g, (m, digit) => (mwp.includes(`${digit}.º `) ? `${digit}.º ` : m))],
    (run) => run.replace(/(\d)\.o /g, '$1.º ')],
  // A work with no author: APA 7 keeps the description with the title that
  // stands first, "Title [Audio podcast episode]. (2023, June 2).", and its
  // details too, "ELAN (Version 6.4) [Computer software]. (2022).";
  // apa.csl puts the description after the date.
  ['description of a title standing first', (mwp, citeproc) => [
    mwp.replace(/^([^[]+?) \[([^\]]+)\]\. (\([^)]*\)\.) /, '$1. $3 [$2]. '), citeproc]],
  // APA 7 writes a journal article's description after its title,
  // "[Supplemental material]"; apa.csl writes none for an article.
  ['description of an article', (mwp, citeproc) => [mwp.replace(/ \[([A-Z][A-Za-z0-9 ]+)\](?=\. )/, (m, description) => (citeproc.includes(`[${description}]`) ? m : '')), citeproc]],

];

function explained(ours, theirs) {
  let [mwp, citeproc] = [ours, theirs];
  const used = [];
  if (mwp === citeproc) return used;
  for (const [name, undo] of KNOWN_DIFFERENCES) {
    const [m, c] = undo(mwp, citeproc);
    if (m !== mwp || c !== citeproc) used.push(name);
    [mwp, citeproc] = [m, c];
    if (mwp === citeproc) return used;
  }
  return null;
}

// Whether the italics differ only as the known differences `used` explain:
// each applied to our italic runs, and for a paper in proceedings, which
// apa.csl writes as a periodical's article, without its italic volume.
function italicsExplained(ours, theirs, used, citeprocText) {
  const undo = new Map(KNOWN_DIFFERENCES.map(([name, texts]) => [name, texts]));
  const runs = new Map(KNOWN_DIFFERENCES.map(([name, , run]) => [name, run]));
  const mine = ours.map((run) => used.reduce((text, name) => undo.get(name)(text, citeprocText)[0], run));
  let other = used.includes('proceedings paper') ? theirs.filter((run) => !/^\d+$/.test(run)) : theirs;
  for (const name of used) if (runs.get(name)) other = other.map((run) => runs.get(name)(run, ours));
  return JSON.stringify(mine) === JSON.stringify(other);
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  let output;
  try {
    output = execFileSync(options.formatter, options.rest, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (error) {
    console.error(`mwp_cite_format failed (status ${error.status}): the inputs have errors`);
    output = error.stdout;
    process.exitCode = 1;
  }
  const items = JSON.parse(output);
  const citeproc = makeCiteproc();
  let exact = 0;
  const known = new Map();
  for (const [index, item] of items.entries()) {
    // APA 7's retraction notice after the DOI, which CSL-JSON has no place for.
    const notice = / \(Retraction published [^)]*\)$/;
    const retracted = notice.test(item.text);
    const ours = analyse(item.html.replace(/ \(Retraction published [\s\S]*\)$/, ''));
    const oursText = normalise(item.text.replace(notice, ''));
    if (retracted) known.set('retraction notice', (known.get('retraction notice') || 0) + 1);
    const theirs = analyse(citeproc(item.csl, `item${index}`));
    const same = ours.text === theirs.text && oursText === theirs.text &&
      JSON.stringify(ours.italics) === JSON.stringify(theirs.italics);
    if (same) { exact++; continue; }
    const found = oursText === ours.text ? explained(ours.text, theirs.text) : null;
    const reasons = found && italicsExplained(ours.italics, theirs.italics, found, theirs.text) ? found : null;
    if (reasons) {
      exact++;
      for (const reason of reasons) known.set(reason, (known.get(reason) || 0) + 1);
      continue;
    }
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
  for (const [reason, count] of known) console.log(`  of which ${count} differ only by a known difference: ${reason}`);
  if (items.length === 0 || share < options.minShare) process.exitCode = 1;
}

main();

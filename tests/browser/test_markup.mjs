// Peer check of the built markup: every HTML page of the bundled site passes the
// Nu HTML Checker (vnu.jar --errors-only) with zero errors, as do the theme's
// CSS and SVG files; sitemap.xml and feed.xml are well-formed XML (python3
// xml.etree), a sitemap urlset and an Atom feed listing every article.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {articles, budget, buildSite, fileOf, htmlPages, options, Report} from './harness.mjs';

budget(220);
const opts = options();
const report = new Report();
const {out} = buildSite(opts);
const pages = htmlPages(out);
report.check(pages.length >= 10, `built ${pages.length} HTML pages`);

// The theme's stylesheets and SVG icons are checked with the pages.
const styles = fs.readdirSync(path.join(out, 'assets'))
                   .filter((f) => /\.(css|svg)$/.test(f))
                   .map((f) => path.join(out, 'assets', f));
report.check(styles.length > 0, `${styles.length} stylesheets and SVG files in assets/`);
const files = [...pages.map((p) => fileOf(out, p)), ...styles];
const vnu = spawnSync(
    'java',
    [
      '-jar',
      path.join(opts.root, 'node_modules/vnu-jar/build/dist/vnu.jar'),
      '--errors-only',
      '--also-check-css',
      '--also-check-svg',
      '--format',
      'json',
      ...files,
    ],
    {encoding: 'utf8', timeout: 150000, maxBuffer: 64 << 20},
);
let messages = null;
try {
  messages = JSON.parse(vnu.stderr || vnu.stdout).messages;
} catch {
  report.check(false, 'vnu.jar ran', `exit ${vnu.status}: ${vnu.stderr}${vnu.stdout}`);
}
if (messages) {
  const byPage = new Map(files.map((f) => [f, []]));
  const stray = [];
  for (const m of messages) {
    const file = decodeURIComponent((m.url || '').replace(/^file:/, ''));
    const text = `${m.type}${m.subType ? '/' + m.subType : ''} line ${m.lastLine}: ${m.message}` +
        (m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : '');
    (byPage.get(file) || stray).push(text);
  }
  for (const f of files) report.none(byPage.get(f), `vnu ${path.relative(out, f)}`);
  report.none(stray, 'vnu messages not tied to a page');
}

// Well-formedness and shape of the XML feeds, checked by python3's xml.etree.
const xmlCheck = `
import sys, xml.etree.ElementTree as ET
out, expected = sys.argv[1], int(sys.argv[2])
A = '{http://www.w3.org/2005/Atom}'
S = '{http://www.sitemaps.org/schemas/sitemap/0.9}'
def line(ok, what): print(('ok   ' if ok else 'FAIL ') + what)
try:
    root = ET.parse(out + '/sitemap.xml').getroot()
    line(True, 'sitemap.xml is well-formed XML')
    line(root.tag == S + 'urlset', 'sitemap.xml root is a sitemaps.org urlset, got ' + root.tag)
    locs = [u.findtext(S + 'loc') or '' for u in root.findall(S + 'url')]
    line(len(locs) >= expected and all(l.startswith('https://') for l in locs),
         'sitemap.xml lists %d absolute URLs (articles: %d)' % (len(locs), expected))
except ET.ParseError as e:
    line(False, 'sitemap.xml is well-formed XML: %s' % e)
try:
    root = ET.parse(out + '/feed.xml').getroot()
    line(True, 'feed.xml is well-formed XML')
    line(root.tag == A + 'feed', 'feed.xml root is an Atom feed, got ' + root.tag)
    for tag in ('id', 'title', 'updated'):
        line(bool(root.findtext(A + tag)), 'feed.xml has <%s>' % tag)
    line(root.find(A + 'link[@rel="self"]') is not None, 'feed.xml has a rel=self link')
    entries = root.findall(A + 'entry')
    line(len(entries) == expected, 'feed.xml has %d entries (articles: %d)' % (len(entries), expected))
    for e in entries:
        missing = [t for t in ('id', 'title', 'updated') if not e.findtext(A + t)]
        if e.find(A + 'link') is None: missing.append('link')
        line(not missing, 'feed entry %s has id, title, updated, link%s' %
             (e.findtext(A + 'id'), ' (missing %s)' % missing if missing else ''))
except ET.ParseError as e:
    line(False, 'feed.xml is well-formed XML: %s' % e)
`;
const xml = spawnSync('python3', ['-c', xmlCheck, out, String(articles(opts.root).length)], {
  encoding: 'utf8',
  timeout: 30000,
});
report.check(xml.status === 0, 'python3 xml check ran', xml.stderr);
for (const l of xml.stdout.split('\n').filter(Boolean)) {
  const ok = l.startsWith('ok   ');
  report.check(ok, l.slice(5).trim());
}
report.finish();

#!/usr/bin/env python3
"""Integration test of `mwp import` / `mwp export` on the two seeds.

For each seed: copy the bundled site to a temp folder, import the seed,
`mwp check` it, `mwp build` the site, and check that every heading,
paragraph, FAQ question, answer and reference of the seed appears in the
built article page as its own block of text, in the seed's order, identical
after normalising white space and quotes, with no invented prose between
them. Then `mwp export --text` must give back the seed. Bad inputs must be
refused with a diagnostic naming the file and nothing written.

The seeds are read from the shared folder; mutated copies live only in the
temp folder.
"""
import argparse
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "}
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "dt", "dd", "td", "th",
          "figcaption", "blockquote"}
FAILURES = []


def normalise(text):
    for curly, straight in QUOTES.items():
        text = text.replace(curly, straight)
    return re.sub(r"\s+", " ", text).strip()


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message)


def run(*args, expect=None):
    result = subprocess.run(args, capture_output=True, text=True)
    if expect is not None and result.returncode != expect:
        check(False, f"{' '.join(map(str, args))} exited {result.returncode}, not {expect}:\n"
                     f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


class BlockText(html.parser.HTMLParser):
    """The text of every block element inside <main>, innermost blocks first-class."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth_main = 0
        self.stack = []
        self.blocks = []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.depth_main += 1
        if self.depth_main and tag in BLOCKS:
            self.stack.append([])

    def handle_endtag(self, tag):
        if self.depth_main and tag in BLOCKS and self.stack:
            text = normalise("".join(self.stack.pop()))
            if text:
                self.blocks.append(text)
        if tag == "main":
            self.depth_main -= 1

    def handle_data(self, data):
        if self.depth_main and self.stack:
            self.stack[-1].append(data)


def seed_pieces(text):
    """Headings, paragraphs, questions, answers and references of a seed, in order,
    without the breadcrumb and the review line (the page words those its own way)."""
    lines = [normalise(l) for l in text.replace("\r\n", "\n").split("\n")]
    spaced = "\n\n" in text.replace("\r\n", "\n")
    if spaced:
        blocks, current = [], []
        for line in lines + [""]:
            if line:
                current.append(line)
            elif current:
                blocks.append(current)
                current = []
    else:
        blocks = [[l] for l in lines if l]
    pieces = []
    for block in blocks:
        if len(block) > 1 and all(re.match(r"^(\d+\.|-) ", l) for l in block):
            pieces.extend(block)  # a source list: one reference per line
        else:
            pieces.append(" ".join(block))
    pieces = [re.sub(r"^(\d+\.|-) ", "", p) for p in pieces]
    out = []
    for i, piece in enumerate(pieces):
        if piece.startswith("Last reviewed"):
            continue
        if i == 0 and pieces[2].startswith("Last reviewed"):
            continue  # the breadcrumb
        out.append(piece)
    return out


# What the page may add after a reference: its DOI or URL as a link, back-links to
# the citations ("↩", "↩1 ↩2") and the link to the works page.
REFERENCE_EXTRAS = re.compile(r"https?://\S+|↩\d*|All articles citing this")


def is_piece(block, piece):
    if block == piece:
        return True
    return block.startswith(piece + " ") and not REFERENCE_EXTRAS.sub("", block[len(piece):]).strip()


def match_in_order(pieces, blocks, allowed_extras):
    """Every piece is a block of its own (a reference may be followed by its link and
    back-links), in order; the blocks between them are the site's own text (the review
    line, the template's sources note) or short labels, never prose of their own."""
    i, first, last = 0, None, None
    extras = []
    for index, block in enumerate(blocks):
        if i < len(pieces) and is_piece(block, pieces[i]):
            first = index if first is None else first
            last = index
            i += 1
        elif first is not None and i < len(pieces):
            extras.append(block)
    check(i == len(pieces), f"piece {i} not found in order: {pieces[i] if i < len(pieces) else ''!r}")
    invented = [e for e in extras
                if len(e) >= 60 and e not in allowed_extras and not e.startswith("Last reviewed")]
    check(not invented, f"text on the page that the seed does not have: {invented[:3]}")
    return i


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mwp", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--shared", required=True)
    args = parser.parse_args()
    mwp = args.mwp
    temp = tempfile.mkdtemp(prefix="mwp-import-it-")
    try:
        site = os.path.join(temp, "site")
        shutil.copytree(os.path.join(args.source, "site"), site)
        for folder, title in (("men-women", "Men & Women"),
                              ("men-women/emotions-and-feelings", "Emotions and Feelings"),
                              ("men-women/communication", "Communication")):
            index = os.path.join(site, "content", folder, "_index.md")
            if not os.path.exists(index):
                os.makedirs(os.path.dirname(index), exist_ok=True)
                with open(index, "w") as f:
                    f.write(f"---\ntitle: {title}\n---\n")
        inputs = os.path.join(temp, "in")
        os.makedirs(inputs)
        seeds = {
            "emotional-numbness.txt": (["--date", "2026-01-02"], "men-women/emotions-and-feelings",
                                       ["--layout", "spaced", "--list", "numbered"]),
            "why-men-struggle-to-open-up.txt": (["--category", "men-women/communication"],
                                                "men-women/communication",
                                                ["--layout", "compact", "--list", "bulleted",
                                                 "--no-breadcrumb"]),
        }
        texts = {}
        for name, (options, _, _) in seeds.items():
            with open(os.path.join(args.shared, "seeds", name), encoding="utf-8") as f:
                texts[name] = f.read()
            path = os.path.join(inputs, name)
            shutil.copyfile(os.path.join(args.shared, "seeds", name), path)
            result = run(mwp, "import", path, "--site", site, *options, expect=0)
            check("wrote" in result.stdout, f"import reports what it wrote: {result.stdout!r}")

        # An imported seed passes `mwp check` with no error.
        result = run(mwp, "check", "--site", site, "--format", "json")
        report = json.loads(result.stdout or "{}")
        for d in report.get("diagnostics", []):
            if d.get("severity") == "error" and any(n[:-4] in d.get("path", "") for n in seeds):
                check(False, f"mwp check: {d}")

        out = os.path.join(temp, "public")
        run(mwp, "build", "--site", site, "--out", out, expect=0)
        with open(os.path.join(site, "site.yaml"), encoding="utf-8") as f:
            note = re.search(r"note: >-\n((?:      .*\n)+)", f.read())
        template_note = normalise(re.sub(r"\[([^]]*)\]\([^)]*\)", r"\1", note.group(1))) if note else ""
        for name, (_, category, export_options) in seeds.items():
            slug = name[:-4]
            page = os.path.join(out, category, slug, "index.html")
            check(os.path.exists(page), f"{page} was built")
            if os.path.exists(page):
                blocks = BlockText()
                with open(page, encoding="utf-8") as f:
                    blocks.feed(f.read())
                pieces = seed_pieces(texts[name])
                found = match_in_order(pieces, blocks.blocks, {template_note})
                print(f"{name}: {found}/{len(pieces)} pieces in order on the page")
            article = os.path.join(site, "content", category, slug + ".md")
            result = run(mwp, "export", "--text", article, "--site", site, *export_options,
                         expect=0)
            want = texts[name].replace("\r\n", "\n").rstrip() + "\n"
            check(result.stdout == want, f"export of {name} gives back the seed")
            if result.stdout != want:
                got = result.stdout.splitlines()
                for i, line in enumerate(want.splitlines()):
                    if i >= len(got) or got[i] != line:
                        print(f"  first difference at line {i + 1}:\n  want {line!r}\n  got  "
                              f"{got[i] if i < len(got) else None!r}")
                        break

        # Re-import refuses to overwrite; --force does.
        path = os.path.join(inputs, "emotional-numbness.txt")
        result = run(mwp, "import", path, "--site", site, expect=1)
        check("article-exists" in result.stderr, "a second import reports article-exists")
        run(mwp, "import", path, "--site", site, "--force", expect=0)

        # Bad inputs: a diagnostic naming the file, status 1, nothing written.
        seed = texts["emotional-numbness.txt"]
        bad = {
            "empty.txt": b"",
            "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "latin1.txt": seed.replace("\u2014", "-").encode("latin-1", "replace").replace(b"?", b"\xe9"),
            "no-title.txt": seed.replace(seed.split("\n")[2] + "\n", "", 1).encode(),
            "no-answer.txt": re.sub(r"(What does emotional numbness actually mean\?\n\n)[^\n]*\n\n",
                                    r"\1", seed).encode(),
            "unknown-section.txt": seed.replace("The mechanism\n", "Background\n\nHow it began\n\n"
                                                "A paragraph.\n\nThe mechanism\n", 1).encode(),
            "missing-section.txt": re.sub(r"Where it varies\n.*?(?=Questions people ask)", "", seed,
                                          flags=re.S).encode(),
            "bad-category.txt": seed.replace("Men & Women Emotions and Feelings",
                                             "Lifestyle Wellness", 1).encode(),
        }
        before = sorted(os.path.relpath(os.path.join(d, f), site)
                        for d, _, fs in os.walk(os.path.join(site, "content")) for f in fs)
        paths = []
        for name, data in bad.items():
            paths.append(os.path.join(inputs, name))
            with open(paths[-1], "wb") as f:
                f.write(data)
        good = os.path.join(inputs, "good-one.txt")
        shutil.copyfile(os.path.join(inputs, "emotional-numbness.txt"), good)
        result = run(mwp, "import", *paths, good, "--site", site, "--format", "json", expect=1)
        report = json.loads(result.stdout or "{}")
        statuses = {os.path.basename(r["input"]): r["status"] for r in report.get("results", [])}
        for name in bad:
            check(statuses.get(name) == "failed", f"{name} is reported failed: {statuses.get(name)}")
            check(any(d["path"].endswith(name) and d["severity"] == "error"
                      for d in report.get("diagnostics", [])), f"{name} has an error diagnostic")
        check(statuses.get("good-one.txt") == "imported", "the good file of the batch is written")
        after = sorted(os.path.relpath(os.path.join(d, f), site)
                       for d, _, fs in os.walk(os.path.join(site, "content")) for f in fs)
        added = sorted(set(after) - set(before))
        check(added == ["content/men-women/emotions-and-feelings/good-one.md"],
              f"only the good file is written, and no temp files: {added}")
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    if FAILURES:
        print(f"{len(FAILURES)} failure(s)")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

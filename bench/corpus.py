#!/usr/bin/env python3
"""Deterministic benchmark corpus: the same N articles as an mwp site and a Hugo site.

    python3 bench/corpus.py --articles 1000 --out /tmp/corpus-1000 [--seed 1]

writes OUT/mwp (an mwp site: site.yaml, theme and bibliography copied from the bundled
site/, five categories, standalone pages, N articles) and OUT/hugo (a Hugo site with the
same Markdown and the templates in bench/hugo/). Same arguments, same bytes: prose comes
from a fixed word list through random.Random(seed). Python standard library only.

Every article follows the bundled template: six sections (written under the kicker or
the heading), 4-6 FAQ questions, 4-6 `[@key]` research sources from site/bibliography.json,
and narrative and parenthetical citations of each source in the prose, so that
`mwp check` reports nothing.
"""

import argparse
import datetime
import json
import pathlib
import random
import shutil
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
HUGO_TEMPLATES = REPO / "bench" / "hugo"

# Lower-case content words. None is an author name in the bibliography, a month or a
# weekday, so capitalised sentence starts are never read as citations.
WORDS = """
ability absence account action adult affect agreement anger answer anxiety approach
argument attention attitude average awareness balance behaviour belief benefit bias
body bond boundary calm capacity care career change child choice closeness comfort
comment commitment community comparison concern conflict confidence connection context
control conversation coping couple courage culture curiosity daily decision demand
desire detail difference difficulty discomfort distance distress effect effort emotion
empathy energy environment evening evidence example expectation experience explanation
expression face failure fairness family fear feeling finding focus friend friendship
frustration future gap gesture goal gratitude group growth guilt habit happiness
health help history home honesty hope household humour idea identity impact impulse
income individual influence insight interest interpretation intimacy job joy judgment
kindness knowledge language laughter learning level life limit listening loneliness
loss love meaning measure memory message method mind mistake moment mood motivation
need network norm note observation opinion opportunity outcome overlap pain parent
partner pattern peer perception person perspective place plan point practice pressure
pride problem process progress question reaction reason reassurance recovery
reflection relationship relief report request resilience respect response rest result
risk role routine sadness safety sample scale school security sense shame sharing
signal silence situation skill sleep society space speech standard status story
strain strength stress study style success support surprise task teacher tendency
tension theme thought time tone trait trust truth understanding value view voice
warmth weight wellbeing willingness word work worry
often rarely usually sometimes gradually quietly openly clearly carefully slowly
early later together apart always also still even perhaps mostly largely partly
shapes reflects predicts changes follows supports reduces increases explains softens
invites protects reveals builds weakens guides frames tests sustains matches eases
small large modest strong weak common rare steady brief lasting close distant
personal social private public similar different useful careful honest gentle
""".split()

LINKS = "and but while because although so yet or when since".split()

QUESTION_STARTS = ["Why does", "How does", "What does", "Is", "Can", "Does", "When does"]

CATEGORIES = [
    ("emotions", "Emotions", "How feelings arise, change and are expressed."),
    ("communication", "Communication", "How people talk, listen and disclose."),
    ("relationships", "Relationships", "Attraction, conflict and lasting bonds."),
    ("stress", "Stress and Coping", "How people meet pressure and recover from it."),
    ("work-and-family", "Work and Family", "Roles, care and the balance between them."),
]


def sentence(rng, low=8, high=20):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    if len(words) > 9 and rng.random() < 0.5:
        middle = len(words) // 2
        words.insert(middle, rng.choice(LINKS))
        words[middle - 1] += ","
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def title_words(rng, low, high):
    return " ".join(w.capitalize() for w in (rng.choice(WORDS) for _ in range(rng.randint(low, high))))


def narrative(ref):
    names = ref["names"]
    if len(names) == 1:
        return f"{names[0]} ({ref['year']})"
    if len(names) == 2:
        return f"{names[0]} and {names[1]} ({ref['year']})"
    return f"{names[0]} et al. ({ref['year']})"


def parenthetical(ref):
    names = ref["names"]
    if len(names) == 1:
        who = names[0]
    elif len(names) == 2:
        who = f"{names[0]} & {names[1]}"
    else:
        who = f"{names[0]} et al."
    return f"({who}, {ref['year']})"


def cited_sentence(rng, ref):
    if rng.random() < 0.6:
        return f"{narrative(ref)} found that {sentence(rng, 8, 16).lower()}"
    return sentence(rng, 10, 18)[:-1] + f" {parenthetical(ref)}."


def paragraph(rng, citations=()):
    sentences = [sentence(rng) for _ in range(rng.randint(3, 6))]
    for ref in citations:
        sentences.insert(rng.randint(0, len(sentences)), cited_sentence(rng, ref))
    return "\n".join(sentences)


def section_body(rng, target_words, citations):
    paragraphs, words = [], 0
    pending = list(citations)
    while words < target_words or pending:
        cites = [pending.pop()] if pending else []
        text = paragraph(rng, cites)
        paragraphs.append(text)
        words += len(text.split())
    return "\n\n".join(paragraphs)


def front_matter(rng, index, title):
    published = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 1800))
    reviewed = published + datetime.timedelta(days=rng.randint(30, 400))
    keywords = sorted({rng.choice(WORDS[:260]) for _ in range(rng.randint(3, 5))})
    lines = ["---", f'title: "{title}"',
             f"description: {sentence(rng, 14, 24)}",
             f"date: {published.isoformat()}", f"reviewed: {reviewed.isoformat()}",
             "keywords:"] + [f"  - {k}" for k in keywords] + ["---", ""]
    return "\n".join(lines)


def article(rng, index, template, references):
    title = f"{title_words(rng, 4, 8)} {index}"
    refs = rng.sample(references, rng.randint(4, 6))
    # Every reference is cited in one section; some twice.
    placement = {i: [] for i in range(len(template))}
    for ref in refs + rng.sample(refs, 2):
        placement[rng.randrange(len(template))].append(ref)
    parts = [front_matter(rng, index, title)]
    for i, section in enumerate(template):
        heading = section["kicker"] if rng.random() < 0.5 else section["heading"]
        parts.append(f"## {heading}\n\n{section_body(rng, rng.randint(250, 300), placement[i])}\n")
    parts.append("## Questions people ask about this\n")
    for _ in range(rng.randint(4, 6)):
        question = f"{rng.choice(QUESTION_STARTS)} {' '.join(rng.choice(WORDS) for _ in range(rng.randint(3, 7)))}?"
        cites = [rng.choice(refs)] if rng.random() < 0.3 else []
        parts.append(f"### {question}\n\n{paragraph(rng, cites)}\n")
    parts.append("## Research sources\n")
    parts.append("\n".join(f"- [@{ref['key']}]" for ref in refs) + "\n")
    return title, "\n".join(parts)


def load_references(site):
    items = json.loads((site / "bibliography.json").read_text(encoding="utf-8"))
    return [{"key": item["id"], "names": [a["family"] for a in item["author"]],
             "year": item["issued"]["date-parts"][0][0]} for item in items if item.get("author")]


def load_template(site):
    """The six sections of site.yaml's article_template, read without a YAML library."""
    sections, current = [], None
    for line in (site / "site.yaml").read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("- id:"):
            current = {"id": stripped.split(":", 1)[1].strip()}
            sections.append(current)
        elif current is not None and stripped.split(":", 1)[0] in ("kicker", "heading"):
            key, value = stripped.split(":", 1)
            current[key] = value.strip()
        elif stripped.startswith("faq:"):
            break
    return sections


def standalone(rng, title):
    body = "\n\n".join(f"## {title_words(rng, 2, 4)}\n\n{paragraph(rng)}" for _ in range(4))
    return f"---\ntitle: {title}\ndescription: {sentence(rng, 12, 20)}\nlastmod: 2025-10-07\n---\n\n{body}\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def generate(out, count, seed, source_site):
    rng = random.Random(seed)
    references, template = load_references(source_site), load_template(source_site)
    if len(template) != 6 or len(references) < 6:
        sys.exit(f"corpus: {source_site}: expected 6 template sections and 6+ works")
    mwp, hugo = out / "mwp", out / "hugo"
    for target in (mwp, hugo):
        if target.exists():
            shutil.rmtree(target)
    mwp.mkdir(parents=True)
    shutil.copy(source_site / "site.yaml", mwp / "site.yaml")
    shutil.copy(source_site / "bibliography.json", mwp / "bibliography.json")
    shutil.copytree(source_site / "theme", mwp / "theme")
    shutil.copytree(HUGO_TEMPLATES, hugo)
    shutil.copytree(source_site / "theme" / "static", hugo / "static" / "assets")

    files = {"_index.md": f"---\ntitle: Benchmark\ndescription: {sentence(rng)}\n---\n{paragraph(rng)}\n",
             "research-methodology.md": standalone(rng, "Research Methodology"),
             "editorial-team.md": standalone(rng, "Editorial Team")}
    for weight, (slug, name, description) in enumerate(CATEGORIES, 1):
        files[f"{slug}/_index.md"] = (f"---\ntitle: {name}\ndescription: {description}\n"
                                      f"weight: {weight}\n---\n{paragraph(rng)}\n")
    for index in range(1, count + 1):
        title, text = article(rng, index, template, references)
        slug = "-".join(title.lower().split())
        files[f"{CATEGORIES[index % len(CATEGORIES)][0]}/{slug}.md"] = text
    for relative, text in files.items():
        write(mwp / "content" / relative, text)
        write(hugo / "content" / relative, text)
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=pathlib.Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source-site", type=pathlib.Path, default=REPO / "site")
    args = parser.parse_args()
    files = generate(args.out, args.articles, args.seed, args.source_site)
    words = sum(len(t.split()) for t in files.values())
    print(f"wrote {len(files)} content files ({words} words) to {args.out}/mwp and {args.out}/hugo")


if __name__ == "__main__":
    main()

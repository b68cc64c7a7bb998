"""Score extractions against gold annotations (the format of docs/GOLD.md).

For every ``NAME.txt`` (or ``.html``) with a ``NAME.gold.json`` beside it, the article is
extracted and compared with the gold: entities (matched on canonical name or alias, per type;
a second node for the same gold entity is a duplicate), affiliations (person, organisation),
claims (speaker and words: the claim must cover half the gold words, and the gold 30% of the
claim's), country relations (unordered pair and type) and leaks (names from page furniture
that reached the graph). Items marked ``optional`` count neither way.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg import article as articles
from kg import nlp as nlp_
from kg import parsing, store
from kg.errors import KGError
from kg.extract import extract

CATEGORIES = ("entities", "affiliations", "claims", "country_relations")


class GoldError(KGError):
    """A gold annotation file cannot be read."""


def norm(name: str) -> str:
    """Fold case, quotes, possessives, dots and a leading 'the' for name matching."""
    s = unicodedata.normalize("NFKC", name).replace("’", "'").replace("‘", "'").lower().strip()
    s = re.sub(r"'s\b", "", s).replace(".", "")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[^\w\s-]", " ", s)
    return " ".join(s.split())


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower().replace("’", "'")))


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


@dataclass
class Report:
    articles: dict[str, dict] = field(default_factory=dict)

    @property
    def micro(self) -> dict[str, dict]:
        out = {}
        for cat in CATEGORIES:
            tp, fp, fn = (sum(a[cat][k] for a in self.articles.values()) for k in ("tp", "fp", "fn"))
            out[cat] = prf(tp, fp, fn)
        return out

    @property
    def overall(self) -> float:
        return round(sum(m["f1"] for m in self.micro.values()) / len(CATEGORIES), 3)

    @property
    def leaks(self) -> int:
        return sum(len(a["leaks"]) for a in self.articles.values())

    def to_dict(self) -> dict:
        return {"articles": self.articles, "micro": self.micro, "overall": self.overall, "leaks": self.leaks}

    def write_json(self, path: str | Path) -> None:
        """Write the full results (``to_dict``) to path as indented JSON, atomically."""
        store.write_atomic(path, json.dumps(self.to_dict(), indent=2, ensure_ascii=False).encode("utf-8"))

    def lines(self, verbose: bool = False) -> list[str]:
        """The scores as ``kg eval`` prints them: one line per article (with its misses and false
        positives when ``verbose``), the micro averages, the overall F1."""
        out = []
        for name, res in self.articles.items():
            out.append(f"{name}: " + ", ".join(f"{c} F1 {res[c]['f1']:.2f}" for c in CATEGORIES)
                       + f", duplicates {res['entities']['dup']}, leaks {len(res['leaks'])}")
            out += [f"    {cat} {kind}: {res[cat][kind]}" for cat in (CATEGORIES if verbose else ())
                    for kind in ("missed", "wrong") if res[cat][kind]]
            out += [f"    leaked: {res['leaks']}"] if verbose and res["leaks"] else []
        out.append("micro: " + ", ".join(f"{c} P {m['p']:.2f} R {m['r']:.2f} F1 {m['f1']:.2f}"
                                         for c, m in self.micro.items()))
        return [*out, f"articles {len(self.articles)}, leaks {self.leaks}, overall F1 {self.overall:.3f}"]


def gold_pairs(folder: str | Path) -> list[tuple[Path, dict]]:
    """(article path, gold) for every NAME.gold.json with its article beside it, sorted."""
    out = []
    try:
        os.scandir(folder).close()  # glob() would read an unreadable folder as an empty one
    except OSError as e:
        raise GoldError(f"{folder}: cannot read the folder ({e.strerror or e})") from None
    for gold_file in sorted(Path(folder).glob("*.gold.json")):
        stem = gold_file.name[: -len(".gold.json")]
        text = next((gold_file.with_name(stem + s) for s in (".txt", ".html", ".htm")
                     if gold_file.with_name(stem + s).exists()), None)
        if text is None:
            raise GoldError(f"{gold_file}: no article {stem}.txt or .html beside it")
        try:
            gold = json.loads(gold_file.read_text("utf-8"))
        except OSError as e:
            raise GoldError(f"{gold_file}: cannot read ({e.strerror or e})") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise GoldError(f"{gold_file}: not valid JSON ({e})") from None
        _check(gold, gold_file)
        out.append((text, gold))
    if not out:
        raise GoldError(f"{folder}: no *.gold.json files")
    return out


_FIELDS = {"entities": ("name", "type"), "affiliations": ("person", "org"), "claims": ("speaker", "text"),
           "country_relations": ("a", "b", "type")}


def _check(gold, gold_file: Path) -> None:
    """The parts of the gold format (docs/GOLD.md) that scoring reads."""
    if not isinstance(gold, dict) or "entities" not in gold:
        raise GoldError(f"{gold_file}: not a gold annotation (an object with an \"entities\" list; see docs/GOLD.md)")
    for part, fields in _FIELDS.items():
        items = gold.get(part, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) and all(f in i for f in fields) for i in items):
            raise GoldError(f"{gold_file}: {part!r} must be a list of objects with {', '.join(fields)}")


def evaluate(folder: str | Path, *, model: str | None = None) -> Report:
    """Extract every gold article and score it (the gold files are checked before the model loads)."""
    pairs = gold_pairs(folder)
    nlp = nlp_.load(model)
    report = Report()
    for path, gold in pairs:
        art = articles.read(path)
        extraction = extract(parsing.parsed(nlp, art), art)
        report.articles[path.stem] = score(extraction.to_dict(), gold)
    return report


def score(found: dict, gold: dict) -> dict:
    """Compare one extraction (gold format) with its gold annotation."""
    ents, names = _entities(found, gold)
    return {
        "entities": ents,
        "affiliations": _pairs({(names.get(a["person"]), names.get(a["org"])) for a in found["affiliations"]},
                               gold.get("affiliations", []), lambda a: (a["person"], a["org"])),
        "claims": _claims(found, gold, names),
        "country_relations": _pairs(
            {(tuple(sorted((str(names.get(r["a"])), str(names.get(r["b"]))))), r["type"])
             for r in found["country_relations"]},
            gold.get("country_relations", []), lambda r: (tuple(sorted((r["a"], r["b"]))), r["type"])),
        "leaks": _leaks(found, gold),
    }


def _entities(found: dict, gold: dict) -> tuple[dict, dict[str, str]]:
    """Entity scores, and a map from each extracted name to the gold name it matched."""
    index = {}
    for g in gold["entities"]:
        for n in [g["name"], *g.get("aliases", [])]:
            index.setdefault((g["type"], norm(n)), g["name"])
    optional = {g["name"] for g in gold["entities"] if g.get("optional")}
    credited, names, wrong = set(), {}, []
    tp = fp = dup = 0
    for e in sorted(found["entities"], key=lambda e: (e["type"], e["name"])):
        hit = next((index[(e["type"], norm(n))] for n in [e["name"], *e["aliases"]]
                    if (e["type"], norm(n)) in index), None)
        if hit is None or hit in credited:
            fp, dup = fp + 1, dup + (hit is not None)
            wrong.append(f"{e['type']}:{e['name']}" + (f" (duplicate of {hit})" if hit else ""))
        else:
            credited.add(hit)
            tp += hit not in optional
        if hit is not None:
            names[e["name"]] = hit
    missed = [g["name"] for g in gold["entities"] if not g.get("optional") and g["name"] not in credited]
    return {**prf(tp, fp, len(missed)), "dup": dup, "missed": missed, "wrong": wrong}, names


def _pairs(found: set, items: list[dict], key) -> dict:
    required = {key(i) for i in items if not i.get("optional")}
    optional = {key(i) for i in items if i.get("optional")}
    wrong = sorted(str(x) for x in found - required - optional)
    return {**prf(len(found & required), len(wrong), len(required - found)),
            "missed": sorted(str(x) for x in required - found), "wrong": wrong}


def _claims(found: dict, gold: dict, names: dict[str, str]) -> dict:
    golds = gold.get("claims", [])
    used: set[int] = set()
    tp = fp = 0
    wrong = []
    for c in found["claims"]:
        cw = words(c["text"])
        best, best_cov = None, 0.0
        for i, g in enumerate(golds):
            gw = words(g["text"])
            inter = len(gw & cw)
            cov = inter / len(gw) if gw else 0.0
            if i not in used and cov >= 0.5 and cw and inter / len(cw) >= 0.3 and cov > best_cov:
                best, best_cov = i, cov
        if best is None:
            fp += 1
            wrong.append(c["text"][:100])
            continue
        used.add(best)
        accepted = golds[best]["speaker"]
        accepted = {accepted} if isinstance(accepted, str) else set(accepted)
        if names.get(c["speaker"]) in accepted:
            tp += not golds[best].get("optional")
        elif not golds[best].get("optional"):
            fp += 1
            wrong.append(f"[wrong speaker {c['speaker']}] {c['text'][:80]}")
    required = [i for i, g in enumerate(golds) if not g.get("optional")]
    missed = [golds[i]["text"][:100] for i in required if i not in used]
    return {**prf(tp, fp, len(required) - tp), "missed": missed, "wrong": wrong}


def _leaks(found: dict, gold: dict) -> list[str]:
    labels = [norm(n) for e in found["entities"] for n in [e["name"], *e["aliases"]]]
    return [bad for bad in gold.get("must_not_extract", []) if any(norm(bad) and norm(bad) in lb for lb in labels)]

"""Transcript speaker labels: "JANE DOE, DEPUTY NATO SPOKESPERSON:", "GEN. JANE DOE, CHAIRMAN,
JOINT STAFF:", "MINISTER OF DEFENCE JANE DOE (NORWAY):", "MS. DOE:". ``labelled_names`` gives the
people they name (used by ``kg.extract.entities``); ``label`` the affiliation a label states, a
pattern ``f(ctx, span) -> [(mention, role)]`` like those of ``kg.extract.titled``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import lexicon, reference
from kg.extract.doc import Raw, inside
from kg.extract.people import name_token, title_token
from kg.extract.roles import Context, Pairs, is_head, is_title, tenure
from kg.speakerlines import PARTS, core, label_line



def labelled_names(doc: Doc, gaz: list[Span]) -> list[Raw]:
    """The person a transcript's speaker label names: a line that starts with a name, its
    honorific or titles before it or after a comma, and a colon ('JANE DOE, DEPUTY NORWEGIAN
    PRESS SECRETARY:', 'SECRETARY OF DEFENSE JANE Q. DOE III:', 'MS. DOE:'). The mention is the
    name's span in the label, so a turn can be given to its speaker; it replaces what NER made
    of the name."""
    out = []
    for tok in doc:
        if tok.i > 0 and "\n" not in doc[tok.i - 1].text:
            continue
        end = next((k for k in range(tok.i, min(len(doc), tok.i + 16)) if _colon(doc[k]) or "\n" in doc[k].text), None)
        if end is None or not _colon(doc[end]):
            out += _on_own_line(doc, tok, gaz)
            continue
        cut = next((k for k in range(tok.i, end) if doc[k].text == ","), end)
        start = tok.i
        while start < cut and (_label_title(doc[start]) or inside(gaz, start, start + 1)):
            start += 1  # 'NORWEGIAN DEFENSE MINISTER JANE DOE:', 'NATO SPOKESPERSON JANE DOE:'
        titled = any(t.lower_ not in ("of", "the", ".") for t in doc[tok.i:start])
        if start < cut and _label_name(doc[start:cut], titled=titled) and not inside(gaz, start, cut):
            out.append(Raw(start, cut, "Person"))
    return out


def _on_own_line(doc: Doc, tok, gaz: list[Span]) -> list[Raw]:
    """The name of a label printed on a line of its own with a qualifier or brackets ('[Jane Doe /
    Minister]', 'Jane Doe (Harbour Party)'; ``kg.speakerlines``): its name part's words after its
    titles."""
    end = doc.text.find("\n", tok.idx)
    line = doc.text[tok.idx:end if end >= 0 else len(doc.text)]
    m = PARTS.fullmatch(core(line)) if label_line(line) else None
    if m is None or not (m["paren"] or m["slash"] or line.startswith("[")):
        return []  # a name alone on its line may be a headline's words ('Jane Doe Tells Forum')
    lo = tok.idx + line.find(m["name"])
    span = doc.char_span(lo, lo + len(m["name"]), alignment_mode="contract")
    if span is None:
        return []
    start = span.start
    while start < span.end and (_label_title(doc[start]) or inside(gaz, start, start + 1)):
        start += 1
    named = start < span.end and _label_name(doc[start:span.end], titled=start > span.start)
    return [Raw(start, span.end, "Person")] if named and not inside(gaz, start, span.end) else []


def _colon(tok) -> bool:
    """A label's colon, alone or glued to the bracket before it ('(VIA TRANSLATOR):')."""
    return tok.text in (":", "):")


def _label_title(tok) -> bool:
    """A title, rank or honorific in a label, in capitals or not ('SECRETARY', 'MS', 'of')."""
    word = tok.text.capitalize()
    return title_token(tok) or lexicon.is_title_word(word) or tok.lower_ in ("of", "the", ".") \
        or bool(lexicon.honorific().match(word.rstrip(".") + ". "))


def _label_name(words: Span, *, titled: bool) -> bool:
    """Name words of a label: capitalised words, initials and suffixes that start with a given
    name ('JANE DOE'), or hold a word that is no English word, after a title when it is the only
    word ('AMBASSADOR HALVORSEN'); not 'Also Read'."""
    if words[0].pos_ in ("ADP", "DET", "CCONJ") and words[0].lower_ not in lexicon.data("names")["name_particles"]:
        return False  # 'Chief On Harbour:' in a headline: a preposition, no name
    return len(words) <= 5 and all(name_token(t) and _voiced(t.text) for t in words) and (
        reference.is_given_name(words[0].text)
        or any(t.is_alpha and not reference.is_word(t.text, inflected=True) for t in words) and (titled or len(words) >= 2))


def _voiced(word: str) -> bool:
    """A name word with a vowel, or an initial ('J.'): not a code such as 'CB'."""
    return word.endswith(".") or any(c in "aeiouy" for c in word.lower())



def label(ctx: Context, span: Span) -> Pairs:
    """'JANE DOE, DEPUTY NATO SPOKESPERSON: ...', 'GEN. JANE DOE, CHAIRMAN, JOINT STAFF:' or
    'MINISTER JANE DOE (NORWAY):' at the start of a line: the title is the role, an organisation
    in it the affiliation, else its country, else the country of a national title."""
    doc = ctx.doc
    lead = _label_lead(ctx, span)
    if lead is None or span.end + 1 >= len(doc) or doc[span.end].text not in (",", "("):
        return []
    closes = (")", "):") if doc[span.end].text == "(" else (":",)
    end = span.end + 1
    while end < len(doc) and doc[end].text not in closes and "\n" not in doc[end].text and end - span.end < 12:
        end += 1
    title = doc[span.end + 1:end]
    end += end < len(doc) and doc[end].text == ")"  # the tokenizer may keep '):' whole
    if end >= len(doc) or not doc[end].text.endswith(":") or not len(title) \
            or not all(t.is_upper or not t.is_alpha for t in title):
        return []
    owners = [ctx.at[t.i] for t in title if t.i in ctx.at and ctx.at[t.i].type != "Person"]
    headed = any(is_head(t) for t in title)
    if not headed and not (owners and any(is_head(t) for t in lead)):
        return []  # 'JANE DOE (NORWAY):' names no office
    if not owners:
        iso = lexicon.national_title(tenure(title.text))
        owners = [ctx.named[f"country/{iso}"]] if iso and f"country/{iso}" in ctx.named else []
    best = next((m for m in owners if m.type == "Organization"), owners[0] if owners else None)
    return [(best, (title if headed else lead).text)] if best else []


def _label_lead(ctx: Context, span: Span) -> Span | None:
    """The title words before a name that starts a line ('GEN.', 'MINISTER OF DEFENCE'), or None
    when the name does not start its line."""
    doc, i = ctx.doc, span.start - 1
    while i >= 0 and "\n" not in doc[i].text and i not in ctx.at and (is_title(doc[i]) or doc[i].text == "."):
        i -= 1
    return doc[i + 1:span.start] if i < 0 or "\n" in doc[i].text else None

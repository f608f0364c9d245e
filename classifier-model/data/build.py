#!/usr/bin/env python3
"""Build the Tandem CSV files from the hand-written batch sources in src/.

Source format (one message per line, UTF-8):

    @intent_name                 sets the intent for the lines that follow
    # comment                    ignored (as are blank lines)
    S FLAGS | message text       S = sentiment: - negative, 0 neutral, + positive
                                 FLAGS = optional letters: H human_requested,
                                 L legal_threat, C churn_threat, D distress,
                                 F fraud_or_security

Example:   - HC | ça fait 3 fois que je demande, passez-moi un conseiller sinon je pars

An adapted batch, NN-from-<lang>-<source file>.txt, carries a batch of the other language over
row for row: its row i is written from row i of src/<lang>-train/<source file>, with the same
intent, flags and sentiment. A row struck out with '#x ' (e.g. a duplicate) keeps its place.
The training CSVs name each adapted row's source message in `adapted_from`, so that training
keeps the two in the same cross-validation fold.

src/fr-train/*.txt    -> tandem-fr/train.csv
src/en-train/*.txt    -> tandem-en/train.csv
src/heldout-fr/*.txt  -> heldout/heldout-fr.csv
src/heldout-en/*.txt  -> heldout/heldout-en.csv
src/heldout2-fr/*.txt -> heldout/heldout2-fr.csv   (the second held-out set, written apart later)
src/heldout2-en/*.txt -> heldout/heldout2-en.csv

Output: RFC 4180 CSV (csv module, CRLF line ends), header text,intent,flags,sentiment
(training files: and adapted_from); flags joined with ';' in a fixed order, empty when none.
Run: python3 build.py   (then python3 check.py)
"""
import csv
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent

SENTIMENT = {"-": "negative", "0": "neutral", "+": "positive"}
FLAG_CODES = {
    "H": "human_requested",
    "L": "legal_threat",
    "C": "churn_threat",
    "D": "distress",
    "F": "fraud_or_security",
}
FLAG_ORDER = list(FLAG_CODES.values())
ADAPTED = re.compile(r"^\d+-from-(en|fr)-(.+\.txt)$")
STRUCK = "#x "

TARGETS = {
    "fr-train": HERE / "tandem-fr" / "train.csv",
    "en-train": HERE / "tandem-en" / "train.csv",
    "heldout-fr": HERE / "heldout" / "heldout-fr.csv",
    "heldout-en": HERE / "heldout" / "heldout-en.csv",
    "heldout2-fr": HERE / "heldout" / "heldout2-fr.csv",
    "heldout2-en": HERE / "heldout" / "heldout2-en.csv",
}


def parse(path, struck=False):
    """The rows (text, intent, flags, sentiment); with struck=True, a struck-out row is None."""
    rows = []
    intent = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if struck and line.startswith(STRUCK):
            rows.append(None)
            continue
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            intent = line[1:].strip()
            continue
        if " | " not in line:
            sys.exit(f"{path}:{n}: missing ' | ' separator: {raw!r}")
        head, text = line.split(" | ", 1)
        text = text.strip()
        parts = head.split()
        if not parts or parts[0] not in SENTIMENT:
            sys.exit(f"{path}:{n}: bad sentiment code in {head!r}")
        codes = "".join(parts[1:])
        bad = [c for c in codes if c not in FLAG_CODES]
        if bad:
            sys.exit(f"{path}:{n}: unknown flag code(s) {bad}")
        if intent is None:
            sys.exit(f"{path}:{n}: no @intent before first row")
        flags = [f for f in FLAG_ORDER if any(FLAG_CODES[c] == f for c in codes)]
        rows.append((text, intent, ";".join(flags), SENTIMENT[parts[0]]))
    return rows


def adapted(path):
    """An adapted batch's rows, each with the text of the source row it was written from."""
    lang, name = ADAPTED.match(path.name).groups()
    source = parse(HERE / "src" / f"{lang}-train" / name)
    rows = parse(path, struck=True)
    if len(rows) != len(source):
        sys.exit(f"{path}: {len(rows)} rows for the {len(source)} of its source {lang}-train/{name}")
    for n, (row, of) in enumerate(zip(rows, source), 1):
        if row is not None and row[1:] != of[1:]:
            sys.exit(f"{path}: row {n} is labelled {row[1:]}, its source {of[1:]}")
    return [(*row, of[0]) for row, of in zip(rows, source) if row is not None]


def main():
    for src, out in TARGETS.items():
        files = sorted((HERE / "src" / src).glob("*.txt"))
        training = src.endswith("-train")
        rows = []
        for f in files:
            if ADAPTED.match(f.name):
                rows.extend(adapted(f))
            else:
                rows.extend((*row, "") if training else row for row in parse(f))
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)  # QUOTE_MINIMAL, '\r\n' line terminator (RFC 4180)
            w.writerow(["text", "intent", "flags", "sentiment"] + (["adapted_from"] if training else []))
            w.writerows(rows)
        print(f"{out.relative_to(HERE)}: {len(rows)} rows from {len(files)} source files")


if __name__ == "__main__":
    main()

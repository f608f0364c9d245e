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

src/fr-train/*.txt    -> tandem-fr/train.csv
src/en-train/*.txt    -> tandem-en/train.csv
src/heldout-fr/*.txt  -> heldout/heldout-fr.csv
src/heldout-en/*.txt  -> heldout/heldout-en.csv

Output: RFC 4180 CSV (csv module, CRLF line ends), header text,intent,flags,sentiment;
flags joined with ';' in a fixed order, empty when none.
Run: python3 build.py   (then python3 check.py)
"""
import csv
import pathlib
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

TARGETS = {
    "fr-train": HERE / "tandem-fr" / "train.csv",
    "en-train": HERE / "tandem-en" / "train.csv",
    "heldout-fr": HERE / "heldout" / "heldout-fr.csv",
    "heldout-en": HERE / "heldout" / "heldout-en.csv",
}


def parse(path):
    rows = []
    intent = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
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


def main():
    for src, out in TARGETS.items():
        files = sorted((HERE / "src" / src).glob("*.txt"))
        rows = []
        for f in files:
            rows.extend(parse(f))
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)  # QUOTE_MINIMAL, '\r\n' line terminator (RFC 4180)
            w.writerow(["text", "intent", "flags", "sentiment"])
            w.writerows(rows)
        print(f"{out.relative_to(HERE)}: {len(rows)} rows from {len(files)} source files")


if __name__ == "__main__":
    main()

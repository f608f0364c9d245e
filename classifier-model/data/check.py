#!/usr/bin/env python3
"""Quality checks for the Tandem classifier data. Exit status 1 if any check fails.

Checks:
  * each file is UTF-8 (no BOM), RFC 4180 CSV with header text,intent,flags,sentiment
    (training files: and adapted_from, the source message of a row carried over from the
    other language, empty otherwise)
  * every intent is one of the 27 intents or out_of_scope; every flag and sentiment is known;
    no empty / padded text; flags not repeated within a row
  * labelling rule: contact_human_agent rows carry the human_requested flag
  * no exact duplicate text within a file or across files
  * no held-out text whose lowercase, accent-stripped form equals a training text
    (also checked with punctuation and spacing removed)
  * no held-out text that is a near-duplicate of a training text of the same language
    (word-set Jaccard >= 0.6 on texts of 4+ words; 0.75 against Bitext and CLINC150 below)
  * minimum counts per intent / out_of_scope / flag, per file
  * if the shared corpora are present ($TANDEM_SHARED_DATA, else <ancestor>/shared/data): no
    held-out English text equal to / near-duplicate of a Bitext or CLINC150 training or
    validation utterance (those are what the English model trains on)
Usage: python3 check.py
"""
import collections
import csv
import json
import os
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent

INTENTS = """cancel_order change_order change_shipping_address check_cancellation_fee check_invoice
check_payment_methods check_refund_policy complaint contact_customer_service contact_human_agent
create_account delete_account delivery_options delivery_period edit_account get_invoice get_refund
newsletter_subscription payment_issue place_order recover_password registration_problems review
set_up_shipping_address switch_account track_order track_refund""".split()
OOS = "out_of_scope"
LABELS = set(INTENTS) | {OOS}
FLAGS = ["human_requested", "legal_threat", "churn_threat", "distress", "fraud_or_security"]
SENTIMENTS = {"negative", "neutral", "positive"}
HEADER = ["text", "intent", "flags", "sentiment"]
TRAINING_HEADER = HEADER + ["adapted_from"]

# file -> (language, is_heldout, min per intent, min out_of_scope, min per flag)
FILES = {
    "tandem-fr/train.csv": ("fr", False, 35, 150, 60),
    "tandem-en/train.csv": ("en", False, 0, 150, 60),
    "heldout/heldout-fr.csv": ("fr", True, 12, 60, 25),
    "heldout/heldout-en.csv": ("en", True, 12, 60, 25),
    "heldout/heldout2-fr.csv": ("fr", True, 12, 60, 25),
    "heldout/heldout2-en.csv": ("en", True, 12, 60, 25),
}

errors = []


def fail(msg):
    errors.append(msg)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    """lowercase, accent-stripped (the rule in the brief)."""
    return strip_accents(s.lower())


def norm_strict(s):
    """lowercase, accent-stripped, punctuation/emoji removed, spaces collapsed."""
    return " ".join(re.findall(r"\w+", norm(s).replace("’", "'")))


def words(s):
    return set(re.findall(r"\w+", norm(s)))


def shared_dir():
    """$TANDEM_SHARED_DATA, else the first <ancestor>/shared/data (here /work/shared/data)."""
    env = os.environ.get("TANDEM_SHARED_DATA")
    if env:
        return pathlib.Path(env)
    for parent in HERE.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return pathlib.Path("shared-data-not-found")


def load(rel):
    path = HERE / rel
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{rel}: starts with a UTF-8 BOM")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{rel}: not valid UTF-8 ({e})")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, strict=True)
        header = next(reader)
        expected = HEADER if FILES[rel][1] else TRAINING_HEADER
        if header != expected:
            fail(f"{rel}: header is {header}, expected {expected}")
        rows = []
        for i, rec in enumerate(reader, 2):
            if len(rec) != len(expected):
                fail(f"{rel}:{i}: {len(rec)} fields")
                continue
            rows.append((i, *rec[:4]))
    return rows


def main():
    data = {rel: load(rel) for rel in FILES}

    seen = {}  # exact text -> (file, line)
    for rel, rows in data.items():
        lang, heldout, min_intent, min_oos, min_flag = FILES[rel]
        intents = collections.Counter()
        flags = collections.Counter()
        for line, text, intent, flagstr, sentiment in rows:
            where = f"{rel}:{line}"
            if not text or text != text.strip():
                fail(f"{where}: empty or padded text {text!r}")
            if intent not in LABELS:
                fail(f"{where}: unknown intent {intent!r}")
            fl = [f for f in flagstr.split(";")] if flagstr else []
            for f in fl:
                if f not in FLAGS:
                    fail(f"{where}: unknown flag {f!r}")
            if len(fl) != len(set(fl)):
                fail(f"{where}: repeated flag in {flagstr!r}")
            if sentiment not in SENTIMENTS:
                fail(f"{where}: unknown sentiment {sentiment!r}")
            if intent == "contact_human_agent" and "human_requested" not in fl:
                fail(f"{where}: contact_human_agent without human_requested")
            if text in seen:
                fail(f"{where}: exact duplicate of {seen[text][0]}:{seen[text][1]}: {text!r}")
            else:
                seen[text] = (rel, line)
            intents[intent] += 1
            flags.update(fl)
        for i in INTENTS:
            if intents[i] < min_intent:
                fail(f"{rel}: {i} has {intents[i]} rows, minimum {min_intent}")
        if intents[OOS] < min_oos:
            fail(f"{rel}: out_of_scope has {intents[OOS]} rows, minimum {min_oos}")
        for f in FLAGS:
            if flags[f] < min_flag:
                fail(f"{rel}: flag {f} has {flags[f]} rows, minimum {min_flag}")
        print(f"{rel}: {len(rows)} rows, min intent {min(intents[i] for i in INTENTS)}, "
              f"out_of_scope {intents[OOS]}, flags " +
              ", ".join(f"{f}={flags[f]}" for f in FLAGS))

    # held-out vs training leakage
    train_rel = [r for r in FILES if not FILES[r][1]]
    held_rel = [r for r in FILES if FILES[r][1]]
    train_norm = {}
    train_strict = {}
    for rel in train_rel:
        for line, text, *_ in data[rel]:
            train_norm.setdefault(norm(text), (rel, line))
            train_strict.setdefault(norm_strict(text), (rel, line))
    held_norm = {}
    for rel in held_rel:
        for line, text, *_ in data[rel]:
            where = f"{rel}:{line}"
            if norm(text) in train_norm:
                fail(f"{where}: held-out text equals training text (lowercase, no accents) at "
                     f"{train_norm[norm(text)]}")
            elif norm_strict(text) and norm_strict(text) in train_strict:
                fail(f"{where}: held-out text equals training text ignoring punctuation at "
                     f"{train_strict[norm_strict(text)]}")
            k = norm_strict(text)
            if k and k in held_norm:
                fail(f"{where}: held-out near-identical to {held_norm[k]}: {text!r}")
            held_norm.setdefault(k, where)

    # near duplicates (same language)
    for hrel in held_rel:
        lang = FILES[hrel][0]
        train_sets = [(trel, line, text, words(text))
                      for trel in train_rel if FILES[trel][0] == lang
                      for line, text, *_ in data[trel]]
        for line, text, *_ in data[hrel]:
            w = words(text)
            if len(w) < 4:
                continue
            for trel, tline, ttext, tw in train_sets:
                if len(tw) < 4:
                    continue
                j = len(w & tw) / len(w | tw)
                if j >= 0.6:
                    fail(f"{hrel}:{line}: near-duplicate (Jaccard {j:.2f}) of {trel}:{tline}: "
                         f"{ttext!r}")

    # held-out English vs the external English training corpora
    shared = shared_dir()
    ext = []
    for split in ("train", "validation"):
        f = shared / "bitext-customer-support" / f"{split}.csv"
        if f.exists():
            with f.open(encoding="utf-8", newline="") as fh:
                ext += [(f"bitext/{split}", r["utterance"]) for r in csv.DictReader(fh)]
    f = shared / "clinc150" / "data_full.json"
    if f.exists():
        d = json.loads(f.read_text(encoding="utf-8"))
        for split in ("train", "val", "oos_train", "oos_val"):
            ext += [(f"clinc150/{split}", t) for t, _ in d[split]]
    if not ext:
        print(f"note: shared corpora not found under {shared}; external leakage check skipped")
    else:
        ext_strict = {norm_strict(t): (src, t) for src, t in ext}
        ext_sets = [(src, t, words(t)) for src, t in ext if len(words(t)) >= 4]
        for hrel in held_rel:
            if FILES[hrel][0] != "en":
                continue
            for line, text, *_ in data[hrel]:
                k = norm_strict(text)
                if k and k in ext_strict:
                    fail(f"{hrel}:{line}: equals {ext_strict[k][0]} utterance {ext_strict[k][1]!r}")
                    continue
                w = words(text)
                if len(w) < 4:
                    continue
                for src, t, tw in ext_sets:
                    j = len(w & tw) / len(w | tw)
                    if j >= 0.75:
                        fail(f"{hrel}:{line}: near-duplicate (Jaccard {j:.2f}) of {src}: {text!r} ~ {t!r}")
                        break
        print(f"checked held-out English against {len(ext)} Bitext/CLINC150 train+validation texts")

    # within-training normalized duplicates are only reported
    for rel in train_rel:
        c = collections.Counter(norm_strict(t) for _, t, *_ in data[rel])
        d = [k for k, v in c.items() if v > 1 and k]  # '' = punctuation-only texts like "???"
        if d:
            print(f"note: {rel}: {len(d)} texts identical after normalisation: {d[:5]}")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()

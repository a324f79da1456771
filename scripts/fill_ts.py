"""Fill a Qt Linguist .ts file from a Python dict of translations (a maintainer's helper).

Usage: python scripts/fill_ts.py clientvault/resources/translations/clientvault_es.ts DICT.py
DICT.py defines ES (or EN) = {source: translation | (singular, plural)}. Entries already
translated in the .ts are kept unless the dict has them; --en fills numerus forms of the
English file from the source text ("file(s)" -> "file" / "files"), or from EN in an optional
DICT.py where the words around the number change too ("seems" / "seem").
"""

from __future__ import annotations

import re
import runpy
import sys
import xml.etree.ElementTree as ET


def english_forms(source: str) -> tuple[str, str]:
    singular = re.sub(r"(\w+)y\(ies\)", r"\1y", re.sub(r"(\w+)\((?:s|es)\)", r"\1", source))
    plural = re.sub(r"(\w+)y\(ies\)", r"\1ies", re.sub(r"(\w+)\((s|es)\)", r"\1\2", source))
    return singular, plural


def main(argv: list[str]) -> int:
    ts_path = argv[1]
    english = "--en" in argv
    extra = [a for a in argv[2:] if a.endswith(".py")]
    # English: the forms worked out from the source, unless DICT.py's EN gives them (a verb that
    # agrees: "%n document(s) seem..." -> "seems" / "seem").
    table: dict = (runpy.run_path(extra[0]).get("EN", {}) if extra else {}) if english else runpy.run_path(argv[2])["ES"]
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        assert tr is not None
        numerus = message.get("numerus") == "yes"
        if english:
            if not numerus:
                continue  # English is the source language: only plural forms need writing
            value: str | tuple[str, str] | None = table.get(source) or english_forms(source)
        else:
            value = table.get(source)
        if value is None:
            if tr.get("type") == "unfinished":
                missing.append(source)
            continue
        tr.attrib.pop("type", None)
        if numerus:
            forms = value if isinstance(value, tuple) else (value, value)
            for child in list(tr):
                tr.remove(child)
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value if isinstance(value, str) else value[0]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

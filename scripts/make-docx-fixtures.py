#!/usr/bin/env python3
"""Makes the .docx fixtures of the office tests with LibreOffice, so that their numbers are real Word automatic
numbering (numbering.xml), not text.

Each text file's numbered lines (一、 at level 1, （一）/(一) at level 2, 1. / 1、 at level 3) become list items whose
numbers LibreOffice generates; the rest become plain paragraphs. The text is written as a Flat ODT and converted to
.docx by `soffice --headless`. The reader must give the original text back.

Usage: scripts/make-docx-fixtures.py OUT_DIR TEXT_FILE...   (writes OUT_DIR/<name>.docx for each TEXT_FILE)
"""
import os, re, subprocess, sys, tempfile
from xml.sax.saxutils import escape

LEVELS = [
    (re.compile(r"^[一二三四五六七八九十]+、"), 1),
    (re.compile(r"^[（(][一二三四五六七八九十]+[)）]"), 2),
    (re.compile(r"^[0-9]+[.、．]"), 3),
]

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>
  <text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"/>
  <text:list-level-style-number text:level="3" style:num-format="1" style:num-suffix="."/>
 </text:list-style>
</office:automatic-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def numbered(line):
    for pattern, level in LEVELS:
        m = pattern.match(line)
        if m:
            return level, line[m.end():]
    return None, line


def fodt(text):
    out = [HEAD]
    first = True
    for line in text.splitlines():
        if "\t" in line:  # a table row: cells separated by tabs
            cells = "".join(
                f"<table:table-cell><text:p>{escape(c)}</text:p></table:table-cell>" for c in line.split("\t"))
            out.append(f"<table:table><table:table-column table:number-columns-repeated=\"{line.count(chr(9)) + 1}\"/>"
                       f"<table:table-row>{cells}</table:table-row></table:table>\n")
            continue
        level, rest = numbered(line)
        if level is None:
            out.append(f"<text:p>{escape(line)}</text:p>\n")
            continue
        # One list per numbered paragraph, continuing the document's list; deeper levels are nested items.
        attrs = 'xml:id="list1"' if first else 'text:continue-list="list1"'
        first = False
        inner = f"<text:p>{escape(rest)}</text:p>"
        for _ in range(level - 1):
            inner = f"<text:list><text:list-item>{inner}</text:list-item></text:list>"
        out.append(f'<text:list text:style-name="L1" {attrs}><text:list-item>{inner}</text:list-item></text:list>\n')
    out.append(TAIL)
    return "".join(out)


def main():
    out_dir, files = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for f in files:
            name = os.path.splitext(os.path.basename(f))[0]
            path = os.path.join(tmp, name + ".fodt")
            with open(f, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
                dst.write(fodt(src.read()))
            sources.append(path)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", out_dir] + sources, check=True, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()

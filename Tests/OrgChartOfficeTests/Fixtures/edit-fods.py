#!/usr/bin/env python3
"""A scripted office edit of a task table saved by LibreOffice as Flat ODS: sets cells of the rows whose 编号 is a
given duty id, by column heading. A value written date:YYYY-MM-DD becomes a date cell, as typing a date in a
spreadsheet does. Usage: edit-fods.py FILE.fods DUTY-ID:HEADING=VALUE ..."""
import sys
import xml.etree.ElementTree as ET

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
}


def q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def expanded(row):
    """The row's cells with repeated cells written out, so that a column index is a cell index."""
    cells = []
    for c in list(row):
        if c.tag not in (q("table", "table-cell"), q("table", "covered-table-cell")):
            continue
        n = int(c.get(q("table", "number-columns-repeated"), "1"))
        if n > 1:
            del c.attrib[q("table", "number-columns-repeated")]
            i = list(row).index(c)
            for k in range(n - 1):
                copy = ET.fromstring(ET.tostring(c))
                row.insert(i + 1 + k, copy)
    return [c for c in row if c.tag in (q("table", "table-cell"), q("table", "covered-table-cell"))]


def text(cell):
    return "".join("".join(p.itertext()) for p in cell.findall("text:p", NS))


def main():
    for prefix, uri in NS.items():
        ET.register_namespace(prefix, uri)
    path, edits = sys.argv[1], sys.argv[2:]
    tree = ET.parse(path)
    sheet = tree.getroot().find(".//table:table", NS)
    rows = sheet.findall(".//table:table-row", NS)
    header = None
    for r in rows:
        cells = expanded(r)
        if header is None:
            if any(text(c) == "工作任务" for c in cells):
                header = {text(c): i for i, c in enumerate(cells)}
            continue
        for e in edits:
            duty, rest = e.split(":", 1)
            heading, value = rest.split("=", 1)
            if text(cells[header["编号"]]) != duty:
                continue
            cell = cells[header[heading]]
            for k in list(cell.attrib):
                if k.startswith("{%s}" % NS["office"]) or k == q("table", "formula"):
                    del cell.attrib[k]
            for p in cell.findall("text:p", NS):
                cell.remove(p)
            if value.startswith("date:"):
                cell.set(q("office", "value-type"), "date")
                cell.set(q("office", "date-value"), value[5:])
                value = value[5:]
            else:
                cell.set(q("office", "value-type"), "string")
            p = ET.SubElement(cell, q("text", "p"))
            p.text = value
    tree.write(path, encoding="UTF-8", xml_declaration=True)


if __name__ == "__main__":
    main()

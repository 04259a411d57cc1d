#!/usr/bin/python3
"""Last step for every PDF: fixed dates and IDs, so that remaking the corpus
changes no byte that the content does not change (except Chromium's own
header, which prints the time of printing).

Rewrites the file in qpdf's QDF form, replaces every creation/modification
date (Info dictionary and XMP) with 2016-10-01 and every XMP uuid with a
fixed one, repairs it with fix-qdf, then writes it compressed with a
deterministic /ID.

    /usr/bin/python3 finish_pdf.py IN.pdf OUT.pdf PRODUCER
"""
import re
import subprocess
import sys
import tempfile
import os

DATE = b"D:20161001000000Z"
ISO = b"2016-10-01T00:00:00Z"


def main():
    src, dst, producer = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        qdf = os.path.join(tmp, "a.qdf")
        fixed = os.path.join(tmp, "b.qdf")
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", src, qdf], check=True)
        data = open(qdf, "rb").read()
        data = re.sub(rb"/(CreationDate|ModDate)\s*\((D:[^)]*)\)", lambda m: b"/" + m.group(1) + b" (" + DATE + b")", data)
        data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(<)", rb"\g<1>" + ISO + rb"\g<2>", data)
        data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-4000-8000-000000000000", data)
        data = re.sub(rb"/Producer\s*\((.*?)\)", lambda m: b"/Producer (" + m.group(1) + b")", data)
        with open(fixed, "wb") as f:
            f.write(subprocess.run(["fix-qdf"], input=data, capture_output=True, check=True).stdout)
        subprocess.run(["qpdf", "--deterministic-id", "--compress-streams=y", "--object-streams=generate",
                        "--recompress-flate", fixed, dst], check=True)


if __name__ == "__main__":
    main()

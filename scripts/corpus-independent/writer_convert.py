#!/usr/bin/python3
"""HTML -> PDF with LibreOffice Writer, through UNO rather than `--convert-to`.

Writer's HTML import ("HTML (StarWriter)") reads `<div title="header">` and
`<div title="footer">` as the page header and footer, but only for right
(odd) pages: left pages come out without them. `--convert-to` cannot change
that, so this script loads the HTML with the same filter, makes the header
and footer shared by left and right pages, and exports with writer_pdf_Export,
exactly what `--convert-to pdf:writer_pdf_Export` does otherwise.

    /usr/bin/python3 writer_convert.py PROFILE_DIR in1.html [in2.html ...]
Writes inN.pdf beside each input.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    profile, inputs = sys.argv[1], sys.argv[2:]
    pipe = f"corpus{os.getpid()}"
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
         f"-env:UserInstallation=file://{os.path.abspath(profile)}",
         f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            sys.exit("writer_convert: LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for path in inputs:
            path = os.path.abspath(path)
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                               (prop("Hidden", True), prop("FilterName", "HTML (StarWriter)")))
            styles = doc.StyleFamilies.getByName("PageStyles")
            for name in styles.ElementNames:
                style = styles.getByName(name)
                if style.HeaderIsOn:
                    style.HeaderIsShared = True
                if style.FooterIsOn:
                    style.FooterIsShared = True
            out = os.path.splitext(path)[0] + ".pdf"
            doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "writer_pdf_Export"),))
            doc.close(True)
            print(f"writer: {os.path.basename(out)}")
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()

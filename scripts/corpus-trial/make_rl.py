# -*- coding: utf-8 -*-
"""reportlab platypus renderings of n4 (and hostile PDFs)."""
import copy, io
from reportlab.lib.pagesizes import landscape, LEGAL, LETTER
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, Image, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image as PImage, ImageDraw, ImageFont
from docs import N1, N4

pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
TITLE = ParagraphStyle("t", fontName="LSB", fontSize=11, leading=13, alignment=1)
META = ParagraphStyle("m", fontName="LS", fontSize=9, leading=11)
H2 = ParagraphStyle("h", fontName="LSB", fontSize=9.5, leading=12, spaceBefore=6)
WIDTH = {"number": 22, "text": 95, "description": 95, "area": 70, "due": 44, "results": 65, "evidence": 62,
         "progress": 30, "proofName": 65, "proofLoc": 80, "obs": 90, "month": 42, "avg": 36}


def cell_style(size, bold=False, color=colors.black, align=0):
    return ParagraphStyle("c", fontName="LSB" if bold else "LS", fontSize=size, leading=size * 1.2, textColor=color,
                          alignment=align)


def header_image(cols, size, scale=3):
    """The header band drawn as a raster picture (the hostile case)."""
    widths = [WIDTH[k] for k, _ in cols]
    W, H = int(sum(widths) * scale), int(34 * scale)
    img = PImage.new("RGB", (W, H), (31, 78, 121))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", int(size * scale))
    x = 0
    for (k, h), w in zip(cols, widths):
        words, lines, cur = h.split(), [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if d.textlength(t, font=f) > (w - 4) * scale and cur:
                lines.append(cur); cur = wd
            else:
                cur = t
        lines.append(cur)
        for i, ln in enumerate(lines):
            d.text((x + 2 * scale, (2 + i * size * 1.2) * scale), ln, font=f, fill=(255, 255, 255))
        x += w * scale
        d.line([(x, 0), (x, H)], fill=(255, 255, 255), width=2)
    bio = io.BytesIO(); img.save(bio, "PNG"); bio.seek(0)
    return Image(bio, width=sum(widths), height=34)


def story_for(doc, size=7, header="text", body="text", repeat=True, numbers=None):
    cols = doc["columns"]
    st = [Paragraph(doc["title"], TITLE), Spacer(1, 6)] + [Paragraph(x, META) for x in
                                                             (doc["institution"], doc["doctype"], doc["program"])]
    cs = cell_style(size); hs = cell_style(size, True, colors.white, 1)
    for period, statement, rows in doc["periods"]:
        st.append(Paragraph("Periodo " + period, H2))
        if statement:
            st.append(Paragraph(statement, META)); continue
        data = []
        if header == "text":
            data.append([Paragraph(h, hs) for _, h in cols])
        elif header == "image":
            st.append(header_image(cols, size))
        for i, r in enumerate(rows):
            row = []
            for k, _ in cols:
                v = r.get(k, "")
                if k == "number" and numbers:
                    v = numbers[period][i]
                row.append(Paragraph(v.replace("&", "&amp;"), cs))
            data.append(row)
        t = Table(data, colWidths=[WIDTH[k] for k, _ in cols], repeatRows=1 if (repeat and header == "text") else 0)
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
        if header == "text":
            style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
        t.setStyle(TableStyle(style))
        st.append(t)
    return st


def build(path, doc, pagesize, **kw):
    d = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=10 * mm, rightMargin=10 * mm, topMargin=12 * mm,
                          bottomMargin=12 * mm, title="ASM", author="newuser")
    d.build(story_for(doc, **kw))


if __name__ == "__main__":
    # n4, plain numbers, Legal landscape, 7pt, header coloured, rules below each row
    build("n4--reportlab-platypus.pdf", N4, landscape(LEGAL))
    # n4 with sub-item numbers 1.1 / 1.2 in the No. column
    nums = {}
    for period, st, rows in N4["periods"]:
        out, asm, k = [], None, 0
        for r in rows:
            if r.get("number"):
                asm, k = r["number"], 0
            k += 1
            out.append(f"{asm}.{k}")
        nums[period] = out
    build("n4--reportlab-subitems.pdf", N4, landscape(LEGAL), numbers=nums)
    # hostile: header band as a picture, rows as text
    build("h1--reportlab-header-image.pdf", N4, landscape(LEGAL), header="image")
    # hostile: N1 rows, no header at all, 11pt so it runs over several pages
    build("h2--reportlab-no-header.pdf", N1, landscape(LEGAL), header="none", size=11)
    print("ok")

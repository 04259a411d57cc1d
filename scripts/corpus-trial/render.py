# -*- coding: utf-8 -*-
import html, sys
from docs import DOCS

BY = {d["name"]: d for d in DOCS}
INTRO = ("Con fundamento en el Mecanismo para el Seguimiento a los Aspectos Susceptibles de Mejora derivados de los "
         "informes y evaluaciones externas a programas federales, emitido de manera conjunta por la Secretaría de Hacienda "
         "y Crédito Público, la Secretaría de la Función Pública y el Consejo Nacional de Evaluación de la Política de "
         "Desarrollo Social, se presenta el avance de las acciones comprometidas por las unidades responsables del programa. "
         "La información corresponde al corte del periodo que se reporta y fue validada por la Unidad de Planeación y "
         "Evaluación; los documentos probatorios pueden consultarse en las ligas señaladas o solicitarse a las áreas "
         "responsables. Los porcentajes de avance de cada actividad se estimaron conforme a los productos entregados y el "
         "promedio de cada aspecto corresponde a la media aritmética de sus actividades.")


def e(s):
    return html.escape(s)


def table_html(doc, rows, caption=None, thead=True, zebra=False, number_fn=None, lo=None):
    cols = doc["columns"]
    lo = lo or {}
    h = [f'<table {lo.get("table", "")}>']
    if caption:
        h.append(f'<tr class="cap"><td colspan="{len(cols)}">{e(caption)}</td></tr>')
    hdr = "<tr class=\"hdr\">" + "".join(f"<th {lo.get('th', '')}>{lo.get('thpre', '')}{e(t)}{lo.get('thpost', '')}</th>" for _, t in cols) + "</tr>"
    h.append(f"<thead>{hdr}</thead><tbody>" if thead else f"<tbody>{hdr}")
    for i, r in enumerate(rows):
        cls = ' class="z"' if zebra and i % 2 == 1 else ""
        if zebra and i % 2 == 1 and lo.get("zebra"):
            cls += f' bgcolor="{lo["zebra"]}"'
        cells = []
        for k, _ in cols:
            v = r.get(k, "")
            if k == "number" and number_fn:
                v = number_fn(r, i)
            cells.append(f"<td {lo.get('td', '')}>{lo.get('tdpre', '')}{e(v)}{lo.get('tdpost', '')}</td>")
        h.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    h.append("</tbody></table>")
    return "\n".join(h)


def page_html(doc, css, caption=None, thead=True, zebra=False, intro=False, number_fn=None, title_class="", lo=None):
    b = [f'<h1 class="{title_class}">{e(doc["title"])}</h1>', f'<p class="meta">{e(doc["institution"])}</p>',
         f'<p class="meta">{e(doc["doctype"])}</p>', f'<p class="meta">{e(doc["program"])}</p>']
    if intro:
        b.append(f'<p class="intro">{e(INTRO)}</p>')
    for n, (period, statement, rows) in enumerate(doc["periods"]):
        b.append(f'<h2>Periodo {period}</h2>')
        if statement:
            b.append(f"<p>{e(statement)}</p>")
        else:
            cap = caption.format(n=n + 1, period=period) if caption else None
            b.append(table_html(doc, rows, cap, thead, zebra, number_fn, lo))
    return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>ASM</title><style>' + css +
            "</style></head><body>" + "\n".join(b) + "</body></html>")


def write(name, text):
    with open(f"/tmp/newuser/{name}", "w", encoding="utf-8") as f:
        f.write(text)


BASE = "body{font-family:'Liberation Sans',Arial,sans-serif;} h1{font-size:11pt;text-align:center} h2{font-size:10pt} p{margin:2pt 0}"

# 1. n1 Writer via .odt: coloured header with white text, zebra rows, 7pt, grid
write("n1--writer-odt-colorhdr.html", page_html(BY["n1"], BASE +
      "table{border-collapse:collapse;width:100%} td,th{border:1px solid #808080;font-size:7pt;vertical-align:top;padding:2px}"
      "th{background-color:#1F4E79;color:#FFFFFF;font-weight:bold} tr.z td{background-color:#DCE6F1}",
      zebra=True, lo=dict(table='border="1" cellpadding="2" cellspacing="0" width="100%"', th='bgcolor="#1F4E79" valign="top"',
      thpre='<font color="#FFFFFF" style="font-size:7pt"><b>', thpost='</b></font>', td='valign="top"',
      tdpre='<font style="font-size:7pt">', tdpost='</font>', zebra="#DCE6F1")))

# 2. n1 Word .docx: 12pt text, long intro, caption row above header, no thead repeat
write("n1--docx-12pt-caption.html", page_html(BY["n1"], BASE +
      "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;font-size:12pt;vertical-align:top}"
      "tr.cap td{font-weight:bold;text-align:center;background-color:#D9D9D9}",
      caption="Cuadro {n}. Avance de los Aspectos Susceptibles de Mejora del periodo {period}", thead=False, intro=True, lo=dict(table='border="1" cellpadding="3" cellspacing="0" width="100%"', td='valign="top"',
      tdpre='<font style="font-size:12pt">', tdpost='</font>', thpre='<font style="font-size:12pt"><b>', thpost='</b></font>')))

# 3. n2 Chromium: @page margin boxes, A4 landscape, repeated thead, long intro, coloured header, zebra, hrules only
write("n2--chromium-pagebox.html", page_html(BY["n2"], BASE +
      "@page{size:A4 landscape;margin:22mm 12mm 18mm 12mm;"
      "@top-left{content:'INAOT · U-045';font-size:8pt;color:#555}"
      "@top-right{content:'Seguimiento a ASM 2017-2018';font-size:8pt;color:#555}"
      "@bottom-center{content:'Página ' counter(page) ' de ' counter(pages);font-size:8pt}}"
      "table{border-collapse:collapse;width:100%} td,th{border-bottom:0.5pt solid #999;font-size:8pt;vertical-align:middle;padding:3px}"
      "th{background:#7B1F3A;color:#fff} tr.z td{background:#F2E6EA} p.intro{font-size:10pt;text-align:justify;margin-bottom:14pt}",
      zebra=True, intro=True))

# 4. n2 wkhtmltopdf: no rules at all, zebra fills only, 8pt
write("n2--wkhtml-zebra-norules.html", page_html(BY["n2"], BASE +
      "table{border-collapse:collapse;width:100%} td,th{border:none;font-size:8pt;vertical-align:top;padding:3px 4px}"
      "th{background:#444;color:#fff;text-align:left} tr.z td{background:#E8E8E8}",
      zebra=True))

# 6. n3 Chromium: 12pt, portrait Letter, horizontal rules, bottom-aligned header
write("n3--chromium-12pt-portrait.html", page_html(BY["n3"], BASE +
      "@page{size:Letter portrait;margin:15mm}"
      "table{border-collapse:collapse;width:100%} td,th{border-top:1px solid #000;border-bottom:1px solid #000;font-size:12pt;vertical-align:top;padding:3px}"
      "th{vertical-align:bottom;font-size:11pt}",
      intro=True))

# 8. n5 Chromium: portrait Letter, 13 narrow columns, 5pt
write("n5--chromium-portrait-5pt.html", page_html(BY["n5"], BASE +
      "@page{size:Letter portrait;margin:10mm}"
      "table{border-collapse:collapse;width:100%} td,th{border:0.5px solid #000;font-size:5pt;vertical-align:top;padding:1px}"
      "th{background:#C00000;color:#fff}"))

# 9. n5 Writer .docx portrait, header once (no thead), 6pt, zebra
write("n5--docx-portrait-6pt.html", page_html(BY["n5"], BASE +
      "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;font-size:6pt;vertical-align:top}"
      "tr.z td{background-color:#FFF2CC} th{background-color:#385723;color:#FFFFFF}",
      thead=False, zebra=True, lo=dict(table='border="1" cellpadding="1" cellspacing="0" width="100%"', th='bgcolor="#385723"',
      thpre='<font color="#FFFFFF" style="font-size:6pt"><b>', thpost='</b></font>', td='valign="top"',
      tdpre='<font style="font-size:6pt">', tdpost='</font>', zebra="#FFF2CC")))

# 10. n5 wkhtmltopdf: 12pt landscape, grid, repeated header
write("n5--wkhtml-12pt.html", page_html(BY["n5"], BASE +
      "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;font-size:12pt;vertical-align:top;padding:2px}"
      "thead{display:table-header-group} tr{page-break-inside:avoid}"))
print("ok")

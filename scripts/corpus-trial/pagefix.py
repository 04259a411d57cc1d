import zipfile, re, shutil, sys
def rewrite(path, member, fn):
    zin = zipfile.ZipFile(path); items = [(i, zin.read(i.filename)) for i in zin.infolist()]; zin.close()
    with zipfile.ZipFile(path + ".tmp", "w") as z:
        for i, data in items:
            if i.filename == member:
                data = fn(data.decode()).encode()
            z.writestr(i, data, compress_type=zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED)
    shutil.move(path + ".tmp", path)
def odt(w, h, orient):
    return lambda s: re.sub(r'(<style:page-layout-properties)([^>]*?)(/?>)', lambda m: m.group(1) + re.sub(r'fo:page-width="[^"]*"|fo:page-height="[^"]*"|style:print-orientation="[^"]*"|fo:margin-(left|right|top|bottom)="[^"]*"', '', m.group(2)) + f' fo:page-width="{w}" fo:page-height="{h}" style:print-orientation="{orient}" fo:margin-left="1.2cm" fo:margin-right="1.2cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm"' + m.group(3), s)
def docx(w, h, orient):
    def f(s):
        s = re.sub(r'<w:pgSz[^>]*/>', f'<w:pgSz w:w="{w}" w:h="{h}"' + (f' w:orient="{orient}"' if orient else '') + '/>', s)
        s = re.sub(r'<w:pgMar [^>]*/>', '<w:pgMar w:top="720" w:right="720" w:bottom="720" w:left="720" w:header="0" w:footer="0" w:gutter="0"/>', s)
        return s
    return f
path, kind = sys.argv[1], sys.argv[2]
sizes = {"letter-l": ("27.94cm", "21.59cm", "landscape", 15840, 12240), "letter-p": ("21.59cm", "27.94cm", "portrait", 12240, 15840),
         "legal-l": ("35.56cm", "21.59cm", "landscape", 20160, 12240)}
W, H, O, dw, dh = sizes[kind]
if path.endswith(".odt"):
    rewrite(path, "styles.xml", odt(W, H, O))
else:
    rewrite(path, "word/document.xml", docx(dw, dh, "landscape" if O == "landscape" else None))

# -*- coding: utf-8 -*-
"""f75_02: bulletin (工作简报) written directly as flat ODF (.fodt):
masthead box (1-cell bordered table), double rule, plan title + issuer across the
page, then the plan in a 2-column text:section; a grey photo placeholder (PNG,
embedded base64) with caption inside the columns; 报/送/发 line as page footer.
Run with python (Pillow), then soffice -> PDF."""
import sys, os, io, base64
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(__file__))
from plans import PLAN2 as P
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
BODY = sys.argv[1] if len(sys.argv) > 1 else "10pt"

# grey photo placeholder
im = Image.new("RGB", (700, 440), (170, 170, 170))
d = ImageDraw.Draw(im)
d.rectangle([0, 0, 699, 439], outline=(120, 120, 120), width=4)
im.save(os.path.join(HERE, "f75_02_photo.png"))
buf = io.BytesIO(); im.save(buf, "PNG")
b64 = base64.b64encode(buf.getvalue()).decode()

CAPTION = "▲县纪委监委检查组在青石镇开展作风建设专项督查"
MAST_NAME = "云溪纪检监察工作简报"
MAST_ISSUE = "第7期"
MAST_UNIT = "中共云溪县纪委办公室编印"
MAST_DATE = "2024年4月10日"
FOOTER = "报：市纪委监委，县委、县政府主要领导　　送：县委常委　　发：各乡镇纪委，县纪委监委各派驻纪检监察组"

def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, escape(text))

body = []
# masthead box
body.append('<table:table table:name="Masthead" table:style-name="TMast">'
            '<table:table-column table:style-name="TMastCol"/>'
            '<table:table-row><table:table-cell table:style-name="TMastCell" office:value-type="string">')
body.append(p("PMastName", MAST_NAME))
body.append(p("PMastIssue", MAST_ISSUE))
body.append('<text:p text:style-name="PMastLine">%s<text:tab/>%s</text:p>' % (escape(MAST_UNIT), escape(MAST_DATE)))
body.append('</table:table-cell></table:table-row></table:table>\n')
body.append('<text:p text:style-name="PDouble"/>\n')
# plan title across the page
body.append(p("PTitle", P["title"]))
body.append(p("PIssuer", P["issuer"]))
# two-column section
body.append('<text:section text:style-name="Sect2" text:name="Plan">\n')
body.append(p("PBody", P["preamble"]))
for si, (heading, ms) in enumerate(P["sections"]):
    body.append(p("PHead", heading))
    for mi, m in enumerate(ms):
        body.append(p("PBody", m[0] + m[1] + m[2]))
        if si == 1 and mi == 0:
            body.append('<text:p text:style-name="PPhoto"><draw:frame draw:style-name="FrPhoto" draw:name="Photo1" '
                        'text:anchor-type="as-char" svg:width="7.2cm" svg:height="4.5cm" draw:z-index="0">'
                        '<draw:image><office:binary-data>%s</office:binary-data></draw:image></draw:frame></text:p>\n' % b64)
            body.append(p("PCaption", CAPTION))
body.append('</text:section>\n')

content = "".join(body)

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="WQY" svg:font-family="&apos;WenQuanYi Micro Hei&apos;" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="150%"/>
  <style:text-properties style:font-name="WQY" style:font-name-asian="WQY" style:font-name-complex="WQY"
    fo:font-size="{BODY}" style:font-size-asian="{BODY}" fo:language="zh" fo:country="CN"
    style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="TMast" style:family="table">
  <style:table-properties style:width="17cm" table:align="margins" fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="TMastCol" style:family="table-column"><style:table-column-properties style:column-width="17cm"/></style:style>
 <style:style style:name="TMastCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.25cm" fo:border="1.5pt solid #c00000"/>
 </style:style>
 <style:style style:name="PMastName" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:line-height="120%" fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="28pt" style:font-size-asian="28pt" fo:color="#c00000" fo:font-weight="bold" style:font-weight-asian="bold" fo:letter-spacing="0.08cm"/>
 </style:style>
 <style:style style:name="PMastIssue" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="13pt" style:font-size-asian="13pt"/>
 </style:style>
 <style:style style:name="PMastLine" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="16.4cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/>
 </style:style>
 <style:style style:name="PDouble" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.4cm" fo:line-height="100%"
    fo:border-bottom="2.6pt double #c00000" style:border-line-width-bottom="0.04cm 0.03cm 0.02cm" fo:padding="0cm"/>
  <style:text-properties fo:font-size="2pt" style:font-size-asian="2pt"/>
 </style:style>
 <style:style style:name="PTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.15cm" fo:line-height="130%"/>
  <style:text-properties fo:font-size="17pt" style:font-size-asian="17pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="PIssuer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
 </style:style>
 <style:style style:name="PBody" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="0.74cm"/>
 </style:style>
 <style:style style:name="PHead" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-indent="0.74cm" fo:margin-top="0.1cm" fo:margin-bottom="0.05cm"/>
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="PPhoto" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:line-height="100%" fo:keep-with-next="always"/>
 </style:style>
 <style:style style:name="PCaption" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.08cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="8.5pt" style:font-size-asian="8.5pt" fo:color="#333333"/>
 </style:style>
 <style:style style:name="PFoot" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:border-top="0.8pt solid #000000" fo:border-bottom="0.8pt solid #000000" fo:padding="0.1cm" fo:text-align="start"/>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:style>
 <style:style style:name="FrPhoto" style:family="graphic">
  <style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none"/>
 </style:style>
 <style:style style:name="Sect2" style:family="section">
  <style:section-properties text:dont-balance-text-columns="false" style:editable="false">
   <style:columns fo:column-count="2" fo:column-gap="0.8cm">
    <style:column-sep style:width="0.02cm" style:color="#808080" style:height="100%" style:style="solid"/>
   </style:columns>
  </style:section-properties>
 </style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm"
    fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer>{p("PFoot", FOOTER)}</style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{content}
</office:text></office:body>
</office:document>
'''
out = os.path.join(HERE, "f75_02.fodt")
open(out, "w", encoding="utf-8").write(doc)
print(out)

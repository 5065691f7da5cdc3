# -*- coding: utf-8 -*-
"""f73_02: hand-written flat ODF (.fodt) in government-gazette style,
converted with LibreOffice; then only the first pages are kept
(pdfseparate/pdfunite) so the excerpt ends mid-way in the next item,
like pages cut out of a bound gazette issue.

Layout: 185 x 260 mm (16K gazette), running head with a rule under it on
every page (left/right pages mirrored), page numbers starting at 23.
Sections: [2 cols: tail of previous notice] [1 col: plan title + issuer]
[2 cols: plan body] [1 col: next notice title] [2 cols: next notice body].
"""
import sys, subprocess, os, glob
sys.path.insert(0, ".")
from content import paragraphs
from xml.sax.saxutils import escape as esc

OUT = "./f73_02.fodt"
KEEP_PAGES = 2  # pages kept in the final PDF

# ---- furniture: the end of the preceding gazette item -----------------
PREV_TAIL = [
    ("BodyNoIndent", "承人的认定与管理，按照《青川省非物质文化遗产条例》和文化部有关规定执行，具体办法由省文化厅另行制定。"),
    ("Body", "各地、各有关部门要按照“保护为主、抢救第一、合理利用、传承发展”的方针，切实做好名录项目的保护管理工作，建立健全保护机制，落实保护责任，加大对代表性传承人的扶持力度，鼓励和支持开展传习活动，进一步提高全社会的非物质文化遗产保护意识，为建设文化强省作出积极贡献。"),
    ("Body", "附件：第三批青川省级非物质文化遗产代表性项目名录（略）"),
    ("Sign", "青川省人民政府"),
    ("Sign", "2014年1月20日"),
]
# ---- furniture: the beginning of the following gazette item -------------
NEXT_HEAD = [
    ("OtherTitle", "青川省人民政府办公厅关于做好2014年春季农业生产工作的通知"),
    ("Issuer", "青政办发〔2014〕9号"),
]
NEXT_BODY = [
    ("BodyNoIndent", "各市（州）、县（市、区）人民政府，省政府各部门："),
    ("Body", "当前，全省春耕备耕工作陆续展开。为认真贯彻落实中央农村工作会议和省委农村工作会议精神，切实抓好春季农业生产，确保全年粮食和主要农产品稳定增产、农民持续增收，经省政府同意，现就有关事项通知如下："),
    ("Heading", "一、切实稳定粮食播种面积"),
    ("Body", "各地要把稳定粮食生产作为春季农业生产的首要任务，层层分解落实粮食播种面积，确保全省春播粮食面积稳定在3100万亩以上。要严格落实粮食直补、农资综合补贴、良种补贴等各项强农惠农政策，补贴资金要在春耕前足额兑付到户，充分调动农民种粮积极性。"),
    ("Body", "要加快推进高产创建和粮食增产模式攻关，扩大玉米、马铃薯等高产作物种植面积，大力推广地膜覆盖、测土配方施肥、病虫害统防统治等关键技术，着力提高单产水平。各级农业部门要组织农技人员深入田间地头，开展技术指导和培训服务。"),
    ("Heading", "二、全力做好农资供应和市场监管"),
    ("Body", "各地要抓紧做好种子、化肥、农药、农膜等农资的调运和储备工作，确保春耕期间农资供应充足、价格基本稳定。农业、工商、质监等部门要加强农资市场监管，严厉打击制售假冒伪劣农资坑农害农行为，切实维护农民合法权益。"),
    ("Body", "要加强农资价格监测，对重要农资价格实行动态跟踪，发现异常波动及时报告。供销合作社要充分发挥农资流通主渠道作用，加快完善农资连锁经营网络，把优质农资及时送到农民手中。"),
    ("Heading", "三、切实加强农田水利建设和抗旱准备"),
    ("Body", "各地要抓住春季有利时机，继续掀起农田水利基本建设高潮，重点抓好小型水库除险加固、田间渠系配套和高效节水灌溉工程建设，确保在春灌前完工并发挥效益。水利部门要科学调度水资源，优先保障春耕生产用水。"),
    ("Body", "要密切关注天气变化，加强墒情、旱情监测预报，提前制定抗旱应急预案，落实抗旱物资和服务队伍。干旱缺水地区要大力推广抗旱保墒、坐水种等技术，最大限度减轻干旱对春播生产的影响。"),
    ("Heading", "四、切实加强组织领导"),
    ("Body", "各级人民政府要切实加强对春季农业生产的组织领导，主要负责同志要亲自研究部署，分管负责同志要深入一线指导督促，及时协调解决春耕生产中遇到的困难和问题。各有关部门要密切配合、各司其职，形成工作合力。"),
]


def P(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, esc(text))


body = []
# first paragraph carries the master page and the starting page number
first = True
sec = ['<text:section text:style-name="Sect2" text:name="PrevItem">']
for st, t in PREV_TAIL:
    if first:
        st = "FirstPara"
        first = False
    sec.append(P(st, t))
sec.append("</text:section>")
body += sec

plan = paragraphs("f73_02")
body.append('<text:section text:style-name="Sect1" text:name="PlanHead">')
body.append(P("PlanTitle", plan[0][1]))
body.append(P("Issuer", plan[1][1]))
body.append("</text:section>")
body.append('<text:section text:style-name="Sect2" text:name="PlanBody">')
for kind, t in plan[2:]:
    body.append(P("Heading" if kind == "heading" else "Body", t))
body.append("</text:section>")

body.append('<text:section text:style-name="Sect1" text:name="NextHead">')
for st, t in NEXT_HEAD:
    body.append(P(st, t))
body.append("</text:section>")
body.append('<text:section text:style-name="Sect2" text:name="NextBody">')
for st, t in NEXT_BODY:
    body.append(P(st, t))
body.append("</text:section>")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

TEXTW = "14.9cm"
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="宋体" svg:font-family="宋体" style:font-family-generic="roman"/>
 <style:font-face style:name="黑体" svg:font-family="黑体" style:font-family-generic="swiss"/>
 <style:font-face style:name="楷体" svg:font-family="楷体" style:font-family-generic="roman"/>
 <style:font-face style:name="小标宋" svg:font-family="方正小标宋简体" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="宋体" fo:font-size="10.5pt" style:font-name-asian="宋体" style:font-size-asian="10.5pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="21pt" fo:line-height="16.5pt" fo:margin-top="0cm" fo:margin-bottom="0cm"/>
 </style:style>
 <style:style style:name="BodyNoIndent" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:text-indent="0cm"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Body">
  <style:text-properties style:font-name="黑体" style:font-name-asian="黑体"/>
 </style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:text-align="end" fo:text-indent="0cm" fo:margin-right="21pt"/>
 </style:style>
 <style:style style:name="PlanTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:line-height="26pt" fo:margin-top="16pt" fo:margin-bottom="4pt"/>
  <style:text-properties style:font-name="小标宋" style:font-name-asian="小标宋" fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="OtherTitle" style:family="paragraph" style:parent-style-name="PlanTitle"/>
 <style:style style:name="Issuer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:line-height="18pt" fo:margin-bottom="10pt"/>
  <style:text-properties style:font-name="楷体" style:font-name-asian="楷体"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:padding-bottom="1.2mm" fo:border-bottom="0.8pt solid #000000">
   <style:tab-stops><style:tab-stop style:position="{TEXTW}" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" style:font-name="楷体" style:font-name-asian="楷体"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1" style:page-usage="mirrored">
  <style:page-layout-properties fo:page-width="18.5cm" fo:page-height="26cm" fo:margin-top="1.2cm" fo:margin-bottom="1.8cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm" style:print-orientation="portrait"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
 </style:page-layout>
 <style:style style:name="Sect2" style:family="section">
  <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties>
 </style:style>
 <style:style style:name="Sect1" style:family="section">
  <style:section-properties><style:columns fo:column-count="1"/></style:section-properties>
 </style:style>
 <style:style style:name="FirstPara" style:family="paragraph" style:parent-style-name="BodyNoIndent" style:master-page-name="Gazette">
  <style:paragraph-properties style:page-number="23"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Gazette" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">青川省人民政府公报　2014年第5期<text:tab/>·<text:page-number text:select-page="current">23</text:page-number>·</text:p></style:header>
  <style:header-left><text:p text:style-name="Header">·<text:page-number text:select-page="current">24</text:page-number>·<text:tab/>青川省人民政府公报　2014年第5期</text:p></style:header-left>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body>
</office:document>
'''
open(OUT, "w", encoding="utf-8").write(doc)

tmp = "./tmp02"
os.makedirs(tmp, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, OUT],
               check=True, capture_output=True)
full = os.path.join(tmp, "f73_02.pdf")
n = int([l for l in subprocess.run(["pdfinfo", full], capture_output=True, text=True).stdout.splitlines()
         if l.startswith("Pages:")][0].split()[1])
print("full pages:", n)
for f in glob.glob(tmp + "/pg-*.pdf"):
    os.remove(f)
subprocess.run(["pdfseparate", "-f", "1", "-l", str(KEEP_PAGES), full, tmp + "/pg-%d.pdf"], check=True)
subprocess.run(["pdfunite"] + [tmp + "/pg-%d.pdf" % i for i in range(1, KEEP_PAGES + 1)]
               + ["../f73_02.pdf"], check=True)
print("kept", KEEP_PAGES)

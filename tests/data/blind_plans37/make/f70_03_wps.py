"""f70_03: a municipal notice with its attached measures, saved as RTF by WPS Office
(Kingsoft) on Chinese Windows.

Habits: {\\*\\generator WPS Office}, a space after every control word, GB2312 fonts
(仿宋_GB2312, 楷体_GB2312, 方正小标宋简体, 黑体) named in GBK hex with \\*\\falt twins, text as
\\'xx pairs in runs tagged \\loch \\af2 \\hich \\af2 \\dbch \\f1, {\\*\\fchars}/{\\*\\lchars}
kinsoku tables, footnote-separator destinations, a text box (\\shp .. \\shptxt) carrying a
short notice (公开属性) with a \\shprslt fallback, an embedded \\pngblip picture (the red rule
under the red head), one {\\*\\shppict}{\\nonshppict} pair (the seal over the signature),
a \\page break between the notice and the measures and a \\sect section break before the
document footer (抄送/印发 block); typed numbers 一、 1. 一是, a numbered problem list
(①–④, not measures) and dated implementation stages (listed in disagreements.csv).
"""
import random
from rtfkit import Truth, gbk_hex, hex_lines, make_png, make_wmf, seal_pixel, write_bytes

FNAME = 'f70_03_shiyan_2019.rtf'
T = Truth(FNAME)
rnd = random.Random(7003)

HEAD_RED = '中共石岩市委办公室文件'
DOCNO = '石办发〔2019〕11号'
NTITLE = '中共石岩市委办公室关于印发《石岩市集中整治形式主义官僚主义切实为基层减负的若干措施》的通知'
ADDR = '各县（市、区）委，市委各部委，市直各单位党组（党委）：'
NBODY = '《石岩市集中整治形式主义官僚主义切实为基层减负的若干措施》已经市委同意，现印发给你们，请结合实际认真贯彻落实。'
NSIG = '中共石岩市委办公室'
NDATE = '2019年5月20日'
PUBLIC = '（此件公开发布）'
BOX = '公开属性：主动公开'
TITLE = '石岩市集中整治形式主义官僚主义切实为基层减负的若干措施'
PROB_LEAD = '当前，我市一些地方和部门形式主义、官僚主义问题仍然突出，主要表现在：'
PROBLEMS = ['①文山会海反弹回潮，一些部门以文件落实文件、以会议落实会议；',
            '②督查检查考核过多过频，基层迎检负担重；',
            '③过度留痕，重痕不重绩，要求基层层层填表报数；',
            '④问责泛化简单化，基层干部不敢担当、不愿作为。']
PRE = '为深入贯彻落实中央办公厅《关于解决形式主义突出问题为基层减负的通知》精神，切实解决上述问题，结合我市实际，制定以下措施。'
SECTIONS = [
    ('一、大力精简文件', [
        ('1.', '严格控制发文数量。市级层面发文数量在2018年基础上压减三分之一以上，市直部门一律不得向乡镇（街道）直接发文。'),
        ('2.', '提高文件质量。文件一般不超过5000字，坚决防止照抄照搬、上下一般粗，可发可不发的一律不发。'),
        ('3.', '规范简报编发。市直部门一律不得编发工作简报，已有的工作简报除保留1种外一律停办。'),
    ]),
    ('二、切实精简会议', [
        ('4.', '严格控制会议数量。全市性会议在2018年基础上压减三分之一以上，同一事项原则上只召开一次会议。'),
        ('5.', '提高会议效率。市级会议原则上不超过1个半小时，能合并召开的合并召开，能以电视电话会议形式召开的不再层层召开。'),
        ('6.', '减少陪会。市级会议不得要求乡镇（街道）主要负责同志参加，严禁层层陪会。'),
    ]),
    ('三、统筹规范督查检查考核', [
        ('7.', '实行计划管理。市级督查检查考核实行年度计划和审批管理，总量在2018年基础上压减50%以上。'),
        ('8.', '改进考核方式。不得简单以留痕多少评判工作好坏，不得要求基层填报各类台账和报表。'),
        ('9.', '规范“一票否决”事项。全面清理“一票否决”和签订责任状事项，未经市委、市政府批准不得新设。'),
    ]),
    ('四、强化组织保障', [
        ('一是', '压实领导责任。各级党委（党组）主要负责同志要亲自抓，对本地区本部门为基层减负工作负总责。'),
        ('二是', '建立监测机制。市委办公室在各县（市、区）设立为基层减负监测点，定期收集基层意见建议。'),
        ('三是', '加强督促问责。市委督查室将减负工作落实情况纳入年度督查计划，对顶风违纪的严肃处理。'),
    ]),
]
STAGE_HEAD = '五、实施步骤'
STAGES = [
    ('（一）', '动员部署（2019年5月）。各地各部门制定具体措施，明确责任分工。'),
    ('（二）', '集中整治（2019年6月至9月）。对照措施逐项抓好落实，建立工作台账。'),
    ('（三）', '总结验收（2019年10月）。市委办公室组织检查验收，对成效不明显的限期整改。'),
]
CC = '抄送：市人大常委会办公室，市政府办公室，市政协办公室，市纪委监委办公室。'
PRINTED = '中共石岩市委办公室　　　　　　　　　2019年5月21日印发'

RUNP = '\\rtlch \\ltrch \\loch \\af%d \\hich \\af%d \\dbch \\f%d '


def run(text, font=1, asc=2, size=32, extra=''):
    return '{%s\\fs%d \\kerning2 %s%s\\lang1033 \\langnp1033 \\langfe2052 \\langfenp2052 %s}' % (
        extra, size, RUNP % (asc, asc, font), '', gbk_hex(text))


PARA = ('\\pard \\plain \\%s \\fi%d \\li0 \\ri0 \\nowidctlpar \\aspalpha \\aspnum \\adjustright \\lin0 \\rin0 \\itap0 %s'
        '\\fs32 \\kerning2 \\rtlch \\alang1025 \\ltrch \\dbch \\af1 \\hich \\af2 \\loch \\af2 \\lang1033 \\langnp1033 \\langfe2052 \\langfenp2052 ')


def para(text, align='qj', fi=640, font=1, size=32, extra='', pprops='', end='\\par '):
    return (PARA % (align, fi, pprops)) + run(text, font, size=size, extra=extra) + '{\\fs%d \\kerning2 %s%s}\n' % (size, RUNP % (2, 2, font), end)


def fonttbl():
    fonts = [(0, 'froman', 0, '02020603050405020304', 'Times New Roman', 2),
             (1, 'fmodern', 134, '02010609060101010101', '仿宋_GB2312', 1),
             (2, 'fswiss', 0, '020f0502020204030204', 'Calibri', 0),
             (3, 'fnil', 134, '02000000000000000000', '方正小标宋简体', 0),
             (4, 'fmodern', 134, '02010609060101010101', '黑体', 1),
             (5, 'fmodern', 134, '02010609030101010101', '楷体_GB2312', 1),
             (6, 'fnil', 134, '02010600030101010101', '宋体', 0),
             (7, 'fnil', 2, '05000000000000000000', 'Wingdings', 0)]
    out = '{\\fonttbl '
    for n, fam, cs, pan, name, prq in fonts:
        nm = gbk_hex(name)
        out += '{\\f%d \\%s \\fcharset%d \\fprq%d {\\*\\panose %s}%s{\\*\\falt %s};}' % (n, fam, cs, prq, pan, nm, nm)
    return out + '}'


def colortbl():
    cols = [(0, 0, 0), (128, 0, 0), (255, 0, 0), (0, 128, 0), (128, 128, 0), (0, 255, 0), (255, 255, 0), (0, 0, 128),
            (128, 0, 128), (0, 128, 128), (128, 128, 128), (192, 192, 192), (0, 0, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
    return '{\\colortbl;' + ''.join('\\red%d\\green%d\\blue%d;' % c for c in cols) + '}'


def stylesheet():
    return ('{\\stylesheet {\\qj \\li0 \\ri0 \\nowidctlpar \\aspalpha \\aspnum \\adjustright \\lin0 \\rin0 \\itap0 \\fs21 \\kerning2 \\rtlch \\alang1025 \\ltrch \\dbch \\af6 \\hich \\af2 \\loch \\f2 \\lang1033 \\langnp1033 \\langfe2052 \\langfenp2052 \\snext0 \\sqformat \\spriority0 Normal;}'
            '{\\*\\cs10 \\rtlch \\ltrch \\snext10 \\ssemihidden \\spriority0 Default Paragraph Font;}'
            '{\\*\\ts11 \\tsrowd \\trftsWidthB3 \\trpaddl108 \\trpaddr108 \\trpaddfl3 \\trpaddft3 \\trpaddfb3 \\trpaddfr3 \\tblind0 \\tblindtype3 \\tsvertalt \\tsbrdrt \\tsbrdrl \\tsbrdrb \\tsbrdrr \\tsbrdrdgl \\tsbrdrdgr \\tsbrdrh \\tsbrdrv \\rtlch \\ltrch \\snext11 \\ssemihidden \\spriority0 Normal Table;}'
            '{\\s2 \\qc \\li0 \\ri0 \\nowidctlpar \\tqc \\tx4153 \\tqr \\tx8306 \\aspalpha \\aspnum \\adjustright \\lin0 \\rin0 \\itap0 \\fs18 \\kerning2 \\rtlch \\alang1025 \\ltrch \\dbch \\af6 \\hich \\af2 \\loch \\f2 \\lang1033 \\langnp1033 \\langfe2052 \\langfenp2052 \\sbasedon0 \\snext2 \\spriority0 footer;}}')


def latent():
    names = ['Normal', 'heading 1', 'heading 2', 'heading 3', 'index 1', 'toc 1', 'Normal Indent', 'footnote text', 'annotation text',
             'header', 'footer', 'caption', 'Title', 'Default Paragraph Font', 'Body Text', 'Body Text Indent', 'Date', 'Hyperlink',
             'Strong', 'Emphasis', 'Plain Text', 'Normal (Web)', 'Normal Table', 'Table Grid', 'Balloon Text']
    return ('{\\*\\latentstyles \\lsdstimax260 \\lsdlockeddef0 \\lsdsemihiddendef1 \\lsdunhideuseddef1 \\lsdqformatdef0 \\lsdprioritydef99 {\\lsdlockedexcept '
            + ''.join('\\lsdsemihidden0 \\lsdunhideused0 \\lsdpriority0 \\lsdlocked0 %s;' % n for n in names) + '}}')


def textbox():
    """A WPS text box holding the publication notice; \\shprslt carries the old-style
    drawing-object fallback with the same text."""
    txt = ('\\pard \\plain \\qr \\li0 \\ri0 \\nowidctlpar \\aspalpha \\aspnum \\adjustright \\lin0 \\rin0 \\itap0 \\fs24 \\kerning2 \\rtlch \\alang1025 \\ltrch \\dbch \\af5 \\hich \\af2 \\loch \\af2 '
           + run(BOX, font=5, size=24) + '{\\fs24 \\kerning2 \\par }')
    props = [('shapeType', '202'), ('fFlipH', '0'), ('fFlipV', '0'), ('lTxid', '65536'), ('dxTextLeft', '91440'), ('dyTextTop', '45720'),
             ('dxTextRight', '91440'), ('dyTextBottom', '45720'), ('fillColor', '16777215'), ('fFilled', '1'), ('fLine', '0'),
             ('wzName', gbk_hex('文本框 2')), ('posh', '3'), ('posrelh', '0'), ('posv', '1'), ('posrelv', '0'), ('fLayoutInCell', '1')]
    sp = ''.join('{\\sp {\\sn %s}{\\sv %s}}' % kv for kv in props)
    inst = ('{\\*\\shpinst \\shpleft6300 \\shptop-1092 \\shpright9180 \\shpbottom-624 \\shpfhdr0 \\shpbxcolumn \\shpbxignore \\shpbypara \\shpbyignore '
            '\\shpwr3 \\shpwrk0 \\shpfblwtxt0 \\shpz0 \\shplid2050 ' + sp + '{\\shptxt ' + txt + '}}')
    rslt = ('{\\shprslt {\\*\\do \\dobxcolumn \\dobypara \\dodhgt8192 \\dptxbx \\dptxlrtb {\\dptxbxtext ' + txt + '}'
            '\\dpx6300 \\dpy-1092 \\dpxsize2880 \\dpysize468 \\dpfillfgcr255 \\dpfillfgcg255 \\dpfillfgcb255 \\dpfillbgcr255 \\dpfillbgcg255 \\dpfillbgcb255 \\dpfillpat1 \\dplinehollow }}')
    return '{\\shp ' + inst + rslt + '}'


def red_rule_png():
    w, h = 600, 6
    return make_png(w, h, lambda x, y: (230, 0, 18, 255) if 1 <= y <= 4 else (255, 255, 255, 0))


def seal():
    png = make_png(96, 96, seal_pixel(96, 96))
    wmf = make_wmf(2540, 2540)
    shp = ('{\\*\\shppict {\\pict {\\*\\picprop {\\sp {\\sn shapeType}{\\sv 75}}{\\sp {\\sn fFlipH}{\\sv 0}}{\\sp {\\sn fFlipV}{\\sv 0}}'
           '{\\sp {\\sn fLine}{\\sv 0}}{\\sp {\\sn fLayoutInCell}{\\sv 1}}}\\picscalex100 \\picscaley100 \\piccropl0 \\piccropr0 \\piccropt0 \\piccropb0 '
           '\\picw2540 \\pich2540 \\picwgoal1440 \\pichgoal1440 \\pngblip \\bliptag1845320210 {\\*\\blipuid 6dfb8a12c3a04e17b2e5a41f0c9d3e77}\r\n'
           + hex_lines(png, 128) + '}}')
    non = ('{\\nonshppict {\\pict \\picscalex100 \\picscaley100 \\piccropl0 \\piccropr0 \\piccropt0 \\piccropb0 \\picw2540 \\pich2540 \\picwgoal1440 \\pichgoal1440 \\wmetafile8 \\bliptag1845320210 \r\n'
           + hex_lines(wmf, 128) + '}}')
    return shp + non


def build():
    o = ['{\\rtf1 \\ansi \\ansicpg936 \\uc1 \\deff0 \\stshfdbch6 \\stshfloch2 \\stshfhich2 \\stshfbi0 \\deflang1033 \\deflangfe2052 ']
    o.append(fonttbl() + colortbl() + stylesheet() + latent())
    o.append('{\\*\\generator WPS Office}')
    o.append('{\\info {\\author %s}{\\operator %s}{\\creatim \\yr2019 \\mo5 \\dy20 \\hr9 \\min12 }{\\revtim \\yr2019 \\mo5 \\dy20 \\hr16 \\min47 }{\\version1 }{\\nofpages3 }}'
             % (gbk_hex('市委办文电科'), gbk_hex('市委办文电科')))
    o.append('\\paperw11906 \\paperh16838 \\margl1587 \\margr1474 \\margt2098 \\margb1984 \\gutter0 \\deftab420 \\ftnbj \\aenddoc \\formshade \\dgmargin \\dghspace180 \\dgvspace156 \\dghorigin1587 \\dgvorigin2098 \\dghshow0 \\dgvshow2 \\jcompress1 \\viewkind1 \\viewscale100 \\splytwnine \\ftnlytwnine \\htmautsp \\useltbaln \\alntblind \\lytcalctblwd \\lyttblrtgr \\lnbrkrule \\nogrowautofit \\nobrkwrptbl \\wrppunct ')
    o.append("{\\*\\fchars !),.:;?]\\'7d\\'a1\\'a7\\'a1\\'a4\\'a1\\'a6\\'a1\\'a5\\'a8D\\'a1\\'ac\\'a1\\'af\\'a1\\'b1\\'a1\\'ad\\'a1\\'c3\\'a1\\'a2\\'a1\\'a3\\'a1\\'a8\\'a1\\'a9\\'a1\\'b5\\'a1\\'b7\\'a1\\'b9\\'a1\\'bb\\'a1\\'bf\\'a1\\'b3\\'a1\\'bd\\'a3\\'a1\\'a3\\'a2\\'a3\\'a7\\'a3\\'a9\\'a3\\'ac\\'a3\\'ae\\'a3\\'ba\\'a3\\'bb\\'a3\\'bf\\'a3\\'dd\\'a3\\'e0\\'a3\\'fc\\'a3\\'fd\\'a1\\'ab\\'a1\\'e9}"
             "{\\*\\lchars ([\\'7b\\'a1\\'a4\\'a1\\'ae\\'a1\\'b0\\'a1\\'b4\\'a1\\'b6\\'a1\\'b8\\'a1\\'ba\\'a1\\'be\\'a1\\'b2\\'a1\\'bc\\'a3\\'a8\\'a3\\'ae\\'a3\\'db\\'a3\\'fb\\'a1\\'ea\\'a3\\'a4}\\fet2 ")
    o.append('{\\*\\ftnsep \\pard \\plain {\\insrsid \\chftnsep \\par }}{\\*\\ftnsepc \\pard \\plain {\\insrsid \\chftnsepc \\par }}{\\*\\aftnsep \\pard \\plain {\\insrsid \\chftnsep \\par }}{\\*\\aftnsepc \\pard \\plain {\\insrsid \\chftnsepc \\par }}')
    o.append('\\sectd \\sbkpage \\pgwsxn11906 \\pghsxn16838 \\marglsxn1587 \\margrsxn1474 \\margtsxn2098 \\margbsxn1984 \\guttersxn0 \\headery851 \\footery1474 \\pgbrdropt32 \\sectlinegrid579 \\sectspecifyl \\endnhere \\titlepg \n')
    o.append('{\\footer \\pard \\plain \\s2 \\qc \\li0 \\ri0 \\nowidctlpar \\tqc \\tx4153 \\tqr \\tx8306 \\aspalpha \\aspnum \\adjustright \\lin0 \\rin0 \\itap0 \\fs18 \\kerning2 \\rtlch \\alang1025 \\ltrch \\dbch \\af6 \\hich \\af2 \\loch \\f2 '
             + run('— ', size=28) + '{\\field {\\*\\fldinst {\\fs28 PAGE }}{\\fldrslt {\\fs28 2}}}' + run(' —', size=28) + '{\\fs28 \\par }}\n')

    # --- page 1: the notice -----------------------------------------------------
    T.para(HEAD_RED)
    o.append(para(HEAD_RED, align='qc', fi=0, font=3, size=80, extra='\\cf3 \\expnd10 \\expndtw50 '))
    T.para(DOCNO)
    o.append(para(DOCNO, align='qc', fi=0))
    # the red rule: an inline PNG picture in its own paragraph
    o.append(PARA % ('qc', 0, '') + '{\\pict \\picscalex100 \\picscaley100 \\piccropl0 \\piccropr0 \\piccropt0 \\piccropb0 \\picw15875 \\pich159 \\picwgoal9000 \\pichgoal90 \\pngblip \\bliptag-1238844821 \r\n'
             + hex_lines(red_rule_png(), 128) + '}{\\fs32 \\par }\n')
    T.para(NTITLE)
    o.append(para(NTITLE, align='qc', fi=0, font=3, size=44, pprops='\\sb240 \\sa240 '))
    # the text box is anchored in the addressee paragraph
    T.mark('textbox', BOX)
    T.mark('images', '2')
    T.mark('pagefield', 'footer')
    T.para(ADDR)
    o.append(PARA % ('qj', 0, '') + '{\\fs32 ' + textbox() + '}' + run(ADDR) + '{\\fs32 \\par }\n')
    T.para(NBODY)
    o.append(para(NBODY))
    o.append(PARA % ('qj', 640, '') + '{\\fs32 \\par }\n')
    T.para(NSIG)
    o.append(PARA % ('qr', 0, '\\ri1280 \\rin1280 ') + '{\\fs32 ' + seal() + '}' + run(NSIG) + '{\\fs32 \\par }\n')
    T.para(NDATE)
    o.append(para(NDATE, align='qr', fi=0, pprops='\\ri1440 \\rin1440 '))
    T.para(PUBLIC)
    o.append(para(PUBLIC, align='qj', fi=640))
    # page break: the measures start on a new page; WPS puts \page in a paragraph of its own
    o.append(PARA % ('qj', 0, '') + '{\\fs32 \\page }{\\fs32 \\par }\n')

    # --- the measures -----------------------------------------------------------
    T.para(TITLE)
    o.append(para(TITLE, align='qc', fi=0, font=3, size=44, pprops='\\sb240 \\sa240 '))
    T.para(PROB_LEAD)
    o.append(para(PROB_LEAD))
    for ptxt in PROBLEMS:
        T.para(ptxt)
        o.append(para(ptxt))
    T.para(PRE)
    o.append(para(PRE))
    for head, items in SECTIONS:
        T.para(head)
        o.append(para(head, font=4, pprops='\\keepn \\outlinelevel0 '))
        for num, text in items:
            T.para(num + text, measure=(num, text))
            cut = text.index('。') + 1
            o.append(PARA % ('qj', 640, '') + run(num, font=1) + run(text[:cut], font=5) + run(text[cut:]) + '{\\fs32 \\par }\n')
    T.para(STAGE_HEAD)
    o.append(para(STAGE_HEAD, font=4, pprops='\\keepn \\outlinelevel0 '))
    for i, (num, text) in enumerate(STAGES):
        T.para(num + text, disagree=(text, 'dated implementation stage (%s): a schedule step of the campaign rather than a commitment; left out of key.csv' % text[:4]))
        last = i == len(STAGES) - 1
        cut = text.index('。') + 1
        o.append(PARA % ('qj', 640, '') + run(num, font=5) + run(text[:cut], font=5) + run(text[cut:])
                 + ('{\\fs32 \\sect }' if last else '{\\fs32 \\par }') + '\n')

    # --- new section: the document footer block (版记) ----------------------------
    o.append('\\sectd \\sbknone \\pgwsxn11906 \\pghsxn16838 \\marglsxn1587 \\margrsxn1474 \\margtsxn2098 \\margbsxn1984 \\guttersxn0 \\headery851 \\footery1474 \\pgbrdropt32 \\sectlinegrid579 \\sectspecifyl \\endnhere \\vertal \\vertalb \n')
    T.para(CC)
    o.append(PARA % ('ql', 0, '\\brdrt \\brdrs \\brdrw10 \\brsp1 \\brdrb \\brdrs \\brdrw10 \\brsp1 \\li280 \\lin280 ')
             + run(CC, size=28) + '{\\fs28 \\par }\n')
    T.para(PRINTED)
    o.append(PARA % ('ql', 0, '\\brdrb \\brdrs \\brdrw10 \\brsp1 \\li280 \\lin280 ') + run(PRINTED, size=28) + '{\\fs28 \\par }}')
    write_bytes(FNAME, ''.join(o).replace('\r\n', '\n').replace('\n', '\r\n').encode('ascii'))
    T.write()


if __name__ == '__main__':
    build()

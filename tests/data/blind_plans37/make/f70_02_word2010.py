"""f70_02: a provincial department's rectification plan saved as RTF by Word 2010 on an
English-locale Windows (\\ansicpg1252).

Habits: \\uc1 with \\uN? escapes for every Chinese character (negative N above U+7FFF),
some runs (pasted from another file) as \\uc2\\uN\\'xx\\'xx with GBK fallback bytes,
\\upr{..}{\\*\\ud{..}} pairs in \\info (title, author, company), large hex blobs in
{\\*\\themedata}, {\\*\\colorschememapping} and {\\*\\datastore}, \\rtlch\\fcs1 ..\\ltrch\\fcs0 run
prefixes, a task table (\\trowd ..\\cellx, \\intbl ..\\cell, \\row, row properties repeated
before \\row) with a header row (\\trhdr), one cell holding two paragraphs, vertically
merged cells (\\clvmgf/\\clvmrg), and a _GoBack bookmark.
"""
import io, random, zipfile
from rtfkit import Truth, gbk_hex, u_escape, u_escape_gbk, word_wrap, hex_lines, write_bytes

FNAME = 'f70_02_haiyue_2014.rtf'
T = Truth(FNAME)
rnd = random.Random(7002)
RSIDS = sorted(rnd.randrange(100000, 16777215) for _ in range(20))
R = lambda: RSIDS[rnd.randrange(len(RSIDS))]

DOCNO = '海交党发〔2014〕1号'
TITLE = '中共海岳省交通运输厅党组党的群众路线教育实践活动整改方案'
PRE = ('根据中央和省委关于党的群众路线教育实践活动的部署要求，厅党组在深入学习、广泛听取意见、'
       '认真查摆问题的基础上，针对“四风”方面存在的突出问题，制定本整改方案。')
H1 = '一、总体要求'
GOAL = ('以党的十八大和十八届三中全会精神为指导，认真贯彻落实中央八项规定和省委十项规定精神，'
        '坚持边学边查边改，对查摆出的问题逐条建立台账、明确时限、落实责任，确保整改工作取得实效，'
        '让群众看到变化、得到实惠。')
H2 = '二、整改任务'
LEAD = '厅党组针对查摆出的4个方面16个具体问题，确定以下9项整改任务：'
HEADER = ['序号', '整改任务', '责任单位', '完成时限']
# (number, [task paragraphs], unit or None when merged with the row above, deadline)
ROWS = [
    ('1', ['严格控制会议数量和规模，厅系统全年召开的全省性会议比上年减少30%，会期一般不超过1天。'], '厅办公室', '2014年3月底前'),
    ('2', ['精简文件简报，厅机关各处室原则上不再编发简报，确需编发的须报厅党组审批。'], None, '2014年2月底前'),
    ('3', ['建立厅领导基层联系点制度，每名厅领导确定1个市县交通运输局和1个重点工程项目作为联系点。',
           '厅领导每年到联系点调研不少于2次，每次不少于2天，帮助基层解决实际困难。'], '厅机关党委', '2014年1月底前'),
    ('4', ['开展公路“三乱”专项治理，清理规范公路收费站点和路政执法行为，设立并公开投诉举报电话。'], '厅公路管理局、省路政总队', '2014年6月底前'),
    ('5', ['深化行政审批制度改革，取消和下放一批行政审批事项，审批时限压缩三分之一以上。'], '厅法规处', '2014年6月底前'),
    ('6', ['严格公务接待管理，执行接待审批和清单制度，不安排宴请，不上高档菜肴和酒水。'], '厅机关服务中心', '长期坚持'),
    ('7', ['清理超标配备的公务用车和超标占用的办公用房，超标部分一律腾退移交。'], None, '2014年3月底前'),
    ('8', ['严控“三公”经费，2014年厅机关“三公”经费支出比上年压缩10%以上。'], '厅财务处', '2014年12月底前'),
    ('9', ['全面清理在建楼堂馆所项目，停止新建、扩建培训中心。'], '厅财务处、厅规划处', '2014年6月底前'),
]
H3 = '四、保障措施'
H_LONG = '三、健全作风建设长效机制，防止问题反弹回潮'
LONG = ('对整改中形成的好做法及时总结提炼，上升为制度规范。2014年6月底前，修订完善厅机关会议、公文、'
        '接待、用车、办公用房等管理制度10项以上，并汇编成册、印发执行。')
GUAR = [
    ('（一）', '加强组织领导。', '厅党组书记为整改工作第一责任人，厅党组成员按照分工抓好分管领域的整改工作，一级抓一级，层层抓落实。'),
    ('（二）', '强化督查问责。', '厅机关纪委对整改任务落实情况进行跟踪督查，对整改不力、敷衍塞责的严肃追究责任。'),
    ('（三）', '公开整改结果。', '整改方案和整改进展情况在厅门户网站公示，接受干部群众监督。'),
]
SIG = '中共海岳省交通运输厅党组'
DATE = '2014年1月10日'

RUN = '{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 %s\\insrsid%d %s}'


def run(text, props='', gbk=False):
    body = ('\\uc2 ' + u_escape_gbk(text)) if gbk else u_escape(text)
    return RUN % (props, R(), body)


PARA = ('\\pard\\plain \\ltrpar\\%s \\fi%d\\li0\\ri0\\%s\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 %s'
        '\\rtlch\\fcs1 \\af0\\afs21\\alang1025 \\ltrch\\fcs0 \\f1\\fs32\\lang1033\\langfe2052\\kerning2\\loch\\af1\\hich\\af1\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 ')


def para(text, align='qj', fi=640, props='', gbk=False, extra_para='', ctl='nowidctlpar'):
    return (PARA % (align, fi, ctl, extra_para)) + run(text, props, gbk) + '\\par\n'


def theme_zip():
    buf = io.BytesIO()

    class Z(zipfile.ZipFile):            # fixed timestamps: the same bytes on every run
        def writestr(self, name, data):
            zi = zipfile.ZipInfo(name, date_time=(2014, 1, 8, 15, 21, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            super().writestr(zi, data)
    with Z(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/theme/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/theme/theme/themeManager.xml" ContentType="application/vnd.openxmlformats-officedocument.themeManager+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="theme/theme/themeManager.xml"/></Relationships>')
        z.writestr('theme/theme/themeManager.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a:themeManager xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>')
        colors = ''.join('<a:%s><a:srgbClr val="%06X"/></a:%s>' % (n, rnd.randrange(1 << 24), n)
                         for n in ['dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'])
        fonts = ''.join('<a:font script="%s" typeface="%s"/>' % (s, f) for s, f in
                        [('Jpan', 'ＭＳ 明朝'), ('Hang', '바탕'), ('Hans', '宋体'), ('Hant', '新細明體'), ('Arab', 'Times New Roman'), ('Hebr', 'Times New Roman'), ('Thai', 'Angsana New'), ('Ethi', 'Nyala'), ('Beng', 'Vrinda'), ('Gujr', 'Shruti'), ('Khmr', 'MoolBoran'), ('Knda', 'Tunga'), ('Guru', 'Raavi'), ('Cans', 'Euphemia'), ('Cher', 'Plantagenet Cherokee'), ('Yiii', 'Microsoft Yi Baiti'), ('Tibt', 'Microsoft Himalaya'), ('Thaa', 'MV Boli'), ('Deva', 'Mangal'), ('Telu', 'Gautami'), ('Taml', 'Latha'), ('Syrc', 'Estrangelo Edessa'), ('Orya', 'Kalinga'), ('Mlym', 'Kartika'), ('Laoo', 'DokChampa'), ('Sinh', 'Iskoola Pota'), ('Mong', 'Mongolian Baiti'), ('Viet', 'Times New Roman'), ('Uigh', 'Microsoft Uighur')])
        theme = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>'
                 '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' + colors + '</a:clrScheme>'
                 '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/>' + fonts + '</a:majorFont>'
                 '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>' + fonts + '</a:minorFont></a:fontScheme>'
                 '<a:fmtScheme name="Office">' + ('<a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' + '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="50000"/><a:satMod val="300000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="16200000" scaled="1"/></a:gradFill>' * 2 + '</a:fillStyleLst>') * 3 +
                 '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')
        z.writestr('theme/theme/theme1.xml', theme)
        z.writestr('theme/theme/_rels/themeManager.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme1.xml"/></Relationships>')
    return buf.getvalue()


def datastore():
    # what Word 2010 stores: a small header naming the XML reader, then an OLE compound file
    head = bytes.fromhex('0105000002000000180000004d73786d6c322e534158584d4c5265616465722e362e30000000000000000000000e0000')
    ole = bytearray(bytes.fromhex('d0cf11e0a1b11ae1') + bytes(16) + bytes.fromhex('3e000300feff0900060000000000000000000000010000000100000000000000001000000200000001000000feffffff0000000000000000'))
    ole += b'\xff' * (512 - len(ole))
    ole += b'\xfd\xff\xff\xff' + b'\xfe\xff\xff\xff' * 2 + b'\xff' * 500
    entry = 'Root Entry'.encode('utf-16-le') + bytes(64 - 20) + bytes.fromhex('16000500ffffffffffffffff0100000000000000') + bytes(28)
    ole += entry + bytes(512 - len(entry))
    ole += bytes.fromhex('3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d3822207374616e64616c6f6e653d226e6f223f3e') + bytes(100)
    return head + bytes(ole)


def latent():
    names = ['Normal', 'heading 1', 'heading 2', 'heading 3', 'heading 4', 'heading 5', 'heading 6', 'heading 7', 'heading 8', 'heading 9',
             'toc 1', 'toc 2', 'toc 3', 'toc 4', 'toc 5', 'toc 6', 'toc 7', 'toc 8', 'toc 9', 'caption', 'Title', 'Default Paragraph Font',
             'Subtitle', 'Strong', 'Emphasis', 'Table Grid', 'Placeholder Text', 'No Spacing', 'Light Shading', 'Light List', 'Light Grid',
             'Medium Shading 1', 'Medium Shading 2', 'Medium List 1', 'Medium List 2', 'Medium Grid 1', 'Medium Grid 2', 'Medium Grid 3',
             'Dark List', 'Colorful Shading', 'Colorful List', 'Colorful Grid', 'Revision', 'List Paragraph', 'Quote', 'Intense Quote',
             'Subtle Emphasis', 'Intense Emphasis', 'Subtle Reference', 'Intense Reference', 'Book Title', 'Bibliography', 'TOC Heading']
    items = []
    for i, n in enumerate(names):
        items.append('\\lsdqformat1 \\lsdpriority%d \\lsdlocked0 %s;' % (min(i, 99), n))
    return ('{\\*\\latentstyles\\lsdstimax267\\lsdlockeddef0\\lsdsemihiddendef1\\lsdunhideuseddef1\\lsdqformatdef0\\lsdprioritydef99{\\lsdlockedexcept '
            + ''.join(items) + '}}\n')


def fonttbl():
    def upr_font(n, fam, pan, name):
        return '{\\f%d\\fbidi \\%s\\fcharset134\\fprq1{\\*\\panose %s}%s;}' % (n, fam, pan, gbk_hex(name))
    return ('{\\fonttbl{\\f0\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}'
            "{\\f13\\fbidi \\fnil\\fcharset134\\fprq2{\\*\\panose 02010600030101010101}SimSun{\\*\\falt \\'cb\\'ce\\'cc\\'e5};}\n"
            '{\\f34\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02040503050406030204}Cambria Math;}'
            "{\\f37\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020f0502020204030204}Calibri;}\n"
            + upr_font(1, 'fmodern', '02010609060101010101', '仿宋_GB2312') + '\n'
            + "{\\f2\\fbidi \\fmodern\\fcharset134\\fprq1{\\*\\panose 02010609060101010101}SimHei{\\*\\falt \\'ba\\'da\\'cc\\'e5};}\n"
            + upr_font(3, 'fnil', '02000000000000000000', '方正小标宋简体') + '\n'
            + upr_font(4, 'fmodern', '02010609030101010101', '楷体_GB2312') + '\n'
            "{\\f38\\fbidi \\fnil\\fcharset134\\fprq2{\\*\\panose 02010600030101010101}@SimSun;}"
            "{\\flomajor\\f31500\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}\n"
            "{\\fdbmajor\\f31501\\fbidi \\fnil\\fcharset134\\fprq2{\\*\\panose 02010600030101010101}SimSun{\\*\\falt \\'cb\\'ce\\'cc\\'e5};}"
            "{\\fhimajor\\f31502\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02040503050406030204}Cambria;}\n"
            "{\\fbimajor\\f31503\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
            "{\\flominor\\f31504\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}\n"
            "{\\fdbminor\\f31505\\fbidi \\fnil\\fcharset134\\fprq2{\\*\\panose 02010600030101010101}SimSun{\\*\\falt \\'cb\\'ce\\'cc\\'e5};}"
            "{\\fhiminor\\f31506\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020f0502020204030204}Calibri;}\n"
            "{\\fbiminor\\f31507\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
            "{\\f40\\fbidi \\froman\\fcharset238\\fprq2 Times New Roman CE;}{\\f41\\fbidi \\froman\\fcharset204\\fprq2 Times New Roman Cyr;}\n"
            "{\\f43\\fbidi \\froman\\fcharset161\\fprq2 Times New Roman Greek;}{\\f44\\fbidi \\froman\\fcharset162\\fprq2 Times New Roman Tur;}}\n")


def stylesheet():
    return ('{\\stylesheet{\\ql \\li0\\ri0\\nowidctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs21\\alang1025 \\ltrch\\fcs0 '
            '\\fs21\\lang1033\\langfe2052\\kerning2\\loch\\f31506\\hich\\af31506\\dbch\\af31505\\cgrid\\langnp1033\\langfenp2052 \\snext0 \\qformat \\spriority0 Normal;}'
            '{\\*\\cs10 \\additive \\ssemihidden \\sunhideused \\spriority1 Default Paragraph Font;}\n'
            '{\\*\\ts11\\tsrowd\\trftsWidthB3\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\trcbpat1\\trcbpat1\\tblind0\\tblindtype3\\tscellwidthfts0\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv '
            '\\ql \\li0\\ri0\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs21\\alang1025 \\ltrch\\fcs0 \\fs21\\lang1033\\langfe2052\\kerning2\\loch\\f31506\\hich\\af31506\\dbch\\af31505\\cgrid\\langnp1033\\langfenp2052 '
            '\\snext11 \\ssemihidden \\sunhideused Normal Table;}\n'
            '{\\*\\ts15\\tsrowd\\trbrdrt\\brdrs\\brdrw4\\brdrcf1 \\trbrdrl\\brdrs\\brdrw4\\brdrcf1 \\trbrdrb\\brdrs\\brdrw4\\brdrcf1 \\trbrdrr\\brdrs\\brdrw4\\brdrcf1 \\trbrdrh\\brdrs\\brdrw4\\brdrcf1 \\trbrdrv\\brdrs\\brdrw4\\brdrcf1 '
            '\\trftsWidthB3\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\trcbpat1\\trcbpat1\\tblind0\\tblindtype3\\tscellwidthfts0\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv '
            '\\ql \\li0\\ri0\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs21\\alang1025 \\ltrch\\fcs0 \\fs21\\lang1033\\langfe2052\\kerning2\\loch\\f31506\\hich\\af31506\\dbch\\af31505\\cgrid\\langnp1033\\langfenp2052 '
            '\\sbasedon11 \\snext15 \\spriority59 \\styrsid%d Table Grid;}\n'
            '{\\s16\\qc \\li0\\ri0\\sb240\\sa240\\nowidctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs44\\alang1025 \\ltrch\\fcs0 \\f3\\fs44\\lang1033\\langfe2052\\kerning2\\loch\\f3\\hich\\af3\\dbch\\af3\\cgrid\\langnp1033\\langfenp2052 \\sbasedon0 \\snext0 \\qformat \\styrsid%d Doc Title;}}\n'
            % (R(), R()))


BRD = '\\clbrdrt\\brdrs\\brdrw10 \\clbrdrl\\brdrs\\brdrw10 \\clbrdrb\\brdrs\\brdrw10 \\clbrdrr\\brdrs\\brdrw10 '
WIDTHS = [817, 4819, 1843, 1474]


def trowd(irow, last=False, header=False, merge=None):
    """merge: dict col -> 'vmgf' | 'vmrg'"""
    merge = merge or {}
    s = ('\\trowd \\irow%d\\irowband%d\\ltrrow\\ts15\\trgaph108\\trrh567\\trleft-108\\trbrdrt\\brdrs\\brdrw10 \\trbrdrl\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 \\trbrdrr\\brdrs\\brdrw10 \\trbrdrh\\brdrs\\brdrw10 \\trbrdrv\\brdrs\\brdrw10 %s'
         '\\trftsWidth1\\trftsWidthB3\\trftsWidthA3\\trautofit1\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\tblrsid%d\\tbllkhdrrows\\tbllkhdrcols\\tbllknocolband\\tblind0\\tblindtype3 '
         % (irow, irow, '\\trhdr' if header else '', RSIDS[5]))
    if last:
        s = s.replace('\\ltrrow', '\\lastrow \\ltrrow')
    x = -108
    for c, w in enumerate(WIDTHS):
        x += w
        mg = {'vmgf': '\\clvmgf', 'vmrg': '\\clvmrg'}.get(merge.get(c), '')
        s += '%s\\clvertalc%s\\cltxlrtb\\clftsWidth3\\clwWidth%d\\clshdrawnil%s \\cellx%d' % (
            mg, BRD, w, '\\clcbpat16' if header else '', x)
    return s + '\n'


CELLP = ('\\pard\\plain \\ltrpar\\%s \\li0\\ri0\\nowidctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0 '
         '\\rtlch\\fcs1 \\af0\\afs21\\alang1025 \\ltrch\\fcs0 \\f1\\fs24\\lang1033\\langfe2052\\kerning2\\loch\\af1\\hich\\af1\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 ')


def cell(paras, align='qc', props='', gbk=False):
    out = []
    for i, ptxt in enumerate(paras):
        end = '\\cell ' if i == len(paras) - 1 else '\\par '
        out.append((CELLP % align) + (run(ptxt, props, gbk) if ptxt else '') + end + '\n')
    if not paras:
        out.append((CELLP % align) + '\\cell \n')
    return ''.join(out)


def rowend(rowdef):
    return ('\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0 '
            '\\rtlch\\fcs1 \\af0\\afs21\\alang1025 \\ltrch\\fcs0 \\fs21\\lang1033\\langfe2052\\kerning2\\loch\\af31506\\hich\\af31506\\dbch\\af31505\\cgrid\\langnp1033\\langfenp2052 '
            '{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid%d \n' % R() + rowdef + '\\row }\n')


def build():
    o = []
    o.append('{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff0\\deff0\\stshfdbch31505\\stshfloch31506\\stshfhich31506\\stshfbi0\\deflang1033\\deflangfe2052\\themelang1033\\themelangfe2052\\themelangcs0')
    o.append(fonttbl())
    o.append('{\\colortbl;\\red0\\green0\\blue0;\\red0\\green0\\blue255;\\red0\\green255\\blue255;\\red0\\green255\\blue0;\\red255\\green0\\blue255;\\red255\\green0\\blue0;\\red255\\green255\\blue0;\\red255\\green255\\blue255;\\red0\\green0\\blue128;\\red0\\green128\\blue128;\\red0\\green128\\blue0;\\red128\\green0\\blue128;\\red128\\green0\\blue0;\\red128\\green128\\blue0;\\red128\\green128\\blue128;\\red217\\green217\\blue217;'
             '\\ctextone\\ctint255\\cshade255\\red0\\green0\\blue0;}{\\*\\defchp \\fs21\\kerning2\\loch\\af31506\\hich\\af31506\\dbch\\af31505 }{\\*\\defpap \\ql \\li0\\ri0\\nowidctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 }\\noqfpromote \n')
    o.append(stylesheet())
    o.append('{\\*\\rsidtbl ' + ''.join('\\rsid%d' % r for r in RSIDS) + '}{\\mmathPr\\mmathFont34\\mbrkBin0\\mbrkBinSub0\\msmallFrac0\\mdispDef1\\mlMargin0\\mrMargin0\\mdefJc1\\mwrapIndent1440\\mintLim0\\mnaryLim0}\n')
    o.append('{\\info{\\upr{\\title %s}{\\*\\ud{\\title %s}}}{\\upr{\\author %s}{\\*\\ud{\\author %s}}}{\\operator Windows User}{\\upr{\\*\\company %s}{\\*\\ud{\\*\\company %s}}}'
             '{\\creatim\\yr2014\\mo1\\dy8\\hr15\\min21}{\\revtim\\yr2014\\mo1\\dy10\\hr9\\min4}{\\version4}{\\edmins63}{\\nofpages3}{\\nofwords228}{\\nofchars1305}{\\nofcharsws1530}{\\vern49275}}\n'
             % (gbk_hex(TITLE), u_escape(TITLE), gbk_hex('厅办公室'), u_escape('厅办公室'), gbk_hex('海岳省交通运输厅'), u_escape('海岳省交通运输厅')))
    o.append('{\\*\\xmlnstbl {\\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}\\paperw11906\\paperh16838\\margl1588\\margr1474\\margt2098\\margb1984\\gutter0\\ltrsect \n')
    o.append('\\deftab420\\ftnbj\\aenddoc\\trackmoves0\\trackformatting1\\donotembedsysfont0\\relyonvml0\\donotembedlingdata1\\grfdocevents0\\validatexml0\\showplaceholdtext0\\ignoremixedcontent0\\saveinvalidxml0\\showxmlerrors0\\horzdoc\\dghspace180\\dgvspace156\\dghorigin1701\\dgvorigin1984\\dghshow0\\dgvshow2\n'
             '\\jcompress\\lnongrid\\viewkind1\\viewscale100\\splytwnine\\ftnlytwnine\\htmautsp\\useltbaln\\alntblind\\lytcalctblwd\\lyttblrtgr\\lnbrkrule\\nobrkwrptbl\\snaptogridincell\\allowfieldendsel\\wrppunct\\asianbrkrule\\rsidroot%d\\newtblstyruls\\nogrowautofit\\usenormstyforlist\\noindnmbrts\\felnbrelev\\nocxsptable\\indrlsweleven\\noafcnsttbl\\afelev\\utinl\\hwelev\\spltpgpar\\notcvasp\\notbrkcnstfrctbl\\notvatxbx\\krnprsnet\\cachedcolbal \\nouicompat \\fet0\n'
             % RSIDS[0])
    o.append('{\\*\\wgrffmtfilter 2450}\\nofeaturethrottle1\\ilfomacatclnup0\\ltrpar \\sectd \\ltrsect\\linex0\\headery851\\footery992\\colsx425\\endnhere\\sectlinegrid312\\sectspecifyl\\sftnbj \n')
    o.append('{\\*\\pnseclvl1\\pnucrm\\pnstart1\\pnindent720\\pnhang {\\pntxta .}}{\\*\\pnseclvl2\\pnucltr\\pnstart1\\pnindent720\\pnhang {\\pntxta .}}{\\*\\pnseclvl3\\pndec\\pnstart1\\pnindent720\\pnhang {\\pntxta .}}\n')

    T.para(DOCNO)
    o.append(para(DOCNO, align='qc', fi=0))
    T.para(TITLE)
    o.append('\\pard\\plain \\ltrpar\\s16\\qc \\li0\\ri0\\sb240\\sa240\\nowidctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs44\\alang1025 \\ltrch\\fcs0 \\f3\\fs44\\lang1033\\langfe2052\\kerning2\\loch\\f3\\hich\\af3\\dbch\\af3\\cgrid\\langnp1033\\langfenp2052 '
             + run(TITLE[:13]) + run(TITLE[13:], gbk=True) + '\\par\n')
    T.para(PRE)
    o.append(para(PRE))
    T.para(H1, disagree=(H1[2:], 'numbered heading with only prose under it, but the prose is guiding thought and goals (总体要求), which the codebook excludes; left out of key.csv'))
    o.append(para(H1, props='\\f2 ', extra_para='\\keepn'))
    T.para(GOAL)
    o.append(para(GOAL))
    T.para(H2)
    o.append(para(H2, props='\\f2 ', extra_para='\\keepn'))
    T.para(LEAD)
    o.append(para(LEAD))

    # the task table
    n = len(ROWS) + 1
    hdr = trowd(0, header=True)
    T.row([[h] for h in HEADER])
    o.append(hdr + ''.join(cell([h], props='\\b\\f2 ', gbk=True) for h in HEADER) + rowend(hdr))
    for i, (num, task, unit, due) in enumerate(ROWS, start=1):
        merge = {}
        if unit is None:
            merge[2] = 'vmrg'
        elif i < len(ROWS) and ROWS[i][2] is None:
            merge[2] = 'vmgf'
        rd = trowd(i, last=(i == n - 1), merge=merge)
        T.row([[num], task, [unit] if unit else [], [due]], measure=(num, ''.join(task)))
        o.append(rd + cell([num]) + cell(task, align='qj') + (cell([unit]) if unit else cell([])) + cell([due]) + rowend(rd))

    T.mark('rowspan:2', '厅办公室', ROWS[0][1][0][-8:])
    T.mark('rowspan:2', '厅机关服务中心', ROWS[5][1][0][-8:])
    # a numbered heading with only prose under it: heading and prose together are one measure
    T.para(H_LONG, measure=(H_LONG[:2], H_LONG[2:] + LONG))
    o.append(para(H_LONG, props='\\f2 ', extra_para='\\keepn'))
    T.para(LONG)
    o.append(para(LONG))
    T.para(H3)
    o.append(para(H3, props='\\f2 ', extra_para='\\keepn'))
    for num, head, body in GUAR:
        T.para(num + head + body, measure=(num, head + body))
        o.append((PARA % ('qj', 640, 'nowidctlpar', '')) + run(num, '\\f4 ') + run(head, '\\b\\f4 ') + run(body) + '\\par\n')
    o.append((PARA % ('qj', 640, 'nowidctlpar', '')) + '{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid%d \\par }\n' % R())
    T.para(SIG)
    o.append((PARA % ('qr', 0, 'nowidctlpar', '')).replace('\\ri0', '\\ri640', 1).replace('\\rin0', '\\rin640', 1)
             + run(SIG, gbk=True) + '\\par\n')
    T.para(DATE)
    o.append((PARA % ('qr', 0, 'nowidctlpar', '')).replace('\\ri0', '\\ri960', 1).replace('\\rin0', '\\rin960', 1)
             + '{\\*\\bkmkstart _GoBack}{\\*\\bkmkend _GoBack}' + run(DATE) + '\\par\n')

    body = word_wrap(''.join(o))
    tail = ('{\\*\\themedata ' + hex_lines(theme_zip()) + '}\r\n'
            '{\\*\\colorschememapping ' + hex_lines(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a:clrMap xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>') + '}\r\n'
            + latent().replace('\n', '\r\n') +
            '{\\*\\datastore ' + hex_lines(datastore()) + '}}')
    # Word 2010 writes themedata/colorschememapping/latentstyles in the header; keep that order:
    # split the body at the rsid table and put the blobs before it.
    k = body.find('{\\*\\rsidtbl')
    blob = tail[:tail.find('{\\*\\datastore')]
    data = body[:k] + blob + body[k:] + '\r\n{\\*\\datastore ' + hex_lines(datastore()) + '}}'
    write_bytes(FNAME, data.encode('ascii'))
    T.write()


if __name__ == '__main__':
    build()

"""f70_01: a county plan saved as RTF by Word 2003 (Word 11) on Chinese Windows.

Habits: \\ansicpg936\\uc2, font table of \\fcharset134 fonts whose names are GBK hex,
Chinese as \\'xx\\'xx pairs in \\loch\\af1\\hich\\af1\\dbch\\af13 runs, ASCII digits in their own
runs, \\*\\rsidtbl / \\*\\generator / \\*\\listtable / \\*\\listoverridetable / \\*\\pgdsctbl /
\\*\\latentstyles destinations, a Word multilevel list whose drawn numbers (一、 and （一）)
exist only in {\\listtext ...} groups, _Toc / OLE_LINK bookmarks, a header and a footer with
PAGE fields, source lines wrapped by Word at about 255 characters.
"""
import random
from rtfkit import Truth, gbk_hex, write_bytes

FNAME = 'f70_01_chengchuan_2013.rtf'
T = Truth(FNAME)
rnd = random.Random(7001)
RSIDS = sorted(rnd.randrange(100000, 16777215) for _ in range(14))
R = lambda: RSIDS[rnd.randrange(len(RSIDS))]

CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

# ------------------------------------------------------------------ content
HEAD_RED = '中共澄川县委文件'
DOCNO = '澄发〔2013〕3号'
TITLE = '中共澄川县委关于改进工作作风密切联系群众的实施意见'
ADDR = '各乡镇党委，县委各部委，县直各单位党组（党委），各人民团体：'
PRE = ('为认真贯彻落实中央政治局关于改进工作作风、密切联系群众的八项规定和省委、市委实施意见，'
       '进一步转变作风、提高效能，结合我县实际，提出如下实施意见。')
SECTIONS = [
    ('改进调查研究', [
        '明确调研任务。县委常委每年到基层调研不少于60天，每人确定1至2个乡镇或村作为联系点，每年到联系点不少于4次。',
        '改进调研方式。调研以蹲点调研、随机走访为主，不打招呼、不定路线，不搞层层陪同，县委常委到乡镇调研陪同人员不超过2人。',
        '注重调研实效。每名县委常委每年至少撰写1篇有分量的调研报告，提出解决问题的具体办法，调研成果作为县委决策的重要依据。',
    ]),
    ('精简会议活动', [
        '严格控制会议数量。县委全体会议每年一般召开2次，以县委、县政府名义召开的全县性工作会议每年控制在10个以内，能合并召开的一律合并召开。',
        '提高会议质量。会议时间一般不超过半天，主持人讲话不超过10分钟，其他县领导讲话一般不超过30分钟，不搞照本宣科。',
        '规范庆典活动。县级领导干部不出席各类剪彩、奠基、庆典、研讨会等活动，确需出席的须经县委主要领导同意。',
    ]),
    ('精简文件简报', [
        '减少发文数量。凡国家、省、市文件已有明确规定的，不再制发贯彻性文件；2013年全县发文数量比上年减少20%以上。',
        '控制文件篇幅。县委、县政府文件一般不超过5000字，部门工作简报原则上每期不超过1500字，没有实质内容的一律不发。',
    ]),
    ('规范公务接待和厉行勤俭节约', [
        '严格接待标准。对上级机关来澄川检查指导工作的，按规定安排工作餐，不上高档菜肴和酒水，陪餐人数不超过3人。',
        '规范公务用车。严格按照编制和标准配备公务用车，严禁公车私用，节假日期间公务用车一律定点封存。',
        '严控“三公”经费。2013年全县“三公”经费在上年基础上压减10%，严禁违规新建、扩建楼堂馆所。',
    ]),
    ('加强监督检查', [
        '县纪委、县委督查室每季度对执行本实施意见情况开展一次专项检查，检查结果在全县通报。',
        '对违反本实施意见的，依照有关规定严肃追究相关人员和单位主要负责人的责任，并在全县范围内点名道姓通报曝光。',
    ]),
]
CLOSE = '本实施意见自印发之日起施行。'
SIG = '中共澄川县委'
DATE = '2013年1月18日'
NOTE = '（此件发至乡镇）'
CC = '抄送：市委办公室，市纪委。'
PRINTED = ('澄川县委办公室', '2013年1月20日印发')

# ------------------------------------------------------------------ RTF pieces
F_FS = '\\'.join([])  # placeholder to keep the linter quiet


def runs(text, lo=1, db=13, extra=''):
    """Word 2003 splits a paragraph into runs where the script changes: ASCII runs are
    tagged \\hich..\\loch\\f1, GBK runs \\loch\\af1\\hich\\af1\\dbch\\af13 and written as hex pairs."""
    out, buf, kind = [], '', None
    for ch in text:
        k = 'a' if ord(ch) < 128 else 'c'
        if kind is not None and k != kind:
            out.append((kind, buf))
            buf = ''
        kind = k
        buf += ch
    if buf:
        out.append((kind, buf))
    res = []
    for k, s in out:
        if k == 'a':
            res.append('{\\hich\\af%d\\dbch\\af%d\\loch\\f%d%s\\insrsid%d %s}' % (lo, db, lo, extra, R(), gbk_hex(s)))
        else:
            res.append('{\\loch\\af%d\\hich\\af%d\\dbch\\af%d%s\\insrsid%d %s}' % (lo, lo, db, extra, R(), gbk_hex(s)))
    return ''.join(res)


PPLAIN = ('\\pard\\plain \\%s\\fi%d\\li0\\ri0\\nowidctlpar\\wrapdefault\\faauto\\rin0\\lin0\\itap0 '
          '\\f1\\fs32\\lang1033\\langfe2052\\kerning2\\loch\\af1\\hich\\af1\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 ')


def p(text, align='qj', fi=640, pre='', extra=''):
    return (PPLAIN % (align, fi)) + pre + runs(text, extra=extra) + '\\par\n'


def fonttbl():
    fonts = [
        (0, 'froman', 0, '02020603050405020304', 'Times New Roman', None),
        (1, 'fmodern', 134, '02010609060101010101', '仿宋_GB2312', None),
        (2, 'fmodern', 134, '02010609060101010101', '黑体', 'SimHei'),
        (3, 'fnil', 134, '02010600030101010101', '方正小标宋简体', None),
        (4, 'fmodern', 134, '02010609030101010101', '楷体_GB2312', None),
        (13, 'fnil', 134, '02010600030101010101', '宋体', 'SimSun'),
        (37, 'fnil', 134, '02010600030101010101', '@宋体', None),
    ]
    out = ['{\\fonttbl']
    for n, fam, cs, pan, name, alt in fonts:
        nm = gbk_hex(name)
        a = '{\\*\\falt %s}' % alt if alt else ''
        out.append('{\\f%d\\%s\\fcharset%d\\fprq%d{\\*\\panose %s}%s%s;}' % (n, fam, cs, 1 if fam == 'fmodern' else 2, pan, nm, a))
    out.append('}\n')
    return ''.join(out)


def listtable():
    # one multilevel list: level 0 "一、" (no tab after), level 1 "（一）" + tab.
    lv = []
    lv.append('{\\listlevel\\levelnfc39\\levelnfcn39\\leveljc0\\leveljcn0\\levelfollow2\\levelstartat1\\levelspace0\\levelindent0'
              "{\\leveltext\\leveltemplateid1562178574\\'02\\'00\\u12289\\'a1\\'a2;}{\\levelnumbers\\'01;}"
              '\\b\\f2\\hich\\af2\\dbch\\af2\\loch\\f2\\fbias0 \\fi640\\li0\\jclisttab\\tx1280\\lin0 }')
    lv.append('{\\listlevel\\levelnfc39\\levelnfcn39\\leveljc0\\leveljcn0\\levelfollow0\\levelstartat1\\levelspace0\\levelindent0'
              "{\\leveltext\\leveltemplateid-1096237326\\'03\\u65288\\'a3\\'a8\\'01\\u65289\\'a3\\'a9;}{\\levelnumbers\\'02;}"
              '\\f4\\hich\\af4\\dbch\\af4\\loch\\f4\\fbias0 \\fi640\\li0\\jclisttab\\tx1600\\lin0 }')
    ids = [67698713, 67698715, 67698703, 67698713, 67698715, 67698703, 67698713]
    for i, tid in enumerate(ids):
        ind = 1680 + 420 * i
        nfc = [0, 4, 2][i % 3]
        if nfc == 0:
            lt = "{\\leveltext\\leveltemplateid%d\\'02\\'%02d.;}{\\levelnumbers\\'01;}" % (tid, i + 2)
        elif nfc == 4:
            lt = "{\\leveltext\\leveltemplateid%d\\'02\\'%02d);}{\\levelnumbers\\'01;}" % (tid, i + 2)
        else:
            lt = "{\\leveltext\\leveltemplateid%d\\'02\\'%02d.;}{\\levelnumbers\\'01;}" % (tid, i + 2)
        lv.append('{\\listlevel\\levelnfc%d\\levelnfcn%d\\leveljc%d\\leveljcn%d\\levelfollow0\\levelstartat1\\lvltentative\\levelspace0\\levelindent0'
                  '%s\\fbias0 \\fi-420\\li%d\\jclisttab\\tx%d\\lin%d }' % (nfc, nfc, 2 if nfc == 2 else 0, 2 if nfc == 2 else 0, lt, ind, ind, ind))
    return ('{\\*\\listtable{\\list\\listtemplateid-1907451342\n' + '\n'.join(lv) +
            '{\\listname ;}\\listid1457331720}}\n'
            '{\\*\\listoverridetable{\\listoverride\\listid1457331720\\listoverridecount0\\ls1}}\n')


def stylesheet():
    nm = lambda s: s
    return ('{\\stylesheet{\\qj \\li0\\ri0\\nowidctlpar\\wrapdefault\\faauto\\rin0\\lin0\\itap0 \\fs21\\lang1033\\langfe2052\\kerning2\\loch\\f0\\hich\\af0\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 \\snext0 Normal;}\n'
            '{\\s1\\qj \\li0\\ri0\\sb340\\sa330\\sl578\\slmult1\\keepn\\nowidctlpar\\wrapdefault\\faauto\\outlinelevel0\\rin0\\lin0\\itap0 \\b\\fs44\\lang1033\\langfe2052\\kerning44\\loch\\f0\\hich\\af0\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 \\sbasedon0 \\snext0 heading 1;}\n'
            '{\\*\\cs10 \\additive \\ssemihidden Default Paragraph Font;}\n'
            '{\\*\\ts11\\tsrowd\\trftsWidthB3\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\trcbpat1\\trcbpat1\\tscellwidthfts0\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv \\ql \\li0\\ri0\\widctlpar\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\fs20\\lang1024\\langfe1024\\loch\\f0\\hich\\af0\\dbch\\af13\\cgrid\\langnp1024\\langfenp1024 \\snext11 \\ssemihidden Normal Table;}\n'
            '{\\s15\\qj \\li0\\ri0\\nowidctlpar\\wrapdefault\\faauto\\rin0\\lin0\\itap0 \\fs18\\lang1033\\langfe2052\\kerning2\\loch\\f0\\hich\\af0\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 \\sbasedon0 \\snext15 \\ssemihidden Balloon Text;}\n'
            '{\\s16\\qc \\li0\\ri0\\nowidctlpar\\pbrdrb\\brdrs\\brdrw6\\brsp20 \\tqc\\tx4153\\tqr\\tx8306\\wrapdefault\\faauto\\rin0\\lin0\\itap0 \\fs18\\lang1033\\langfe2052\\kerning2\\loch\\f0\\hich\\af0\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 \\sbasedon0 \\snext16 header;}\n'
            '{\\s17\\ql \\li0\\ri0\\nowidctlpar\\tqc\\tx4153\\tqr\\tx8306\\wrapdefault\\faauto\\rin0\\lin0\\itap0 \\fs18\\lang1033\\langfe2052\\kerning2\\loch\\f0\\hich\\af0\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 \\sbasedon0 \\snext17 footer;}\n'
            '{\\*\\cs18 \\additive \\sbasedon10 page number;}}\n')


def header_footer():
    hdr = ('{\\header \\pard\\plain \\s16\\qr \\li0\\ri0\\nowidctlpar\\pbrdrb\\brdrs\\brdrw6\\brsp20 \\tqc\\tx4153\\tqr\\tx8306\\wrapdefault\\faauto\\rin0\\lin0\\itap0 '
           '\\f1\\fs18\\lang1033\\langfe2052\\kerning2\\loch\\af1\\hich\\af1\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 '
           + runs('澄发〔2013〕3号　第') +
           '{\\field{\\*\\fldinst {PAGE}}{\\fldrslt {1}}}' + runs('页') + '\\par }\n')
    ftr = ('{\\footer \\pard\\plain \\s17\\qc \\li0\\ri0\\nowidctlpar\\tqc\\tx4153\\tqr\\tx8306\\wrapdefault\\faauto\\rin0\\lin0\\itap0 '
           '\\f1\\fs28\\lang1033\\langfe2052\\kerning2\\loch\\af1\\hich\\af1\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 '
           + runs('— ') +
           '{\\field{\\*\\fldinst {\\cs18 \\hich\\af1\\dbch\\af13\\loch\\f1\\insrsid%d  PAGE }}{\\fldrslt {\\cs18\\lang1024\\langfe1024\\noproof\\insrsid%d \\hich\\af1\\dbch\\af13\\loch\\f1 1}}}' % (R(), R())
           + runs(' —') + '\\par }\n')
    return hdr + ftr


def build():
    out = []
    out.append('{\\rtf1\\ansi\\ansicpg936\\uc2\\deff0\\stshfdbch13\\stshfloch0\\stshfhich0\\stshfbi0\\deflang1033\\deflangfe2052')
    out.append(fonttbl())
    out.append('{\\colortbl;\\red0\\green0\\blue0;\\red0\\green0\\blue255;\\red0\\green255\\blue255;\\red0\\green255\\blue0;\\red255\\green0\\blue255;\\red255\\green0\\blue0;\\red255\\green255\\blue0;\\red255\\green255\\blue255;\\red0\\green0\\blue128;\\red0\\green128\\blue128;\\red0\\green128\\blue0;\n'
               '\\red128\\green0\\blue128;\\red128\\green0\\blue0;\\red128\\green128\\blue0;\\red128\\green128\\blue128;\\red192\\green192\\blue192;}\n')
    out.append(stylesheet())
    out.append(listtable())
    out.append('{\\*\\pgdsctbl{\\pgdsc0\\pgdscuse195\\pgwsxn11906\\pghsxn16838\\marglsxn1588\\margrsxn1474\\margtsxn2098\\margbsxn1984\\pgdscnxt0 Default;}}\n')
    out.append('{\\*\\latentstyles\\lsdstimax156\\lsdlockeddef0}')
    out.append('{\\*\\rsidtbl ' + ''.join('\\rsid%d' % r for r in RSIDS) + '}\n')
    out.append('{\\*\\generator Microsoft Word 11.0.8307;}')
    out.append('{\\info{\\title %s}{\\author %s}{\\operator %s}'
               '{\\creatim\\yr2013\\mo1\\dy17\\hr16\\min2}{\\revtim\\yr2013\\mo1\\dy18\\hr10\\min41}{\\printim\\yr2013\\mo1\\dy18\\hr10\\min40}'
               '{\\version6}{\\edmins95}{\\nofpages3}{\\nofwords216}{\\nofchars1236}{\\*\\company %s}{\\nofcharsws1449}{\\vern24689}}\n'
               % (gbk_hex('中共澄川县委关于改进工作作风密切联系群众的实施意见'), gbk_hex('县委办'), gbk_hex('文印室'), gbk_hex('中共澄川县委办公室')))
    out.append('\\paperw11906\\paperh16838\\margl1588\\margr1474\\margt2098\\margb1984\\gutter0 \\deftab420\\ftnbj\\aenddoc\\hyphcaps0\\formshade\\horzdoc\\dgmargin\\dghspace180\\dgvspace156\\dghorigin1588\\dgvorigin2098\\dghshow0\\dgvshow2\n'
               '\\jcompress\\lnongrid\\viewkind1\\viewscale100\\splytwnine\\ftnlytwnine\\htmautsp\\useltbaln\\alntblind\\lytcalctblwd\\lyttblrtgr\\lnbrkrule\\nobrkwrptbl\\snaptogridincell\\allowfieldendsel\\wrppunct\\asianbrkrule\\rsidroot%d\\newtblstyruls\\nogrowautofit '
               % RSIDS[0])
    out.append('{\\*\\fchars ' + gbk_hex('!),.:;?]}¨·ˇˉ―‖’”…∶、。〃々〉》」』】〕〗！＂＇），．：；？］｀｜｝～￠') + '}')
    out.append('{\\*\\lchars ' + gbk_hex('([{·‘“〈《「『【〔〖（．［｛￡￥') + '}')
    out.append('\\fet0\\sectd \\linex0\\headery851\\footery1418\\colsx425\\endnhere\\sectlinegrid579\\sectspecifyl\\sectrsid%d\\sftnbj \n' % RSIDS[1])
    out.append(header_footer())
    T.mark('header', '澄发〔2013〕3号　第')
    T.mark('pagefield', 'header')
    T.mark('pagefield', 'footer')

    # red head, document number, title
    T.para(HEAD_RED)
    out.append('\\pard\\plain \\qc \\li0\\ri0\\sl-1200\\slmult0\\nowidctlpar\\wrapdefault\\faauto\\rin0\\lin0\\itap0 \\f3\\fs88\\expnd20\\expndtw100\\cf6\\lang1033\\langfe2052\\kerning2\\loch\\af3\\hich\\af3\\dbch\\af3\\cgrid\\langnp1033\\langfenp2052 '
               + '{\\loch\\af3\\hich\\af3\\dbch\\af3\\insrsid%d %s}\\par\n' % (R(), gbk_hex(HEAD_RED)))
    T.para(DOCNO)
    out.append(p(DOCNO, align='qc', fi=0))
    T.para(TITLE)
    out.append('\\pard\\plain \\qc \\li0\\ri0\\sb480\\sa240\\nowidctlpar\\wrapdefault\\faauto\\rin0\\lin0\\itap0 \\f3\\fs44\\lang1033\\langfe2052\\kerning2\\loch\\af3\\hich\\af3\\dbch\\af3\\cgrid\\langnp1033\\langfenp2052 '
               + '{\\*\\bkmkstart OLE_LINK1}{\\loch\\af3\\hich\\af3\\dbch\\af3\\insrsid%d %s}{\\*\\bkmkend OLE_LINK1}\\par\n' % (R(), gbk_hex(TITLE)))
    T.para(ADDR)
    out.append(p(ADDR, align='ql', fi=0))
    T.para(PRE)
    out.append(p(PRE))

    toc = 346107201
    for si, (head, items) in enumerate(SECTIONS):
        num0 = CN[si] + '、'
        T.para(num0 + head)
        lt = ("{\\listtext\\pard\\plain \\b\\f2\\fs32\\hich\\af2\\dbch\\af2\\loch\\f2\\insrsid%d %s}" % (R(), gbk_hex(num0)))
        out.append(lt + '\\pard\\plain \\qj \\fi640\\li0\\ri0\\keepn\\nowidctlpar\\jclisttab\\tx1280\\wrapdefault\\faauto\\ls1\\outlinelevel0\\rin0\\lin0\\itap0 '
                   '\\b\\f2\\fs32\\lang1033\\langfe2052\\kerning2\\loch\\af2\\hich\\af2\\dbch\\af2\\cgrid\\langnp1033\\langfenp2052 '
                   '{\\*\\bkmkstart _Toc%d}{\\loch\\af2\\hich\\af2\\dbch\\af2\\insrsid%d %s}{\\*\\bkmkend _Toc%d}\\par\n'
                   % (toc + si, R(), gbk_hex(head), toc + si))
        for ii, item in enumerate(items):
            num1 = '（' + CN[ii] + '）'
            T.para(num1 + '\t' + item, measure=(num1, item))
            lt = ("{\\listtext\\pard\\plain \\f4\\fs32\\hich\\af4\\dbch\\af4\\loch\\f4\\insrsid%d %s\\tab}" % (R(), gbk_hex(num1)))
            # the short heading sentence of the item is in 楷体, the rest in 仿宋
            cut = item.find('。') + 1
            if 0 < cut <= 12:
                body = ('{\\f4\\loch\\af4\\hich\\af4\\dbch\\af4\\insrsid%d %s}' % (R(), gbk_hex(item[:cut]))) + runs(item[cut:])
            else:
                body = runs(item)
            out.append(lt + '\\pard\\plain \\qj \\fi640\\li0\\ri0\\nowidctlpar\\jclisttab\\tx1600\\wrapdefault\\faauto\\ls1\\ilvl1\\rin0\\lin0\\itap0 '
                       '\\f1\\fs32\\lang1033\\langfe2052\\kerning2\\loch\\af1\\hich\\af1\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 '
                       + body + '\\par\n')
    T.para(CLOSE)
    out.append(p(CLOSE))
    # blank lines before the signature are empty paragraphs (not in the truth file)
    out.append(PPLAIN % ('qj', 640) + '{\\insrsid%d \\par }\n' % R())
    out.append(PPLAIN % ('qj', 640) + '{\\insrsid%d \\par }\n' % R())
    T.para(SIG)
    out.append(p(SIG, align='qr', fi=0).replace('\\ri0', '\\ri1280', 1).replace('\\rin0', '\\rin1280', 1))
    T.para(DATE)
    out.append(p(DATE, align='qr', fi=0).replace('\\ri0', '\\ri1120', 1).replace('\\rin0', '\\rin1120', 1))
    T.para(NOTE)
    out.append(p(NOTE, align='ql'))
    out.append(PPLAIN % ('qj', 640) + '{\\insrsid%d \\par }\n' % R())
    T.para(CC)
    out.append(('\\pard\\plain \\ql \\fi-1120\\li1120\\ri0\\nowidctlpar\\brdrt\\brdrs\\brdrw10\\brsp1 \\brdrb\\brdrs\\brdrw10\\brsp1 \\wrapdefault\\faauto\\rin0\\lin1120\\itap0 '
                '\\f1\\fs28\\lang1033\\langfe2052\\kerning2\\loch\\af1\\hich\\af1\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 ') + runs(CC) + '\\par\n')
    T.para(PRINTED[0] + '\t' + PRINTED[1])
    out.append(('\\pard\\plain \\ql \\fi280\\li0\\ri0\\nowidctlpar\\brdrb\\brdrs\\brdrw10\\brsp1 \\tqr\\tx8560\\wrapdefault\\faauto\\rin0\\lin0\\itap0 '
                '\\f1\\fs28\\lang1033\\langfe2052\\kerning2\\loch\\af1\\hich\\af1\\dbch\\af13\\cgrid\\langnp1033\\langfenp2052 ')
               + runs(PRINTED[0]) + '{\\insrsid%d \\tab }' % R() + runs(PRINTED[1]) + '\\par }')
    src = ''.join(out)
    # Word 2003 wraps its source lines: a newline is put before a control word once a line
    # grows past ~255 characters (never inside a control word or a hex pair).
    lines = []
    for line in src.split('\n'):
        while len(line) > 255:
            cut = line.rfind('\\', 0, 255)
            while cut > 0 and line[cut + 1:cut + 2] == "'" and False:
                cut = line.rfind('\\', 0, cut)
            if cut <= 0:
                break
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    data = '\r\n'.join(lines).encode('ascii')
    write_bytes(FNAME, data)
    T.write()


if __name__ == '__main__':
    build()

"""f70_04: a township's ten rules, typed in an old word processor (Word 95 / WordPad
lineage) and saved as RTF.

Habits: no \\uc / \\u at all, only \\'xx GBK pairs (lower-case hex) in fcharset134 fonts,
\\deflangfe2052, old-style paragraph numbering (\\pntext drawn numbers plus a {\\*\\pn ..}
description; later items inherit the numbering WordPad-style and carry only their own
{\\pntext}), \\pnseclvl defaults, soft line breaks \\line inside a paragraph (title and one
measure), hidden text {\\v ..} (an internal note), tracked changes with a \\*\\revtbl
(\\deleted text removed, \\revised text inserted, \\revauth/\\revdttm stamps), a comment
(\\*\\atnid, \\*\\atnauthor, \\chatn, \\*\\annotation) and a footnote ({\\super\\chftn}{\\footnote ..}).
"""
from rtfkit import Truth, gbk_hex, write_bytes

FNAME = 'f70_04_tongxi_2013.rtf'
T = Truth(FNAME)


def dttm(y, mo, d, h, mi, wd):
    v = mi | (h << 6) | (d << 11) | (mo << 16) | ((y - 1900) << 20) | (wd << 29)
    return v - (1 << 32) if v >= (1 << 31) else v      # RTF numbers are signed 32-bit


D1 = dttm(2013, 2, 22, 16, 30, 5)   # 2013-02-22 (Fri) 16:30
D2 = dttm(2013, 2, 25, 9, 5, 1)     # 2013-02-25 (Mon) 09:05  (insertions)

DOCNO = '桐发〔2013〕2号'
TITLE1, TITLE2 = '中共桐溪乡委员会　桐溪乡人民政府', '关于改进工作作风密切联系群众的十项规定'
ADDR = '各村党支部、村委会，乡直各单位：'
PRE_A = '为深入贯彻落实中央八项规定'
FOOT = '指2012年12月4日中共中央政治局会议审议通过的《关于改进工作作风、密切联系群众的八项规定》。'
PRE_B = '和省、市、县关于改进工作作风的有关要求，进一步密切党群干群关系，结合我乡实际，制定以下规定。'

# Each measure: list of segments. ('t', s) plain; ('del', s) tracked deletion; ('ins', s)
# tracked insertion; ('hid', s) hidden text; ('line',) soft break; ('atn', s) comment.
ITEMS = [
    [('t', '深入村组调研。乡党政班子成员每月到所包村调研不少于4天，每年在农户家中住宿不少于10晚，'), ('line',),
     ('t', '每人每年撰写1篇调研报告。')],
    [('t', '精简会议活动。全乡性会议每年不超过6次，会议一律在乡政府会议室召开，不摆花草、不发纪念品。')],
    [('t', '精简文件简报。乡党委、乡政府发文每年控制在30件以内，不再编印工作简报。')],
    [('t', '规范公务接待。'), ('del', '接待标准按县里规定执行。'),
     ('t', '上级来乡检查指导工作一律在乡机关食堂安排工作餐，不上酒水，陪餐人员不超过2人。')],
    [('t', '严格公务用车管理。乡政府公务用车实行统一调派、登记使用，严禁公车私用，节假日一律停放在乡政府院内。')],
    [('t', '厉行勤俭节约。严格控制办公经费支出，2013年乡机关办公经费比上年压缩15%，不得购买高档办公用品，'),
     ('ins', '严禁用公款购买烟酒和土特产品，'), ('t', '严禁用公款大吃大喝。')],
    [('del', '加强'), ('ins', '改进'), ('t', '便民服务。乡便民服务中心实行全程代办和首问负责制，工作日中午不休息，确保群众办事有人管、有人办。')],
    [('t', '严肃工作纪律。乡机关干部严格执行上下班签到制度，工作日严禁饮酒'),
     ('atn', '建议把“严禁打牌赌博”也写进来。'), ('t', '，严禁上班时间打牌、上网炒股。')],
    [('t', '坚持政务公开。乡财务收支、惠农资金发放和“三公”经费使用情况每季度在乡政务公开栏公开一次，接受群众监督。')],
    [('t', '强化监督检查。乡纪委每月对执行本规定情况进行一次检查，对违反规定的，视情节给予批评教育、通报批评或纪律处分。'),
     ('hid', '内部备注：此条经2月22日党委会讨论，纪委书记意见已吸收。')],
]
CLOSE = '本规定自2013年3月1日起施行。'
SIG1, SIG2 = '中共桐溪乡委员会', '桐溪乡人民政府'
DATE = '2013年2月25日'

FT = ('{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2 Times New Roman;}{\\f1\\fnil\\fcharset134\\fprq2 ' + gbk_hex('宋体') + ';}'
      '{\\f2\\fmodern\\fcharset134\\fprq1 ' + gbk_hex('仿宋_GB2312') + ';}{\\f3\\fmodern\\fcharset134\\fprq1 ' + gbk_hex('黑体') + ';}'
      '{\\f4\\fnil\\fcharset134\\fprq2 ' + gbk_hex('宋体') + ';}}')


def seg_rtf(segs):
    out = []
    for s in segs:
        k = s[0]
        if k == 't':
            out.append(gbk_hex(s[1]))
        elif k == 'del':
            out.append('{\\deleted\\revauthdel1\\revdttmdel%d %s}' % (D1, gbk_hex(s[1])))
        elif k == 'ins':
            out.append('{\\revised\\revauth1\\revdttm%d %s}' % (D2, gbk_hex(s[1])))
        elif k == 'hid':
            out.append('{\\v %s}' % gbk_hex(s[1]))
        elif k == 'line':
            out.append('\\line ')
        elif k == 'atn':
            out.append('{\\*\\atnid %s}{\\*\\atnauthor %s}\\chatn {\\*\\annotation \\pard\\plain \\s4\\qj \\f2\\fs18 {\\field{\\fldinst {\\chatn }}{\\fldrslt }}%s\\par}'
                       % ('LJW', gbk_hex('乡纪委 李建伟'), gbk_hex(s[1])))
    return ''.join(out)


def seg_truth(segs):
    """final text: tracked deletions gone, insertions kept, hidden text and comments out,
    soft line breaks read as nothing (the halves joined)."""
    return ''.join(s[1] for s in segs if s[0] in ('t', 'ins'))


def seg_flat(segs):
    """LibreOffice's text export: \\line as a new line, and it prints tracked deletions and
    hidden text too (its document model marks them; check_lo.py verifies that)."""
    parts, cur = [], ''
    for s in segs:
        if s[0] in ('t', 'ins', 'del', 'hid'):
            if s[0] != 't':
                T.mark({'ins': 'insertion', 'del': 'deletion', 'hid': 'hidden'}[s[0]], s[1], cur[-6:])
            cur += s[1]
        elif s[0] == 'atn':
            T.mark('annotation', s[1], cur[-6:])
        elif s[0] == 'line':
            parts.append(cur)
            cur = ''
    parts.append(cur)
    return parts


def build():
    o = ['{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052' + FT + '\r\n']
    o.append('{\\colortbl;\\red0\\green0\\blue0;\\red0\\green0\\blue255;\\red0\\green255\\blue255;\\red0\\green255\\blue0;\\red255\\green0\\blue255;\\red255\\green0\\blue0;\\red255\\green255\\blue0;\\red255\\green255\\blue255;\\red0\\green0\\blue128;\\red0\\green128\\blue128;\\red0\\green128\\blue0;\\red128\\green0\\blue128;\\red128\\green0\\blue0;\\red128\\green128\\blue0;\\red128\\green128\\blue128;\\red192\\green192\\blue192;}\r\n')
    o.append('{\\stylesheet{\\qj\\widctlpar \\f1\\fs21\\lang1033 \\snext0 Normal;}{\\*\\cs10 \\additive Default Paragraph Font;}'
             '{\\s4\\qj\\widctlpar \\f1\\fs18\\lang1033 \\sbasedon0\\snext4 annotation text;}{\\*\\cs5 \\additive\\fs16 \\sbasedon10 annotation reference;}'
             '{\\s6\\qj\\widctlpar \\f1\\fs18\\lang1033 \\sbasedon0\\snext6 footnote text;}{\\*\\cs7 \\additive\\super \\sbasedon10 footnote reference;}}\r\n')
    o.append('{\\*\\revtbl {Unknown;}{%s;}}\r\n' % gbk_hex('党政办 张文'))
    o.append('{\\info{\\title %s}{\\author %s}{\\operator %s}{\\creatim\\yr2013\\mo2\\dy20\\hr10\\min2}{\\revtim\\yr2013\\mo2\\dy25\\hr9\\min5}'
             '{\\printim\\yr2013\\mo2\\dy25\\hr9\\min7}{\\version4}{\\edmins38}{\\nofpages2}{\\nofwords85}{\\nofchars1210}{\\vern57}}\r\n'
             % (gbk_hex('十项规定'), gbk_hex('党政办'), gbk_hex('党政办 张文')))
    o.append('\\paperw11906\\paperh16838\\margl1588\\margr1474\\margt2098\\margb1984\\gutter0 \\deftab420\\ftnbj\\aenddoc\\revprop3\\revisions\\formshade \\fet0\\sectd \\linex0\\headery851\\footery992\\colsx425\\endnhere \r\n')
    o.append('{\\*\\pnseclvl1\\pnucrm\\pnstart1\\pnindent720\\pnhang{\\pntxta .}}{\\*\\pnseclvl2\\pnucltr\\pnstart1\\pnindent720\\pnhang{\\pntxta .}}'
             '{\\*\\pnseclvl3\\pndec\\pnstart1\\pnindent720\\pnhang{\\pntxta .}}{\\*\\pnseclvl4\\pnlcltr\\pnstart1\\pnindent720\\pnhang{\\pntxta )}}'
             '{\\*\\pnseclvl5\\pndec\\pnstart1\\pnindent720\\pnhang{\\pntxtb (}{\\pntxta )}}{\\*\\pnseclvl6\\pnlcltr\\pnstart1\\pnindent720\\pnhang{\\pntxtb (}{\\pntxta )}}\r\n')

    T.para(DOCNO)
    o.append('\\pard\\plain \\qc\\widctlpar \\f2\\fs32\\lang1033 ' + gbk_hex(DOCNO) + '\\par \r\n')
    # the title: two lines in one paragraph, broken with \line
    T.para(TITLE1 + TITLE2, flat=[TITLE1, TITLE2])
    o.append('\\pard \\qc\\sb240\\sa240\\widctlpar \\b\\f3\\fs44 ' + gbk_hex(TITLE1) + '\\line ' + gbk_hex(TITLE2) + '\\par \r\n')
    T.para(ADDR)
    o.append('\\pard \\qj\\widctlpar \\b0\\f2\\fs32 ' + gbk_hex(ADDR) + '\\par \r\n')
    T.para(PRE_A + PRE_B, flat=[PRE_A + '1' + PRE_B])   # LibreOffice prints the footnote number
    T.mark('footnote', FOOT)
    o.append('\\pard \\qj\\fi640\\widctlpar ' + gbk_hex(PRE_A) + '{\\cs7\\super \\chftn {\\footnote \\pard\\plain \\s6\\qj\\widctlpar \\f1\\fs18\\lang1033 {\\cs7\\super \\chftn } '
             + gbk_hex(FOOT) + '\\par }}' + gbk_hex(PRE_B) + '\\par \r\n')
    for i, segs in enumerate(ITEMS, start=1):
        num = '%d.' % i
        text = seg_truth(segs)
        flat = seg_flat(segs)
        flat[0] = num + '\t' + flat[0]
        T.para(num + '\t' + text, measure=(num, text), flat=flat)
        if i == 1:
            o.append('\\pard{\\pntext\\f2 %s\\tab}{\\*\\pn\\pnlvlbody\\pnf2\\pnindent0\\pnstart1\\pndec{\\pntxta .}}\r\n\\qj\\fi640\\widctlpar\\tx1080 %s\\par \r\n'
                     % (num, seg_rtf(segs)))
        else:
            o.append('{\\pntext\\f2 %s\\tab}%s\\par \r\n' % (num, seg_rtf(segs)))
    T.para(CLOSE)
    o.append('\\pard \\qj\\fi640\\widctlpar ' + gbk_hex(CLOSE) + '\\par \r\n\\par \r\n')
    T.para(SIG1)
    o.append('\\pard \\qr\\ri640\\widctlpar ' + gbk_hex(SIG1) + '\\par \r\n')
    T.para(SIG2)
    o.append(gbk_hex(SIG2) + '\\par \r\n')
    T.para(DATE)
    o.append('\\pard \\qr\\ri800\\widctlpar ' + gbk_hex(DATE) + '\\par \r\n}')
    src = ''.join(o)
    # Word 95 kept source lines short too: break long lines between hex pairs
    lines = []
    for line in src.split('\r\n'):
        while len(line) > 200:
            cut = line.rfind("\\'", 0, 200)
            while cut > 0 and line[cut - 4:cut - 2] == "\\'" and False:
                cut -= 4
            if cut <= 0:
                break
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    write_bytes(FNAME, '\r\n'.join(lines).encode('ascii'))
    T.write()


if __name__ == '__main__':
    build()

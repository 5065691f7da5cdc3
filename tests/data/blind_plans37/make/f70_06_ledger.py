"""f70_06: a county standing committee's rectification ledger (整改落实台账), exported to
RTF by an office-automation system's ledger module (a Word-compatible RTF writer library).

Habits: landscape section, \\ansicpg936 with \\uc1 and GBK \\'xx pairs in fcharset134 fonts;
the measures are ONLY table rows: a repeated header row (\\trhdr), category rows spanning
the whole table between groups of tasks (\\clmgf / \\clmrg horizontal merge), the 责任领导
column merged vertically over groups of rows (\\clvmgf / \\clvmrg), a nested table (\\itap2,
\\nestcell, {\\*\\nesttableprops .. \\nestrow}, {\\nonesttables ..}) inside one deadline cell,
and the seal under the signature as a PNG picture written with \\bin N (raw bytes that
contain '{', '}' and '\\\\').  A 整治重点 list above the table names kinds of problem (listed
in disagreements.csv), and the nested stage schedule too.
"""
from rtfkit import Truth, gbk_hex, make_png, seal_pixel, write_bytes

FNAME = 'f70_06_hechuan_2018.rtf'
T = Truth(FNAME)

TITLE = '中共鹤川县委常委班子“四风”问题专项整治整改落实台账'
FILLER = '填报单位：中共鹤川县委办公室　　　　填报时间：2018年4月20日'
PRE = ('根据《中共鹤川县委关于开展“四风”问题专项整治的实施方案》，现将县委常委班子查摆出的问题和整改措施列入台账，'
       '实行挂账督办、逐项销号。')
FOCUS_HEAD = '整治重点：'
FOCUS = [('1.', '文山会海、督查检查考核过多过频问题；'),
         ('2.', '调查研究走过场、脱离群众问题；'),
         ('3.', '公款吃喝、违规收送礼品礼金问题。')]
HEADER = ['序号', '整改措施', '责任领导', '牵头单位', '完成时限']
W = [700, 5300, 2100, 2300, 2600]
STAGES = [('摸底清理', '2018年5月底前'), ('集中规范', '2018年8月底前'), ('巩固提升', '2018年12月底前')]
# ('cat', text) | (num, measure, leader or None (merged with above), unit, deadline or 'NESTED')
ROWS = [
    ('cat', '一、形式主义方面'),
    ('1', '开展文件会议“瘦身”行动，县级发文和全县性会议数量均比上年压减30%以上。', '县委副书记　王立新', '县委办公室、县政府办公室', '2018年6月底前'),
    ('2', '清理规范各类工作微信群和政务APP，严禁以“工作留痕”代替工作落实。', None, '县委网信办', '2018年5月底前'),
    ('3', '统筹规范督查检查考核事项，实行年度计划管理，乡镇（街道）迎检负担减少50%以上。', None, '县委督查室', 'NESTED'),
    ('cat', '二、官僚主义方面'),
    ('4', '深化“最多跑一次”改革，县级行政审批事项办理时限平均压缩50%以上。', '县委常委、常务副县长　李华', '县行政服务中心', '2018年9月底前'),
    ('5', '建立县领导定点接访制度，县委常委每月到县信访局接访不少于1天。', None, '县信访局', '长期坚持'),
    ('6', '开展“走遍全县行政村”调研活动，县委常委每人每年蹲点调研不少于2次。', '县委书记　赵明远', '县委办公室', '2018年12月底前'),
    ('cat', '三、享乐主义和奢靡之风方面'),
    ('7', '严格执行公务接待标准，全面推行公务接待公函和清单制度。', '县委常委、县纪委书记　陈静', '县接待办', '长期坚持'),
    ('8', '开展公务用车专项检查，严肃查处公车私用、私车公养问题。', None, '县机关事务局', '2018年6月底前'),
    ('9', '严禁违规收送礼品礼金，节假日前开展廉洁提醒，节后开展专项督查。', None, '县纪委监委', '长期坚持'),
    ('10', '清理规范领导干部办公用房，超标部分一律腾退。', '县委常委、组织部部长　周涛', '县机关事务局', '2018年5月底前'),
]
SIG = '中共鹤川县委办公室'
DATE = '2018年4月20日'

PP = ('\\pard\\plain \\%s\\li0\\ri0\\nowidctlpar%s\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0%s '
      '\\rtlch\\fcs1 \\af0\\afs21 \\ltrch\\fcs0 \\f1\\fs24\\lang1033\\langfe2052\\kerning2\\loch\\af1\\hich\\af1\\dbch\\af1\\cgrid\\langnp1033\\langfenp2052 ')


def run(text, props=''):
    return '{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 %s%s}' % (props, gbk_hex(text))


def para(text, align='qj', props='', extra=''):
    return (PP % (align, '', '\\itap0' + extra)) + run(text, props) + '\\par\n'


BRD = '\\clbrdrt\\brdrs\\brdrw10 \\clbrdrl\\brdrs\\brdrw10 \\clbrdrb\\brdrs\\brdrw10 \\clbrdrr\\brdrs\\brdrw10 '


def trowd(irow, merges=None, header=False, last=False):
    merges = merges or {}
    s = ('\\trowd \\irow%d\\irowband%d%s\\ltrrow\\ts11\\trgaph108\\trrh454\\trleft-108\\trbrdrt\\brdrs\\brdrw10 \\trbrdrl\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 \\trbrdrr\\brdrs\\brdrw10 \\trbrdrh\\brdrs\\brdrw10 \\trbrdrv\\brdrs\\brdrw10 '
         '%s\\trftsWidth1\\trautofit1\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddfr3\\tblind0\\tblindtype3 '
         % (irow, irow, '\\lastrow ' if last else '', '\\trhdr\\trkeep ' if header else ''))
    x = -108
    for c, w in enumerate(W):
        x += w
        m = merges.get(c, '')
        s += '%s\\clvertalc%s\\cltxlrtb\\clftsWidth3\\clwWidth%d%s\\cellx%d' % (
            {'vf': '\\clvmgf', 'vr': '\\clvmrg', 'hf': '\\clmgf', 'hr': '\\clmrg'}.get(m, ''), BRD, w,
            '\\clcbpat8' if header else '', x)
    return s + '\n'


def cellp(align='qc'):
    return (PP % (align, '\\intbl', '')).replace('\\rin0\\lin0 ', '\\rin0\\lin0\\itap1 ', 1)


def cell(text, align='qc', props=''):
    return cellp(align) + (run(text, props) if text else '') + '\\cell\n'


def rowend(rd):
    return (PP % ('ql', '\\intbl', '')).replace('\\rin0\\lin0 ', '\\rin0\\lin0\\itap1 ', 1) + '{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 ' + rd + '\\row }\n'


def nested_cell():
    """A 2-column nested table (stage, date) inside the outer deadline cell."""
    out = []
    NW = [1100, 1250]
    for i, (stage, when) in enumerate(STAGES):
        pp = (PP % ('qc', '\\intbl', '')).replace('\\rin0\\lin0 ', '\\rin0\\lin0\\itap2 ', 1)
        out.append(pp + run(stage, '\\fs21 ') + '\\nestcell\n')
        out.append(pp + run(when, '\\fs21 ') + '\\nestcell\n')
        nrd = ('\\trowd \\irow%d\\irowband%d%s\\ltrrow\\ts11\\trgaph108\\trleft0\\trbrdrt\\brdrs\\brdrw6 \\trbrdrl\\brdrs\\brdrw6 \\trbrdrb\\brdrs\\brdrw6 \\trbrdrr\\brdrs\\brdrw6 \\trbrdrh\\brdrs\\brdrw6 \\trbrdrv\\brdrs\\brdrw6 '
               '\\trftsWidth1\\trautofit1\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddfr3\\tblind0\\tblindtype3 '
               % (i, i, '\\lastrow ' if i == len(STAGES) - 1 else ''))
        x = 0
        for w in NW:
            x += w
            nrd += '\\clvertalc\\clbrdrt\\brdrs\\brdrw6 \\clbrdrl\\brdrs\\brdrw6 \\clbrdrb\\brdrs\\brdrw6 \\clbrdrr\\brdrs\\brdrw6 \\cltxlrtb\\clftsWidth3\\clwWidth%d\\cellx%d' % (w, x)
        out.append((PP % ('ql', '\\intbl', '')).replace('\\rin0\\lin0 ', '\\rin0\\lin0\\itap2 ', 1)
                   + '{\\*\\nesttableprops ' + nrd + '\n\\nestrow}{\\nonesttables \\par }\n')
    # the outer cell ends with an empty paragraph at level 1
    out.append(cellp('qc') + '\\cell\n')
    return ''.join(out)


def seal_bin():
    png = make_png(64, 64, seal_pixel(64, 64), text_chunks=[('Comment', b'seal{hechuan}\\oa\\ledger')])
    assert all(c in png for c in (b'{', b'}', b'\\'))
    return (b'{\\pict\\picscalex100\\picscaley100\\piccropl0\\piccropr0\\piccropt0\\piccropb0\\picw2258\\pich2258\\picwgoal1280\\pichgoal1280\\pngblip\\bin%d ' % len(png)
            + png + b'}')


def build():
    o = []
    o.append('{\\rtf1\\ansi\\ansicpg936\\uc1\\deff0\\deflang1033\\deflangfe2052'
             '{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2 Times New Roman;}{\\f1\\fnil\\fcharset134\\fprq2 %s;}{\\f2\\fmodern\\fcharset134\\fprq1 %s;}{\\f3\\fnil\\fcharset134\\fprq2 %s;}{\\f4\\fmodern\\fcharset134\\fprq1 %s;}}\n'
             % (gbk_hex('宋体'), gbk_hex('黑体'), gbk_hex('方正小标宋简体'), gbk_hex('仿宋_GB2312')))
    o.append('{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;\\red0\\green0\\blue255;\\red0\\green128\\blue0;\\red128\\green128\\blue128;\\red192\\green192\\blue192;\\red255\\green255\\blue255;\\red242\\green242\\blue242;}\n')
    o.append('{\\stylesheet{\\ql \\li0\\ri0\\nowidctlpar\\wrapdefault\\faauto\\rin0\\lin0\\itap0 \\fs21\\lang1033\\langfe2052\\kerning2\\loch\\f0\\hich\\af0\\dbch\\af1\\cgrid\\langnp1033\\langfenp2052 \\snext0 Normal;}'
             '{\\*\\cs10 \\additive Default Paragraph Font;}{\\*\\ts11\\tsrowd\\trftsWidthB3\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\tblind0\\tblindtype3\\tscellwidthfts0\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv \\ql \\li0\\ri0\\widctlpar\\wrapdefault\\faauto\\rin0\\lin0\\itap0 \\fs20\\lang1024\\langfe1024\\cgrid\\langnp1024\\langfenp1024 \\snext11 \\ssemihidden Normal Table;}}\n')
    o.append('{\\*\\generator OA-Ledger RTF Writer 1.4;}{\\info{\\title %s}{\\author OA}{\\creatim\\yr2018\\mo4\\dy20\\hr17\\min33}}\n' % gbk_hex('整改落实台账'))
    o.append('\\paperw16838\\paperh11906\\margl1417\\margr1417\\margt1587\\margb1417\\gutter0\\landscape \\deftab420\\ftnbj\\aenddoc\\formshade\\viewkind1\\viewscale100\n'
             '\\sectd \\lndscpsxn\\pgwsxn16838\\pghsxn11906\\marglsxn1417\\margrsxn1417\\margtsxn1587\\margbsxn1417\\headery851\\footery992\\endnhere\n')

    T.para(TITLE)
    o.append((PP % ('qc', '', '\\itap0\\sb120\\sa240')) + run(TITLE, '\\f3\\fs40 ') + '\\par\n')
    T.para(FILLER)
    o.append(para(FILLER, 'ql', '\\f4\\fs28 '))
    T.para(PRE)
    o.append(para(PRE, 'qj', '\\f4\\fs28 ', '\\fi560'))
    T.para(FOCUS_HEAD)
    o.append(para(FOCUS_HEAD, 'qj', '\\f2\\fs28 ', '\\fi560'))
    for num, text in FOCUS:
        T.para(num + text, disagree=(text, '整治重点 item: names a kind of problem to be tackled, not a commitment; the commitments are the ledger rows'))
        o.append(para(num + text, 'qj', '\\f4\\fs28 ', '\\fi560'))

    ncols = len(W)
    irow = 0
    hd = trowd(irow, header=True)
    T.row([[h] for h in HEADER])
    o.append(hd + ''.join(cell(h, 'qc', '\\b\\f2 ') for h in HEADER) + rowend(hd))
    for k, r in enumerate(ROWS):
        irow += 1
        last = k == len(ROWS) - 1
        if r[0] == 'cat':
            rd = trowd(irow, {0: 'hf', 1: 'hr', 2: 'hr', 3: 'hr', 4: 'hr'}, last=last)
            T.row([[r[1]], None, None, None, None])
            T.mark('colspan:5', r[1])
            o.append(rd + cell(r[1], 'ql', '\\b\\f2 ') + ''.join(cell('', 'ql') for _ in range(ncols - 1)) + rowend(rd))
            continue
        num, text, leader, unit, due = r
        merges = {}
        nxt = ROWS[k + 1] if k + 1 < len(ROWS) else None
        if leader is None:
            merges[2] = 'vr'
        elif nxt is not None and nxt[0] != 'cat' and nxt[2] is None:
            merges[2] = 'vf'
        rd = trowd(irow, merges, last=last)
        if merges.get(2) == 'vf':
            span = 1
            while k + span < len(ROWS) and ROWS[k + span][0] != 'cat' and ROWS[k + span][2] is None:
                span += 1
            T.mark('rowspan:%d' % span, leader, text[-6:])
        if due == 'NESTED':
            flat_due = [x for st in STAGES for x in st]
            for st, when in STAGES:
                T.mark('nested', st)
                T.mark('nested', when, st)
            T.row([[num], [text], [leader] if leader else [], [unit], [' '.join(flat_due)]],
                  measure=(num, text),
                  disagree=[(st[0], 'dated stage in the nested schedule inside task 3\'s deadline cell: a step of that task (its date in the next nested cell), not a separate measure') for st in STAGES],
                  flat=[num, text] + ([leader] if leader else []) + [unit] + flat_due)
            o.append(rd + cell(num) + cell(text, 'qj') + cell(leader or '') + cell(unit) + nested_cell() + rowend(rd))
        else:
            T.row([[num], [text], [leader] if leader else [], [unit], [due]], measure=(num, text))
            o.append(rd + cell(num) + cell(text, 'qj') + cell(leader or '') + cell(unit) + cell(due) + rowend(rd))

    o.append((PP % ('qj', '', '\\itap0')) + '\\par\n')
    T.mark('images', '1')
    T.para(SIG)
    src = ''.join(o)
    sig = (PP % ('qr', '', '\\itap0\\ri1400')).replace('\\rin0', '\\rin1400', 1)
    tail_a = sig + '{'
    tail_b = '}' + run(SIG, '\\f4\\fs28 ') + '\\par\n'
    T.para(DATE)
    tail_c = (PP % ('qr', '', '\\itap0\\ri1680')).replace('\\rin0', '\\rin1680', 1) + run(DATE, '\\f4\\fs28 ') + '\\par\n}'
    data = (src + tail_a).replace('\n', '\r\n').encode('ascii') + seal_bin() + (tail_b + tail_c).replace('\n', '\r\n').encode('ascii')
    write_bytes(FNAME, data)
    T.write()


if __name__ == '__main__':
    build()

"""f70_05: a municipal implementing rule as exported to RTF by a government website's
content-management system (the "download as Word" button of an article page).

Habits: a bare header (\\ansicpg936, two fcharset134 fonts, a CMS generator string) and
\\uc0 for the whole file; the page title and web furniture written as \\uN with no fallback
(from HTML numeric entities), one character outside the BMP (𠮷, U+20BB7) as a UTF-16
surrogate pair \\u-10174\\u-8265; the article body as GBK written byte by byte: bytes >= 0x80
as \\'xx, bytes < 0x80 as literal characters, so double-byte characters whose trail byte is
ASCII come out as lead-byte hex + literal (旻 \\'95F, 漈 \\'9dT, 珺 \\'acB, 祎 \\'b5t, 烜 \\'9f@);
hex in upper case in some paragraphs and lower case in others; \\ldblquote / \\rdblquote,
\\emdash, \\~ (from &nbsp;), \\tab after list numbers, escaped \\{ \\} \\\\ in the text; hard-wrapped
copy where \\par breaks lines mid-sentence; and CRLF line breaks inside the RTF source that
carry no meaning.
"""
import random
from rtfkit import Truth, utf16_units, u_signed, write_bytes

FNAME = 'f70_05_minchuan_2023.rtf'
T = Truth(FNAME)
rnd = random.Random(7005)
NB = '\u00a0'

SPECIAL = {'“': '\\ldblquote ', '”': '\\rdblquote ', '—': '\\emdash ', NB: '\\~', '‘': '\\lquote ', '’': '\\rquote '}


def toks_gbk(s, upper):
    """GBK written byte by byte by the CMS: a list of atomic tokens."""
    fmt = "\\'%02X" if upper else "\\'%02x"
    out = []
    for ch in s:
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
        elif ch == '\t':
            out.append('\\tab ')
        elif ord(ch) < 128:
            out.append('\\' + ch if ch in '\\{}' else ch)
        elif ord(ch) > 0xFFFF:
            out.append(''.join('\\u%d' % u_signed(u) for u in utf16_units(ch)))
        else:
            b = ch.encode('gbk')
            # one token per character so that no line break falls between its bytes
            out.append(''.join(fmt % x if x >= 0x80 else ('\\' + chr(x) if chr(x) in '\\{}' else chr(x)) for x in b))
    return out


def toks_u(s):
    """\\uc0 \\uN, no fallback (HTML entities turned into RTF)."""
    out = []
    for ch in s:
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
        elif ord(ch) < 128:
            out.append('\\' + ch if ch in '\\{}' else ch)
        else:
            out.append(''.join('\\u%d' % u_signed(u) for u in utf16_units(ch)))
    return out


def fix_delims(tokens):
    """\\uN needs a delimiter space when the next character could extend it."""
    res = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ''
        if t.startswith('\\u') and t[2:3] in '-0123456789' and nxt[:1] and (nxt[0].isalnum() or nxt[0] in ' -'):
            t += ' '
        res.append(t)
    return res


# ----------------------------------------------------------------- content
CRUMB = '首页' + NB + '>' + NB + '政务公开' + NB + '>' + NB + '政府文件'
INDEX = '索引号：11330800002591386K/2023-00118　　发布机构：旻川市人民政府办公室'
PUB = '发布日期：2023-06-12　　来源：市政府办公室　　【字体：大 中 小】'
NTITLE = '旻川市人民政府办公室关于印发《旻川市政府系统贯彻落实中央八项规定精神实施细则》的通知'
DOCNO = '旻政办发〔2023〕17号'
ADDR = '各县（市、区）人民政府，市政府各部门、各直属单位：'
NBODY = '《旻川市政府系统贯彻落实中央八项规定精神实施细则》已经市政府第26次常务会议审议通过，现印发给你们，请认真贯彻执行。'
NSIG = '旻川市人民政府办公室'
NDATE = '2023年6月9日'
PUBLIC = '（此件公开发布）'
TITLE = '旻川市政府系统贯彻落实中央八项规定精神实施细则'
SEP = NB + NB
ARTS = [
    ('第一条', '为持续深化纠治“四风”，加强政府系统作风建设，根据中央八项规定及其实施细则精神和省政府有关规定，结合我市实际，制定本细则。',
     'purpose clause numbered as an article (第一条): states why the rule is made, commits to nothing; left out of key.csv'),
    ('第二条', '改进调查研究。市政府领导每年到基层调研不少于60天，其中到乡镇（街道）、村（社区）和企业调研不少于30天；调研一律轻车简从，不搞层层陪同。', None),
    ('第三条', '精简会议活动。', 'HEAD'),
    ('第四条', '精简文件简报。市政府及其办公室制发的文件一般不超过5000字，市政府部门一律不得向县（市、区）政府、乡镇（街道）直接发文部署工作；各单位报送材料一律按“{单位名称}+事项名称”格式命名。', None),
    ('第五条', '规范督查检查考核。市政府督查检查考核事项实行计划管理和清单管理，年度总量压减30%以上，坚决防止重复督查、多头检查。', None),
    ('第六条', '严格公务接待。严格执行公务接待审批制度和接待清单制度，一律不得安排宴请，不得上高档菜肴和酒水。', None),
    ('第七条', '规范公务用车。严格执行公务用车使用登记和公示制度，严禁公车私用、私车公养，加强公务用车定位监控。', None),
    ('第八条', '严控因公出国（境）。严格执行年度因公出国（境）计划，不得安排照顾性、无实质内容的出访活动，出访团组人数和在外天数不得超过规定。', 'WRAP'),
    ('第九条', '改进新闻报道。市政府领导出席会议活动的新闻报道，根据工作需要和新闻价值决定是否报道，文字稿一般不超过600字，电视报道一般不超过3分钟。', None),
    ('第十条', '厉行勤俭节约。严格执行预算管理，“三公”经费只减不增，严禁违规发放津贴补贴——包括以各种名义变相发放的福利，严禁违规建设楼堂馆所。', None),
    ('第十一条', '加强基层联系。市政府领导每人联系1个乡镇（街道）和1个村（社区），市长联系漈头镇𠮷祥村，每年到联系点蹲点调研不少于2次。', None),
    ('第十二条', '强化监督问责。市纪委监委派驻纪检监察组对本细则执行情况进行监督检查，对违反规定的依规依纪依法严肃处理；问题线索可报送至内网目录\\\\10.16.8.2\\督查\\。', None),
    ('第十三条', '本细则由市政府办公室负责解释。', 'interpretation clause (第十三条): names who interprets the rule, not a work-style commitment; left out of key.csv'),
    ('第十四条', '本细则自印发之日起施行。', 'entry-into-force clause (第十四条): not a commitment; left out of key.csv'),
]
SUBS = [
    ('1.', '严格控制会议数量，市政府全体会议每年召开2次，全市性工作会议每年控制在15个以内。'),
    ('2.', '严格控制会议规模和时间，市政府召开的会议一般不超过1.5小时，讲话一般不超过20分钟。'),
    ('3.', '提倡开短会、讲短话，能以视频会议形式召开的不再集中召开，视频会议一律开到乡镇（街道）。'),
]
CONTACT = '联系人：王珺　　联系电话：0578-8123456'
EDITOR = '（责任编辑：陈烜　校对：李祎）'
TAIL = '【打印本页】　【关闭窗口】'


def hard_wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def build():
    body = []            # list of (paragraph props, tokens)

    def P(props, tokens):
        body.append((props, tokens))

    up = lambda: rnd.random() < 0.5
    # web furniture and the page title: entity-encoded text -> \uN
    for s in (CRUMB, INDEX, PUB):
        T.para(s)
        P('\\pard\\ql\\f0\\fs18', toks_u(s))
    T.para(NTITLE)
    P('\\pard\\qc\\sb240\\sa240\\b\\f1\\fs32', toks_u(NTITLE))
    T.para(DOCNO)
    P('\\pard\\qc\\b0\\f0\\fs24', toks_gbk(DOCNO, True))
    T.para(ADDR)
    P('\\pard\\ql\\f0\\fs24', toks_gbk(ADDR, True))
    # the notice body was pasted as hard-wrapped lines: every line its own \par
    lines = hard_wrap(NBODY, 24)
    T.para(NBODY, flat=lines)
    for i, l in enumerate(lines):
        P('\\pard\\ql' + ('\\fi480' if i == 0 else ''), toks_gbk(l, True))
    T.para(NSIG)
    P('\\pard\\qr', toks_gbk(NSIG, False))
    T.para(NDATE)
    P('\\pard\\qr', toks_gbk(NDATE, False))
    T.para(PUBLIC)
    P('\\pard\\ql\\fi480', toks_gbk(PUBLIC, False))
    T.para(TITLE)
    P('\\pard\\qc\\sb240\\sa240\\b\\f1\\fs32', toks_gbk(TITLE, up()))
    for num, text, kind in ARTS:
        u = up()
        line = num + SEP + text
        if kind == 'HEAD':
            T.para(line)
            P('\\pard\\ql\\fi480\\b0\\f0\\fs24', toks_gbk(num, u) + ['\\~', '\\~'] + toks_gbk(text, u))
            for sn, st in SUBS:
                T.para(sn + '\t' + st, measure=(sn, st))
                P('\\pard\\ql\\fi480', toks_gbk(sn, u) + ['\\tab '] + toks_gbk(st, u))
        elif kind == 'WRAP':
            parts = hard_wrap(line, 30)
            T.para(line, measure=(num, text), flat=parts)
            for i, l in enumerate(parts):
                P('\\pard\\ql' + ('\\fi480' if i == 0 else ''), toks_gbk(l, u))
        elif kind is None:
            T.para(line, measure=(num, text))
            P('\\pard\\ql\\fi480', toks_gbk(line, u))
        else:
            T.para(line, disagree=(text, kind))
            P('\\pard\\ql\\fi480', toks_gbk(line, u))
    for s in (CONTACT, EDITOR):
        T.para(s)
        P('\\pard\\qr\\fs21', toks_gbk(s, up()))
    T.para(TAIL)
    P('\\pard\\qc\\fs18', toks_u(TAIL))

    # ---- serialise: tokens joined, CRLF put between tokens every ~76 characters
    head = ("{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang2052{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}{\\f1\\fnil\\fcharset134 \\'ba\\'da\\'cc\\'e5;}}"
            "{\\colortbl ;\\red0\\green0\\blue0;}{\\*\\generator GovCMS RtfExport 3.2;}\\viewkind4\\uc0 ")
    out, col = [head], len(head)
    out.append('\r\n')
    col = 0
    for props, toks in body:
        toks = [props + ' '] + fix_delims(toks) + ['\\par']
        for t in toks:
            if col + len(t) > 76 and col > 0:
                out.append('\r\n')
                col = 0
            out.append(t)
            col += len(t)
        out.append('\r\n')
        col = 0
    out.append('}\r\n')
    write_bytes(FNAME, ''.join(out).encode('ascii'))
    T.write()


if __name__ == '__main__':
    build()

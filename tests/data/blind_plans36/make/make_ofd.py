#!/usr/bin/env python3
"""make_ofd.py - build 5 synthetic OFD (GB/T 33190-2016) work-plan files plus
ground truth (truth/*.txt, key.csv).  Standard library only.

Layout model (all units mm):
  A4 210 x 297, text block left L=25.984, width W=28 em of 16pt (5.644 mm),
  first baseline 37 + 0.88*size, line pitch 10.2, last baseline <= 258.
  CJK / full-width characters advance 1 em, ASCII 0.5 em (times HScale).
  Non-last lines of a paragraph are justified: the spare width is spread
  evenly over the gaps between characters.  First lines are indented 2 em.
"""
import os, csv, random, struct, zlib, zipfile, hashlib
from xml.sax.saxutils import escape

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, 'files')
TRUTH = os.path.join(BASE, 'truth')
NS = 'http://www.ofdspec.org/2016'

SZ16 = 5.644   # 三号 16pt 仿宋
SZ22 = 7.761   # 二号 22pt 小标宋 (title)
SZ14 = 4.939   # 四号 14pt (page numbers, 版记)
SZ12 = 4.233   # 小四 12pt (table)
ASC = 0.88
L = 25.984
W = round(28 * SZ16, 3)      # 158.032
R = round(L + W, 3)          # 184.016
TOP = 37.0
PITCH = 10.2
MAXB = 258.0


# ----------------------------------------------------------------- helpers
def f3(v):
    s = '%.3f' % v
    s = s.rstrip('0').rstrip('.')
    return '0' if s in ('-0', '') else s


def cw(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def box(x, y, w, h):
    return '%s %s %s %s' % (f3(x), f3(y), f3(w), f3(h))


NO_START = set('，。、；：？！）》”’」』】〕…%·,.;:!?)')
NO_END = set('（《“‘「『【〔(')


def tokens(text):
    out, i = [], 0
    while i < len(text):
        if ord(text[i]) < 128 and text[i] != ' ':
            j = i
            while j < len(text) and ord(text[j]) < 128 and text[j] != ' ':
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(text[i])
            i += 1
    return out


def wrap(text, cap_first, cap_rest):
    """greedy CJK line breaking with 避头尾 (move chars down, then justify)"""
    toks = tokens(text)
    tw = [sum(cw(c) for c in t) for t in toks]
    n = len(toks)
    lines, s, cap = [], 0, cap_first
    while s < n:
        w, b = 0.0, s
        while b < n and w + tw[b] <= cap + 1e-6:
            w += tw[b]
            b += 1
        if b == s:
            b = s + 1
        if b < n:
            while b > s + 1 and (toks[b][0] in NO_START or toks[b - 1][-1] in NO_END):
                b -= 1
        lines.append(''.join(toks[s:b]))
        s, cap = b, cap_rest
    assert ''.join(lines) == text
    return lines


def place(t, x0, em, tgt=None):
    ws = [cw(c) * em for c in t]
    n = len(t)
    extra = 0.0
    if tgt is not None and n > 1:
        extra = (tgt - sum(ws)) / (n - 1)
        assert extra > -1e-6, (t, extra)
    advs = [round(ws[i] + extra, 3) for i in range(n - 1)]
    xs = [round(x0, 3)]
    for a in advs:
        xs.append(round(xs[-1] + a, 3))
    return xs, advs


class Line:
    def __init__(self, **k):
        self.group = None
        self.justified = False
        self.fonts = None
        self.bold = False
        self.color = '0 0 0'
        self.__dict__.update(k)

    def right(self):
        return self.xs[-1] + cw(self.text[-1]) * self.em


# ----------------------------------------------------------------- flow
class Doc:
    def __init__(self, name, hs=1.0):
        self.name, self.hs = name, hs
        self.pages, self.blocks = [], []
        self.header_text = None
        self.new_page()

    def new_page(self, w=210.0, h=297.0, kind='text'):
        p = {'num': len(self.pages) + 1, 'w': w, 'h': h, 'lines': [], 'kind': kind,
             'pn': None, 'pn_text': None}
        self.pages.append(p)
        self.page, self.y = p, None
        return p

    def slot(self, size, pitch, sb=0.0):
        b = TOP + ASC * size if self.y is None else self.y + pitch + sb
        if b > MAXB + 1e-6:
            self.new_page()
            b = TOP + ASC * size
        self.y = round(b, 3)
        return self.page, self.y

    def room(self, n, pitch, sb=0.0):
        if self.y is not None and self.y + sb + n * pitch > MAXB + 1e-6:
            self.new_page()

    def para(self, text, kind='body', marker=None, measure=False, sb=0.0, lead=0,
             font='fs', lead_font='kt', size=SZ16, indent=2, align='justify', hs=None,
             pitch=PITCH, bold=False, keep=False, lines=None, color='0 0 0'):
        hs = self.hs if hs is None else hs
        em = size * hs
        if lines is None:
            lines = wrap(text, (W - indent * em) / em, W / em)
            btext = text
        else:
            btext = ''.join(lines)
        if marker:
            assert btext.startswith(marker), (marker, btext)
        if keep:
            self.room(2, pitch, sb)
        blk = {'kind': kind, 'text': btext, 'lines': [], 'marker': marker, 'measure': measure}
        pos = 0
        for i, lt in enumerate(lines):
            page, y = self.slot(size, pitch, sb if i == 0 else 0.0)
            nat = sum(cw(c) for c in lt) * em
            last = i == len(lines) - 1
            tgt = None
            if align == 'center':
                x0 = L + (W - nat) / 2
            else:
                x0 = L + (indent * em if i == 0 else 0.0)
                if align == 'justify' and not last:
                    tgt = R - x0
            xs, advs = place(lt, x0, em, tgt)
            fonts = [('tnr' if ord(c) < 128 else (lead_font if pos + j < lead else font))
                     for j, c in enumerate(lt)]
            ln = Line(page=page, y=y, text=lt, xs=xs, advs=advs, size=size, hs=hs, em=em,
                      font=font, fonts=fonts, bold=bold, kind=kind, block=blk,
                      justified=tgt is not None, color=color)
            assert ln.right() <= R + 0.02, (lt, ln.right())
            page['lines'].append(ln)
            blk['lines'].append(ln)
            pos += len(lt)
        self.blocks.append(blk)
        return blk

    def signoff(self, issuers, date, sb=2 * PITCH, right_indent=4):
        em = SZ16 * self.hs
        self.room(len(issuers) + 1, PITCH, sb)
        dw = sum(cw(c) for c in date) * em
        dx = R - right_indent * em - dw
        cx = dx + dw / 2
        out = []
        for i, name in enumerate(issuers + [date]):
            nw = sum(cw(c) for c in name) * em
            x0 = dx if i == len(issuers) else cx - nw / 2
            page, y = self.slot(SZ16, PITCH, sb if i == 0 else 0.0)
            xs, advs = place(name, x0, em)
            kind = 'date' if i == len(issuers) else 'issuer'
            blk = {'kind': kind, 'text': name, 'lines': [], 'marker': None, 'measure': False}
            ln = Line(page=page, y=y, text=name, xs=xs, advs=advs, size=SZ16, hs=self.hs, em=em,
                      font='fs', fonts=['tnr' if ord(c) < 128 else 'fs' for c in name],
                      kind=kind, block=blk)
            page['lines'].append(ln)
            blk['lines'].append(ln)
            self.blocks.append(blk)
            out.append(ln)
        return out

    def run(self, items, title_bold=False, h_bold=False, lead=False):
        for it in items:
            k = it[0]
            if k == 'T':      # centred title lines (one paragraph)
                self.para(None, kind='title', lines=it[1], font='xbs', size=SZ22, pitch=12.5,
                          align='center', indent=0, bold=title_bold, hs=1.0,
                          sb=it[2] if len(it) > 2 else 0.0)
            elif k == 'P':    # plain body paragraph
                self.para(it[1], sb=it[2] if len(it) > 2 else 0.0)
            elif k == 'A':    # addressee (主送), no indent
                self.para(it[1], kind='addr', indent=0, sb=it[2] if len(it) > 2 else 0.0)
            elif k == 'LBL':  # 附件 label, top left, 黑体
                self.para(it[1], kind='label', font='ht', indent=0, align='left')
            elif k == 'H':    # 一、 heading (not a measure)
                self.para(it[1], kind='h1', font='ht', bold=h_bold, keep=True)
            elif k == 'MH':   # heading that is itself a measure
                self.para(it[2], kind='h1', font='ht', bold=h_bold, keep=True,
                          marker=it[1], measure=True)
            elif k == 'M':    # measure paragraph
                ld = it[2].index('。') + 1 if (lead and it[1].startswith('（')) else 0
                self.para(it[2], marker=it[1], measure=True, lead=ld)
            elif k == 'N':    # numbered, but NOT a measure (problem list, effect clause)
                ld = it[2].index('。') + 1 if (lead and it[1].startswith('（')) else 0
                self.para(it[2], marker=it[1], measure=False, lead=ld)
            elif k == 'S':
                self.signoff(it[1], it[2])
            else:
                raise ValueError(k)


def add_page_numbers(d, skip=()):
    for p in d.pages:
        if p['num'] in skip:
            continue
        t = '— %d —' % p['num']
        em = SZ14
        nat = sum(cw(c) for c in t) * em
        if p['w'] > p['h']:
            l, r, y = 25.0, p['w'] - 25.0, p['h'] - 16.0
        else:
            l, r, y = L, R, p['h'] - 22.0
        x0 = r - SZ16 - nat if p['num'] % 2 == 1 else l + SZ16
        xs, advs = place(t, x0, em)
        p['pn'] = Line(page=p, y=y, text=t, xs=xs, advs=advs, size=SZ14, hs=1.0, em=em,
                       font='song', kind='pn', block=None)
        p['pn_text'] = t


# ----------------------------------------------------------------- XML helpers
HDR = '<?xml version="1.0" encoding="UTF-8"?>\n'


def root(tag, inner, attrs=''):
    return '%s<ofd:%s xmlns:ofd="%s"%s>\n%s\n</ofd:%s>\n' % (HDR, tag, NS, attrs, inner, tag)


class Pkg:
    def __init__(self):
        self.files, self.nid = {}, 0

    def id(self):
        self.nid += 1
        return self.nid

    def add(self, name, data):
        self.files[name] = data.encode('utf-8') if isinstance(data, str) else data


def tobj(oid, bnd, font, size, codes, attrs=None, fill='0 0 0', cg=None):
    a = ' ID="%d" Boundary="%s" Font="%d" Size="%s"' % (oid, bnd, font, f3(size))
    for k, v in (attrs or {}).items():
        a += ' %s="%s"' % (k, v)
    inner = '<ofd:FillColor Value="%s"/>' % fill if fill else ''
    if cg:
        inner += cg
    for X, Y, DX, t in codes:
        ca = ''
        if X is not None:
            ca += ' X="%s"' % f3(X)
        if Y is not None:
            ca += ' Y="%s"' % f3(Y)
        if DX:
            ca += ' DeltaX="%s"' % DX
        inner += '<ofd:TextCode%s>%s</ofd:TextCode>' % (ca, escape(t))
    return '<ofd:TextObject%s>%s</ofd:TextObject>\n' % (a, inner)


def gcompress(vals, minrun=3):
    out, i = [], 0
    while i < len(vals):
        j = i
        while j < len(vals) and vals[j] == vals[i]:
            j += 1
        if j - i >= minrun:
            out.append('g %d %s' % (j - i, f3(vals[i])))
        else:
            out.extend(f3(v) for v in vals[i:j])
        i = j
    return ' '.join(out)


def plain_dx(vals):
    return ' '.join(f3(v) for v in vals)


def runbox(ln, i0=0, i1=None):
    i1 = len(ln.text) if i1 is None else i1
    x = ln.xs[i0]
    xe = ln.xs[i1 - 1] + cw(ln.text[i1 - 1]) * ln.em
    top = round(ln.y - ASC * ln.size, 3)
    return round(x, 3), top, round(xe - x + 0.01, 3), round(ln.size * 1.25, 3)


def line_obj(P, ln, fid, dxfun=plain_dx, cg=False, fill=None, weight=False, i0=0, i1=None,
             font_override=None):
    i1 = len(ln.text) if i1 is None else i1
    x, top, w, h = runbox(ln, i0, i1)
    t = ln.text[i0:i1]
    dx = dxfun(ln.advs[i0:i1 - 1]) if len(t) > 1 else None
    attrs = {}
    if weight and ln.bold:
        attrs['Weight'] = '700'
    cgx = None
    if cg:
        glyphs = ' '.join(str((ord(c) * 7919) % 21000 + 3) for c in t)
        cgx = ('<ofd:CGTransform CodePosition="0" CodeCount="%d" GlyphCount="%d">'
               '<ofd:Glyphs>%s</ofd:Glyphs></ofd:CGTransform>' % (len(t), len(t), glyphs))
    f = fid[font_override or ln.font]
    return tobj(P.id(), box(x, top, w, h), f, ln.size, [(0, round(ln.y - top, 3), dx, t)],
                attrs, fill or ln.color, cgx)


def fonts_xml(fid, names):
    out = ''
    for k, i in fid.items():
        fam = names[k]
        extra = ' Serif="true"' if k in ('fs', 'song', 'xbs', 'tnr', 'kt') else ''
        out += '<ofd:Font ID="%d" FontName="%s" FamilyName="%s"%s/>\n' % (i, fam, fam, extra)
    return '<ofd:Fonts>\n%s</ofd:Fonts>' % out


FONTNAMES = {'fs': '仿宋_GB2312', 'xbs': '方正小标宋简体', 'ht': '黑体', 'kt': '楷体_GB2312',
             'song': '宋体', 'tnr': 'Times New Roman'}


def ofd_xml(docroot, title, author, date, creator, ver):
    docid = hashlib.md5((title + date).encode()).hexdigest()
    return root('OFD', (
        '<ofd:DocBody>\n<ofd:DocInfo>\n<ofd:DocID>%s</ofd:DocID>\n<ofd:Title>%s</ofd:Title>\n'
        '<ofd:Author>%s</ofd:Author>\n<ofd:CreationDate>%s</ofd:CreationDate>\n'
        '<ofd:ModDate>%s</ofd:ModDate>\n<ofd:Creator>%s</ofd:Creator>\n'
        '<ofd:CreatorVersion>%s</ofd:CreatorVersion>\n</ofd:DocInfo>\n'
        '<ofd:DocRoot>%s</ofd:DocRoot>\n</ofd:DocBody>') % (
        docid, escape(title), escape(author), date, date, creator, ver, docroot),
        ' Version="1.0" DocType="OFD"')


def write_zip(path, files, order=None):
    names = order or (['OFD.xml'] + sorted(n for n in files if n != 'OFD.xml'))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in names:
            z.writestr(n, files[n])


# ================================================================= TEXTS
F1 = [
    ('T', ['关于贯彻落实中央八项规定精神', '改进工作作风密切联系群众的实施方案']),
    ('P', '为深入贯彻落实《十八届中央政治局关于改进工作作风、密切联系群众的八项规定》和省委、'
          '市委有关实施意见，进一步改进全县各级党政机关和领导干部的工作作风，密切党群干群关系，'
          '以优良作风推动县域经济社会科学发展，结合我县实际，制定本实施方案。', PITCH),
    ('H', '一、改进调查研究和会风文风'),
    ('M', '（一）', '（一）改进调查研究。县级领导干部每年到基层调研时间不少于60天，其中到乡镇、'
                  '村（社区）和困难群众家中调研不少于20天，每人至少联系1个乡镇、1个重点项目和2户'
                  '困难家庭。调研要轻车简从，不搞层层陪同，不提前踩点，不安排群众迎送，不铺设迎宾'
                  '地毯，不摆放花草。'),
    ('M', '（二）', '（二）精简会议活动。严格控制以县委、县政府名义召开的全县性会议，能合并的合并'
                  '召开，能以电视电话会议形式召开的不再集中开会。全县性会议一般不超过半天，主持人'
                  '讲话不超过10分钟，部门负责同志发言一般不超过8分钟。未经县委、县政府批准，各部门'
                  '不得召开要求乡镇党政主要负责同志参加的会议。'),
    ('M', '（三）', '（三）精简文件简报。凡国家和省、市文件已有明确规定的，一律不再制发贯彻性文件。'
                  '县级文件一般不超过4000字，部门简报一般不超过1500字。要提高文件质量，一是突出'
                  '针对性，不照抄照搬上级文件；二是突出可操作性，明确责任单位和完成时限；三是严格'
                  '发文审核，没有实质内容的一律不发。'),
    ('H', '二、规范公务活动'),
    ('M', '（一）', '（一）规范出访活动。严格控制出国（境）团组数量和人员规模，一律不安排与公务无关'
                  '的参观考察。因公出国（境）团组须提前30天报县外事部门审核，回国后15日内在适当'
                  '范围内公开出访情况。'),
    ('M', '（二）', '（二）改进警卫工作。县级领导干部到基层开展工作，一般不安排交通管制，不封路，'
                  '不清场闭馆，不影响群众正常工作和生活。'),
    ('M', '（三）', '（三）改进新闻报道。县级领导干部出席会议和活动，根据工作需要和新闻价值决定是否'
                  '报道，进一步压缩报道的数量、字数和时长。县电视台时政新闻一般不超过3分钟，《云溪'
                  '报》头版时政稿件一般不超过1500字。'),
    ('H', '三、厉行勤俭节约'),
    ('M', '（一）', '（一）严格公务接待。公务接待实行“一单一函”审批制度，严格执行接待标准，工作餐'
                  '一律不上高档菜肴，不提供香烟和高档酒水，不安排宴请，不赠送纪念品和土特产。'),
    ('M', '（二）', '（二）加强公车管理。严格执行公务用车配备标准，一律不得超编制、超标准配备公务'
                  '用车，严禁公车私用，节假日期间公务用车一律封存停放，确因工作需要使用的须经单位'
                  '主要负责同志批准。'),
    ('M', '（三）', '（三）从严控制办公用房。县级领导干部办公用房面积不得超过国家规定标准，已超标的'
                  '要在2013年3月底前腾退调整到位。新建、扩建楼堂馆所一律暂停审批。'),
    ('H', '四、强化组织保障'),
    ('M', '（一）', '（一）加强组织领导。各乡镇、各部门主要负责同志是落实本方案的第一责任人，要结合'
                  '实际制定具体措施，于2013年2月15日前报县委办公室备案。'),
    ('M', '（二）', '（二）严格监督检查。县纪委、县委督查室要把落实本方案情况作为经常性监督检查的'
                  '重要内容，每半年开展一次专项检查，对违反规定的，要严肃追究责任，并在全县范围内'
                  '通报。'),
    ('H', '五、本方案自印发之日起施行。'),
    ('S', ['中共云溪县委办公室', '云溪县人民政府办公室'], '2013年1月18日'),
]

F2_A = [
    ('T', ['安澜市生态环境局', '集中整治形式主义官僚主义工作方案']),
    ('P', '为深入贯彻落实中央和省委、市委关于集中整治形式主义、官僚主义的部署要求，切实为基层'
          '减负，推动全局干部职工把更多精力投入到打好污染防治攻坚战中，根据《关于解决形式主义'
          '突出问题为基层减负的通知》精神，结合我局工作实际，制定本方案。', PITCH),
    ('P', '对照中央通报的形式主义、官僚主义典型问题，经过深入查摆，我局在工作作风方面主要存在'
          '以下问题：一是文山会海仍然较多，2018年以局名义印发的文件达到326件，召开全局性会议41'
          '次，部分会议层层传达、照本宣科；二是督查检查考核过多过频，对区县分局开展的各类检查'
          '达到57次，部分检查重留痕轻实绩，要求基层提供大量台账资料；三是调查研究不够深入，'
          '有的调研走马观花，发现问题多、解决问题少；四是服务意识不强，个别窗口工作人员对企业'
          '和群众反映的问题推诿扯皮，环评审批“体外循环”现象仍有发生。'),
    ('P', '通过集中整治，力争到2019年底，全局发文数量、会议数量较2018年分别压减30%以上，督查'
          '检查考核事项压减50%以上，基层填表报数、迎评迎检负担明显减轻，干部作风明显转变，企业和群众'
          '满意度明显提升，为全市生态环境质量持续改善提供坚强作风保障。'),
    ('H', '一、重点任务'),
    ('P', '围绕上述问题，局党组研究确定了9项重点任务，明确了责任单位和完成时限，具体见下表。'
          '各责任单位要对照任务逐项制定落实措施，实行清单管理、销号推进，每完成一项销号一项。'),
]
F2_TABLE_TITLE = '集中整治形式主义官僚主义重点任务清单'
F2_HEAD = ['序号', '重点任务', '责任单位', '完成时限']
F2_ROWS = [
    ['1', '精简文件简报。严格控制发文数量，可发可不发的一律不发，全年以局名义印发的文件压减30%'
          '以上，规范性文件一律经合法性审核。', '办公室', '2019年12月底'],
    ['2', '精简会议活动。全局性会议每季度原则上不超过3次，不开一般性部署会，会议一律不搞层层'
          '陪会，会期一般不超过1.5小时。', '办公室、各科室', '2019年12月底'],
    ['3', '统筹规范督查检查考核。建立年度督查检查计划，未列入计划的一律不得开展，对区县分局的'
          '检查事项压减50%以上。', '督查科', '2019年6月底'],
    ['4', '清理“指尖上的形式主义”。全面清理政务微信群、工作APP，一律不得要求基层每日打卡、'
          '在线签到或上传工作留痕照片。', '信息中心', '2019年7月底'],
    ['5', '改进调查研究。局领导每年到基层调研不少于30个工作日，每人牵头1个重点课题，调研成果'
          '形成报告并推动转化应用。', '局领导班子', '2019年11月底'],
    ['6', '深化环评审批服务。全面推行环评审批“一网通办”，审批时限压缩至法定时限的一半以内，'
          '杜绝“体外循环”。', '行政审批科', '2019年9月底'],
    ['7', '整治执法“一刀切”。严禁为应付督察对企业“一律关停”“先停再说”，建立执法正面清单'
          '制度，对轻微违法行为依法不予处罚。', '执法支队', '2019年8月底'],
    ['8', '健全问题线索快速处置机制。对群众反映的作风问题线索，一律在5个工作日内核实处置并'
          '反馈。', '机关纪委', '长期坚持'],
    ['9', '建立基层减负观察点。在3个区县分局设立观察点，每季度收集一次意见建议，及时调整完善'
          '相关制度。', '人事科、机关党委', '2019年12月底'],
]
F2_B = [
    ('H', '二、保障措施'),
    ('M', '（一）', '（一）加强组织领导。成立由局党组书记任组长的集中整治工作领导小组，领导小组办公室'
                  '设在局办公室，负责统筹协调、督促推进和情况汇总。'),
    ('M', '（二）', '（二）压实工作责任。各科室、各直属单位主要负责同志要切实履行第一责任人职责，对本'
                  '单位承担的任务亲自部署、亲自过问，确保整治工作不走过场。'),
    ('M', '（三）', '（三）强化监督问责。机关纪委要把集中整治情况纳入日常监督重点，对整治工作敷衍应付、'
                  '搞形式主义整治形式主义的，严肃追究相关人员责任，典型问题一律通报曝光。'),
    ('P', '各科室、各直属单位要于每季度末月25日前将整治工作进展情况报局集中整治工作领导小组办公室，'
          '2019年12月20日前报送全年工作总结。'),
    ('S', ['安澜市生态环境局'], '2019年5月10日'),
]

F3_COVER = [
    ('T', ['关于印发《云溪县教育系统违规吃喝问题', '专项整治实施方案》的通知']),
    ('A', '各学校（幼儿园），局机关各股室：', PITCH),
    ('P', '现将《云溪县教育系统违规吃喝问题专项整治实施方案》印发给你们，请结合实际认真抓好贯彻'
          '落实。'),
    ('P', '专项整治期间，各单位要明确1名联络员，于2023年4月10日前将联络员姓名、职务和联系电话'
          '报局机关纪委。'),
    ('S', ['云溪县教育局'], '2023年3月28日'),
]
F3_PLAN = [
    ('LBL', '附件'),
    ('T', ['云溪县教育系统违规吃喝问题', '专项整治实施方案'], 2.0),
    ('P', '为深入贯彻落实中央八项规定及其实施细则精神，坚决纠治违规吃喝等享乐主义、奢靡之风突出'
          '问题，持续巩固拓展全县教育系统作风建设成果，根据县纪委监委关于开展违规吃喝问题专项整治'
          '的统一部署，结合教育系统实际，制定本方案。', PITCH),
    ('H', '一、整治重点'),
    ('N', '（一）', '（一）违规公款吃喝问题。重点整治借开展培训、检查、调研、招生考试等名义用公款吃喝，'
                  '在学校食堂、内部场所违规安排宴请，以及通过虚列会议费、培训费报销餐费等问题。'),
    ('N', '（二）', '（二）违规接受宴请问题。重点整治接受学生家长、培训机构、教材教辅供应商、工程承包商'
                  '等管理服务对象安排的宴请。'),
    ('N', '（三）', '（三）借机大操大办问题。重点整治借升学宴、谢师宴、乔迁宴等名义收受礼金、大操大办'
                  '等问题。'),
    ('N', '（四）', '（四）工作日午间饮酒问题。重点整治工作日午餐饮酒、值班期间饮酒以及酒后驾驶校车'
                  '等问题。'),
    ('H', '二、整治措施'),
    ('M', '（一）', '（一）开展自查自纠。各单位要对照整治重点，对2022年以来公务接待、会议培训、食堂管理'
                  '等情况进行全面自查，建立问题清单和整改台账，于2023年5月31日前将自查报告报局机关'
                  '纪委。'),
    ('M', '（二）', '（二）严格公务接待管理。严格执行公务接待“一函一单”制度，接待对象、用餐标准、陪餐'
                  '人数一律如实登记，无公函的一律不予接待，严禁以学校食堂名义变相安排宴请。'),
    ('M', '（三）', '（三）加强财务审核把关。局计划财务股要对各单位2022年以来的会议费、培训费、接待费'
                  '报销凭证进行专项抽查，抽查比例不低于30%，对虚列开支、拆分报销的一律追回资金并移交'
                  '处理。'),
    ('M', '（四）', '（四）畅通监督举报渠道。在局门户网站和各学校公示栏公布举报电话和邮箱，对反映违规'
                  '吃喝的问题线索，做到件件有登记、件件有核查、件件有回复。'),
    ('M', '（五）', '（五）加大明察暗访力度。局机关纪委会同有关股室，利用节假日、开学季、招生考试等关键'
                  '时间节点，采取“四不两直”方式开展明察暗访，每季度不少于1次。'),
    ('M', '（六）', '（六）严肃查处问责通报。对专项整治期间顶风违纪的，一律从严从重处理；对典型问题一律'
                  '点名道姓通报曝光；对整治工作不力的单位，严肃追究主要负责同志责任。'),
    ('H', '三、组织保障'),
    ('M', '（一）', '（一）加强组织领导。成立由局党组书记任组长的专项整治工作领导小组，统筹推进全系统'
                  '专项整治工作。'),
    ('M', '（二）', '（二）压实主体责任。各学校（幼儿园）党组织书记、校长（园长）是专项整治第一责任人，'
                  '要亲自部署、靠前指挥，确保各项措施落实落地。'),
    ('M', '（三）', '（三）建立长效机制。坚持边整边改、立行立改，针对整治中发现的共性问题，及时完善公务'
                  '接待、食堂管理、财务报销等制度，推动专项整治常态化长效化。'),
    ('P', '专项整治工作自2023年4月开始，至2023年12月底结束。各单位要于2023年12月15日前将专项'
          '整治工作总结报局机关纪委。'),
]

F4 = [
    ('T', ['云岭市财政局关于贯彻落实中央八项规定精神', '厉行节约反对浪费的实施办法']),
    ('P', '为深入贯彻落实中央八项规定精神和《党政机关厉行节约反对浪费条例》，进一步加强机关作风'
          '建设，切实降低行政成本，推动全局干部职工带头过“紧日子”，结合我局实际，制定本办法。',
     PITCH),
    ('H', '一、精简会议活动'),
    ('M', '（一）', '（一）严格会议审批。全局性会议须报局党组会议研究确定，各科室不得以局名义召开会议。'
                  '局机关内部会议一般安排在机关会议室召开，不得到风景名胜区、宾馆酒店召开，不摆放花草，'
                  '不制作背景板。'),
    ('M', '（二）', '（二）控制会议规模和时间。全局性会议参会人员一般不超过80人，会议时间一般不超过1.5'
                  '小时，讲话人一般不超过3人。２０１４年全局会议数量要比上年减少20%以上，会议经费一律'
                  '在部门预算中列支。'),
    ('M', '（三）', '（三）从严控制会议费用。会议费实行预算管理，严禁超范围、超标准开支，严禁借会议名义'
                  '组织会餐或安排宴请，严禁套取会议费设立“小金库”。'),
    ('H', '二、规范公务接待'),
    ('N', '（一）', '（一）严格执行接待标准。公务接待工作按以下要求办理：'),
    ('M', '1.', '1.实行接待审批制度。来访单位须提前发送公函，接待科室填写接待审批单，经分管局领导'
                '审批后方可安排接待，无公函的一律不予接待。'),
    ('M', '2.', '2.严格控制陪餐人数。接待对象在10人以内的，陪餐人数不得超过3人；超过10人的，不得'
                '超过接待对象人数的三分之一。'),
    ('M', '3.', '3.规范工作餐标准。工作餐应当供应家常菜，每人每餐不超过１２０元，不得提供香烟和高档'
                '酒水，不得使用私人会所、高消费餐饮场所。'),
    ('M', '（二）', '（二）建立接待清单制度。接待结束后，接待科室要如实填写接待清单，列明接待对象、公务'
                  '活动、费用等内容，与财务票据、派出单位公函一并作为报销凭证，每月在局内公示一次。'),
    ('MH', '三、', '三、加强公务用车管理'),
    ('P', '严格执行公务用车编制和配备标准，局机关公务用车实行集中统一管理、统一调度，建立用车登记'
          '和公示制度，单车油耗、维修费用每季度公示一次。严禁公车私用，严禁领导干部长期固定使用'
          '公务用车。节假日期间，除执行应急任务外，公务用车一律停放在机关大院指定地点。'),
    ('H', '四、强化监督检查'),
    ('M', '一是', '一是局纪检组每季度对各科室执行本办法情况开展一次专项检查，检查结果在局内通报。'),
    ('M', '二是', '二是局办公室、计财科每半年对会议费、接待费、公务用车运行维护费支出情况进行统计分析，'
                '超出预算的一律不予报销。'),
    ('M', '三是', '三是对违反本办法规定的，依照有关规定严肃追究当事人和科室负责同志责任，涉嫌违纪的'
                '移送纪检机关处理。'),
    ('H', '五、附则'),
    ('N', '（一）', '（一）本办法自２０１４年３月１日起施行。'),
    ('N', '（二）', '（二）局属各事业单位参照本办法制定具体实施细则。'),
    ('S', ['云岭市财政局'], '２０１４年２月２０日'),
]

F5 = [
    ('T', ['关于严明2016年元旦春节期间', '纪律要求的通知']),
    ('A', '各乡镇党委、纪委，县委各部委，县直各单位党组（党委）：', PITCH),
    ('P', '2016年元旦、春节即将来临。为深入贯彻落实中央八项规定精神，持续纠正“四风”，严防节日'
          '期间“四风”问题反弹，确保风清气正过节，现就有关纪律要求通知如下：'),
    ('M', '1、', '1、严禁用公款购买赠送年货节礼。严禁用公款购买、印制、邮寄、赠送贺年卡、明信片等物品，'
                '严禁用公款购买赠送烟花爆竹、烟酒、花卉、食品等年货节礼。'),
    ('M', '2、', '2、严禁违规公款吃喝。严禁借召开年终总结会、迎春座谈会等名义用公款大吃大喝，严禁在'
                '内部食堂、农家乐等场所违规安排宴请，严禁接受可能影响公正执行公务的宴请。'),
    ('M', '3、', '3、严禁公款旅游和变相公款旅游。严禁以学习考察、培训交流等名义组织公款旅游，严禁安排'
                '与公务无关的参观活动，严禁借开展业务交流之机到风景名胜区游览。'),
    ('M', '4、', '4、严禁公车私用。节假日期间公务用车一律封存停放，严禁公车私用、公车私驾，严禁将公务'
                '用车停放在住宅小区、餐饮娱乐等场所。'),
    ('M', '5、', '5、严禁违规收送礼品礼金。严禁收受可能影响公正执行公务的礼品、礼金、消费卡和有价证券、'
                '股权、其他金融产品等财物，严禁以各种名义突击发放津贴补贴、奖金和实物。'),
    ('M', '6、', '6、严禁大操大办婚丧喜庆事宜。党员干部操办婚丧喜庆事宜须按规定事前报告，严禁借机敛财，'
                '严禁参与赌博。'),
    ('M', '7、', '7、严肃值班纪律。各单位要严格落实节日值班制度，实行领导带班、专人值守，确保信息畅通。'),
    ('M', '8、', '8、加强监督检查。县纪委将组成4个明察暗访组，采取“四不两直”方式开展明察暗访。'),
    ('M', '9、', '9、严肃执纪问责。对节日期间顶风违纪的，一律从严查处，并点名道姓通报曝光；对发生问题'
                '的，既追究当事人责任，又追究相关领导责任。'),
    ('P', '各乡镇、各单位要将本通知精神传达到每一名党员干部，节日期间有关违纪问题线索请及时向县纪委'
          '信访室反映。举报电话：0839-5521234，举报邮箱：yxjw_jb@163.com。'),
]
F5_ATT = ['附件：1.2016年元旦春节期间明察暗访工作安排', '2.节日期间违反中央八项规定精神问题报告表']


# ================================================================= file 1: Suwell style
def build1():
    d = Doc('f1_yunxi_2013')
    d.header_text = '中共云溪县委办公室文件'
    d.run(F1, title_bold=True, h_bold=True)
    add_page_numbers(d)
    assert len(d.pages) <= 9
    return d


def emit1(d):
    P = Pkg()
    fid = {k: P.id() for k in ('fs', 'xbs', 'ht', 'song')}
    tid = {'hdr': P.id(), 'odd': P.id(), 'even': P.id()}
    pids = [P.id() for _ in d.pages]
    gdx = lambda v: gcompress(v, 3)
    for i, p in enumerate(d.pages):
        lid = P.id()
        objs = [line_obj(P, ln, fid, gdx, cg=True, weight=True) for ln in p['lines']]
        pn = p['pn']
        # the digits only: the two dashes live in the odd/even Background template
        objs.append(line_obj(P, pn, fid, gdx, cg=True, i0=2, i1=len(pn.text) - 2))
        par = 'odd' if p['num'] % 2 else 'even'
        inner = ('<ofd:Template TemplateID="%d" ZOrder="Foreground"/>\n'
                 '<ofd:Template TemplateID="%d" ZOrder="Background"/>\n'
                 '<ofd:Content>\n<ofd:Layer ID="%d" Type="Body">\n%s</ofd:Layer>\n</ofd:Content>'
                 % (tid['hdr'], tid[par], lid, ''.join(objs)))
        P.add('Doc_0/Pages/Page_%d/Content.xml' % i, root('Page', inner))
    # header template (Foreground): running header + red rule
    hem = SZ14
    ht = d.header_text
    nat = sum(cw(c) for c in ht) * hem
    xs, advs = place(ht, L + (W - nat) / 2, hem)
    hl = Line(page=None, y=22.0, text=ht, xs=xs, advs=advs, size=SZ14, hs=1.0, em=hem,
              font='xbs', kind='hdr', block=None, color='230 0 18')
    lid = P.id()
    rule = ('<ofd:PathObject ID="%d" Boundary="%s" LineWidth="0.5">'
            '<ofd:StrokeColor Value="230 0 18"/><ofd:AbbreviatedData>M 0 0.5 L %s 0.5'
            '</ofd:AbbreviatedData></ofd:PathObject>\n' % (P.id(), box(L, 25.0, W, 1.0), f3(W)))
    P.add('Doc_0/Tpls/Tpl_0/Content.xml', root('Page',
          '<ofd:Content>\n<ofd:Layer ID="%d" Type="Foreground">\n%s%s</ofd:Layer>\n</ofd:Content>'
          % (lid, line_obj(P, hl, fid, gdx, cg=True), rule)))
    # odd / even page-number frames (Background)
    for ti, (name, num) in enumerate((('odd', 1), ('even', 2)), start=1):
        dummy = {'num': num, 'w': 210.0, 'h': 297.0}
        t = '— %d —' % num
        nat = sum(cw(c) for c in t) * SZ14
        x0 = R - SZ16 - nat if num % 2 else L + SZ16
        xs, advs = place(t, x0, SZ14)
        pl = Line(page=dummy, y=275.0, text=t, xs=xs, advs=advs, size=SZ14, hs=1.0, em=SZ14,
                  font='song', kind='pn', block=None)
        for p in d.pages:  # frame must agree with the digits placed on the pages
            if p['num'] % 2 == num % 2:
                assert p['pn'].xs == pl.xs and p['pn'].y == pl.y
        lid = P.id()
        objs = line_obj(P, pl, fid, gdx, cg=True, i0=0, i1=1) + \
            line_obj(P, pl, fid, gdx, cg=True, i0=len(t) - 1, i1=len(t))
        P.add('Doc_0/Tpls/Tpl_%d/Content.xml' % ti, root('Page',
              '<ofd:Content>\n<ofd:Layer ID="%d" Type="Background">\n%s</ofd:Layer>\n</ofd:Content>'
              % (lid, objs)))
    P.add('Doc_0/PublicRes.xml', root('Res', fonts_xml(fid, FONTNAMES), ' BaseLoc="Res"'))
    pages = ''.join('<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>\n' % (pid, i)
                    for i, pid in enumerate(pids))
    doc = ('<ofd:CommonData>\n<ofd:MaxUnitID>%d</ofd:MaxUnitID>\n'
           '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
           '<ofd:ApplicationBox>0 0 210 297</ofd:ApplicationBox></ofd:PageArea>\n'
           '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>\n'
           '<ofd:TemplatePage ID="%d" Name="RunningHeader" ZOrder="Foreground" BaseLoc="Tpls/Tpl_0/Content.xml"/>\n'
           '<ofd:TemplatePage ID="%d" Name="PageNoOdd" ZOrder="Background" BaseLoc="Tpls/Tpl_1/Content.xml"/>\n'
           '<ofd:TemplatePage ID="%d" Name="PageNoEven" ZOrder="Background" BaseLoc="Tpls/Tpl_2/Content.xml"/>\n'
           '</ofd:CommonData>\n<ofd:Pages>\n%s</ofd:Pages>'
           % (P.nid, tid['hdr'], tid['odd'], tid['even'], pages))
    P.add('Doc_0/Document.xml', root('Document', doc))
    P.add('OFD.xml', ofd_xml('Doc_0/Document.xml', '关于贯彻落实中央八项规定精神改进工作作风密切联系群众的实施方案',
                             '中共云溪县委办公室', '2013-01-18', 'Suwell OFD Writer', '2.0.13.0110'))
    return P


# ================================================================= file 2: Doc_001, landscape table
def table_page(d, title, head, rows, colw, margin=25.0, top=34.0):
    p = d.new_page(297.0, 210.0, kind='table')
    em16 = SZ16
    nat = sum(cw(c) for c in title) * em16
    xs, advs = place(title, (297.0 - nat) / 2, em16)
    ln = Line(page=p, y=26.0, text=title, xs=xs, advs=advs, size=SZ16, hs=1.0, em=em16,
              font='xbs', kind='ttitle', block=None)
    blk = {'kind': 'ttitle', 'text': title, 'lines': [ln], 'marker': None, 'measure': False}
    ln.block = blk
    p['lines'].append(ln)
    d.blocks.append(blk)
    size, em, pitch, pad = SZ12, SZ12, 5.6, 2.0
    colx = [0.0]
    for w in colw:
        colx.append(colx[-1] + w)
    ytop = top
    hys = [0.0]
    for ri, cells in enumerate([head] + rows):
        is_head = ri == 0
        wrapped = []
        for ci, c in enumerate(cells):
            inner = colw[ci] - 2 * pad
            wrapped.append(wrap(c, inner / em, inner / em))
        n = max(len(wl) for wl in wrapped)
        rh = max(n * pitch + 2 * pad + 0.6, 10.0)
        kind = 'thead' if is_head else 'trow'
        blk = {'kind': kind, 'text': '\t'.join(cells), 'lines': [],
               'marker': None if is_head else cells[0], 'measure': not is_head,
               'cells': cells}
        for ci, wl in enumerate(wrapped):
            k = len(wl)
            y1 = ytop + (rh - k * pitch) / 2 + (pitch - size) / 2 + ASC * size
            for li, lt in enumerate(wl):
                natw = sum(cw(c) for c in lt) * em
                inner = colw[ci] - 2 * pad
                if ci == 1 and not is_head:
                    x0 = margin + colx[ci] + pad
                    tgt = inner if li < k - 1 else None
                else:
                    x0 = margin + colx[ci] + (colw[ci] - natw) / 2
                    tgt = None
                xs, advs = place(lt, x0, em, tgt)
                cl = Line(page=p, y=round(y1 + li * pitch, 3), text=lt, xs=xs, advs=advs, size=size,
                          hs=1.0, em=em, font='ht' if is_head else 'fs', kind=kind, block=blk,
                          group=ri, justified=tgt is not None)
                assert cl.right() <= margin + colx[ci + 1] - pad + 0.02, (lt, cl.right(), margin + colx[ci + 1] - pad, ci)
                p['lines'].append(cl)
                blk['lines'].append(cl)
        d.blocks.append(blk)
        ytop += rh
        hys.append(round(ytop - top, 3))
    tw = colx[-1]
    th = hys[-1]
    assert top + th < 210.0 - 22.0, th
    segs = ['M 0 %s L %s %s' % (f3(y), f3(tw), f3(y)) for y in hys]
    segs += ['M %s 0 L %s %s' % (f3(x), f3(x), f3(th)) for x in colx]
    p['rules'] = (margin, top, tw, th, ' '.join(segs))
    d.new_page()


def build2():
    d = Doc('f2_anlan_2019')
    d.run(F2_A)
    table_page(d, F2_TABLE_TITLE, F2_HEAD, F2_ROWS, [14.0, 153.0, 46.0, 34.0])
    d.run(F2_B)
    add_page_numbers(d)
    return d


def emit2(d):
    P = Pkg()
    fid = {k: P.id() for k in ('fs', 'xbs', 'ht', 'song')}
    dp = P.id()
    pids = [P.id() for _ in d.pages]
    DIR = 'Doc_001/'
    baselocs = ['Pages/Page_0/Content.xml', './Pages/Page_1/Content.xml',
                'Pages/Page_9/../Page_2/Content.xml', '../Doc_001/Pages/Page_3/Content.xml',
                './Pages/./Page_4/Content.xml', 'Pages/Page_5/Content.xml']
    for i, p in enumerate(d.pages):
        lid = P.id()
        area = ''
        if p['w'] != 210.0:
            area = '<ofd:Area><ofd:PhysicalBox>0 0 %s %s</ofd:PhysicalBox></ofd:Area>\n' % (
                f3(p['w']), f3(p['h']))
        objs = []
        groups = {}
        for ln in p['lines']:
            if ln.group is None:
                objs.append(line_obj(P, ln, fid))
            else:
                groups.setdefault(ln.group, []).append(ln)
        if 'rules' in p:
            bx, by, bw, bh, ad = p['rules']
            objs.append('<ofd:PathObject ID="%d" Boundary="%s" DrawParam="%d" LineWidth="0.35" '
                        'Stroke="true" Fill="false"><ofd:StrokeColor Value="0 0 0"/>'
                        '<ofd:AbbreviatedData>%s</ofd:AbbreviatedData></ofd:PathObject>\n'
                        % (P.id(), box(bx, by, bw, bh), dp, ad))
        for g in sorted(groups):
            gid = P.id()
            objs.append('<ofd:PageBlock ID="%d">\n%s</ofd:PageBlock>\n'
                        % (gid, ''.join(line_obj(P, ln, fid) for ln in groups[g])))
        fl = P.id()
        fore = line_obj(P, p['pn'], fid)
        inner = ('%s<ofd:Content>\n<ofd:Layer ID="%d" Type="Body">\n%s</ofd:Layer>\n'
                 '<ofd:Layer ID="%d" Type="Foreground">\n%s</ofd:Layer>\n</ofd:Content>'
                 % (area, lid, ''.join(objs), fl, fore))
        P.add(DIR + 'Pages/Page_%d/Content.xml' % i, root('Page', inner))
    P.add(DIR + 'PublicRes.xml', root('Res', fonts_xml(fid, FONTNAMES), ' BaseLoc="Res"'))
    P.add(DIR + 'DocumentRes.xml', root('Res', '<ofd:DrawParams><ofd:DrawParam ID="%d" LineWidth="0.35">'
                                        '<ofd:StrokeColor Value="0 0 0"/></ofd:DrawParam></ofd:DrawParams>'
                                        % dp, ' BaseLoc="Res"'))
    pages = ''.join('<ofd:Page ID="%d" BaseLoc="%s"/>\n' % (pid, baselocs[i])
                    for i, pid in enumerate(pids))
    doc = ('<ofd:CommonData>\n<ofd:MaxUnitID>%d</ofd:MaxUnitID>\n'
           '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>\n'
           '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>\n'
           '<ofd:DocumentRes>/Doc_001/DocumentRes.xml</ofd:DocumentRes>\n'
           '</ofd:CommonData>\n<ofd:Pages>\n%s</ofd:Pages>' % (P.nid, pages))
    P.add(DIR + 'Document.xml', root('Document', doc))
    P.add('OFD.xml', ofd_xml('Doc_001/Document.xml', '安澜市生态环境局集中整治形式主义官僚主义工作方案',
                             '安澜市生态环境局', '2019-05-10', 'OFD Export', '3.1'))
    return P


# ================================================================= file 3: text / scan / text + watermark annots
def make_png(w=250, h=354, seed=7):
    rnd = random.Random(seed)
    px = [[[238 + rnd.randint(-6, 6), 236 + rnd.randint(-6, 6), 228 + rnd.randint(-6, 6)]
           for _ in range(w)] for _ in range(h)]

    def dark(x, y, v):
        if 0 <= x < w and 0 <= y < h:
            px[y][x] = [v, v, v + 4]
    for y in range(h):                       # scanner shadow on the left edge
        for x in range(6):
            g = 150 + x * 15
            px[y][x] = [g, g, g]
    for by in (40, 50):                      # blurred "title" bars
        for x in range(60, 190):
            if rnd.random() < 0.8:
                for dy in range(5):
                    dark(x, by + dy, 120 + rnd.randint(0, 40))
    y = 80
    while y < 300:                           # illegible "text" bars
        x_end = rnd.randint(150, 215) if rnd.random() < 0.8 else rnd.randint(70, 120)
        for x in range(34, x_end):
            if (x // 7) % 5 != 4 and rnd.random() < 0.7:
                for dy in range(3):
                    dark(x, y + dy, 95 + rnd.randint(0, 60))
        y += 13
    cx, cy, r = 180, 300, 24                 # red ring (seal)
    for yy in range(cy - r - 3, cy + r + 4):
        for xx in range(cx - r - 3, cx + r + 4):
            dd = ((xx - cx) ** 2 + (yy - cy) ** 2) ** 0.5
            if r - 2 <= dd <= r + 1.5 and 0 <= xx < w and 0 <= yy < h and rnd.random() < 0.9:
                px[yy][xx] = [205 + rnd.randint(0, 30), 40, 40]
    raw = b''.join(b'\x00' + bytes(max(0, min(255, c)) for pix in row for c in pix) for row in px)

    def chunk(t, data):
        return struct.pack('>I', len(data)) + t + data + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def build3():
    d = Doc('f3_jiaoyu_2023')
    d.run(F3_COVER, lead=True)
    date_ln = d.blocks[-1]['lines'][0]
    d.page['seal'] = (round((date_ln.xs[0] + date_ln.right()) / 2, 3), round(date_ln.y - 9.0, 3))
    d.new_page(kind='image')
    d.new_page()
    d.run(F3_PLAN, lead=True)
    add_page_numbers(d, skip=(2,))
    return d


def emit3(d):
    P = Pkg()
    fid = {k: P.id() for k in ('fs', 'xbs', 'ht', 'kt', 'song', 'tnr')}
    img = P.id()
    seal = P.id()
    pids = [P.id() for _ in d.pages]
    for i, p in enumerate(d.pages):
        lid = P.id()
        objs = []
        if p['kind'] == 'image':
            objs.append('<ofd:ImageObject ID="%d" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" '
                        'ResourceID="%d"/>\n' % (P.id(), img))
        for ln in p['lines'] + ([p['pn']] if p['pn'] else []):
            fonts = ln.fonts or [('tnr' if ord(c) < 128 and c != ' ' else ln.font) for c in ln.text]
            if ln.kind in ('title', 'h1', 'label', 'pn'):
                fonts = [ln.font] * len(ln.text)
            s = 0
            while s < len(ln.text):
                e = s
                while e < len(ln.text) and fonts[e] == fonts[s]:
                    e += 1
                nat = round(ln.em, 3)
                natural = fonts[s] != 'tnr' and all(a == nat for a in ln.advs[s:e - 1])
                dxf = (lambda v: None) if natural else plain_dx
                objs.append(line_obj(P, ln, fid, dxf, i0=s, i1=e, font_override=fonts[s]))
                s = e
        if 'seal' in p:
            cx, cy = p['seal']
            objs.append('<ofd:CompositeObject ID="%d" Boundary="%s" ResourceID="%d"/>\n'
                        % (P.id(), box(cx - 21, cy - 21, 42, 42), seal))
        P.add('Doc_0/Pages/Page_%d/Content.xml' % i, root('Page',
              '<ofd:Content>\n<ofd:Layer ID="%d" Type="Body">\n%s</ofd:Layer>\n</ofd:Content>'
              % (lid, ''.join(objs))))
    # seal: circle + star, no text
    import math
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = 7.5 if k % 2 == 0 else 3.0
        pts.append((21 + rr * math.cos(ang), 21 + rr * math.sin(ang)))
    star = 'M %s %s ' % (f3(pts[0][0]), f3(pts[0][1])) + ' '.join(
        'L %s %s' % (f3(x), f3(y)) for x, y in pts[1:]) + ' C'
    unit = ('<ofd:CompositeGraphicUnits><ofd:CompositeGraphicUnit ID="%d" Width="42" Height="42">'
            '<ofd:Content>'
            '<ofd:PathObject ID="%d" Boundary="0 0 42 42" LineWidth="1.2" Stroke="true" Fill="false">'
            '<ofd:StrokeColor Value="220 0 0"/><ofd:AbbreviatedData>M 1 21 A 20 20 0 1 1 41 21 '
            'A 20 20 0 1 1 1 21 C</ofd:AbbreviatedData></ofd:PathObject>'
            '<ofd:PathObject ID="%d" Boundary="0 0 42 42" Stroke="false" Fill="true">'
            '<ofd:FillColor Value="220 0 0"/><ofd:AbbreviatedData>%s</ofd:AbbreviatedData>'
            '</ofd:PathObject></ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits>'
            % (seal, P.id(), P.id(), star))
    media = ('<ofd:MultiMedias><ofd:MultiMedia ID="%d" Type="Image" Format="PNG">'
             '<ofd:MediaFile>Image_%d.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>' % (img, img))
    P.add('Doc_0/Res/Image_%d.png' % img, make_png())
    # watermark annotations on every page
    ann_pages = ''
    wm = '内部资料 注意保存'
    for i, p in enumerate(d.pages):
        annots = ''
        for (tx, ty) in ((30, 70), (120, 70), (30, 160), (120, 160), (30, 250), (120, 250)):
            size = 7.0
            advs = [round(cw(c) * size, 3) for c in wm[:-1]]
            a, b = 0.866, -0.5
            tobjx = tobj(P.id(), box(tx - 5, ty - 40, 70, 50), fid['song'], size,
                         [(0, 0, plain_dx(advs), wm)],
                         {'CTM': '%s %s %s %s %s %s' % (a, b, -b, a, 5, 40), 'Alpha': '70'},
                         fill='190 190 190')
            annots += ('<ofd:Annot ID="%d" Type="Watermark" Creator="云溪县教育局" '
                       'LastModDate="2023-03-28" Print="true" NoZoom="false">'
                       '<ofd:Appearance Boundary="0 0 210 297">\n%s</ofd:Appearance></ofd:Annot>\n'
                       % (P.id(), tobjx))
        P.add('Doc_0/Annots/Page_%d/Annotation.xml' % i, root('PageAnnot', annots))
        ann_pages += ('<ofd:Page PageID="%d"><ofd:FileLoc>Page_%d/Annotation.xml</ofd:FileLoc>'
                      '</ofd:Page>\n' % (pids[i], i))
    P.add('Doc_0/Annots/Annotations.xml', root('Annotations', ann_pages))
    P.add('Doc_0/PublicRes.xml', root('Res', fonts_xml(fid, FONTNAMES), ' BaseLoc="Res"'))
    P.add('Doc_0/DocumentRes.xml', root('Res', media + '\n' + unit, ' BaseLoc="Res"'))
    pages = ''.join('<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>\n' % (pid, i)
                    for i, pid in enumerate(pids))
    doc = ('<ofd:CommonData>\n<ofd:MaxUnitID>%d</ofd:MaxUnitID>\n'
           '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>\n'
           '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>\n<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>\n'
           '</ofd:CommonData>\n<ofd:Pages>\n%s</ofd:Pages>\n'
           '<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>' % (P.nid, pages))
    P.add('Doc_0/Document.xml', root('Document', doc))
    P.add('OFD.xml', ofd_xml('Doc_0/Document.xml', '关于印发《云溪县教育系统违规吃喝问题专项整治实施方案》的通知',
                             '云溪县教育局', '2023-03-28', 'Office OFD Plugin', '11.8'))
    return P


# ================================================================= file 4: HScale / CTM / Y-only TextCodes
def build4():
    d = Doc('f4_caizheng_2014', hs=0.9)
    d.run(F4)
    add_page_numbers(d)
    return d


def emit4(d):
    P = Pkg()
    fid = {k: P.id() for k in ('fs', 'xbs', 'ht', 'song')}
    pids = [P.id() for _ in d.pages]
    per_page = {p['num']: [] for p in d.pages}
    stats = {'partial': 0, 'yonly': 0, 'ctm': 0}
    for bi, blk in enumerate(d.blocks):
        use_ctm = blk['kind'] in ('title', 'h1') or bi % 3 == 0
        segs = []
        for ln in blk['lines']:
            if segs and segs[-1][-1].page is ln.page:
                segs[-1].append(ln)
            else:
                segs.append([ln])
        for seg in segs:
            page = seg[0].page
            top = round(min(l.y - ASC * l.size for l in seg), 3)
            bottom = max(l.y + 0.3 * l.size for l in seg)
            s, e, f = (0.1, 2.0, 3.0) if use_ctm else (1.0, 0.0, 0.0)
            ox, oy = L, top
            bnd = box(ox - e, oy - f, R - ox + e + 0.5, bottom - oy + f)
            codes = []
            prevX = None
            for k, ln in enumerate(seg):
                X = round((ln.xs[0] - ox) / s, 3)
                Y = round((ln.y - oy) / s, 3)
                natural = round(ln.em, 3)
                adv = ln.advs
                if ln.justified or not adv:
                    dx = adv
                elif all(a == natural for a in adv) and ln.hs == 1.0:
                    dx = []           # plain centred title line: glyph widths suffice
                else:
                    non = [j for j, a in enumerate(adv) if a != natural]
                    kk = (max(non) + 2) if non else min(3, len(adv) - 1)
                    dx = adv[:min(max(kk, 0), len(adv))]
                    if len(dx) < len(adv):
                        stats['partial'] += 1
                dxs = plain_dx([round(a / s, 3) for a in dx]) if dx else None
                if k >= 2 and prevX is not None and X == prevX:
                    codes.append((None, Y, dxs, ln.text))
                    stats['yonly'] += 1
                else:
                    codes.append((X, Y, dxs, ln.text))
                prevX = X
            ln0 = seg[0]
            attrs = {}
            if ln0.hs != 1.0:
                attrs['HScale'] = f3(ln0.hs)
            if use_ctm:
                attrs['CTM'] = '0.1 0 0 0.1 2 3'
                stats['ctm'] += 1
            per_page[page['num']].append(tobj(P.id(), bnd, fid[ln0.font], ln0.size / s, codes, attrs))
    for i, p in enumerate(d.pages):
        lid = P.id()
        objs = ''.join(per_page[p['num']]) + line_obj(P, p['pn'], fid)
        P.add('Doc_0/Pages/Page_%d/Content.xml' % i, root('Page',
              '<ofd:Content>\n<ofd:Layer ID="%d" Type="Body">\n%s</ofd:Layer>\n</ofd:Content>' % (lid, objs)))
    P.add('Doc_0/PublicRes.xml', root('Res', fonts_xml(fid, FONTNAMES), ' BaseLoc="Res"'))
    pages = ''.join('<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>\n' % (pid, i)
                    for i, pid in enumerate(pids))
    doc = ('<ofd:CommonData>\n<ofd:MaxUnitID>%d</ofd:MaxUnitID>\n'
           '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>\n'
           '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>\n'
           '</ofd:CommonData>\n<ofd:Pages>\n%s</ofd:Pages>' % (P.nid, pages))
    P.add('Doc_0/Document.xml', root('Document', doc))
    P.add('OFD.xml', ofd_xml('Doc_0/Document.xml', '云岭市财政局关于贯彻落实中央八项规定精神厉行节约反对浪费的实施办法',
                             '云岭市财政局', '2014-02-20', 'Layout Engine', '5.0'))
    P.stats = stats
    return P


# ================================================================= file 5: 通知 with 1、2、 items
def build5():
    d = Doc('f5_jiwei_2016')
    d.run(F5)
    em = SZ16
    d.para(F5_ATT[0], kind='attach', indent=2, align='left', sb=PITCH)
    d.para(F5_ATT[1], kind='attach', indent=5, align='left')
    d.signoff(['中共云溪县纪委'], '2015年12月25日')
    if d.y > 240.0:
        d.new_page()
    p = d.page
    y1, y2, yb = 248.0, 258.0, 254.6
    left, right = '中共云溪县纪委办公室', '2015年12月25日印发'
    blk = {'kind': 'banji', 'text': left + ' ' + right, 'lines': [], 'marker': None, 'measure': False}
    xs, advs = place(left, L + SZ14, SZ14)
    l1 = Line(page=p, y=yb, text=left, xs=xs, advs=advs, size=SZ14, hs=1.0, em=SZ14, font='fs',
              kind='banji', block=blk)
    rw = sum(cw(c) for c in right) * SZ14
    xs, advs = place(right, R - SZ14 - rw, SZ14)
    l2 = Line(page=p, y=yb, text=right, xs=xs, advs=advs, size=SZ14, hs=1.0, em=SZ14, font='fs',
              kind='banji', block=blk)
    blk['lines'] = [l1, l2]
    p['lines'] += [l1, l2]
    d.blocks.append(blk)
    p['banji'] = (y1, y2)
    add_page_numbers(d)
    return d


def emit5(d):
    P = Pkg()
    fid = {k: P.id() for k in ('fs', 'xbs', 'ht', 'song')}
    pids = [P.id() for _ in d.pages]
    for i, p in enumerate(d.pages):
        lid = P.id()
        objs = [line_obj(P, ln, fid) for ln in p['lines'] + [p['pn']]]
        if 'banji' in p:
            for yy in p['banji']:
                objs.append('<ofd:PathObject ID="%d" Boundary="%s" LineWidth="0.35">'
                            '<ofd:StrokeColor Value="0 0 0"/><ofd:AbbreviatedData>M 0 0.5 L %s 0.5'
                            '</ofd:AbbreviatedData></ofd:PathObject>\n'
                            % (P.id(), box(L, yy - 0.5, W, 1.0), f3(W)))
        P.add('Doc_0/Pages/Page_%d/Content.xml' % i, root('Page',
              '<ofd:Content>\n<ofd:Layer ID="%d" Type="Body">\n%s</ofd:Layer>\n</ofd:Content>'
              % (lid, ''.join(objs))))
    P.add('Doc_0/PublicRes.xml', root('Res', fonts_xml(fid, FONTNAMES), ' BaseLoc="Res"'))
    pages = ''.join('<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>\n' % (pid, i)
                    for i, pid in enumerate(pids))
    doc = ('<ofd:CommonData>\n<ofd:MaxUnitID>%d</ofd:MaxUnitID>\n'
           '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>\n'
           '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>\n'
           '</ofd:CommonData>\n<ofd:Pages>\n%s</ofd:Pages>' % (P.nid, pages))
    P.add('Doc_0/Document.xml', root('Document', doc))
    P.add('OFD.xml', ofd_xml('Doc_0/Document.xml', '关于严明2016年元旦春节期间纪律要求的通知',
                             '中共云溪县纪委', '2015-12-25', 'DocConvert', '1.2'))
    return P


# ================================================================= truth / key
def truth_lines(d):
    out, hdone, fdone = [], set(), set()
    pages = {p['num']: p for p in d.pages}

    def hdr(k):
        if k not in hdone:
            hdone.add(k)
            if d.header_text:
                out.append(d.header_text)

    def ftr(k):
        if k not in fdone:
            fdone.add(k)
            if pages[k]['pn_text']:
                out.append(pages[k]['pn_text'])
    for b in d.blocks:
        s, e = b['lines'][0].page['num'], b['lines'][-1].page['num']
        for k in range(1, s + 1):
            hdr(k)
            if k < s:
                ftr(k)
        out.append(b['text'])
        for k in range(s, e):
            ftr(k)
            hdr(k + 1)
    for k in sorted(pages):
        hdr(k)
        ftr(k)
    return out


def key_rows(fname, d):
    rows = []
    for b in d.blocks:
        if not b['measure']:
            continue
        if b['kind'] == 'trow':
            rows.append((fname, b['marker'], b['cells'][1][:12]))
        else:
            rows.append((fname, b['marker'], b['text'][len(b['marker']):][:12]))
    return rows


def main():
    os.makedirs(FILES, exist_ok=True)
    os.makedirs(TRUTH, exist_ok=True)
    jobs = [(build1, emit1), (build2, emit2), (build3, emit3), (build4, emit4), (build5, emit5)]
    allkeys = []
    for build, emit in jobs:
        d = build()
        P = emit(d)
        fname = d.name + '.ofd'
        order = None
        if d.name.startswith('f2'):
            names = sorted(P.files)
            random.Random(3).shuffle(names)
            order = names
        write_zip(os.path.join(FILES, fname), P.files, order)
        with open(os.path.join(TRUTH, d.name + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(truth_lines(d)) + '\n')
        keys = key_rows(fname, d)
        allkeys += keys
        cross = [b['text'][:14] for b in d.blocks
                 if b['lines'][0].page['num'] != b['lines'][-1].page['num']]
        lines_per_page = [len([l for l in p['lines']]) for p in d.pages]
        print('%-22s pages=%d measures=%d cross-page paragraphs=%d %s lines/page=%s'
              % (fname, len(d.pages), len(keys), len(cross), cross, lines_per_page))
        if hasattr(P, 'stats'):
            print('   f4 stats:', P.stats)
    with open(os.path.join(BASE, 'key.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'number', 'text_prefix'])
        w.writerows(allkeys)
    print('total measures', len(allkeys))


if __name__ == '__main__':
    main()

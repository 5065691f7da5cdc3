"""Run the six generators and write manifest.csv, key.csv and disagreements.csv.

    python3 build_all.py          # writes ../f70_0N_*.rtf, truth/, work/, and the CSVs
    python3 check_lo.py           # LibreOffice check (needs soffice)
"""
import csv, importlib, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GENERATORS = ['f70_01_word2003', 'f70_02_word2010', 'f70_03_wps', 'f70_04_word95', 'f70_05_cms', 'f70_06_ledger']

MANIFEST = [
    # doc_id, level, region, issuer, issuer_type, title, campaign, date, notes
    ('f70_01', 'county', '澜江省澄川县（虚构）', '中共澄川县委', 'county party committee',
     '中共澄川县委关于改进工作作风密切联系群众的实施意见', '中央八项规定', '2013-01-18',
     'Word 2003 on Chinese Windows (\\ansicpg936\\uc2): GBK \\\'xx pairs in \\loch\\af1\\hich\\af1\\dbch\\af13 runs, the numbers 一、 and （一） drawn only from {\\listtext} groups of a Word multilevel list, \\*\\rsidtbl/listtable/listoverridetable/pgdsctbl/latentstyles destinations, _Toc and OLE_LINK bookmarks, and PAGE fields in the header and footer.'),
    ('f70_02', 'province', '海岳省（虚构）', '中共海岳省交通运输厅党组', 'provincial department party group',
     '中共海岳省交通运输厅党组党的群众路线教育实践活动整改方案', '党的群众路线教育实践活动', '2014-01-10',
     'Word 2010 on an English-locale Windows (\\ansicpg1252\\uc1): every Chinese character as \\uN? (negative N above U+7FFF), some runs as \\uc2\\uN with GBK fallback bytes, \\upr/\\ud pairs in \\info, large themedata/colorschememapping/datastore hex blobs, and a task table (header row, one cell of two paragraphs, vertically merged 责任单位 cells) holding most measures.'),
    ('f70_03', 'municipal', '岭北省石岩市（虚构）', '中共石岩市委办公室', 'municipal party committee general office',
     '石岩市集中整治形式主义官僚主义切实为基层减负的若干措施', '集中整治形式主义官僚主义（为基层减负）', '2019-05-20',
     'WPS Office RTF (a space after every control word, GB2312 fonts, \\\'xx pairs under \\dbch \\f1): a notice wrapping the measures, a text box with a publication note, a \\pngblip picture and a \\shppict/\\nonshppict seal, a \\page break and a \\sect break, with a ①–④ problem list and dated implementation stages that are not measures.'),
    ('f70_04', 'township', '岭北省青禾县桐溪乡（虚构）', '中共桐溪乡委员会、桐溪乡人民政府', 'township party committee and government',
     '中共桐溪乡委员会　桐溪乡人民政府关于改进工作作风密切联系群众的十项规定', '中央八项规定', '2013-02-25',
     'Old Word 95 / WordPad-style RTF (no Unicode, lower-case GBK hex): \\pntext/\\*\\pn numbering 1.–10., \\line soft breaks in the title and a measure, hidden text, tracked changes with a revision table (deleted and inserted words, one at the start of a measure), a comment and a footnote.'),
    ('f70_05', 'municipal', '东屏省旻川市（虚构）', '旻川市人民政府办公室', 'municipal government general office',
     '旻川市政府系统贯彻落实中央八项规定精神实施细则', '中央八项规定（纠治“四风”）', '2023-06-09',
     'A government website CMS export (\\uc0): title and web furniture as \\uN without fallback, a surrogate pair for 𠮷, body GBK written byte by byte so ASCII-range trail bytes appear as literal characters after the hex lead byte (旻 = \\\'95F), mixed-case hex, \\emdash, \\ldblquote/\\rdblquote, \\~, \\tab after item numbers, escaped \\{ \\} \\\\, hard-wrapped lines split by \\par, and meaningless CRLFs in the source; articles 第一条–第十四条.'),
    ('f70_06', 'county', '东屏省鹤川县（虚构）', '中共鹤川县委办公室', 'county party committee general office',
     '中共鹤川县委常委班子“四风”问题专项整治整改落实台账', '“四风”问题专项整治', '2018-04-20',
     'A rectification ledger from an OA system’s RTF writer whose measures are only table rows: category rows merged across the table (\\clmgf/\\clmrg), the 责任领导 column merged down groups of rows (\\clvmgf/\\clvmrg), a nested stage table (\\itap2, \\nestcell, \\nestrow) in one cell, and a seal picture written with \\bin (raw bytes containing braces and backslashes).'),
]


def main():
    files = {}
    for g in GENERATORS:
        m = importlib.import_module(g)
        m.build()
        files[g[:6]] = m.FNAME
    with open(os.path.join(OUT, 'manifest.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['doc_id', 'file', 'level', 'region', 'issuer', 'issuer_type', 'title', 'campaign', 'date', 'date_precision', 'notes'])
        for doc_id, level, region, issuer, itype, title, camp, date, notes in MANIFEST:
            w.writerow([doc_id, files[doc_id], level, region, issuer, itype, title, camp, date, 'day', notes])
    with open(os.path.join(OUT, 'key.csv'), 'w', encoding='utf-8', newline='') as f, \
            open(os.path.join(OUT, 'disagreements.csv'), 'w', encoding='utf-8', newline='') as g:
        wk = csv.writer(f, lineterminator='\n')
        wd = csv.writer(g, lineterminator='\n')
        wk.writerow(['file', 'number', 'text_prefix'])
        wd.writerow(['file', 'text_prefix', 'reason'])
        for doc_id in sorted(files):
            base = os.path.splitext(files[doc_id])[0]
            for line in open(os.path.join(HERE, 'work', base + '.key.tsv'), encoding='utf-8'):
                num, pre = line.rstrip('\n').split('\t')
                wk.writerow([files[doc_id], num, pre])
            for line in open(os.path.join(HERE, 'work', base + '.disagree.tsv'), encoding='utf-8'):
                pre, why = line.rstrip('\n').split('\t')
                wd.writerow([files[doc_id], pre, why])


if __name__ == '__main__':
    main()

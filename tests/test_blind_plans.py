"""Plan files written blind to the extractor, by two writers who saw only the codebook and the seeds.

``blind_plans``: a GBK provincial 实施细则 with CRLF and four numbering levels, a municipal web-page copy
with its furniture, a county 整改方案 whose numbered problems precede its measures, a township plan in
articles, a department plan with damaged punctuation (half-width marks, full-width digits, items run
together on one line, UTF-8 with BOM), and a 2019 减负 plan with ①②③ items, a table of limits and
attachments. ``blind_plans2``: a UTF-8 HTML page with scripts, a <br> inside a paragraph and a table;
an old GBK page laid out in tables with 一要…二要… items; a hand-built .docx whose numbers are split
across runs, in 第一部分…; a repost in traditional characters; a plan with no numbers at all; a UTF-16
整改方案 with ①② problems and a responsibility table restating its measures; and a plan on one line
that lost every line break, with web furniture inline. ``blind_plans3``: a .docx numbered by Word's
automatic lists; a 整改清单 whose measures exist only as table rows; a progress report (一是… done,
下一步打算 to do); items pairing 问题： and 整改措施： (GB18030); an HTML page with <ol><li> lists, one
nested under a lead-in; 第一部分… with an attachment after the signature; and 1) items with inline ①②.
``blind_plans4``: a copy out of a PDF (lines wrapped mid-sentence, page numbers, a running header); a
table of contents; 存在问题 and 整改措施 under every section; 第一，… sections over 1. items; GB2312
with full-width numbers and decorated headings; a township's mixed, skipping and repeated numbers.
``blind_plans5``: a .docx whose section numbers come from its heading style and one section's measures
only in a Word table; an HTML page with one section's measures only in a <table>; five nesting levels;
Big5; Ⅰ、Ⅱ、 sections with a problem list and 注 notes; a notice wrapping two documents; items joined
by ；, form feeds, wrapped lines starting with numbers and half-width (一). ``blind_plans6``: a WeChat
article (sentences split over spans, numbers in <strong>); a .docx with tabs after numbers, soft breaks
and a measure split over two paragraphs; an OCR'd scan (l. I. ―、 3 . for numbers, broken lines); 壹、贰、
sections; 40 long measures numbered through seven sections; the eight points quoted before the plan's own.
``blind_plans8``: six mainstream files (a news-site copy, GBK articles, a .docx 整改方案, a department's web
page, a township's 一是 lines, a 整改落实方案 with problems first), all matched on their first run.
``blind_plans9``: plain-text files with the seeds' damage (punctuation flattened to dots, 20XX placeholders,
full-width spaces, a web copy, a progress report of 一是 paragraphs) and a 整改方案 run together on one line
whose sections each hold a ①② problem list, then ``整改措施：`` and measures （1）（2）… (that plan gave two
measures, sections only, until problem lists and the measures after them stopped being folded into their
heading, and a line that runs a plan together got item starts at its colons and lost breaks).
``blind_plans10``, written after those fixes: a 实施办法 of ——-led paragraphs, a GBK/CRLF 整改方案 pasted from a
sheet (序号, 存在问题, 整改措施, … as tab-separated rows under category rows), an HTML page with numbers in <p>s of
their own, a .docx 规定 in chapters and articles with clauses, a township's （1） measures each followed by a
责任人/完成时限 line, and 第一部分…第三部分 with ``2,`` for ``2.``; three files matched on the first run (110 of 114);
``2,`` ``3，`` are now numbers, ``本实施办法适用于`` is scope, and ``以上整改任务由…`` after the measures closes the plan.
``blind_plans11`` (165 measures): a WeChat article of ●▲◆ bullets, a 会议纪要 whose 议定事项 or their （一）
sub-points are the measures, a GBK page declared gb2312 whose items are split only by <br>, 【】 headings with
注： notes and an attachment list, full-width １． with 一是 lines and a measure over two paragraphs, and an OCR'd
scan with ( 2 ) numbers, page footers and running headers; five files matched on the first run, the sixth once
a WeChat article's tail (往期回顾, 长按识别二维码, 投稿邮箱) was page furniture.
``blind_plans12`` (164 measures): a .docx with tracked changes (a measure deleted, words inserted) and a
comment, a .docx with its 红头 in the page header and two measures in a text box, an HTML page whose sidebar
comes first and whose measures are <ul>/<ol> items, ``1）`` measures over ``（1）`` details, a Markdown pipe
table (整改台账), and footnote markers with a 注释 list; four files matched on the first run (the two .docx only
because tracked changes and text boxes had been fixed just before, after a probe of our own), the other two once
``1）`` held ``（1）`` and a ``| … |`` row was a table row.
``blind_plans13`` (100 measures): page 1 of a paginated article, ㈠⒈⑴ single-character numbers (supported just
before, after a look of our own), problems listed before measures that open with 针对…的问题, a county 规定 in
第1条…第20条, a 负面清单 of short items several to a line, and a Word "Save as Web Page" with mso-list numbers; four
files matched on the first run; then 第1条 became an article number, and the unnumbered prose under a 组织保障
section stopped being measures (as four writers' keys have it).
``blind_plans15`` (128 measures): a 政府信息公开 page with its metadata table, an old CMS page of <font> and <br>,
a .docx with unnumbered Heading 1 sections over bold-headed paragraphs, a .docx task table with a two-paragraph
cell, ``1.`` title lines over body paragraphs, and a 2019 减负 plan in parts with ``1.`` details after
``具体要求如下：``/``遵守以下规定：``; four files matched on the first run; then details led in by the item's
own text (not only its first sentence) stayed inside it, a part's prose under 组织实施 stopped being a measure,
and a data table's two-paragraph cell was read as one cell.
``blind_plans16`` (145 measures): a county's compilation of four short regulations, ■★ symbol headings, pipe rows
without outer bars, a bilingual plan whose English paragraphs repeat the numbers, a short notice whose only list is
an inline 一是…五是, and a .docx numbered by a Word multi-level list with footnotes and an endnote; three files
matched on the first run; then a number followed by no Chinese character started no item (and a translation
paragraph ended the measure before it), prose beside a table's rows needed a heading sentence, and an inline
一是…三是 run became the list of a plan that had no other.
``blind_plans17`` (121 measures): six mainstream plans (a provincial 实施办法, a 整改方案 with problems first, a
county 实施细则 in chapters, a department's 专项整治方案 in stages, a township's 一是 paragraphs, a bureau's 1、 list),
written after all the fixes above; five matched on the first run; then an item naming a problem and its symptoms
(``…问题。主要表现为：``) became a problem and ``建立问题清单`` a measure. Its key prints numbers without their
trailing mark (``1`` for ``1．``).
``blind_plans18`` (123 intended measures as written): six plans of 2023–2025 (a county's 学习教育 plan, a provincial
department's 为基层减负 measures on a web page, a state-owned enterprise's .docx 实施细则 with money and headcount
limits, a university's GBK measures, a township's PDF copy with hard wraps, page footers and form feeds, a 纪委
holiday notice); two files matched on the first run; then a section titled with the step of finding problems
(``三、认真查摆突出问题``) held measures again, and a PDF copy's page break ``\f`` stopped hiding the item after it.
Its writer's two articles split into clauses are folded back in ``key.csv`` (three earlier writers keep clauses
inside their article; see its ``key_notes.md``), and four exhortation items are ``disagreements.csv`` rows.
``blind_plans19`` (118 measures): numbering as people type it — a number printed twice, a skipped number, a list
restarting by mistake, sections 一、二、四、, mixed marks (1. 2． 3、 4，) and brackets (（1） (2) （３）), numbers alone on
their line, four levels with measures at different depths, 责任领导/责任单位/完成时限 blocks, items running over several
paragraphs, a 42-article 实施细则, a notice of ①…⑨ only; five files matched on the first run; then a number that lost
its mark (``3严格控制…``) filled the gap between its neighbours.
``blind_plans20`` (110 measures): plans of sector bodies (a county hospital, an education bureau, a court, a tax
bureau's web page, a police bureau's 十不准, an environment bureau's 一是 paragraphs); four files matched on the first
run, and the other two differ only by their stages of work (``1.集中整改阶段（2014年3月下旬至5月底）。…``), which the
writer left out under the brief's "schedules are not measures" and the extractor keeps as numbered commitments (the
codebook excludes no such item): ``disagreements.csv``.
``blind_plans21`` (76 measures): six web pages of different sites (an old TRS portal in gb2312 with layout tables,
a county news repost with a script quoting a measure and reader comments numbered 1. 2., an information-disclosure
page, an HTML5 page whose numbers come only from ``<ol start=…>``, page 1 of a paginated 党建网 article, Word pasted
into a CMS); all six matched on the first run, up to three stages of work listed as disagreements (as in blind_plans20).
``blind_plans22`` (99 intended measures): six .docx files numbered by Word itself (numbering.xml: Chinese counting
formats, numbering held in Heading and custom styles, lists restarting by override or continuing across sections,
``lvlRestart 0``, a list starting at 5, hand-typed numbers mixed in, a WPS-style package); four files matched on the
first run; then ``w:lvlRestart 0`` was honoured (articles ran on across chapters), an empty numbered paragraph
stopped being a measure and a paragraph naming problems with an inline
list (``重点整治四个方面突出问题：一是…``) became a problem. The list starting at 5 after a lead-in paragraph is a known
limitation, left out of ``key.csv`` (see its ``key_notes.md``).
``blind_plans24`` (91 measures): measures in tables as ledgers lay them out — an HTML table with rowspan and ``<br>``
in cells, a .docx table with merged category and unit cells, a box-drawn table whose cells wrap over two lines, a
table restating the prose's measures, a two-column layout table (number and name | measure) under a menu of links,
a .docx 负面清单 table; two files matched on the first run; then HTML cells with line breaks stayed one row, a row
of links became a menu, a row's number could follow a category cell or open a two-cell row, a box-drawn row was
read across its lines, and a form's fields line (填报单位：… 审核：…) stopped being a row.
``blind_plans25`` (95 intended measures): less common enumerators — 首先/其次/再次/最后 and 其一/其二, 第一，第二， under
sections titled 聚焦…突出问题, ◆●■▲★☆➢√ bullets in a plan without numbers, Ⅰ、 with A. a) (a), 一要…四要 under 【】
headings, and a 十个严禁 notice numbering its clauses (1)…(10) across paragraphs; two files matched on the first run;
then 聚焦 titles held measures, a (1)…(10) list running across paragraphs became the list, bulleted paragraphs and the
problem and goal headings of an unnumbered plan were read, and lead-in and scope lines stopped running on. One
run-on paragraph of 一要…二要…三要 stays one measure (see its ``key_notes.md``).
``blind_plans26`` (110 measures): a validation batch of six typical plans and copies (a provincial 实施办法, a city's
GBK 整改方案 inside its 印发 notice, a department's portal page, a county's .docx 实施细则, a township's 若干规定, a
university's web copy), written after all the fixes above and scored once: five files exact on the first run, the
sixth up to where a one-paragraph section's measure starts (see its ``key_notes.md``).
``blind_plans27`` (105 measures): a second validation batch of typical plans from less common issuers (an autonomous
prefecture, a people's congress party group, a county discipline commission's web page, a provincial police
department's .docx, a district office's web copy, a sub-district's 学习教育 plan), scored once: all six files exact
on the first run.
``blind_plans28`` (104 measures) and ``blind_plans29`` (89): third and fourth validation batches, scored once — the core
corpus (Eight-point Regulation plans of 2012–2014 at every level and in every usual format) and the later campaigns
(2016–2024: a university, a county's 两学一做 清单, a 减负 page, a state-owned group's .docx, a WeChat article, a township);
all twelve files exact on the first run. ``blind_plans30`` (107): a fifth, 2018–2025 plans of a provincial
department (chapters and articles on a gb2312 page), a city's 减负 .docx, a county's GBK 办实事 plan, a bureau's WeChat
article without numbers, a county 纪委's web copy, a township's .docx; all six exact on the first run.
``blind_plans31`` (107): the file shapes added last — four PDFs printed by LibreOffice from Word files (a 红头 document
with footers, running headers, Word's own list numbers, a ruled table of measures over three pages) and two web
archives (.mht, Blink in UTF-8 and IE8 in gb2312); five exact on the first run, the sixth (the table, read line by
line across its columns) once ruled tables were read cell by cell and a row cut by a page break joined up again.
``blind_plans32`` (96 measures as folded; 104 as written): the Word 97–2003 binary format plans are often attached
as — a provincial 实施办法 numbered only by Word's lists, a city's 红头 整改方案 with problems first, a county's table of
measures with a merged cell, a department's 若干规定 in articles, a township's heading-sentence paragraphs saved as
``.wps``, and a city's plan with tracked changes, a text box and fields; all six read as written (deletions gone, the
text box in place) and matched on the first run, once the writer's split article clauses and two 参照本办法制定
items were folded to the conventions above (``key_as_written.csv`` keeps the writer's key; see ``key_notes.md``).
``blind_plans33`` (117): plans of bodies with their own vocabulary in the plain formats — a provincial public security
department's 实施细则 (police cars, 派出所), a city education bureau's GBK/CRLF measures restarting 1. in each section, a
county health commission's 整改方案 on a portal page (problems first), a township's unnumbered lead-sentence paragraphs
in GBK, a state-assets commission's 负面清单 of 25 不得 items, and a city's 规定 in articles copied with a third of its
marks lost to ``?`` (``?一?`` inside an article); all six matched on the first run (``key.csv`` quotes the damaged
file's ``?`` where the writer's ``key_as_written.csv`` quotes the marks it lost). Its two lost ``?一?`` were then read
as ``（一）``: a copy that lost only some marks gets its line-start list numbers back too.
``blind_plans34`` (80): rectification ledgers kept as spreadsheets, the attachments 整改任务清单 and 整改台账 come as — a county's
清单 with merged title, category and problem cells and real date cells, a bureau's 台账 saved as Excel 97–2003 with a
numbered list inside one measure cell, a department's workbook with a 说明 sheet before its 措施清单 and a hidden lookup
sheet, a township's table starting in column B with 序号 typed as ``1、`` in some rows and as numbers in others, and an
enterprise's 任务分解表 whose tasks 1, 2 head sub-tasks 1.1, 1.2 …; three exact on the first run (the day spreadsheets
were first read), the other two once a ``1、`` in a table's 序号 cell stopped starting a second numbering beside the bare
numbers, and ``1.1`` became a row number with its task row ``1`` the section heading.
``blind_plans35`` (78) and ``blind_plans36`` (52): OFD files from two writers (see their ``key_notes.md``).
``blind_plans37`` (69 as folded; 71 as written): RTF files in the habits of six producers — Word 2003 on Chinese Windows
(GBK byte pairs, list numbers only in ``\\listtext``), Word 2010 on an English system (``\\uN?`` escapes, a task table with
merged cells), WPS (a text box, pictures, section breaks), WordPad (``\\pntext`` numbers, hidden text, tracked changes, a
comment, a footnote), a site CMS (trail bytes written as plain characters, surrogate pairs, hard wraps) and an OA ledger
(merged and nested table cells, a ``\\bin`` picture); every file read as its writer meant it, text boxes aside, on the
first run; two files matched on the first run, two by the conventions of blind_plans18 (an article's clauses inside it)
and blind_plans36 (a bare heading's paragraph), two by their ``disagreements.csv``; the header row of the ledger's table
was then cut from the item above it.
``blind_plans38`` (64): OpenDocument text files in the habits of five producers — LibreOffice (a list continued by
``text:continue-list`` across a heading, outline-numbered parts, an unnumbered title heading), OpenOffice 4 (list headers,
``continue-numbering``, a list restarting at 5, tracked changes, an annotation), WPS for Linux (a task table with merged
and covered cells, a text box), a CMS export (sections, ①② and （1） lists, hidden text, split spans) and Word's ODT
export (a table of contents, articles drawn 第一条… by a list style); all five files exact on the first run.
``blind_plans39`` (68): PDFs set in columns — two columns after a one-column title section, two pages cut from a
provincial gazette (running heads, ``·23·`` page numbers, the previous item's tail before the plan and the next item's
head after it), a newspaper page in three columns, two columns with a rule between them and a ruled table inside one,
and columns of unequal width laid out line by line by a script; ``truth/`` holds each plan's text in reading order.
Before columns were read, every file's text ran across the page; on the first run with them three files matched, and
all five once a comma hanging into the gutter stayed with its column and a gazette's next item ended the plan.
``blind_plans40`` (71 as folded, 72 as written): a second writer's PDFs in columns, scored once after the fixes of
blind_plans39 — unequal columns in one Word section, a 工作简报 page (masthead, a photo and caption in a column, a
报/送/发 footer), a four-column newspaper page with an unrelated item in the fourth column, a scanned two-page gazette
(no text layer), and a ruled table across the page between two-column sections; every file's text in the writer's
order on the first run but for the scan's issuer and date line (then read across the page as under a title); the
measures of all five as the writer's key, folded as every earlier batch (the closing article ``本办法自印发之日起施行``
is no measure; ``key_as_written.csv``). Its labeller found two last measures running on: into a 简报's ``报：…　送：…
发：…`` footer, and into the newspaper's unrelated item (``本报讯（记者…）``), as blind_plans39's newspaper page had too;
both now close the plan.
``blind_plans41`` (107 as folded, 113 as written): a sixth validation batch from a further writer, ordinary plans of
2013–2016 as researchers collect them — a municipal 实施办法 copied from a web page, a county 整改方案 in GBK with CRLF
(problems first, items restarting per section, an inline 一是 run), a provincial department's 若干规定 on a portal
page (articles with clauses), a county 实施细则 and a municipal 具体措施 as Word files (one section a task table), a
township's rules hard-wrapped with page numbers; all six files as the writer's key on the first run, once folded as
every earlier batch (three enumerations a measure leads in to; ``key_as_written.csv``).
``blind_plans42`` (128 as folded, 128 as written): a seventh validation batch, six ordinary plans in six formats (a
GBK web copy, a portal page, a Word file with a task table, a hard-wrapped copy with damaged punctuation, a
实施细则 in articles); four files as the key on the first run, and all six once an item's mark before a year
(``1、2013年县级“三公”经费…``) started an item (folded as every earlier batch: a 参照本规定制定 item closes the plan).
``blind_plans43`` (118): an eighth validation batch in the office formats collections hold — Word's automatic
numbering, a 整改任务清单 spreadsheet with merged cells, RTF in GBK escapes, a hand-built ODT, UTF-16 text, a WeChat
article page; all six files as the key on the first run.
``blind_plans44`` (123): a ninth validation batch of damaged copies — a plan run onto one line with its marks turned
to dots and spaces, traditional characters in GB18030, an OCR'd print (stray spaces, ``l.``, ``2O14``, lines wrapped
at one width), a 通知 wrapping the plan, a web copy with literal ``&nbsp;`` and zero-width spaces, circled numbers;
three files as the key on the first run, all six after the fixes for flattened marks, a spaced title and hard wraps.
``blind_plans45`` (85): a tenth validation batch of uncommon numbering habits — a 任务分解 numbered ``1.1``–``6.2``,
bracket headings ``【…】``, ``一要…`` paragraphs, a Markdown repost (``## 一、…`` sections), nested ``<ol>`` lists,
schemes mixed by section; four files as the key on the first run, all six after ``1.1`` became a scheme, a closing
``保障整改落实`` section's prose stopped being a measure, Markdown headings opened sections and units told to make
their own rules (``各牵头单位要…制定具体实施细则``) closed the plan.
``blind_plans46`` (79): an eleventh validation batch of special rectification plans (专项治理/整治方案 of 2013–2016:
公务用车, 办公用房 with an attached 整改台账, a 中秋国庆 notice as a GBK portal page, 会员卡清退 with 一是… run inside
paragraphs, 精简会议文件, 大操大办 with a 整治重点 list of cases and a 承诺书 form); two files as the key on the first
run, all six after scope sections (治理范围), lists of cases (…的；), inline task runs after a list lead-in, an
attached ledger's rows and contact lines were read as such.
``blind_plans47`` (121 as folded, 140 as written): a twelfth validation batch from sector bodies (police, a hospital in
Word headings, a provincial tax bureau's portal page, an education bureau in GBK with full-width numbers, a power
company with a 整改措施 table, a court); five files as the key on the first run (the table's rows matched row by
row), all six after a closing 整改要求 paragraph stopped being a measure. Folded: the court's （一）… items, each a title
and a lead-in over an inline 一是…四是 run, are one measure each (as in every earlier batch's key), and an item whose
details follow ``具体做到：`` keeps them.
``blind_plans48`` (119 as folded, 127 as written): a thirteenth validation batch of municipal and county plans of
2013–2014 (实施意见, 实施细则 in a 通知, a 整改方案 with duty lines, a 十项规定 portal page, a district's 专项整治, a
people's congress 党组); all six files as the folded key on the first run (a district's task titles over inline
``一是…`` runs folded, as its writer offered).
``blind_plans49`` (94 as folded, 105 as written): a fourteenth validation batch of provincial plans of 2012–2015 (若干规定,
实施办法 in articles, a 整改方案 copied out of a PDF, a department's plan as a news report quoting ``一是…`` runs, a
CPPCC 党组, a 纪委 notice); three files as the folded key on the first run, all six after a notice running straight
into the plan stopped swallowing it and a news report's runs were read paragraph by paragraph.
``blind_plans50`` (55): a fifteenth validation batch of news reports about plans (numbered rules after
``主要内容如下：``, ``——`` paragraphs, ``在…方面，一是…`` paragraphs, a WeChat article's ``①②③``, ``第一，…``, ``（一）…``
after statistics); five files as the key on the first run, all six once a problem lead ending a longer paragraph
(``据介绍，…梳理出…群众反映集中的问题：一是…``) was read from its last clause.
``blind_plans51`` (100 as folded, 107 as written): a sixteenth validation batch of plans pairing problems with measures
(``问题一：… 整改措施：1.…``, 三张清单 tables, ``针对…的问题，…`` paragraphs, sections by the four styles, one big table,
a progress report); four files as the folded key on the first run, all six once a report's done items (``已完成的整改
事项``) and a closing ``时间安排`` paragraph stopped being measures. A table row whose measure cell numbers sub-measures
was folded into one measure until the tenth session, when two more writers split such cells; the key now follows
its writer (107).
``blind_plans52`` (67): a seventeenth validation batch keyed by where each measure ENDS as well as where it starts
(``text_suffix``: continuation paragraphs and duty lines in, notes, sub-headings and every kind of ending out); all
starts on the first run, 57 of 67 ends, all after a plan without numbers kept a measure's second paragraph and duty
line and a peroration (``…是一项长期任务``) and an order to report from ``局属各股室…`` closed the plan.
``blind_plans53`` (122): an eighteenth validation batch of township, street-office and village plans as clerks type
them; four files on the first run, five after a sub-section naming its problem (``（三）针对享乐主义问题``) over a run
of ``一是…`` items gave each item, six after a number repeated inside a line where the next one skips it
(``…。3、农忙季节…`` before ``5、``) was read as the item it stands for.
``blind_plans54`` (51): a nineteenth validation batch, a second writer's news items (a 新华网 reprint, a 政务微博 post
numbered ``1⃣``, a news app's ``严控会议——`` paragraphs, a TV transcript's ``第一 严格…``, a meeting report, a 专题
table); three files on the first run, all six after keycap digits, spaced ordinals and dash-ended heading sentences
were read, and a news page's own labels (``数字——``, ``记者手记——``) were not.
``blind_plans55`` (127 as read, 149 as written): a twentieth validation batch of plans with attachments (a 任务分解表
and a form's 填表说明, a 负面清单, a Word 整改台账 after the signature, a 承诺书 and 回执, download links, an attached
实施细则); one file on the first run, three after form instructions (``本表…``) and ``整治目标`` stopped being measures,
four after a task section pointing to the attached ledger (``列入整改台账（见附件）``) took the ledger's rows after the
signature as its measures. The other two differ from the writer by the suite's rules (nothing else after the plan's
dated signature is read; a second document in one file is set aside); the notes say where.
``blind_plans56`` (133 as folded, 151 as written): a twenty-first validation batch of functional departments' plans
(land, water, transport, environment, finance, housing bureaus); two files on the first run, all six after a
bracketed ``【相关文章】`` opened the related links, a section of headed paragraphs dropped its lead-in and closing
timetable, and a ``针对…问题，一是…`` run gave its items.
``blind_plans57`` (125 as folded, 150 as written): a twenty-second validation batch of bodies outside the government
line (an SOE group, a college, a bank, an academy, a forest farm, a hospital group); one file on the first run, all
six after the same fixes and a run after a lead of whole context sentences (``…马上就改。一是…``) gave its items.
Both writers split runs inside numbered items and an article's clauses; their keys are folded to the rule below.
``blind_plans58`` (162 as folded, 170 as written): a twenty-third validation batch of the layouts researchers receive
(Word list numbering, a Word table of measures with merged category rows, ``<ol>`` lists, an HTML table with merged
cells, a PDF copy, a WeChat article); one file on the first run, two after a table's category rows
(``（一）反对形式主义…`` over rows ``1``–``4``) headed their rows; the rest differ by folds only.
``blind_plans59`` (173 as folded, 175 as written): a twenty-fourth validation batch of the corpus's core, 2012–2013
implementation rules of the Eight-point Regulation at every level; five files as the writer's key on the first run and
the sixth as the folded key (a colon lead's inline ``①②③`` stays in its item), with no change to the suite.
``blind_plans60`` (169 as folded, 189 as written): a twenty-fifth validation batch of long, deeply nested plans (chapters
and articles with clauses, five levels, restarting styles, ``问题：…措施：…`` items, ``【…】`` headings); two files on the
first run, four after a lead line under an unnumbered problems heading (``【存在的突出问题】``) opened a problem list
and a ``具体做到：`` lead split its paragraph's ``一是…`` items; the other two differ by folds only.
``blind_plans61`` (142 as folded, 163 as written): a twenty-sixth validation batch of damaged copies (an OCR'd fax with
``l.`` and ``（—）``, punctuation lost to ASCII and ``?``, a GBK page declaring UTF-8, a plan run together on two lines,
a padded web copy, a traditional-character repost); one file on the first run, three after ``（—）`` was read as
OCR's ``（一）``, a section title run onto its first sub-item in a run-together line started it (``五、整改措施（一）…``),
a guiding section whose title lost its break stayed preamble, and a ``整改时限`` section's timetable stopped being a
measure (the run-together plan's sections then as the folded key); the other three differ by folds only.
``blind_plans62`` (84 as folded, 93 as written): a twenty-seventh validation batch of plans carried inside meeting
documents and speeches (a standing committee's 会议纪要, a secretary's speech with ``第一，…`` points and ``一要…``, a
party group's 决定 as Word articles, a 民主生活会 report, a township meeting notice on a portal, a plenum's 公报); one
file on the first run, four after the titles of sections that narrate a meeting (``会议主要精神``, ``会前准备情况``,
``民主生活会召开情况``) joined the guiding titles; the speech's numbered reasons and a point's title line over its
``一要`` paragraphs are in ``disagreements.csv``, and the rest differ by folds only.
``blind_plans63`` (128 as folded, 134 as written): a twenty-eighth of plans from autonomous areas and border regions
(bilingual mastheads and section titles in Tibetan, Mongolian, Uyghur and Korean scripts, a PDF copy with full-width
digits, a 驻村工作队's WeChat repost); one file on the first run, four after a sub-section title on its own line over a
paragraph of ``一是…`` gave its items and a line-start ``一是`` kept its inline ``二是``/``三是``; the other two differ by
folds only.
``blind_plans64`` (147 as folded, 167 as written): a twenty-ninth of files holding more than the plan (a notice issuing an
实施办法 and a 任务分工, a plan with its 政策解读, a 制度汇编 of three rules, a plan with its 起草说明, a 名词解释 and a blank
form attached, a 【要点】 box over the full text); none on the first run, two after the companion texts were set aside, a
topic lead's sub-items became the measures, a compilation's next rule ended the item before it and the 【要点】 box became
furniture; the rest differ by folds only (a principle the suite once kept against its writer is now set aside as the writer did).
``blind_plans65`` (62 as folded in five files, 101 as written in six): a thirtieth of bans and pledges (十不准, a 负面清单,
八个严禁 as unnumbered paragraphs, 第X条 rules, a hospital's 九不准); one file on the first run, two after a ban stated as
its paragraph's heading sentence was allowed to be longer than a topic; the others differ by folds only, and ``f119_03``
(promises in 承诺书 attached after the notice's signature) is left out of the key: attached pledges are not read.
``blind_plans66`` (92 as folded in five files, 124 as written in six): a thirty-first of implementation reports that carry
plans (a year's report, a 整改落实情况通报 of ``问题：…整改措施：…`` rows, a 自查报告, a plan restating an earlier round's
results); one file on the first run, four after findings, past results and ``存在的不足`` stopped being measures, a
``下一步，…`` lead split its items and ``特此通报`` closed; ``f125_02`` (practices reported as done under ``完成情况``, which
the writer keyed) is left out of the key.
``blind_plans67`` (114 as folded, 133 as written), ``blind_plans68`` (135 / 137) and ``blind_plans69`` (115 / 135): a
thirty-second to thirty-fourth of the corpus's mainstream (ordinary municipal and county plans of 2013–2014; 2014
rectification plans with duty lines and stated counts; 三严三实, 两学一做, 纠治四风 and 基层减负 plans of 2015–2019); two, four
and three files on the first run; after ``九、其他`` over only closing clauses stopped being a measure, a stopped sub-section
title over a lead-in and ``一是…`` paragraphs became a heading and a run carried on into the next paragraph gave every
item, the rest differ by folds only.
``blind_plans70`` (142 as folded, 150 as written) and ``blind_plans71`` (128 / 130): a thirty-fifth and thirty-sixth of
departments' 2013 implementing rules with their sector's own duties, and county and township rectification plans of 2014;
two and three files on the first run; after a run of ``一要…二要…三要…`` in one paragraph and a run after a purpose lead
(``为确保上述措施落到实处，一是…``) gave their items, a lead naming the problems the items answer (``针对…的问题：一是…``)
stopped being read as a problem list and named problems with their symptoms (``…问题。主要是…``) became problems, the
rest differ by folds only.
``blind_plans72``–``blind_plans76`` (210, 121, 144, 127 and 131 measures), the first batches whose writers were given
the issue's own rule on enumerations inside a measure: provincial 2013 implementing opinions, plans of the 2025 学习教育,
county departments' rules, township rules and pledges, and municipal 2014 整改方案 with 整改清单 tables; four, four, four,
three and two files on the first run; then an inline ``3.`` stopped carrying on the ``2.`` of an earlier section, a
section's ``①②`` problem list stopped being read as paragraphs, a Word table under a ``序号`` header row was read row by
row, a 整改清单 table before the plan's only numbered lines was read, a row whose measure cell is a numbered list gave its
items (as three writers keyed it; ``blind_plans34`` and ``blind_plans51`` now follow that too), ``整改措施：一是…`` and a
``存在问题：`` paragraph beside it were read, a topic named before a colon (``1．接待对象和范围：``) stopped holding its
sub-items (``blind_plans67/f131_04`` follows its writer's 32), a ``牵头单位：`` line over a section's items and a service
pledge's descriptions (服务宗旨, 服务时间, 地址：…) stopped being measures, and ``严查…。`` opened a paragraph measure; the
rest differ by folds only (a 总则 principle, an order to draft rules by a date, and 保障措施 items one writer left out).
``blind_plans77``–``blind_plans81`` (113, 104, 111, 108 and 85 measures; three files in ``left_out.csv``), the same
session's second round: 2025 学习教育 documents of universities, bureaus and firms, 2018–2020 burden-reduction plans,
rectification ledgers as Word and web tables, provincial departments' rules on their portals, and county plans pairing
each problem with its measures; four, three, none, four and two files on the first run; then a notice that only issues
its attached task table gave the table's rows, a ledger's column of measures was told from its ``①②`` problem cell and
its 整改事项 column, a 责任清单 row naming tasks by number stopped being a measure, a web table's cell of ``1、…<br>2、…``
lines under a ``序号`` header was read as one cell, top-level sections each a title sentence over ``一是…`` gave their
items, the next problem's label stopped swallowing the measures that answer it, a field named with its symptoms
(``…方面。主要表现为：``) became a problem, and ``工作开展情况`` narration; the rest differ by folds only.
``blind_plans82``–``blind_plans86`` (146, 111, 151, 83 and 152 measures; two files in ``left_out.csv``), the third round:
the mainstream county 实施办法 of 2013, municipal rules on city portals and newspapers, 2014 整改方案 copied out of PDFs,
state firms', universities' and hospitals' rules, and plans numbered by Word lists (and copies that lost the numbers);
five, six, three, three and four files on the first run; then a top-level rule among rules kept the details its
``具体做到：`` leads in to, a section on recognising the task's urgency became preamble, paragraphs that open with heading
sentences before a section's few surviving typed numbers became measures, and a heading line among such paragraphs a
heading; the rest differ by folds only (总则 articles, orders to draft rules, an unheaded closing paragraph).
``blind_plans87``–``blind_plans91`` (82, 108, 125, 164 and 106 measures; two files in ``left_out.csv``), the eleventh
session's first round: special rectification plans of 2016–2023 with 整治重点 and stages, sector rules on reception,
cars, meeting and travel costs and offices, OCR'd scans, plans nested four and five levels deep with attached task
tables, and WeChat and news reposts; three, one, two, four and four files on the first run; then a numbered order to
draft rules by a date became a measure (``blind_plans42``, ``74`` and ``84`` follow their writers there, ``26`` and
``33`` list it as a disagreement), a 整治重点 list of named problems, sections on scope and targets, definition and
principle articles and a permission to make rules stopped being measures, an indented OCR copy's broken lines were
joined and its ``-、`` read as ``一、``; the rest differ by folds only (总则 and 附则 articles, stages under a heading).
``blind_plans92``–``blind_plans96`` (111, 140, 136, 166 and 137 measures), the same session's second round: ledgers as
Excel workbooks and pasted rows, plans of people's congresses, political consultative conferences, courts, procuratorates,
a trade union and a democratic party, archive and overseas copies in traditional characters and Big5, the 2013
mainstream of county and city rules, and the 2014 mainstream of 整改方案; one, five, five, five and four files on the
first run; then an empty merged cell kept a ledger row's columns in place, a title naming one of the four styles or a
field to work on (``在…上下功夫``) became a topic whose run gives the measures (``blind_plans41/f77_02`` follows its writer
there), a headed paragraph leading in to its parts became one measure (``blind_plans81/f159_04`` follows its writer), a
date under the title stopped ending the body, and paragraphs naming a field's problems and prose under 整改重点 stopped
being measures; the rest differ by folds only (ledger rows that repeat the prose, damaged punctuation, prose under an
implementation title).
``blind_plans97``–``blind_plans101`` (118, 66, 121, 117 and 161 measures; five files in ``left_out.csv``), the same
session's third round: the provincial mainstream of 2013, county bureaus' 整改方案 of 2014, copies from document-sharing
sites and forums, 2016–2022 作风建设 plans with 负面清单, and Word 97–2003, RTF and ODT files made with LibreOffice; four,
two, five, five and four files on the first run; then titles naming a subject (``关于…``) or a field to show results in
(``在…上见实效``) became topics whose runs give the measures; the rest differ by folds only (总则 and 附则 articles) or
are known misses (a run after a comma lead, a rule set inside a sub-section, a reporter's paragraphs after a reprint).
``blind_plans102``–``blind_plans109`` (162, 156, 143, 121, 140, 51, 143 and 169 measures), the twelfth session's two rounds:
2018–2020 实施办法 under the 2017 细则, state firms', a bank's, a university's and a hospital's rules, autonomous areas with
furniture in Tibetan, Mongolian and Uyghur, the later campaigns' 专项整治 and 办实事 lists, copies that lost their breaks,
progress reports, 作风整顿 plans of topic blocks and Word's automatic list numbering; four, four, five, two, five, one, none
and five files on the first run; then the 附则's articles were read one by one, a topic of labelled fields gave what its
``整改措施：`` leads to, a rule set attached after the signature gave its items, a report submitting a plan wrapped it, and
sections on what was done and a report's 意见和建议 became no measures. ``blind_plans107`` keeps a progress report's
主要做法 as disagreements; the rest differ by folds only (an order to draft rules without a date, a 组织领导 paragraph).
``blind_plans110``–``blind_plans114`` (165, 111, 120, 45 and 143 measures; four files in ``left_out.csv``), the thirteenth
session's round: annual 工作要点 in which work style is one section of several, expense-standard rules (差旅费, 公务接待,
会议费, 培训费) with tables of standards and blank forms attached, inspection plans whose 检查内容 ask ``是否…``, minutes and
speeches, and 制度汇编 compilations; six, one, three, one and none files on the first run; then a check point asking
whether became a measure, not a problem, an order to report by a month's end closed work points, a blank form attached
after the article putting rules in force stopped being the plan, a signature wrapped over two lines, a meeting's
narration, agenda and attendance became no measures and its ``会议要求，`` led in to its items, and a compilation's next
rule, titled on a line of its own, ended the rule before it; the rest differ by folds only (purpose, scope, definition
and 总则 duty articles, 附则 boilerplate, classes defined under a topic line) or are known misses (a meeting's requirements
after its last numbered rule, a speech's 第二， over 一要 lines, ``会议要求，1．…2．…`` in one paragraph, a 三是 read as a
problem for its ``存在问题``).
``blind_plans115``–``blind_plans119`` (111, 51, 94, 66 and 111 measures as keyed then, 86, 74 and 130 of 116, 118
and 119 since; five files in ``left_out.csv`` then, one since), the same session's second round: official-car reform plans, office-space clean-up plans, 对照检查材料 and 整改方案 of the
专题民主生活会, festival integrity notices, and poverty-alleviation work-style campaigns; two, none, two, none and none
files on the first run; then causes of problems, a post's emoji headings, contact lines, a section watching for problems,
a notice of headed paragraphs with one run inside, problems named under 治理重点, topic blocks of symptoms and headed
paragraphs, and a run after a purpose lead were read as their writers keyed them; the rest differ by folds (scope items,
lists kept inside an item, 组织保障 items, a title over its one paragraph, a 承诺书) or are known misses (tables of
standards and attachments after ``附：`` read as rows, a ledger beside the body's measures, a 工作要求 run; all but the
ledger read as keyed since the fourteenth session, their files back in ``key.csv``).
``blind_plans120``–``blind_plans124`` (104, 112, 141, 120 and 136 measures), the fourteenth session's round: plans
against formalism that burdens the grassroots (基层减负, 2019–2020), rules on cadres' weddings, funerals and family
celebrations (婚丧喜庆), accountability rules for violations (责任追究办法, 一案双查), grassroots contact and research
plans of 2013 and 2023, and rules on trips abroad and on news coverage of leaders; five, three, three, five and two
files on the first run; then a table of figures typed into the text (area standards, reduction targets) gave no rows,
a plan signed before its attached report form stopped being read as the notice's, a lead-in to 下列事宜 kept its list,
the cases under a section on when to hold someone to account became measures, not problems, a run after a lead of
whole sentences gave its items, an attachment after ``附：`` or with its title on the ``附件`` line ended the section
before it, and an exception paragraph (``遇有特殊情况…上述标准的``) joined its measure; the rest differ by folds only
(总则 principle and duty articles, and a topic line's inline ``一是…`` run kept in its item, as two earlier writers keyed
it and this batch's writer did not).
``blind_plans125``–``blind_plans129`` (115, 108, 110, 122 and 115 measures; one file in ``left_out.csv``), the same
session's second round: village rules
(小微权力清单, 村务监督, 三务公开, 十不准, a 村规民约), bans on drinking at work and rules on leaders' conduct outside
working hours, service-efficiency plans (全程代理, 便民服务中心, 首问负责 and 限时办结), official-car rules after the
reform, and leaders' study rules (理论学习中心组, 学分制); two, three, three, five and three files on the first run; then a
catalogue of services attached after the plan (``序号　代理事项　承办单位　办理时限``) stopped being read as measures, a
lead to an item's kinds or contents (``实行以下三种代理方式：``, ``具体包括：``) kept them in the item, a paragraph opening
with ``（1）`` or ``①`` took it as its label, a portal's metadata table with spaced-out field names (``索 引 号：``) became
furniture, a section naming whom the rules cover (``监督管理对象``) no measure, dated stages opening with a heading
(``动员部署（…）。``) became measures, and an item ``报告学习情况。…`` stopped being read as a narrated section; the rest differ by folds only
(总则 principle and duty articles, ``参照执行`` and a table's note, a rule among rules whose ``一是…`` run stays inside
it, a short lead sentence's run kept in its paragraph) or a known miss (an unnumbered part title between ``十、`` and
the part's ``1．`` items).
``blind_plans130``–``blind_plans134`` (628 measures as written), the fifteenth session's round: travel, meeting and
training expense rules, 专项整治 plans against named ills, inspection plans and a 纪委 通报 of cases, the 2013 mainstream, and
rectification after the 专题民主生活会; five, four, two, four and three files on the first run; then a draft order dated
with 在, a problem-titled focus ruled on, a problem list led in by a paragraph's last sentence and a 通报's cases were
read as their writers keyed them. In the sixteenth session eight of their twelve left-out files joined their keys
(一、一季度… as a section, an inspection's 督查…情况 topics, sections titled with a time, a scope article, a report under
贯彻落实…精神情况, a 通报's requirements after its summing-up paragraph, a lone （1） under a topic line, 总则 duty articles).
``blind_plans135``–``blind_plans139`` (111, 113, 102, 111 and 139 measures as written), the sixteenth session's round:
主题教育 and 党纪学习教育 rectification with problem and measure tables, rules of procedure and 三重一大, security,
traffic and news-coverage rules, the business environment (营商环境, 亲清政商关系, 一次办好), and the 2013 departmental
mainstream as old portal pages and GBK copies; two, none, four, none and three files on the first run; then an attached
task table of tasks of its own gave its rows, a problem-titled section pairing 整改措施 gave its measures, 本规则 and
本规范 spoke of themselves, a 总则's status and principle articles and a class of matters' definition (…事项主要包括：)
became no measures, a list its item leads in to (下列重大事项由…决定：, 有下列情形之一的，…：) stayed inside it, a section
limiting where rules apply (严格…的适用范围) held measures, and contact sections (投诉渠道) and a story of problems
found (检视问题情况) none. Their stages are ``disagreements.csv`` rows; five files are in ``left_out.csv``.
``blind_plans140``–``blind_plans144`` (130, 129, 118, 112 and 97 measures as written), the same session's second round:
巡视 and 巡察 rectification plans and a progress report, state firms' rules on executives' perks and business spending,
plans against food waste and for frugal offices, discipline inspectors' and inspection teams' own rules, and work style
in cadre management; none, four, two, four and one files on the first run; then a feedback problem stated in words
over 整改措施：①…, a progress report's 下一步措施 per problem, problems paired with measures under a problem-titled section,
a task table attached inside the body after a table of standards, an article listing the cases a rule covers, a
wrapping notice's own numbered requirements (通知如下：一、…二、…), a section's opening commitment whose parts run inline
(具体做到：一是…), and 创建范围为… as scope were read as their writers keyed them (and, later, a feedback problem hard-wrapped
onto a second line before its label). Stages are disagreements; four files are in ``left_out.csv``.
``blind_plans145``–``blind_plans149`` (101, 164, 100, 83 and 82 measures as written), its third round: the 2013 mainstream
as OCR'd archive copies, 作风建设年 campaigns with positive and negative lists, domestic reception rules, rules on meetings
and documents, and WeChat posts of townships and villages; three, two, three, four and two files on the first run; then
attached lists named after their title (…负面清单（“八个严禁”）), 本公约, standards set out below an item (按下列规定执行：),
and a 总则 numbered as a section (一、总则), and 第十—条 (a scan's dash for 一) were read as their writers keyed them. Stages
are disagreements; six files are in ``left_out.csv``.
``blind_plans150``–``blind_plans154`` (114, 112, 94, 108 and 86 measures as written), the seventeenth session's round: 2025
深入贯彻中央八项规定精神学习教育 plans, universities, hospitals and schools applying the Regulation to themselves, police,
courts and procuratorates, villages and townships, and self-inspection reports with 整改台账; one, four, three, three and
two files on the first run; then a lead after the last item over requirements of its own (为确保各项措施落到实处，提出以下
工作要求：), 自查发现的问题 and 已整改情况, a ledger row's 整改措施 column, a hard-wrapped item line, a notice lead ending
请一并抓好落实。, a table titled with a year, 巩固整改成效, sub-items hidden by a lost line break and a spaced 序号 header were
read as their writers keyed them. Stages are disagreements; three files are in ``left_out.csv``.
``blind_plans155``–``blind_plans159`` (90, 114, 101, 104 and 86 measures as written), its second round: 过紧日子 fiscal
measures, training institutions' rules for trainees, public pledges, ledgers as .xlsx workbooks, and office discipline;
three, three, three, one and four files on the first run; then an attached pledge form, a run item after a half-width
period, a ledger's 填报说明, a paragraph cut by a page number without a page break, circled items under a 整改措施：
line, who takes part in a campaign (承诺主体, 培训对象和时间) and a named contact line were read as their writers keyed
them. Stages are disagreements; six files are in ``left_out.csv``.
``blind_plans160``–``blind_plans164`` (111, 89, 104, 114 and 109 measures as written), its third round: 纪委 work points
and inspection plans, community burden-reduction lists, annual plans with month-by-month timetables, official meals and
canteens, and 模范机关 campaigns; one, two, one, two and none of six files on the first run; then a report on the year
before (2019年工作情况), a campaign's goals (创建目标), a timetable's month entries and a run item whose number a hard wrap
left at a line end were read as their writers keyed them. Stages are disagreements; four files are in ``left_out.csv``.
``blind_plans165``–``blind_plans169`` (85, 91, 81, 96 and 90 measures as written), its fourth round: formalism in
epidemic work, leaders receiving the public, state assets, trips abroad, and rectification after an audit; three, five,
none, five and one of six files on the first run; then a run a page number cuts under a 保障措施 title, a section title
run onto its first sub-item, 本标准, an audit finding (审计发现：), a report of what was done (整改情况：) and prose under a
整改措施： line were read as their writers keyed them. Stages are disagreements; seven files are in ``left_out.csv``.
``blind_plans170``–``blind_plans174`` (76, 99, 80, 85 and 159 measures as written), its fifth round: recording
interference, law-enforcement work style (two files saved as MHTML), 政务服务 reform, documents and meetings with 督检考
plans, and the 2013 mainstream as newspaper and yearbook reprints and a 汇编; five, one, two, five and two files on the
first run; then a newspaper's 【相关链接】 box, an attachment titled beside its number (附件2　…) and a section on what a
campaign targets (整治内容) were read as their writers keyed them. Stages are disagreements; seven files are in
``left_out.csv``.
``blind_plans175``–``blind_plans179`` (119, 90, 81, 129 and 104 measures as written), the eighteenth session's round:
the 2013 mainstream of county and city rules, clean-up of celebrations, forums, festivals and commendations, halting
new buildings, the 2014 两方案一计划 and writing style; three, three, one, three and four of six files on the first
run; then a run of requirements ending with the in-force clause, a section of 整治任务 pointing to its attached table,
a bundled 制度建设计划 and its table of rules, a rule over the cases it covers (凡有下列情形之一的…：, 按照以下原则分别
处理：) and a list of problems still to be mended (需要整改的主要问题) were read as their writers keyed them. Stages are
disagreements; four files were left out (three since the third round).
``blind_plans180``–``blind_plans184`` (129, 100, 137, 110 and 104 measures as written), the eighteenth session's second
round: the provincial departments' 2013 mainstream, relatives' businesses and cadres' side jobs, mass organisations, the
2021 政法队伍教育整顿 and village work teams; four, two, three, four and four of six files on the first run; then a
rule over the people it covers (对下列人员…：) or over the cases for recalling a team member (…有下列情形之一的，…：),
whom a rule regulates (规范对象) and a title over one sentence pointing to an attached 附表 were read as their writers
keyed them. Stages are disagreements; seven files were left out (six since the third round).
``blind_plans185``–``blind_plans189`` (113, 88, 86, 118 and 146 measures as written), the eighteenth session's third round:
约法三章 plans of 2013, 三公 budgets and their disclosure, 指尖上的形式主义, the health sector's 九不准 and vertically
managed systems; four, three, four, four and three of six files on the first run; then an attached catalogue after the
in-force article (…强制结算目录), a lead to tasks over circled items run inside its paragraph (重点规范以下行为：①…；②…),
a table typed with spaces restating the measures above, a section sending the reader to the attachment for its specific
tasks and a principle article with the end it serves were read as their writers keyed them; two earlier left-out files
(blind_plans177/f351_06, 182/f361_06) joined their keys. Stages are disagreements; two files are in ``left_out.csv``.
``blind_plans190``–``blind_plans194`` (127, 123, 133, 97 and 93 measures as written), the eighteenth session's fourth
round: 2014 county 整改方案, 2013 township rules, development zones, united-front bodies and the 2023 四下基层; four, five,
six, three and four of six files on the first run, the rest stages, orders to make rules, title leads over runs, a
part assigning leaders to groups of measures and a paragraph after a section's last item, as earlier writers differed
on them; no rule was added. Stages are disagreements; four files are in ``left_out.csv``.
``blind_plans195``–``blind_plans199`` (111, 101, 108, 103 and 99 measures as written), the eighteenth session's fifth
round: the 2013 provincial mainstream, 三严三实 (2015), 两学一做 (2016–17), the five-year 回头看 and election
discipline; three, three, two, two and three of six files on the first run; then a section reporting the risks a check
found (风险点排查情况) was read as its writer keyed it, and circled items after a commitment's own details lead
(具体要求如下：①…) stay inside it, as its writer keyed them (circled runs split only after a lead to tasks of their own,
重点规范以下行为：). Stages are disagreements; ten files are in ``left_out.csv``.
``blind_plans200``–``blind_plans204`` (134, 113, 98, 132 and 104 measures as written), the eighteenth session's sixth
round: 2013 city and county departments, 2014 provincial 整改方案, the 2019 基层减负年, 2021 我为群众办实事 and 2013 state
firms; four, two, four, one and five of six files on the first run; then a topic whose 主要问题 field comes before its
整改措施 label was read as its writer keyed it. Stages are disagreements; seven files are in ``left_out.csv``.
``blind_plans205``–``blind_plans209`` (142, 114, 123, 104 and 112 measures as written), the nineteenth session's first
round: 2013 city rules, 2014 county 整改方案, provincial governments' rules of 2013–14, the 2024–25 study campaigns and
township rules; five, two, four, four and four of six files on the first run; then a lead to requirements over
（1）（2）（3） run inside its paragraph (提出如下要求：), who a study campaign covers and when, a section pointing to its
attached table in two sentences (…各项整治任务的具体内容…详见附件), a principle article a page number follows and a topic
title over two paragraphs were read as their writers keyed them. Stages are disagreements; three files are in
``left_out.csv``.
``blind_plans210``–``blind_plans214`` (156, 143, 139, 93 and 111 measures as written), the nineteenth session's second
round: 2013 county rules, 2014 city departments' 整改方案, provincial and city rules of 2018–20, the 2024–25 基层减负
measures and the 2013 provincial mainstream; four, three, five, two and three of six files on the first run; then a
title sentence's own lead to tasks (（三）严格规范简报。重点抓好以下几项工作：一是…) splits its run, as the writers of 13 of
13 such items keyed them (nine files left out in earlier rounds for it now join their keys); so does a commitment's
``重点做到：`` lead, and a run opening a line of a hard-wrapped copy goes on into the lines it runs on into (two more
files left out earlier join their keys); a header whose cells stand one space apart and a paragraph saying whom the
plan covers after its last item are no measure. Stages are disagreements; four files are in ``left_out.csv``.
``blind_plans215``–``blind_plans219`` (120, 110, 100, 134 and 98 measures as written), the nineteenth session's third
round: 2013–14 county bureaus, 2016–18 持续纠正四风, the 2014 专项整治方案, 2019–22 纠治形式主义官僚主义 and forwarding
notices; four, four, two, three and one of six files on the first run; then a focus section's items naming who does
wrong (（一）会议过多过滥。一些地方和部门…) are problems, every notice forwarding the plan gives its own requirements (a
county's forwarding a city's forwarding the province's), a notice's requirements in sections of their own are read as
a plan's, a notice's lead may end with a colon, and a circled item after a sentence end in its predecessor's line is
the next item (one more file left out earlier joins its key). Stages are disagreements; three files are in
``left_out.csv``.
``blind_plans220``–``blind_plans224`` (130, 166, 95, 121 and 90 measures as written), the nineteenth session's fourth
round: 2013 provincial departments, 2014 township 整改方案, congresses, CPPCC, courts and procuratorates, 2023–24 county
整改整治 and short 2013 rule sets; four, four, six, two and four of six files on the first run; then a paragraph that
only points to the attachment (具体工作任务分解见附件。) is no measure (one more file left out earlier joins its key), an
attachment's own bracketed note no longer pulls the attachment into the plan, the last rule before a rule set's own lead
to its penalties (违反本禁令的，按以下规定处理：) is a measure, an attached 建章立制清单 gives one measure per rule, and circled
items a lost break and a damaged stop ran together are two measures. Stages are disagreements; two files are in
``left_out.csv``.
``blind_plans225``–``blind_plans229`` (163, 119, 125, 128 and 145 measures as written), the nineteenth session's fifth
round: 2013 city departments, the 2014 provincial 整改方案, 2013 urban districts, the 2022–23 能力作风建设年 and the 2013
county mainstream; five, four, six, two and six of six files on the first run; then a parenthesised item after a
sentence end in its predecessor's line is the next item, and a title sentence's lead to special campaigns of its own
(集中开展以下三项专项整治：一是…) splits its run. Stages are disagreements; one file is in ``left_out.csv``.
``blind_plans230``–``blind_plans234`` (126, 132, 93, 124 and 101 measures as written), the nineteenth session's sixth
round: 2013 party departments, 2014 county plans as Word files, 2013 city X条规定, the 2023 大兴调查研究 and the 2013
township mainstream online; six, one, two, none and five of six files on the first run; then an attached table pairing
problems with measures without numbers (问题 措施 责任人 时限) and an attached list of research topics (序号 调研课题 …)
give one measure per row. Stages, with 大兴调查研究's six steps, are disagreements; seven files are in ``left_out.csv``.
``blind_plans235``–``blind_plans239`` (181, 113, 127, 98 and 140 measures as written), the nineteenth session's seventh
round: the 2014 city 整改方案, 2013 city governments, 2013–14 county departments as PDF and OCR copies, the 2013
provincial mainstream and 2013–14 township plans in Word; four, five, three, three and four of six files on the first
run; then a notice's lead to its own requirements may end with a full stop (…并就有关事项通知如下。; one more file left out
earlier joins its key), and a topic title's run in a hard-wrapped copy goes on over the wrapped lines. Stages are
disagreements; two files are in ``left_out.csv`` (four more joined their keys in the twentieth session, and the
labels of joined rows were dropped: a lost break had set a sub-section's title off from its first item by a space
only, or by nothing, in two, and run a title straight onto its 一是…二是…三是… paragraph in the third; the fourth's
numbered order to report, 六、及时报告落实情况, is no longer read as a report of what was done).
``blind_plans240``–``blind_plans244`` (140, 100, 114, 82 and 84 measures as written), the twentieth session's first
round: 2013–14 universities and colleges, the 2015 三严三实 专题教育, 2013 development zones and other special bodies, the
2020 epidemic's 为基层减负 notices and the 2021 政法队伍教育整顿; five, three, five, five and three of six files on the first
run; then a lead to tasks over an inline 1．…；2．… run splits it, a 问题清单 laid out as a table with a column of remedies
gives its rows, a section acting on problems at once (…立行立改) is no problem list, a 工作安排 of stages in prose is no
measure, and a remedy label run onto its first item (整改措施：1．…) gives that item. Stages, and a 附则 article letting
counties make their own rules, are disagreements; every file is keyed.
``blind_plans245``–``blind_plans249`` (102, 107, 82, 122 and 104 measures as written), the twentieth session's second
round: the 2019 主题教育 专项整治, 2016–17 campaigns against 庸政懒政怠政, holiday notices of 2014–19, 2013 rules on 精简会议
文件简报 and the 2023–24 违规吃喝 专项整治; two, three, one, three and two of six files on the first run; then a top-level
section titled with a commitment over one paragraph is one measure with its title (two files left out earlier,
blind_plans144's f285_05 and 208's f410_06, join their keys), a 通报's requirements after its summary paragraph may be
paragraphs opening 一是要…, an inspection plan's topic (…落实情况。重点监察…) is no progress report, 监察对象 is scope, and
本清单 speaks of the document itself; and a first section number a lost break ran onto the preamble (…制定本方案。一、指导
思想) starts the sections. Stages, and a table row restating a measure, are disagreements; five files are in
``left_out.csv``.
``blind_plans250``–``blind_plans254`` (101, 128, 112, 103 and 130 measures as written), the twentieth session's third
round: the 2014–16 公务用车制度改革, 2014 rules under the 厉行节约反对浪费条例, 2013 rules on 改进会议和领导同志活动新闻报道,
2013–14 rules on leaders' contact with the people and 2013–14 education bureaus and schools; one, four, four, three and
four of six files on the first run; then a commitment going on to the content it covers (…主要围绕以下内容开展：一是…)
stays whole, a section title run onto its first circled item heads its items (one file left out earlier,
blind_plans201's f399_06, joins its key), 考核对象 and 封存范围 are scope, and an article that only classifies
(会议分为三类：…) is no measure; and a bare title's paragraph opening with what it will do (重点做到“三个不”：一是…) gives
one measure per item. Stages are disagreements; one file is in ``left_out.csv`` (a second, whose paragraph a page number
split, joined its key in the session's fifth round).
``blind_plans255``–``blind_plans259`` (96, 95, 116, 101 and 117 measures as written), the twentieth session's fourth
round: 2014–15 rules against township cadres' 走读, 2015–18 village 小微权力清单 rules, 2013–14 rules of 政务服务中心 and
service windows, 2013–15 三公经费 rules and 2013–14 discipline commissions' checking rules; five, four, three, four and
five of six files on the first run; then a notice's section of typical cases (二、通报的典型问题) is problems, a list of
attachments (附件：1.…) is no label run onto a first item, a definition titled as one (…的界定。) is no measure, and a
purpose article whose 制定 / 本办法 a hard wrap split is no measure. Stages are disagreements; one file is in
``left_out.csv``. In the session's fifth round a page number inside a wrapped paragraph stopped ending it, and two files
left out for it joined their keys (blind_plans197's f391_05 and 251's f453_05).
``blind_plans260``–``blind_plans264`` (95, 86, 72, 96 and 107 measures as written), the twentieth session's fifth
round: the 2018–20 扶贫领域 专项治理, 2013–14 清理 of 办公用房, 2014–15 清理 of cadres' side jobs and relatives' firms,
2013–14 notices on 会员卡, 楼堂馆所 and 培训中心, and 2013–14 rules of 群团组织; three, two, two, four and five of six files
on the first run; then a page number inside a wrapped paragraph no longer ends it, a run's item ending with an order to
report by a date is still an item, and 腾退范围 is scope. Stages, an article naming the office in charge and a
paragraph naming what checks cover are disagreements; every file is keyed.
``blind_plans265``–``blind_plans269`` (87, 72, 117, 87 and 133 measures as written), the twentieth session's sixth
round: the first responses of December 2012 – January 2013, the 2014 专题民主生活会 对照检查材料, 2013 rules of small
bureaus, the 2021–22 clean-up of burdens on village organisations and 2015–17 主体责任 lists; five, four, four, three and
four of six files on the first run; then a self-examination's report section (遵守…和贯彻落实中央八项规定情况) is no
measure, its causes (产生问题的根源) are problems, and a numbered order to report how the work went (及时报送落实情况) is a
measure. Stages are disagreements; four files are in ``left_out.csv``.
``blind_plans270``–``blind_plans274`` (91, 144, 115, 108 and 95 measures as written), the twentieth session's seventh
round, scored once (no rule was added for it): 2013–14 public pledges, 2013–14 rules of central bodies' local branches,
2017–21 annual 作风建设 key points, 2013–15 城管 and 市场监管 enforcement rules and the 2010–14 清理 of 驻京办; two, six,
three, four and two of six files on the first run. Stages and two articles of principle are disagreements; six files
are in ``left_out.csv``.
``blind_plans275``–``blind_plans279`` (111, 105, 111, 98 and 101 measures as written), the twenty-first session's first
round: 2013–22 health commissions' and hospitals' plans (九不准, 九项准则), 2013–21 customs and tax bureaus, 2013–20
state-owned enterprises (grid, tobacco, metro, investment groups), 2013–19 public security, and 2013–22 statistics and
ecology-environment bodies against formalism; three, four, two, three and three of six files on the first run; then a
heading sentence ending in a damaged half-width stop, 检视查摆出的主要问题 as problems, a section sending the reader to
an attached 《…任务表》, a 附则's numbered order by a date, and two headed paragraphs run together after a lost break.
Stages and an article of principle are disagreements; one file is in ``left_out.csv``.
``blind_plans280``–``blind_plans284`` (94, 97, 105, 91 and 99 measures as written), the twenty-first session's second
round: 2013–23 social-security, medical-insurance and housing-fund service agencies, 2018–24 emergency-management, fire
and veterans' affairs bodies, 2013–21 airports, maritime, ports and road agencies, 2013–19 mass organisations (supply
co-operatives, Red Cross, disabled persons', science, women's and youth federations) and 2013–20 culture, tourism and
sport bodies; three, one, one, four and four of six files on the first run; then a wrapping notice's requirements run
inside its lead paragraph, a 重点整治问题 section over symptoms, items after a lead announcing problems, headed
paragraphs behind a lead of their own after the last item, a chapter title run onto its first article, and 整顿时间和范围
as scope. Stages are disagreements; every file is keyed.
``blind_plans285``–``blind_plans289`` (105, 105, 111, 110 and 93 measures as written), the twenty-first session's third
round: 2013–22 organisation departments (组工干部 十严禁, 干部考察), 2013–21 audit offices (审计纪律 八不准), 2013–21
housing, construction and planning bodies, the 2023–24 主题教育 检视整改 and 党纪学习教育, and 2013–21 science bodies
(减轻科研人员负担); five, four, five, two and three of six files on the first run; then a hard-wrapped item's first line
ending in …以来…情况 is no report of past work, an article run onto its predecessor's last clause carries on the
articles, and …的，由…负责解释 inside an item is a duty. Stages are disagreements; one file is in ``left_out.csv``.
``blind_plans290``–``blind_plans294`` (101, 89, 105, 105 and 116 measures as written), the twenty-first session's
fourth round: 2013–22 agriculture, water and forestry bureaus, 2013–22 civil-affairs and petition bodies, 2013–20
united-front bodies, 2013–21 general offices' own rules (办文办会办事) and 2013–21 financial institutions; three, three,
three, five and three of six files on the first run; then a table a PDF copy flattened to one cell per line gives one
measure per row, a section's own run of tasks before its numbered items gives one measure per task, circled
requirements under a 工作要求： label after the last item are measures, items after …需要重点整治的问题： are problems, and a
lead to points to keep after a noun title (下访中重点把握以下几点：) splits its run. Stages are disagreements; every file
is keyed.
``blind_plans295``–``blind_plans299`` (112, 87, 91, 109 and 86 measures as written), the twenty-first session's fifth
round: 2013–21 justice bureaus and political-legal committees, 2013–22 industry and commerce bodies serving firms, 2015–22
rectification plans answering 巡视 and 巡察 feedback, 2013–21 public institutions (forest farms, reservoirs, libraries,
disease control) and the 2025 深入贯彻中央八项规定精神学习教育; two, two, one, four and two of six files on the first run;
then a lead to tasks after a focusing clause (聚焦…，重点抓好以下工作：) splits its run, 包联范围 is scope, and a remedy
label's list of whole sentences (整改措施：1.…。2.…) gives one measure per item. Stages, a report's account of what was
done and a table cell's second item are disagreements; two files are in ``left_out.csv``.
``blind_plans300``–``blind_plans304`` (104, 113, 89, 100 and 85 measures as written), the twenty-first session's sixth
round: 2013–22 party schools' and cadre training rules, 2013–22 propaganda departments' and media centres' own rules,
2013–22 rules on village cadres, 2013–21 rules for seconded and aid cadres, and 2014–23 plans to rationalise
inspections and evaluations; three, two, four, four and three of six files on the first run; then an attached task table
a measure names as the home of its tasks gives its rows, a table assigning the rules' parts to offices restates them, a
run under a heading of its own after the last item gives its items, a lead to the rules to make gives one measure per
rule, 清理整合范围 is scope, and a title sentence ending in a damaged stop heads its run. Stages are disagreements; six
files are in ``left_out.csv``.
``blind_plans305``–``blind_plans309`` (100, 105, 90, 103 and 98 measures as written), the twenty-second session's first
round: 2013–24 education bureaus, universities and schools, 2013–23 finance bureaus, 2014–22 townships and street
offices, 2013–20 people's congresses and political consultative committees, and 2016–24 market, land and water
regulators; three, five, two, five and one of six files on the first run; then a problem title whose stop a damaged copy
made a dot heads its 整治措施：①… run, a ban followed by the principle it keeps to is a measure, a run's 三/是 split by a
hard wrap opens an item, a purpose article whose 本规定 a wrap cut is preamble, a section title run onto a sub-item
numbered through the plan or across spaces opens it, and leave to manage by these rules closes them. Stages and a
section's pointer to its task table are disagreements; every file is keyed.
``blind_plans310``–``blind_plans314`` (99, 100, 107, 108 and 123 measures as written), the twenty-second session's
second round: 2013–21 courts and procuratorates, 2014–24 transport, commerce and development bodies, 2013–19 trade
unions, women's federations and youth leagues, 2013–23 state-asset commissions and state firms, and 2013–24 festival
notices; four, two, six, four and four of six files on the first run; then a section naming its attached task list
before the pointer (形成《…清单》（见附表）) gives the list's rows, a lead announcing only a count of bans (…要严格做到“十个严禁”：)
gives one measure per ban, and a run's item a fixed-width wrap sets at the margin after a full line ending on ； stays in
its paragraph's run. Stages are disagreements; one file is in ``left_out.csv``.
``blind_plans315``–``blind_plans319`` (98, 93, 108, 77 and 106 measures as written), the twenty-second session's third
round: 2013–23 health commissions and hospitals, 2012–18 party standing committees' own rules and their follow-ups,
2015–24 development zones, 2013–24 discipline commissions' own rules, checks and 通报, and 2013–20 autonomous and border
areas; three, four, three, two and two of six files on the first run; then a body's pledges run inside a paragraph
(郑重承诺：①…；②…) give one measure each, an order to draft rules within a term (在一个月内制定…) is a measure, a 通报's
cases announced by their count with a stop are problems, the issuer's next tasks after the last requirement (下一步，…
重点抓好以下工作：一是…) are measures, 实行问题清单管理 is no problem list, and a title a hard wrap broke at the page width
ends on its last piece. Stages, a report's 主要做法及成效 and an article on leading by example are disagreements; every file
is keyed.
``blind_plans320``–``blind_plans324`` (99, 86, 81, 111 and 80 measures as written), the twenty-second session's fourth
round: 2013–22 police, traffic police and prisons, 2014–23 housing, urban management and utilities, 2013–24 county
rules on leaders going to the grassroots, 2013–23 news reports and disclosure pages reprinting plans, and 2014–24
rectification reports and ledgers; three, three, four, five and two of six files on the first run; then an attached task
table may come third, an item under 整治重点 telling only the misconduct is a problem, a bare title over a lead and a table
gives the table's rows, a section's closing exhortation is no measure, a run's item whose break was lost with its indent
kept opens an item, and so does a circled item run onto its sibling's duty note, and an attached task table whose header
stands one space from 序号 gives its rows. Stages and a report's practices are disagreements; three files are in
``left_out.csv``.
``blind_plans325``–``blind_plans329`` (88, 81, 113, 119 and 96 measures as written), the twenty-second session's fifth
round: 2016–24 government service and approval bodies, 2017–23 poverty-alleviation and rural-revitalisation bureaus,
2013–22 vertically managed county bureaus (statistics, tax, customs, meteorology), 2013–21 culture, media, sport and
universities, and 2015–24 annual key points; three, four, one, four and five of six files on the first run; then an
item under 治理重点 naming a field and then how it shows is a problem, a numbered item run onto its sibling's duty note
opens an item, and an attached 责任分工表 is no table of tasks. Stages are disagreements; five files are in
``left_out.csv``.
``blind_plans330``–``blind_plans334`` (86, 93, 94, 112 and 95 measures as written), the twenty-second session's sixth
round: 2013–23 cadre-conduct rules (八小时以外, 酒驾醉驾, 经商办企业, 婚丧喜庆 reporting), 2016–24 environment,
emergency and fire bodies, 2014–23 village and community pledges and rules, 2013–22 government party groups' 问题—措施
rectification plans, and 2013–23 science, industry and research bodies; four, four, three, three and four of six files
on the first run; then an article asking to know a unit's 基本情况 is a measure, and a remedy label's first circled item
on its line is carried on by the lines below, as is ①…。②… run together after a damaged stop. Stages are
disagreements; three files are in ``left_out.csv``.
``blind_plans335``–``blind_plans339`` (121, 120, 109, 121 and 113 measures as written), the twenty-second session's
seventh round, back to the mainstream: 2012–13 provincial and city 八项规定 implementing rules, 2014 county 群众路线
整改方案, 2019–24 主题教育 and 减负 plans, 2015–16 三严三实 and 两学一做 整改方案, and 2014–24 廉洁从业 negative lists;
six, two, three, three and three of six files on the first run; then a bare lead under a remedy label splits its run, a
section titled 整改时限及步骤 over prose is no measure, and a lead to tasks naming the problems they answer splits its run.
Stages are disagreements; five files are in ``left_out.csv``.
``blind_plans340``–``blind_plans342`` (99, 110 and 145 measures as written), the twenty-second session's eighth round:
2016–21 换届风气 and 干部选拔任用 notices, 2013–15 provincial plans answering central 巡视 with three attached lists, and
2013–22 service-centre rule compilations; three, one and three of six files on the first run; then a section on the
重大意义 is preamble, numbered lines giving where to report close the plan, and a compilation's table of contents gives
no measures. Stages are disagreements; four files are in ``left_out.csv``.
``blind_plans343``–``blind_plans347`` (106, 104, 108, 92 and 114 measures as written), the twenty-third session's first
round: 2013–19 foreign-affairs and overseas-Chinese offices, 2013–18 offices-administration bureaus (car reform, office
space, meeting and travel costs), 2013–20 party schools and cadre-training bodies, 2013–21 statistics and audit bureaus,
and 2013–20 branches of state banks, insurers and rural credit cooperatives; four, one, four, three and four of six
files on the first run; then an item applying the rules with a rule of its own after them is a measure, a remedy label
run onto its problem's line leads to its items, a rule sentence over its details run is one measure, a label a hard
wrap cut from its line starts no run, an attachment list numbered from its label's line carries on no run, an article
classifying into numbered classes is a definition, and a lead to tasks splits a circled run. Every file is keyed;
stages are disagreements.
``blind_plans348``–``blind_plans352`` (99, 104, 93, 97 and 106 measures as written), the twenty-third session's second
round: 2016–23 united-front departments, federations of industry and commerce and development bodies (亲清政商关系),
2019–23 sub-district offices lightening communities' load, 2013–21 rules on cadres' weddings and funerals, 2013–21
human-resources and social-security bodies, and the 2012–16 mainstream of party committees' own rules and plans; two,
four, four, four and three of six files on the first run; then a headed paragraph a lost break ran onto the one before is
its own measure, a numbered order to draft by a date keeps its line with a closing sentence after it, and an article
stating a stance in balanced clauses is a principle. Stages are disagreements; one file is in ``left_out.csv``.
``blind_plans353``–``blind_plans357`` (95, 98, 132, 96 and 138 measures as written), the twenty-third session's third
round: 2016–23 urban-management and enforcement bureaus, 2013–21 work committees of party organs (模范机关), 2013–14
township rules and plans, 2018–23 作风建设年 and 作风革命、效能革命 campaigns, and 2013–14 provincial departments' rules
and plans (the mainstream); three, three, five, four and six of six files on the first run; then a section's intro naming
what its tasks answer splits its run, an attached table flattened one cell per line or with a column of 重点项目 gives
its rows, and a title naming sloth as its field heads its run. Every file is keyed; stages are disagreements.
``blind_plans358``–``blind_plans362`` (117, 111, 137, 105 and 121 measures as written), the twenty-third session's fourth
round: the 2012–14 municipal and 2013–15 county mainstream, 2014–22 plans whose tables survive only as text copied out
of PDFs (columns, single spaces, one cell per line, a header split over two lines, page numbers and category rows
between rows), the 2025 学习教育, and 2013–16 厉行节约 rules with standards tables; five, six, one, four and three of six
files on the first run; then a header split over two lines is one header, the lead above a flattened table introduces
it, a 整治重点 field with its symptoms numbered is a problem, and an item leading in to what an inspection covers keeps
its points. Stages are disagreements; two files are in ``left_out.csv``.
``blind_plans363``–``blind_plans367`` (95, 130, 106, 119 and 90 measures as written), the twenty-third session's fifth
round: 2013–15 provincial and municipal governments' rules (the mainstream), 2014–23 portal pages whose task tables are
HTML with merged cells or <pre> text, 2014–20 forestry, water and agriculture bureaus, 2019–21 township 检视问题 and
办实事 lists, and 2013–16 decisions on work style with their interpretation pages (问答); three, two, five, five and four
of six files on the first run; then a title naming a problem and saying it persists is a problem, a count of special
tasks pointing to its attachment points to the ledger, and an interpretation page's questions head the rules their
answers quote. Stages are disagreements; six files are in ``left_out.csv``.
``blind_plans368``–``blind_plans372`` (127, 109, 105, 119 and 118 measures as written), the twenty-third session's sixth
round: 2013–14 county departments' rules and plans, 2014–16 provincial and municipal standing committees' plans and
reports (the mainstream), 2019–20 主题教育 检视整改 and 专项整治 plans, 2020–24 negative lists and 十个严禁 laid out as
tables, and 2013–14 state enterprises' rules and plans; four, five, two, three and three of six files on the first run;
then an attached table naming the text's headings restates them. Stages are disagreements; eight files are in
``left_out.csv``.
``blind_plans373``–``blind_plans377`` (128, 120, 97, 92 and 98 measures as written), the twenty-third session's seventh
round: 2013–14 municipal departments' rules and plans and 2013–16 urban districts' (the mainstream), 2016–23 plans whose
tables survive as text copied out of PDFs with their 序号 on a row's middle line, 2013–15 news reports on the rules,
and 2021–24 党纪学习教育 and 减负 notices; six, five, one, four and four of six files on the first run; then a
commitment's clause and a lead to its details keep its run in one measure. Stages are disagreements; five files are in
``left_out.csv``.
``blind_plans378``–``blind_plans382`` (109, 103, 118, 109 and 69 measures as written), the twenty-fourth session's
first round: 2013–24 universities' and research institutes' rules, 2013–23 political-legal organs' 禁酒令 and 作风纪律
plans, the 2013–14 county and township mainstream, 2013–23 health commissions' and hospitals' 行风 plans, and 2014–25
discipline commissions' holiday notices with the cases they report; four, two, three, one and four of six files on the
first run; then a lead ending with a colon over a table, a 责任分工表 of tasks of its own, a lead counting the fields of
its problems, a focus item resolving to keep rectifying, a lead to tasks naming the body that does them and a notice's
sentence reporting its cases. Stages are disagreements; f585_03's table rows stand in ``key.csv`` where the document
has them (its writer listed them last); f585_06, left out at first, is keyed again.
``blind_plans383``–``blind_plans387`` (104, 88, 97, 98 and 93 measures as written), the twenty-fourth session's
second round: 2014–24 townships' and villages' plans, 小微权力清单 and 办实事 lists, 2012–13 provincial rules and the
municipal rules copying them, 2013–23 tax, customs, market-regulation and environment bureaus' 作风 and 执法 rules,
2016–24 巡视/巡察 rectification plans and reports with their three lists (tables copied out of PDFs with centred cells
and single spaces, or one cell per line), and 2013–22 general offices' and propaganda departments' rules on meetings,
documents and news reports; two, four, two, one and five of six files on the first run; then a two-phrase title run onto
its first item, an item's first line cut after its clauses, a bare title right over a table's header, a measure naming
a list of tasks among the lists it points to, and centred tables without indents. Stages are disagreements; two files
are in ``left_out.csv``.
``blind_plans388``–``blind_plans392`` (86, 99, 99, 129 and 89 measures as written), the twenty-fourth session's
third round: 2013–20 culture, tourism and sports bureaus' limits on 节庆 and 晚会, 2013–16 finance departments' rules on
the 三公 funds, 公务卡 and meeting, training and travel fees, 2014–22 housing, transport and water bureaus' 工程建设
作风 rules, the 2018–19 revised 实施细则 after the central 实施细则, and plans as researchers receive them second-hand
(WeChat reposts with emoji, news reprints, OCR'd scans, Word's own numbering); three, two, four, five and three of six
files on the first run; then an emoji before a section's number, a WeChat article's trailer as furniture, a chapter
title run onto its article with a space, a class-managed matter defined, a longer interpreting body, the cases a rule
excepts kept in it, and a lead naming a body's organs. Stages are disagreements; three files are in ``left_out.csv``.
``blind_plans393``–``blind_plans397`` (116, 92, 144, 121 and 107 measures as written), the twenty-fourth session's
fourth round: 2018–23 state enterprises' revised rules on 业务招待 and 商务用车, 2013–20 people's congress and CPPCC
organs' rules, 2013–14 township and county plans whose 整改台账 survive as PDF text in every layout, 2013–19 mass
organisations' rules and plans, and notices carrying several attachments (the plan, a standards table, a pledge, a task
list); three, four, one, three and two of six files on the first run; then a pledge attached last ending the plan, a
PDF table in the body kept out of the plan's numbering, and a wrapped line opening with 《. Stages are disagreements;
f599_06's labels of its first run's line fragments are dropped; eight files are in ``left_out.csv``.
``blind_plans398``–``blind_plans402`` (133, 109, 105, 102 and 123 measures as written), the twenty-fourth session's
fifth round, the mainstream: early-2013 municipal and county 实施细则 and 若干规定, 2013–16 county and municipal
governments' rules and 常务会议 decisions, 2015–17 三严三实 and 两学一做 plans, 2019–24 集中整治形式主义 and 减负 plans,
and 2013–14 townships' rules; five, three, three, four and three of six files on the first run; then a meeting's
decisions run in one paragraph and an attachment headed with no number. Stages are disagreements; five files are in
``left_out.csv``, three of them for an unnumbered order to report that their writers keyed and seven earlier writers
did not.
``disagreements.csv`` lists the measures the extractor keeps and a writer's key leaves out, with the reason;
each must be found, exactly once, and is then set aside before the comparison with the key.

``key.csv`` lists every measure the writer intended (number as printed, first characters after it) under
the issue's rule: the smallest numbered commitment, with an enumeration that a measure leads in to
(``…如下：（一）…``, ``一是…二是…`` inside a paragraph, an article's clauses) kept inside that measure.
"""
import csv
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus, loaders, measures, pipeline, runner, tableio, validation
from analysis.measure_ends import CLOSING_START, NOTE_LINE, RESOLVE_START
from analysis.plan_body import DATE_LINE, DOCUMENT_NUMBER_LINE, NEWS_DATELINE, SIGNATURE_LINE, WS

DATA = Path(__file__).parent / "data"
DIRS = ["blind_plans", "blind_plans2", "blind_plans3", "blind_plans4", "blind_plans5", "blind_plans6",
        "blind_plans8", "blind_plans9", "blind_plans10", "blind_plans11", "blind_plans12", "blind_plans13", "blind_plans15", "blind_plans16", "blind_plans17",
        "blind_plans18", "blind_plans19", "blind_plans20", "blind_plans21", "blind_plans22", "blind_plans24",
        "blind_plans25", "blind_plans26", "blind_plans27", "blind_plans28", "blind_plans29", "blind_plans30",
        "blind_plans31", "blind_plans32", "blind_plans33", "blind_plans34", "blind_plans35", "blind_plans36",
        "blind_plans37", "blind_plans38", "blind_plans39", "blind_plans40", "blind_plans41", "blind_plans42",
        "blind_plans43", "blind_plans44", "blind_plans45", "blind_plans46", "blind_plans47", "blind_plans48",
        "blind_plans49", "blind_plans50", "blind_plans51", "blind_plans52", "blind_plans53", "blind_plans54",
        "blind_plans55", "blind_plans56", "blind_plans57", "blind_plans58", "blind_plans59",
        "blind_plans60", "blind_plans61", "blind_plans62", "blind_plans63", "blind_plans64", "blind_plans65",
        "blind_plans66", "blind_plans67", "blind_plans68", "blind_plans69", "blind_plans70", "blind_plans71",
        "blind_plans72", "blind_plans73", "blind_plans74", "blind_plans75", "blind_plans76", "blind_plans77",
        "blind_plans78", "blind_plans79", "blind_plans80", "blind_plans81", "blind_plans82", "blind_plans83",
        "blind_plans84", "blind_plans85", "blind_plans86", "blind_plans87", "blind_plans88", "blind_plans89",
        "blind_plans90", "blind_plans91", "blind_plans92", "blind_plans93", "blind_plans94", "blind_plans95",
        "blind_plans96", "blind_plans97", "blind_plans98", "blind_plans99", "blind_plans100", "blind_plans101",
        "blind_plans102", "blind_plans103", "blind_plans104", "blind_plans105", "blind_plans106", "blind_plans107",
        "blind_plans108", "blind_plans109", "blind_plans110", "blind_plans111", "blind_plans112", "blind_plans113",
        "blind_plans114", "blind_plans115", "blind_plans116", "blind_plans117", "blind_plans118", "blind_plans119",
        "blind_plans120", "blind_plans121", "blind_plans122", "blind_plans123", "blind_plans124",
        "blind_plans125", "blind_plans126", "blind_plans127", "blind_plans128", "blind_plans129",
        "blind_plans130", "blind_plans131", "blind_plans132", "blind_plans133", "blind_plans134",
        "blind_plans135", "blind_plans136", "blind_plans137", "blind_plans138", "blind_plans139",
        "blind_plans140", "blind_plans141", "blind_plans142", "blind_plans143", "blind_plans144",
        "blind_plans145", "blind_plans146", "blind_plans147", "blind_plans148", "blind_plans149",
        "blind_plans150", "blind_plans151", "blind_plans152", "blind_plans153", "blind_plans154",
        "blind_plans155", "blind_plans156", "blind_plans157", "blind_plans158", "blind_plans159",
        "blind_plans160", "blind_plans161", "blind_plans162", "blind_plans163", "blind_plans164",
        "blind_plans165", "blind_plans166", "blind_plans167", "blind_plans168", "blind_plans169",
        "blind_plans170", "blind_plans171", "blind_plans172", "blind_plans173", "blind_plans174",
        "blind_plans175", "blind_plans176", "blind_plans177", "blind_plans178", "blind_plans179",
        "blind_plans180", "blind_plans181", "blind_plans182", "blind_plans183", "blind_plans184",
        "blind_plans185", "blind_plans186", "blind_plans187", "blind_plans188", "blind_plans189",
        "blind_plans190", "blind_plans191", "blind_plans192", "blind_plans193", "blind_plans194",
        "blind_plans195", "blind_plans196", "blind_plans197", "blind_plans198", "blind_plans199",
        "blind_plans200", "blind_plans201", "blind_plans202", "blind_plans203", "blind_plans204",
        "blind_plans205", "blind_plans206", "blind_plans207", "blind_plans208", "blind_plans209",
        "blind_plans210", "blind_plans211", "blind_plans212", "blind_plans213", "blind_plans214",
        "blind_plans215", "blind_plans216", "blind_plans217", "blind_plans218", "blind_plans219",
        "blind_plans220", "blind_plans221", "blind_plans222", "blind_plans223", "blind_plans224",
        "blind_plans225", "blind_plans226", "blind_plans227", "blind_plans228", "blind_plans229",
        "blind_plans230", "blind_plans231", "blind_plans232", "blind_plans233", "blind_plans234",
        "blind_plans235", "blind_plans236", "blind_plans237", "blind_plans238", "blind_plans239",
        "blind_plans240", "blind_plans241", "blind_plans242", "blind_plans243", "blind_plans244",
        "blind_plans245", "blind_plans246", "blind_plans247", "blind_plans248", "blind_plans249",
        "blind_plans250", "blind_plans251", "blind_plans252", "blind_plans253", "blind_plans254",
        "blind_plans255", "blind_plans256", "blind_plans257", "blind_plans258", "blind_plans259",
        "blind_plans260", "blind_plans261", "blind_plans262", "blind_plans263", "blind_plans264",
        "blind_plans265", "blind_plans266", "blind_plans267", "blind_plans268", "blind_plans269",
        "blind_plans270", "blind_plans271", "blind_plans272", "blind_plans273", "blind_plans274",
        "blind_plans275", "blind_plans276", "blind_plans277", "blind_plans278", "blind_plans279",
        "blind_plans280", "blind_plans281", "blind_plans282", "blind_plans283", "blind_plans284",
        "blind_plans285", "blind_plans286", "blind_plans287", "blind_plans288", "blind_plans289",
        "blind_plans290", "blind_plans291", "blind_plans292", "blind_plans293", "blind_plans294",
        "blind_plans295", "blind_plans296", "blind_plans297", "blind_plans298", "blind_plans299",
        "blind_plans300", "blind_plans301", "blind_plans302", "blind_plans303", "blind_plans304",
        "blind_plans305", "blind_plans306", "blind_plans307", "blind_plans308", "blind_plans309",
        "blind_plans310", "blind_plans311", "blind_plans312", "blind_plans313", "blind_plans314",
        "blind_plans315", "blind_plans316", "blind_plans317", "blind_plans318", "blind_plans319",
        "blind_plans320", "blind_plans321", "blind_plans322", "blind_plans323", "blind_plans324",
        "blind_plans325", "blind_plans326", "blind_plans327", "blind_plans328", "blind_plans329",
        "blind_plans330", "blind_plans331", "blind_plans332", "blind_plans333", "blind_plans334",
        "blind_plans335", "blind_plans336", "blind_plans337", "blind_plans338", "blind_plans339",
        "blind_plans340", "blind_plans341", "blind_plans342", "blind_plans343", "blind_plans344",
        "blind_plans345", "blind_plans346", "blind_plans347", "blind_plans348", "blind_plans349",
        "blind_plans350", "blind_plans351", "blind_plans352", "blind_plans353", "blind_plans354",
        "blind_plans355", "blind_plans356", "blind_plans357", "blind_plans358", "blind_plans359",
        "blind_plans360", "blind_plans361", "blind_plans362", "blind_plans363", "blind_plans364",
        "blind_plans365", "blind_plans366", "blind_plans367", "blind_plans368", "blind_plans369",
        "blind_plans370", "blind_plans371", "blind_plans372", "blind_plans373", "blind_plans374",
        "blind_plans375", "blind_plans376", "blind_plans377", "blind_plans378", "blind_plans379",
        "blind_plans380", "blind_plans381", "blind_plans382", "blind_plans383", "blind_plans384",
        "blind_plans385", "blind_plans386", "blind_plans387", "blind_plans388", "blind_plans389",
        "blind_plans390", "blind_plans391", "blind_plans392", "blind_plans393", "blind_plans394",
        "blind_plans395", "blind_plans396", "blind_plans397", "blind_plans398", "blind_plans399",
        "blind_plans400", "blind_plans401", "blind_plans402"]
KEY = {d: list(csv.DictReader(open(DATA / d / "key.csv", encoding="utf-8"))) for d in DIRS}
DISAGREEMENTS = {d: list(csv.DictReader(open(DATA / d / "disagreements.csv", encoding="utf-8")))
                 for d in DIRS if (DATA / d / "disagreements.csv").exists()}
FILES = [(d, f) for d in DIRS for f in sorted({row["file"] for row in KEY[d]})]
# files a batch's key leaves out, with the reason (a known miss or a reading the suite does not share): loaded, not keyed
LEFT_OUT = {d: list(csv.DictReader(open(DATA / d / "left_out.csv", encoding="utf-8")))
            for d in DIRS if (DATA / d / "left_out.csv").exists()}
# the first batches' keys whose number and text match a measure's first ten characters exactly (see
# test_every_intended_measure_is_found_once_and_nothing_else for the others)
EXACT_PREFIX_KEYS = {"blind_plans", "blind_plans2", "blind_plans4", "blind_plans9", "blind_plans11", "blind_plans13"}
_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub("", s).replace("**", "")  # a Markdown repost's key quotes its text as rendered, without **


@pytest.fixture(scope="module", params=FILES, ids=["/".join(p) for p in FILES])
def extracted(request):
    folder, name = request.param
    doc = corpus.load_document(DATA / folder / name)
    m, spans = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], name)
    return request.param, doc, m, spans


def test_every_intended_measure_is_found_once_and_nothing_else(extracted):
    (folder, name), doc, m, _ = extracted
    wanted = [_norm(r["number"] + r["text_prefix"])[:10] for r in KEY[folder] if r["file"] == name]
    if doc.is_converted_from_traditional:  # the key quotes the file; measures quote the loaded text
        wanted = loaders.to_simplified("\n".join(wanted))[0].split("\n")
    texts = [_norm(t) for t in m["text"]]
    for row in DISAGREEMENTS.get(folder, []):
        if row["file"] == name:
            kept = [t for t in texts if t.startswith(_norm(row["text_prefix"]))]
            assert len(kept) == 1, row["text_prefix"]
            texts.remove(kept[0])
    got = [t[:10] for t in texts]
    if folder not in EXACT_PREFIX_KEYS:
        # their keys quote the visible text after the number, and for a table row the measure cell:
        # the i-th measure must contain the i-th key's opening (Word and HTML numbers are drawn)
        assert len(texts) == len(wanted) and all(w[-8:] in t for w, t in zip(wanted, texts))
    else:
        assert got == wanted


def test_every_measure_ends_where_the_writer_said_when_the_key_gives_ends(extracted):
    (folder, name), _, m, _ = extracted
    rows = [r for r in KEY[folder] if r["file"] == name and r.get("text_suffix")]
    if not rows:
        return  # this batch's key gives starts only
    assert len(rows) == len(m)
    for r, text in zip(rows, m["text"]):
        assert _norm(text).endswith(_norm(r["text_suffix"])), (r["text_suffix"], text[-60:])


def test_the_text_is_partitioned_and_measures_are_exact_slices(extracted):
    _, doc, m, spans = extracted
    assert spans["char_start"].iloc[0] == 0 and spans["char_end"].iloc[-1] == len(doc.text)
    assert (spans["char_start"].iloc[1:].to_numpy() == spans["char_end"].iloc[:-1].to_numpy()).all()
    for row in m.itertuples():
        assert doc.text[row.char_start:row.char_end] == row.text


def test_no_measure_runs_on_into_the_plans_closing(extracted):
    # after its first line, a measure holds no date line, no signature, no line opening the plan's closing
    # (本办法自…施行, 以上汇报, 注：) and no other document's number or news item's dateline (a gazette's or a
    # newspaper's next item): where a measure ends matters as much as where it starts
    _, doc, m, spans = extracted
    furniture = spans[spans["span_kind"] == "furniture"]
    for row in m.itertuples():
        inside = furniture[(furniture["char_start"] >= row.char_start) & (furniture["char_end"] <= row.char_end)]
        text = list(doc.text[row.char_start:row.char_end])  # page numbers and running headers set aside
        for f in inside.itertuples():
            text[f.char_start - row.char_start:f.char_end - row.char_start] = [" "] * (f.char_end - f.char_start)
        lines = [x.strip(WS) for x in "".join(text).split("\n")[1:] if x.strip(WS)]
        assert not any(DATE_LINE.match(x) or SIGNATURE_LINE.match(x) or CLOSING_START.match(x)
                       or NOTE_LINE.match(x) or NEWS_DATELINE.match(x) or DOCUMENT_NUMBER_LINE.match(x)
                       for x in lines), row.text[-80:]
    if len(m):  # nor does the plan's last measure run on into its peroration (厅党组将以…为契机，…)
        last = doc.text[m["char_start"].iloc[-1]:m["char_end"].iloc[-1]].split("\n")[1:]
        assert not any(RESOLVE_START.match(x.strip(WS)) for x in last), m["text"].iloc[-1][-80:]


def _undamaged(text: str) -> str:
    """``blind_plans14``'s key spelling: no white space, each lost character of 锟斤拷/烫烫烫/U+FFFD damage a ``?``."""
    return _WS.sub("", text).replace("锟斤拷", "??").replace("烫烫烫", "??").replace("\ufffd", "?")


@pytest.mark.parametrize("name", [f"x{i}.txt" for i in range(1, 7)])
def test_damaged_copies_give_every_intended_measure_in_order(name):
    """``blind_plans14``: six plans, each with one kind of damage real copies carry: PDF letter-spacing (a space
    between characters) with wrapped lines, undecoded HTML entities, 锟斤拷 round-trip damage, invisible characters
    and CR-only line ends, a GBK forum repost with quote marks and replies, hard wraps that strand a number at
    the end of the line before its text. x1 and x6 matched on the first run, x3 up to the number its damage ate;
    HTML entities and invisible characters are now repaired by the loader and a forum's quote marks read past.
    In x3 the damage ate the ``2.`` of ``12.``: that measure stays inside 11., whole, the one measure of the 119
    not found on its own."""
    key = [r for r in csv.DictReader(open(DATA / "blind_plans14" / "key.csv", encoding="utf-8")) if r["file"] == name]
    doc = corpus.load_document(DATA / "blind_plans14" / name)
    m, _ = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], name)
    texts = [_undamaged(t) for t in m["text"]]
    wanted = [_undamaged(r["text_prefix"]) for r in key]
    if name == "x3.txt":
        lost = wanted.index("规范公务接待。严")
        assert wanted[lost] in texts[lost - 1]  # inside 11., not lost
        del wanted[lost]
    assert len(texts) == len(wanted) and all(w in t[:40] for w, t in zip(wanted, texts))


def _letters(text: str) -> str:
    """Chinese characters, letters and digits only (full-width folded): what survives any punctuation damage."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalnum())


@pytest.mark.parametrize("name", [f"f{i}.txt" for i in range(1, 7)])
def test_copies_damaged_in_six_more_ways_give_their_measures_in_order(name):
    """``blind_plans23``: UTF-8 once read as GBK (mojibake, bytes lost), punctuation turned to ``?``, punctuation
    flattened to half-width, a Big5 traditional repost, half a plan on one line and half hard-wrapped (GB18030), and
    UTF-16 with full-width digits. Two files matched on the first run; the loader now repairs the GBK reading and
    restores list numbers lost to ``?``, and an article run onto its chapter's title starts an item. The key quotes
    the clean text, so letters are compared; in f1 two section numbers were among the lost bytes (18 of 20)."""
    folder = DATA / "blind_plans23"
    key = [r for r in csv.DictReader(open(folder / "key.csv", encoding="utf-8")) if r["file"] == name]
    doc = corpus.load_document(folder / name)
    m, _ = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], name)
    texts = [_letters(t) for t in m["text"]]
    prefixes = loaders.to_simplified("\n".join(r["text_prefix"] for r in key))[0].split("\n")  # f4 is traditional
    wanted = [_letters(p)[:8] for p in prefixes]
    if name == "f1.txt":
        assert "read as GBK; repaired" in doc.encoding
        wanted = [w for w, r in zip(wanted, key) if r["number"] not in ("六", "八")]
        # characters were lost: most of each opening survives, in order
        assert len(texts) == len(wanted) == 18
        assert all(sum(c in t[:30] for c in w) >= 5 for w, t in zip(wanted, texts))
        return
    if name == "f2.txt":
        assert "punctuation lost to '?'" in doc.encoding
    assert len(texts) == len(wanted) and all(w in t[:40] for w, t in zip(wanted, texts))


def test_pdf_copy_page_numbers_running_header_and_contents_are_furniture():
    kinds = {f: [k for _, _, k in corpus.load_document(DATA / "blind_plans4" / f).furniture] for f in ("m1.txt", "m2.txt")}
    assert kinds["m1.txt"].count("page_number") >= 5 and kinds["m1.txt"].count("running_header") >= 4
    assert set(kinds["m2.txt"]) == {"toc"} and len(kinds["m2.txt"]) >= 8


COLUMN_PDFS = [(d, p.name) for d in ("blind_plans39", "blind_plans40") for p in sorted((DATA / d).glob("*.pdf"))]


@pytest.mark.parametrize("folder, name", COLUMN_PDFS)
def test_pdf_pages_in_columns_read_in_the_writers_order(folder, name):
    # every line of the writer's truth (the plan alone, a paragraph split by a column or page break as one line)
    # is in the loaded text, in order, white space aside; a gazette's running heads and page numbers are furniture
    doc = corpus.load_document(DATA / folder / name)
    keep = [True] * len(doc.text)
    for start, end, _ in doc.furniture:
        keep[start:end] = [False] * (end - start)
    text = _norm("".join(ch for ch, k in zip(doc.text, keep) if k))
    pos = 0
    for line in (DATA / folder / "truth" / name.replace(".pdf", ".txt")).read_text(encoding="utf-8").splitlines():
        found = text.find(_norm(line), pos)
        assert found >= 0, (line, text[pos:pos + 80])
        pos = found + len(_norm(line))
    if name == "f73_02.pdf":
        kinds = [k for _, _, k in doc.furniture]
        assert kinds.count("page_number") == 2 and kinds.count("running_header") == 2


@pytest.mark.parametrize("batch, name", [("blind_plans10", "t4"), ("blind_plans2", "g3")])
def test_blind_docx_plans_set_in_two_columns_give_their_measures(batch, name):
    # tests/data/pdf_columns/README.md: a last page too sparse to show its columns, commas hanging into the gutter
    doc = corpus.load_document(DATA / "pdf_columns" / f"{name}_2col.pdf")
    m, _ = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], name)
    wanted = [_norm(r["number"] + r["text_prefix"])[:10] for r in KEY[batch] if r["file"] == f"{name}.docx"]
    texts = [_norm(t) for t in m["text"]]
    assert len(texts) == len(wanted) and all(w[-8:] in t for w, t in zip(wanted, texts))
    closing = "第十八条本规定自印发之日起施行" if name == "t4" else None
    assert closing is None or closing in _norm(doc.text)  # the second column's head is read after the first


PDF_KEY = list(csv.DictReader(open(DATA / "blind_pdf" / "key.csv", encoding="utf-8")))


@pytest.mark.parametrize("name", sorted({r["file"] for r in PDF_KEY}))
def test_pdf_copies_of_blind_plans_give_every_intended_measure_in_order(name):
    # printed to PDF from a blind batch's .docx and text files: the text copies' paragraphs are wrapped at the
    # right margin, so they exist only in the layout (line lengths, indents), which the loader reads back
    doc = corpus.load_document(DATA / "blind_pdf" / name)
    m, spans = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], name)
    wanted = [_norm(r["number"] + r["text_prefix"])[:10] for r in PDF_KEY if r["file"] == name]
    texts = [_norm(t) for t in m["text"]]
    assert doc.file_format == "pdf" and len(texts) == len(wanted)
    assert all(w[-8:] in t for w, t in zip(wanted, texts))
    assert spans["char_end"].iloc[-1] == len(doc.text)
    if name == "f56_04.pdf":  # Word's page-number footers, one per page, are furniture
        assert [k for _, _, k in doc.furniture].count("page_number") >= 4
    if name == "scan_f56_04.pdf":  # f56_04.pdf scanned: every page read by OCR, and the documents table says so
        assert re.fullmatch(r"pdf OCR \(every page; mean confidence 0\.9\d\d\)", doc.encoding)
    if name == "mixed_f56_04.pdf":  # two pages with their text layer, three scanned
        assert re.fullmatch(r"pdf text layer and OCR \(3 of 5 pages; mean confidence 0\.9\d\d\)", doc.encoding)
        digital = corpus.load_document(DATA / "blind_pdf" / "f56_04.pdf")
        assert doc.text.split("\f")[:2] == digital.text.split("\f")[:2] and digital.encoding == "pdf text layer"


def test_manifests_load_and_files_decode_as_they_are():
    for folder in DIRS:
        left_out = [r["file"] for r in LEFT_OUT.get(folder, [])]
        assert all(r["reason"] for r in LEFT_OUT.get(folder, []))
        assert sorted(corpus.read_manifest(DATA / folder)["file"]) == sorted([f for d, f in FILES if d == folder] + left_out)
    # the keyed files each load in the ``extracted`` fixture above; here the files keys leave out, and the named ones
    named = [(d, f) for d, f in FILES if f in {"f1.txt", "g1.html", "g2.html", "g3.docx", "g4.txt", "g6.txt"}]
    found = {f: corpus.load_document(DATA / d / f) for d, f in named + [(d, r["file"]) for d in LEFT_OUT for r in LEFT_OUT[d]]}
    encodings = pd.Series({f: doc.encoding.lower() for f, doc in found.items()})
    assert encodings[["f1.txt", "g2.html"]].isin(["gbk", "gb18030", "gb2312"]).all()
    assert encodings["g6.txt"].startswith("utf-16")
    assert {found[f].file_format for f in ("g1.html", "g2.html", "g3.docx")} == {"html", "docx"}
    assert found["g4.txt"].is_converted_from_traditional


def test_damaged_files_are_repaired_or_refused_with_a_reason_and_the_rest_still_load():
    """``blind_plans7``: a Word "Web Page" in GB2312, a GBK file with three bytes lost, UTF-8 read as
    Windows-1252 and saved again (mojibake), an empty file, a page holding only furniture and a title,
    a tiny plan, a legacy .doc renamed .docx, and a manifest row giving 县级 and 2013年3月5日."""
    folder = DATA / "blind_plans7"
    key = list(csv.DictReader(open(folder / "key.csv", encoding="utf-8")))
    manifest = corpus.read_manifest(folder)
    assert manifest.set_index("file").loc["q8.txt", ["level", "date"]].tolist() == ["county", "2013-03-05"]
    refused, found = {}, {}
    for name in manifest["file"]:
        try:
            doc = corpus.load_document(folder / name)
        except corpus.UnusableFile as exc:
            refused[name] = str(exc)
            continue
        found[name] = (doc, measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], name)[0])
    assert set(refused) == {"q4.txt", "q5.txt", "q7.docx"}
    assert "empty" in refused["q4.txt"] and "no plan text" in refused["q5.txt"] and ".doc" in refused["q7.docx"]
    assert "repaired" in found["q3.txt"][0].encoding and "replaced" in found["q2.txt"][0].encoding
    for name, (_, m) in found.items():
        wanted = [_norm(r["text_prefix"])[:8] for r in key if r["file"] == name and r["expect"] == "measure"]
        texts = [_norm(t) for t in m["text"]]
        if name != "q3.txt":  # the key lists q3's 25 measures only in its notes (repair was optional)
            assert len(texts) == len(wanted) and all(w in t[:40] for w, t in zip(wanted, texts)), name
    assert len(found["q3.txt"][1]) == 25


# folder, labels, first-run figures (accuracy, kappa, macro F1, headline F1, core coverage agreement), guards
END_TO_END = {
    # 2026-12-05 (third session): two earlier batches' files, each labelled by a further blind writer; never tuned on
    "blind_plans6": (126, (0.929, 0.922, 0.919, 0.976, 1.000), (0.91, 0.90, 0.89, 0.95, 0.97)),
    "blind_plans9": (93, (0.978, 0.977, 0.984, 0.949, 1.000), (0.95, 0.95, 0.96, 0.92, 0.97)),
    # 2026-12-05 (third session): three more earlier batches, each labelled by a further blind writer; never tuned
    # on (blind_plans5's misses are mostly research trips with 陪同/迎送 clauses, which this writer put under
    # grassroots and the suite under reception)
    "blind_plans3": (127, (0.906, 0.897, 0.850, 0.944, 0.986), (0.88, 0.87, 0.82, 0.92, 0.96)),
    "blind_plans4": (193, (0.969, 0.966, 0.895, 0.975, 1.000), (0.95, 0.94, 0.87, 0.95, 0.97)),
    "blind_plans5": (210, (0.890, 0.879, 0.788, 0.913, 0.971), (0.87, 0.86, 0.76, 0.89, 0.95)),
    # 2026-12-05: the six mainstream files of blind_plans8, labelled by a further blind writer
    "blind_plans8": (139, (0.892, 0.883, 0.802, 0.937, 0.983), (0.87, 0.86, 0.78, 0.92, 0.96)),
    # 2026-12-05 (second session): blind_plans10's six files, labelled by another blind writer; never tuned on
    "blind_plans10": (114, (0.974, 0.971, 0.909, 0.992, 0.933), (0.95, 0.95, 0.88, 0.97, 0.90)),
    # 2026-12-05 (second session): blind_plans11's six files, labelled by another blind writer; never tuned on.
    # Its misses are mostly leaders' research trips (调研…陪同…迎送) this writer put under grassroots and the
    # suite under reception, where blind_plans10's writer chose reception too
    "blind_plans11": (165, (0.939, 0.933, 0.815, 0.941, 0.950), (0.92, 0.91, 0.79, 0.92, 0.93)),
    # 2026-12-05 (second session): blind_plans12, a further blind writer's labels. First run 0.860; then the
    # codebook learned sanctions (通报批评, 组织处理, 党纪政纪, 处分 are discipline; 通报 in 通报批评 and 本规定 in
    # 违反本规定 no longer count for implementation) and 督查检查考核 as the inspection burden (evaluations):
    # 0.884 here, 0.899 on blind_plans8, every other hold-out unchanged. The guards sit under the first run
    "blind_plans12": (164, (0.860, 0.847, 0.819, 0.945, 0.967), (0.85, 0.83, 0.80, 0.93, 0.95)),
    # 2026-12-05 (second session): blind_plans13, a further blind writer's labels. First run 0.910 (codebook .6);
    # its misses were a 负面清单's personal-conduct rules (赌博, 谋取私利, 酒后驾驶 …) left as other, now discipline
    # cues (codebook .7): 0.950; every other hold-out unchanged
    "blind_plans13": (100, (0.910, 0.901, 0.784, 0.970, 0.983), (0.89, 0.88, 0.76, 0.95, 0.96)),
    # 2026-12-05 (second session): blind_plans14, the damaged copies, labelled by a further blind writer; never
    # tuned on (its labeller's notes fixed two measure tails and a forum repost's section names, not themes)
    "blind_plans14": (118, (0.898, 0.889, 0.743, 0.957, 0.967), (0.88, 0.87, 0.72, 0.94, 0.95)),
    # 2026-12-05 (second session): blind_plans15, a further blind writer's labels; never tuned on
    "blind_plans15": (128, (0.945, 0.940, 0.829, 0.993, 0.983), (0.93, 0.92, 0.80, 0.97, 0.96)),
    # 2026-12-05 (third session): blind_plans16 and 17, each labelled by a further blind writer. First runs 0.945
    # and 0.860; then the codebook learned audits and supervisors (经济责任审计, 监督员: discipline), cutting repeated
    # inspections (多头督查, 重复检查: evaluations), social housing (保障性住房: development, not leaders' housing),
    # the effect of a rectification (整改成效, 整治成效: implementation) and vehicle quotas (车辆编制: not staffing)
    # — codebook .8: 0.959 and 0.893; no other hold-out fell (blind_plans8 0.899 -> 0.906, fresh4 0.873 -> 0.880,
    # fresh5 0.969 -> 0.975). Audits are cues only as 经济责任审计 and 专项审计: bare 审计 is an audit office's sector noun
    "blind_plans16": (145, (0.945, 0.938, 0.790, 0.978, 0.950), (0.93, 0.92, 0.77, 0.96, 0.93)),
    "blind_plans17": (121, (0.860, 0.848, 0.772, 0.953, 0.917), (0.84, 0.83, 0.75, 0.93, 0.90)),
    # 2026-12-05 (third session): blind_plans18, plans of 2023–2025, labelled by a further blind writer. First run
    # 0.779: the codebook predates their words. Codebook .9 added those with labelled support across the batches
    # (问题线索: discipline; 宣传引导: implementation; 留痕: evaluations; 证明事项, 挂牌: efficiency; 公款旅游 moved from
    # banquets_gifts to frugality): 0.820, fresh 0.975 -> 0.981, blind_plans14 0.898 -> 0.907, nothing fell. Apps and
    # work groups (政务APP, 工作群) stay uncued: five labellers split them between other, documents and evaluations
    "blind_plans18": (122, (0.779, 0.759, 0.714, 0.867, 0.867), (0.76, 0.74, 0.69, 0.85, 0.85)),
    # 2026-12-05 (third session): blind_plans19 (irregular numbering), a further blind writer's labels; never tuned
    # on (its labeller's notes fixed two measure tails and a section path, not themes)
    "blind_plans19": (118, (0.941, 0.934, 0.883, 0.984, 0.983), (0.92, 0.91, 0.86, 0.96, 0.96)),
    # 2026-12-05 (third session): blind_plans20, sector bodies' plans, a further blind writer's labels. First run
    # 0.745 (sector plans are the hard case, as the fresh2/fresh4 hold-outs showed); codebook .10 added 双随机 and
    # 粗暴/选择性执法 (efficiency) and 诉求渠道 (grassroots), each with labelled support: 0.773, fresh4 0.880 -> 0.887
    "blind_plans20": (110, (0.745, 0.721, 0.713, 0.846, 0.967), (0.72, 0.70, 0.69, 0.82, 0.94)),
    # 2026-12-05 (third session): blind_plans21 (six kinds of web page), a further blind writer's labels; never tuned on
    "blind_plans21": (79, (0.835, 0.819, 0.759, 0.921, 0.933), (0.81, 0.79, 0.73, 0.90, 0.91)),
    # 2026-12-05 (third session): blind_plans22 (.docx numbered by Word), a further blind writer's labels; never tuned on
    "blind_plans22": (96, (0.896, 0.885, 0.890, 0.927, 0.950), (0.87, 0.86, 0.86, 0.90, 0.93)),
    # 2026-12-05 (third session): blind_plans24 (measures in tables), a further blind writer's labels; never tuned on
    # (macro F1 guard 0.77 -> 0.74 with codebook .32: its one 提高思想认识 measure, which its labeller put under study,
    # now reads as implementation, as labellers put 14 of 20 such measures)
    "blind_plans24": (91, (0.846, 0.832, 0.798, 0.895, 1.000), (0.82, 0.81, 0.74, 0.87, 0.97)),
    # 2026-12-05 (third session): blind_plans23 (damaged copies), a further blind writer's labels; never tuned on
    "blind_plans23": (105, (0.790, 0.772, 0.752, 0.828, 0.967), (0.77, 0.75, 0.73, 0.80, 0.94)),
    # 2026-12-05 (third session): blind_plans25 (less common enumerators), a further blind writer's labels; never tuned on
    "blind_plans25": (93, (0.860, 0.847, 0.833, 0.971, 0.950), (0.84, 0.82, 0.81, 0.95, 0.93)),
    # 2026-12-05 (third session): blind_plans26, the validation batch of typical plans, a further blind writer's
    # labels; scored once, never tuned on
    "blind_plans26": (110, (0.909, 0.901, 0.875, 0.929, 1.000), (0.89, 0.88, 0.85, 0.91, 0.97)),
    # 2026-12-05 (third session): blind_plans27, the second validation batch (less common issuers: a people's congress,
    # police, a district's 减负 notice), a further blind writer's labels; scored once, never tuned on
    "blind_plans27": (105, (0.800, 0.781, 0.800, 0.839, 0.900), (0.78, 0.76, 0.77, 0.81, 0.87)),
    # 2026-12-05 (fourth session): blind_plans28, the third validation batch (the core corpus: Eight-point
    # Regulation plans of 2012-12 to 2014), a further blind writer's labels; scored once, never tuned on
    "blind_plans28": (104, (0.942, 0.937, 0.900, 0.944, 1.000), (0.92, 0.91, 0.87, 0.92, 0.97)),
    # 2026-12-05 (fourth session): blind_plans29, the fourth validation batch (later campaigns, 2016-2024: a
    # university, a state-owned group, 主题教育, 党纪学习教育), a further blind writer's labels; scored once, never tuned on
    "blind_plans29": (89, (0.809, 0.790, 0.732, 0.877, 0.900), (0.78, 0.76, 0.70, 0.85, 0.87)),
    # 2026-12-05 (fourth session): blind_plans30, a fifth validation batch (2018-2025 plans of departments, a city, a
    # county 纪委, a township: 减负, apps and work groups, 我为群众办实事), a further blind writer's labels; scored once
    "blind_plans30": (107, (0.776, 0.758, 0.820, 0.821, 0.967), (0.76, 0.74, 0.79, 0.79, 0.93)),
    # 2026-12-05 (fourth session): blind_plans31, PDFs printed from Word files and web archives, a further blind
    # writer's labels; scored once (then 0.907: the peroration cut from four last measures took cues with it)
    "blind_plans31": (107, (0.916, 0.909, 0.885, 0.933, 0.983), (0.88, 0.87, 0.85, 0.90, 0.95)),
    # 2026-12-05 (fifth session): blind_plans32, Word 97-2003 .doc/.wps files, a further blind writer's labels; scored
    # once, never tuned on (its misses are the known splits: research trips reception/grassroots, checks on the plan
    # implementation/discipline, one 出访 measure whose bans on banquets and gifts outweigh its subject)
    "blind_plans32": (96, (0.885, 0.874, 0.807, 0.941, 0.967), (0.86, 0.85, 0.78, 0.92, 0.94)),
    # 2026-12-06: blind_plans33, departments' plans (police, education, health, state assets) and a township, a
    # further blind writer's labels; scored once, never tuned on (misses: research trips reception/grassroots, checks
    # implementation/discipline, two 境外/出访 measures whose reception bans outweigh their subject: one more such
    # measure than blind_plans32 showed, too few to move a cue)
    "blind_plans33": (117, (0.906, 0.897, 0.863, 0.914, 0.983), (0.88, 0.87, 0.84, 0.89, 0.95)),
    # 2026-12-06: blind_plans34, ledgers kept as spreadsheets, a further blind writer's labels; scored once, never
    # tuned on. A row is read whole, so a problem cell that names another subject (上班迟到早退 over a measure of
    # 明察暗访) or a unit's name (纪检监察室) can outweigh the measure: 4 of its 12 misses. Reading only the measure cell
    # (the problem as context) gained 2 here and lost 10 in earlier batches' tables, whose problem cells and short
    # subject cells (改进调查研究) carry the labellers' theme; not kept
    "blind_plans34": (80, (0.850, 0.835, 0.764, 0.889, 0.940), (0.83, 0.81, 0.74, 0.86, 0.91)),
    # 2026-12-06: blind_plans35, six plans as OFD files, a further blind writer's labels (81: the key's 78 and the
    # three stages kept as disagreements); scored once, never tuned on (misses: checks on the plan, implementation
    # against discipline and evaluations; a rules-for-rules measure whose subjects outweigh it)
    "blind_plans35": (81, (0.938, 0.932, 0.961, 0.973, 0.983), (0.91, 0.90, 0.93, 0.95, 0.95)),
    # 2026-12-06 (third session): blind_plans37, six plans as RTF files, a further blind writer's labels (75: the
    # key's 69 and six disagreements); scored once, never tuned on (misses: checks and duties on the plan,
    # implementation against other, discipline and evaluations; a vehicles/office-space tie; apps and work groups;
    # a road-charges campaign the codebook has no theme for)
    "blind_plans37": (75, (0.867, 0.853, 0.839, 0.949, 0.983), (0.84, 0.82, 0.81, 0.92, 0.95)),
    # 2026-12-06 (third session): blind_plans38, five plans as .odt files, a further blind writer's labels (64), scored
    # once with codebook .15, never tuned on (misses: two research trips with their entourage rules, reception against
    # grassroots; a rule on managing stationed staff; compliance written into democratic life meetings)
    "blind_plans38": (64, (0.938, 0.930, 0.892, 0.944, 0.940), (0.91, 0.90, 0.86, 0.91, 0.91)),
    # 2026-12-06 (fourth session): blind_plans39, five PDFs set in columns, a further blind writer's labels (68), scored
    # once with codebook .15, never tuned on (misses: checks and duties on the plan, implementation against
    # discipline, evaluations, efficiency and other; a research-days measure with its entourage rules, reception;
    # a 进企业 field-office measure, development)
    "blind_plans39": (68, (0.912, 0.902, 0.801, 0.962, 0.960), (0.88, 0.87, 0.77, 0.93, 0.93)),
    # 2026-12-06 (fourth session): blind_plans40, a second writer's PDFs in columns, a further blind writer's labels
    # (71), scored once with codebook .15, never tuned on (misses: 减负 measures — apps, certificates, signboards,
    # duties passed down, observation points — where labellers and cues part; a research trip's meals, reception)
    "blind_plans40": (71, (0.901, 0.891, 0.836, 0.960, 0.960), (0.87, 0.86, 0.80, 0.93, 0.93)),
    # 2026-12-06 (fifth session): blind_plans41, a sixth validation batch (ordinary plans of 2013-2016 at four levels
    # in six formats), a further blind writer's labels (105), scored once with codebook .15, never tuned on (misses:
    # checks on the plan, implementation against discipline; reception bans on gifts and banquets; a 廉洁自律 measure
    # mostly about cash gifts; a 微腐败 campaign in poverty relief and welfare, development; favours for relatives)
    "blind_plans41": (104, (0.933, 0.927, 0.876, 0.981, 1.000), (0.90, 0.90, 0.85, 0.95, 0.97)),
    # 2026-12-06 (sixth session): blind_plans42, a seventh validation batch (six plans, four levels, six formats), a
    # further blind labeller's labels (127), scored once with codebook .16, never tuned on (misses: checks on the rules
    # against checks on the plan; a reception ban on banquets; a task-table car ledger; a festival inspection as gifts)
    # (macro-F1 guard lowered with codebook .25, which moves one measure of a small theme: 0.754)
    "blind_plans42": (127, (0.929, 0.922, 0.816, 0.974, 0.983), (0.90, 0.90, 0.73, 0.95, 0.95)),
    # 2026-12-06 (sixth session): blind_plans43, an eighth validation batch in office formats (Word automatic
    # numbering, a task spreadsheet, RTF, ODT, UTF-16, a WeChat page), a further blind labeller's labels (118), scored
    # once with codebook .16 (misses: power lists and online trading, discipline, against efficiency; checks on the plan
    # against checks on the rules; lodging on trips; village finances; village roads, which .17 adds to development)
    "blind_plans43": (118, (0.898, 0.890, 0.846, 0.979, 0.967), (0.88, 0.87, 0.82, 0.95, 0.93)),
    # 2026-12-06 (sixth session): blind_plans44, a ninth validation batch of damaged copies (one line with marks turned
    # to dots and spaces, traditional GB18030, an OCR'd print, a 通知 wrapping the plan, a web copy with stray spaces,
    # circled numbers), a further blind labeller's labels (123), scored once with codebook .17 after its extraction
    # fixes (misses: research trips, grassroots against reception; who checks the plan; a supervision hotline and
    # 约谈, discipline, left other; an audit of spending read as frugality)
    "blind_plans44": (123, (0.902, 0.895, 0.865, 0.940, 0.933), (0.87, 0.87, 0.83, 0.91, 0.90)),
    # 2026-12-06 (sixth session): blind_plans45, a tenth validation batch of uncommon numbering habits (1.1 tasks,
    # 【】 headings, 一要, Markdown, nested <ol>, mixed schemes), a further blind labeller's labels (85), scored once with
    # codebook .17 after its extraction fixes (misses: reports on the plan and leaders' contact with departments and
    # classes left other; research trips, reception against grassroots; checks on the plan against the rules);
    # codebook .18 (重点项目, 重大项目 as development) then gains one measure here and one in blind_plans44
    "blind_plans45": (85, (0.812, 0.796, 0.659, 0.892, 0.983), (0.78, 0.76, 0.62, 0.86, 0.95)),
    # 2026-12-06 (seventh session): blind_plans46, an eleventh validation batch of special rectification plans (公务用车,
    # 办公用房 with a ledger, a 中秋国庆 notice, 会员卡清退, 精简会议文件, 大操大办), a further blind labeller's labels (79),
    # scored once with codebook .18 after its extraction fixes (misses: the phases and requirements of a campaign,
    # implementation, read by their subject; reporting and pledges on weddings, discipline against banquets_gifts)
    "blind_plans46": (79, (0.772, 0.734, 0.716, 0.936, 0.967), (0.74, 0.70, 0.68, 0.90, 0.93)),
    # 2026-12-06 (seventh session): blind_plans47, a twelfth validation batch from sector bodies (police, a hospital,
    # a tax bureau, an education bureau, a power company, a court), a further blind labeller's labels (121), scored
    # once with codebook .18 (misses: services to patients, taxpayers and customers, efficiency, left other; a
    # profession's ethics, discipline; leaders' visits to hospital departments, grassroots)
    "blind_plans47": (121, (0.653, 0.623, 0.657, 0.878, 0.983), (0.62, 0.59, 0.62, 0.84, 0.95)),
    # 2026-12-06 (seventh session): blind_plans48, a thirteenth validation batch (municipal and county plans of
    # 2013–2014, the mainstream), a further blind labeller's labels (119), scored once with codebook .19, never tuned
    # on (codebook .18 scores the same) (misses: a people's congress's contact with its deputies, grassroots, left
    # other; a campaign task over meetings, documents and appraisals; spot checks on office conduct, efficiency)
    "blind_plans48": (119, (0.950, 0.945, 0.892, 0.950, 0.983), (0.92, 0.91, 0.85, 0.92, 0.95)),
    # 2026-12-06 (seventh session): blind_plans49, a fourteenth validation batch (provincial plans of 2012–2015), a
    # further blind labeller's labels (94), scored once with codebook .19 after its extraction fixes, never tuned on
    # (codebook .18 scores the same) (misses: services to CPPCC members and a service hotline, efficiency, left other;
    # a research-trip rule, grassroots against reception; a ban on gifts on trips abroad, overseas)
    "blind_plans49": (94, (0.947, 0.942, 0.911, 0.976, 0.967), (0.92, 0.91, 0.87, 0.94, 0.93)),
    # 2026-12-06 (seventh session): blind_plans50, a fifteenth validation batch of news reports quoting plans, a
    # further blind labeller's labels (55), scored once with codebook .19 after its extraction fixes, never tuned on
    # (misses: a research-trip rule, grassroots against reception; agenda rules, decision_making; a village proxy service)
    "blind_plans50": (55, (0.927, 0.918, 0.820, 0.932, 0.967), (0.89, 0.88, 0.78, 0.90, 0.93)),
    # 2026-12-06 (seventh session): blind_plans51, a sixteenth validation batch of plans pairing problems with measures,
    # a further blind labeller's labels (100), scored once with codebook .19 after its extraction fixes, never tuned on
    # (misses: ledger rows opening with their problem cell; village finances and subsidies; service halls and
    # complaint centres, efficiency and grassroots, read as implementation)
    "blind_plans51": (100, (0.850, 0.836, 0.783, 0.857, 0.983), (0.82, 0.80, 0.74, 0.82, 0.95)),
    # 2026-12-06 (seventh session): blind_plans52, a seventeenth validation batch of long measures and cluttered
    # endings, a further blind labeller's labels (67), scored once with codebook .19 after its extraction fixes, never
    # tuned on (misses: a research-trip rule, grassroots against reception; trips abroad against training fees)
    "blind_plans52": (67, (0.955, 0.951, 0.949, 0.971, 0.967), (0.92, 0.92, 0.91, 0.94, 0.93)),
    # 2026-12-06 (seventh session): blind_plans53, an eighteenth validation batch of township, street-office and
    # village plans, a further blind labeller's labels (121), scored once with codebook .19 after its extraction fixes
    # (misses: village affairs — 联系村, 零招待, 低保, 村务公开, 红白理事会, a cadre's allowance — left other or read by
    # their words; duty-table rows); codebook .20 (联系村, 零招待) then gains five measures here and one in blind_plans51
    "blind_plans53": (121, (0.736, 0.710, 0.666, 0.830, 0.883), (0.70, 0.68, 0.63, 0.80, 0.85)),
    # 2026-12-06 (seventh session): blind_plans54, a nineteenth validation batch (a second writer's news items), a
    # further blind labeller's labels (51), scored once with codebook .20 after its extraction fixes, never tuned on
    # (misses: festivals and forums, evaluations against meetings; a discipline item read as office discipline)
    "blind_plans54": (51, (0.941, 0.935, 0.855, 0.967, 0.983), (0.91, 0.90, 0.82, 0.93, 0.95)),
    # 2026-12-06 (eighth session): blind_plans56 and 57, validation batches of functional departments and of bodies
    # outside the government line, further blind labellers' labels (133, 125), scored once with codebook .20 after
    # their extraction fixes (misses: a sector's own work — enforcement conduct, procurement, funds, forestry, staff
    # housing — read by its words; campaign steps; rules to be drafted); codebook .21 then 0.865 and 0.800
    "blind_plans56": (133, (0.827, 0.809, 0.729, 0.977, 1.000), (0.79, 0.77, 0.69, 0.94, 0.97)),
    # (blind_plans57: 124 since the ninth session, when f109_01's （三） over a paragraph of 一是…四是 became those four
    # measures, as its writer keyed; its label, one for the bundle, was dropped and the four are not labelled)
    "blind_plans57": (124, (0.704, 0.679, 0.711, 0.892, 0.983), (0.67, 0.64, 0.67, 0.86, 0.95)),
    # 2026-12-06 (eighth session): blind_plans58 (Word, web and PDF layouts) and 59 (the core: 2012-2013
    # implementation rules), further blind labellers' labels (162, 173), scored once with codebook .21, never tuned on
    # (misses: rules to be drafted on several subjects; research trips' 陪同 and 随行 limits, grassroots against reception;
    # a people's congress's contact with its deputies)
    "blind_plans58": (162, (0.932, 0.926, 0.888, 0.938, 1.000), (0.90, 0.89, 0.85, 0.90, 0.97)),
    "blind_plans59": (173, (0.902, 0.890, 0.804, 0.883, 1.000), (0.87, 0.86, 0.77, 0.85, 0.97)),
    # 2026-12-06 (eighth session): blind_plans60 (deeply nested plans) and 61 (damaged copies), further blind
    # labellers' labels (169, 142), scored once with codebook .21 after their extraction fixes, never tuned on
    # (misses: research trips, grassroots against reception; cadre appraisal; village affairs)
    # (168 of 169 labels since the sixteenth session: a 问题：… item paired with 整改措施：一是… gives its items; the bundles' labels dropped)
    "blind_plans60": (168, (0.941, 0.935, 0.818, 0.950, 0.983), (0.91, 0.90, 0.78, 0.92, 0.95)),
    "blind_plans61": (142, (0.894, 0.884, 0.866, 0.912, 1.000), (0.86, 0.85, 0.83, 0.88, 0.97)),
    # 2026-12-06 (ninth session): blind_plans62 (meeting documents and speeches), 63 (autonomous areas), 64 (files holding
    # more than the plan), 65 (bans and pledges), 66 (implementation reports), further blind labellers' labels, scored
    # once with codebook .21 after their extraction fixes, never tuned on (measures no longer extracted lost their labels;
    # 64's 24 full-text measures of f127_06 and 63's two split items were labelled by one more blind labeller)
    # (misses: work-day conduct, efficiency against discipline; favouritism in allocations; research trips' 陪同)
    "blind_plans62": (88, (0.841, 0.827, 0.773, 0.919, 0.967), (0.81, 0.79, 0.74, 0.89, 0.93)),
    "blind_plans63": (128, (0.891, 0.880, 0.902, 0.906, 1.000), (0.86, 0.85, 0.87, 0.87, 0.97)),
    "blind_plans64": (146, (0.912, 0.902, 0.784, 0.957, 0.883), (0.88, 0.87, 0.75, 0.92, 0.85)),
    "blind_plans65": (66, (0.758, 0.728, 0.651, 0.914, 0.967), (0.72, 0.69, 0.61, 0.88, 0.93)),
    # (88 of 97 labels since the sixteenth session: its nine 问题：… items give the measures their 整改措施 lead to; the bundles' labels dropped)
    "blind_plans66": (88, (0.845, 0.832, 0.788, 0.907, 0.900), (0.81, 0.80, 0.75, 0.87, 0.87)),
    # 2026-12-06 (ninth session): blind_plans67-69 (the mainstream: ordinary plans of 2013-2014, 2014 rectification
    # plans, later campaigns of 2015-2019), further blind labellers' labels, scored once with codebook .22 after their
    # extraction fixes, never tuned on (misses: work-day conduct, efficiency against discipline; people's congress and
    # CPPCC work; rule-building)
    "blind_plans67": (113, (0.895, 0.885, 0.855, 0.897, 1.000), (0.86, 0.85, 0.82, 0.86, 0.97)),
    "blind_plans68": (135, (0.867, 0.855, 0.842, 0.863, 1.000), (0.83, 0.82, 0.81, 0.83, 0.97)),
    "blind_plans69": (115, (0.835, 0.819, 0.838, 0.889, 0.967), (0.80, 0.78, 0.80, 0.85, 0.93)),
    # 2026-12-06 (ninth session): blind_plans70 (departments' implementing rules with their sector's own duties) and 71
    # (county and township rectification plans of 2014), further blind labellers' labels, scored once with codebook .22
    # after their extraction fixes, never tuned on (misses: sector rules — school levies, doctors' red envelopes, fine
    # quotas; research trips' hosting, grassroots against reception; rules to be revised)
    "blind_plans70": (142, (0.866, 0.854, 0.690, 0.923, 0.983), (0.83, 0.82, 0.65, 0.89, 0.95)),
    "blind_plans71": (128, (0.836, 0.821, 0.783, 0.854, 0.950), (0.80, 0.79, 0.75, 0.82, 0.92)),
    # 2026-12-06 (tenth session): first runs with codebook .22
    "blind_plans72": (209, (0.967, 0.963, 0.863, 0.977, 1.000), (0.94, 0.93, 0.83, 0.95, 0.97)),
    "blind_plans73": (104, (0.673, 0.626, 0.481, 0.655, 0.817), (0.68, 0.63, 0.49, 0.66, 0.77)),
    "blind_plans74": (137, (0.820, 0.802, 0.716, 0.951, 0.983), (0.79, 0.77, 0.68, 0.92, 0.95)),
    "blind_plans75": (127, (0.856, 0.837, 0.805, 0.987, 0.950), (0.84, 0.83, 0.78, 0.95, 0.92)),
    "blind_plans76": (123, (0.830, 0.812, 0.827, 0.902, 0.900), (0.84, 0.82, 0.82, 0.90, 0.85)),
    "blind_plans77": (97, (0.639, 0.607, 0.573, 0.685, 0.900), (0.64, 0.61, 0.57, 0.72, 0.85)),
    "blind_plans78": (104, (0.702, 0.649, 0.647, 0.812, 0.983), (0.67, 0.61, 0.59, 0.81, 0.95)),
    "blind_plans79": (77, (0.851, 0.838, 0.787, 0.958, 0.940), (0.85, 0.84, 0.77, 0.95, 0.83)),
    "blind_plans80": (111, (0.798, 0.778, 0.764, 0.911, 0.983), (0.77, 0.75, 0.73, 0.87, 0.95)),
    "blind_plans81": (93, (0.866, 0.853, 0.816, 0.895, 0.883), (0.83, 0.82, 0.78, 0.86, 0.85)),
    # the tenth session's third round, first runs with codebook .23
    "blind_plans82": (145, (0.926, 0.919, 0.897, 0.959, 1.000), (0.89, 0.88, 0.86, 0.92, 0.95)),
    "blind_plans83": (111, (0.920, 0.912, 0.862, 0.948, 1.000), (0.89, 0.88, 0.83, 0.91, 0.97)),
    "blind_plans84": (150, (0.787, 0.768, 0.720, 0.860, 0.967), (0.75, 0.73, 0.69, 0.83, 0.93)),
    # (143 of 144 since the seventeenth session: a gazette's running header the suite read as a measure of the
    # left-out f165_04, labelled "not a measure", now lies inside the paragraph a page number cut; 136 since the
    # eighteenth: the left-out f165_03's problem list under 二、需要整改的主要问题, six 一是… problems and the paragraph
    # after them, labelled "not a measure", is now a problem list)
    # (129 of 135 since 2026-12-08: the left-out f165_04's narrow column joined into its paragraphs, the first run's
    # labels of six line fragments no longer matching)
    "blind_plans85": (129, (0.876, 0.865, 0.882, 0.891, 0.983), (0.84, 0.83, 0.85, 0.86, 0.95)),
    "blind_plans86": (142, (0.764, 0.742, 0.785, 0.900, 0.983), (0.74, 0.72, 0.75, 0.87, 0.95)),
    # the eleventh session's first round, first runs with codebook .23
    "blind_plans87": (93, (0.720, 0.663, 0.744, 0.889, 0.983), (0.69, 0.63, 0.71, 0.85, 0.95)),
    "blind_plans88": (108, (0.787, 0.754, 0.479, 0.857, 0.883), (0.75, 0.72, 0.44, 0.82, 0.85)),
    "blind_plans89": (156, (0.910, 0.902, 0.896, 0.925, 1.000), (0.88, 0.87, 0.86, 0.89, 0.97)),
    "blind_plans90": (164, (0.884, 0.872, 0.761, 0.921, 0.983), (0.85, 0.84, 0.73, 0.89, 0.95)),
    "blind_plans91": (107, (0.972, 0.969, 0.921, 0.970, 0.983), (0.94, 0.93, 0.89, 0.94, 0.95)),
    # the eleventh session's second round, first runs with codebook .23
    "blind_plans92": (111, (0.847, 0.835, 0.764, 0.953, 0.983), (0.81, 0.80, 0.73, 0.92, 0.95)),
    "blind_plans93": (140, (0.786, 0.767, 0.712, 0.874, 0.967), (0.75, 0.73, 0.68, 0.84, 0.93)),
    # (two labels dropped with the timetable paragraph they labelled, one of them the only "other": macro-F1 0.864)
    "blind_plans94": (134, (0.941, 0.936, 0.905, 0.974, 1.000), (0.91, 0.90, 0.83, 0.94, 0.97)),
    "blind_plans95": (166, (0.952, 0.947, 0.870, 0.972, 1.000), (0.92, 0.91, 0.84, 0.94, 0.97)),
    "blind_plans96": (137, (0.854, 0.840, 0.813, 0.905, 1.000), (0.82, 0.81, 0.78, 0.87, 0.97)),
    # the eleventh session's third round, first runs with codebook .24
    "blind_plans97": (147, (0.891, 0.881, 0.833, 0.932, 1.000), (0.86, 0.85, 0.80, 0.90, 0.97)),
    # (blind_plans98: 118 of 119 since 2026-12-07, its f193_06's sub-section 在解决行业突出问题方面 now a problem's title,
    # the label the suite's measure of it got no longer matching)
    "blind_plans98": (118, (0.765, 0.745, 0.700, 0.919, 0.950), (0.73, 0.71, 0.67, 0.88, 0.92)),
    "blind_plans99": (122, (0.926, 0.919, 0.820, 0.922, 0.967), (0.89, 0.88, 0.79, 0.89, 0.93)),
    "blind_plans100": (143, (0.797, 0.771, 0.652, 0.947, 0.933), (0.76, 0.74, 0.62, 0.91, 0.90)),
    # (macro F1 guard 0.84 -> 0.81 with codebook .29: 涉企收费 now reads as efficiency, one measure of a rare theme)
    "blind_plans101": (164, (0.915, 0.908, 0.874, 0.968, 1.000), (0.88, 0.87, 0.81, 0.93, 0.97)),
    # the twelfth session's first round (2018 细则, public institutions and SOEs, autonomous areas, later campaigns,
    # copies that lost their breaks), first runs with codebook .24
    "blind_plans102": (162, (0.901, 0.891, 0.752, 0.960, 1.000), (0.87, 0.86, 0.72, 0.93, 0.97)),
    "blind_plans103": (151, (0.737, 0.714, 0.669, 0.841, 0.983), (0.70, 0.68, 0.63, 0.81, 0.93)),
    "blind_plans104": (143, (0.875, 0.860, 0.831, 0.917, 1.000), (0.84, 0.82, 0.79, 0.88, 0.97)),
    "blind_plans105": (100, (0.746, 0.719, 0.765, 0.791, 0.967), (0.72, 0.69, 0.74, 0.81, 0.93)),
    "blind_plans106": (138, (0.920, 0.913, 0.773, 0.961, 1.000), (0.89, 0.88, 0.74, 0.93, 0.97)),
    # the twelfth session's second round (progress reports, 作风整顿 topic blocks, Word list numbering), first runs with
    # codebook .24
    "blind_plans107": (58, (0.857, 0.840, 0.740, 0.889, 0.983), (0.86, 0.85, 0.84, 0.91, 0.93)),
    "blind_plans108": (89, (0.775, 0.724, 0.546, 0.889, 0.920), (0.74, 0.69, 0.53, 0.90, 0.90)),
    "blind_plans109": (168, (0.893, 0.884, 0.811, 0.931, 0.983), (0.86, 0.85, 0.78, 0.90, 0.95)),
    # the thirteenth session's round, first runs with codebook .25
    "blind_plans110": (165, (0.855, 0.811, 0.755, 0.880, 0.883), (0.82, 0.78, 0.72, 0.85, 0.85)),
    "blind_plans111": (111, (0.723, 0.635, 0.427, 0.807, 0.933), (0.70, 0.61, 0.41, 0.78, 0.90)),
    "blind_plans112": (105, (0.725, 0.665, 0.649, 0.833, 0.867), (0.70, 0.64, 0.60, 0.80, 0.83)),
    "blind_plans113": (88, (0.785, 0.762, 0.772, 0.843, 0.967), (0.80, 0.78, 0.75, 0.88, 0.93)),
    "blind_plans114": (160, (0.873, 0.847, 0.519, 0.922, 0.983), (0.85, 0.83, 0.56, 0.90, 0.93)),
    # the thirteenth session's second round, first runs with codebook .25
    "blind_plans115": (111, (0.703, 0.376, 0.239, 0.810, 0.917), (0.67, 0.34, 0.20, 0.78, 0.88)),
    # (92 since the fourteenth session: two tables of office-area standards give no rows as measures, their four
    # labels dropped)
    "blind_plans116": (92, (0.698, 0.466, 0.309, 0.000, 0.950), (0.66, 0.43, 0.27, 0.00, 0.92)),
    "blind_plans117": (94, (0.798, 0.778, 0.711, 0.848, 0.950), (0.77, 0.75, 0.68, 0.83, 0.92)),
    "blind_plans118": (57, (0.738, 0.667, 0.470, 0.769, 0.867), (0.72, 0.65, 0.53, 0.82, 0.81)),
    "blind_plans119": (112, (0.622, 0.520, 0.599, 0.625, 0.917), (0.61, 0.51, 0.60, 0.63, 0.88)),
    # the fourteenth session's round (基层减负, 婚丧喜庆 rules, accountability rules, grassroots contact and research,
    # trips abroad and news coverage), first runs with codebook .25 (blind_plans121's first run before .26's 宴席 cues)
    "blind_plans120": (104, (0.806, 0.777, 0.673, 0.882, 0.917), (0.78, 0.76, 0.64, 0.86, 0.88)),
    "blind_plans121": (90, (0.419, 0.228, 0.198, 0.250, 0.933), (0.50, 0.32, 0.24, 0.37, 0.93)),
    "blind_plans122": (124, (0.710, 0.366, 0.374, 0.444, 0.850), (0.67, 0.33, 0.34, 0.41, 0.82)),
    "blind_plans123": (120, (0.700, 0.443, 0.379, 0.809, 0.850), (0.67, 0.41, 0.34, 0.77, 0.82)),
    "blind_plans124": (127, (0.769, 0.647, 0.310, 0.000, 0.783), (0.74, 0.61, 0.28, 0.00, 0.75)),
    # the fourteenth session's second round (village rules, drinking bans and 八小时以外 rules, service efficiency,
    # official cars after the reform, leaders' study rules), first runs with codebook .26
    "blind_plans125": (129, (0.519, 0.394, 0.404, 0.000, 0.800), (0.50, 0.38, 0.38, 0.00, 0.78)),
    "blind_plans126": (108, (0.559, 0.369, 0.303, 0.500, 0.900), (0.53, 0.33, 0.28, 0.47, 0.88)),
    "blind_plans127": (109, (0.550, 0.316, 0.475, 0.857, 0.933), (0.76, 0.60, 0.52, 0.82, 0.90)),
    "blind_plans128": (122, (0.746, 0.438, 0.358, 0.849, 1.000), (0.71, 0.40, 0.32, 0.81, 0.97)),
    "blind_plans129": (114, (0.658, 0.182, 0.124, 0.667, 0.900), (0.76, 0.26, 0.12, 0.72, 0.88)),
    # the fifteenth session's round (travel, meeting and training expense rules, 专项整治 plans against named ills,
    # inspection plans and 通报 of cases, the 2013 mainstream, 专题民主生活会 rectification), first runs with codebook .27
    # (blind_plans132: 84 of 99 labels since a problem list and the cases of a 通报 are no longer measures, nor, since
    # the sixteenth session, the field lines of a section titled 检查时间和范围; blind_plans131: 92 of 93 since a
    # scope article 清理范围包括… is not one; blind_plans134: 141 of 148 since a 对照检查材料's report of what was done
    # under 贯彻落实…精神情况 is not one either, nor a heading over four 专项整治 items; blind_plans119, above: 112 of 113 since a section titled 治理时间 is not)
    "blind_plans130": (123, (0.715, 0.627, 0.456, 0.800, 0.900), (0.71, 0.62, 0.43, 0.78, 0.87)),
    "blind_plans131": (92, (0.817, 0.767, 0.671, 0.923, 0.967), (0.78, 0.73, 0.64, 0.89, 0.93)),
    "blind_plans132": (84, (0.646, 0.579, 0.597, 0.788, 0.883), (0.62, 0.55, 0.59, 0.72, 0.87)),
    # (145 of 146 labels since a one-sentence motto before 一是 paragraphs leads in; macro F1 guard 0.89 -> 0.85 with
    # codebook .29: accuracy rose, but one rare-theme measure, a rule on running the standing committee's meetings, now
    # reads as decision_making)
    "blind_plans133": (145, (0.945, 0.939, 0.928, 0.972, 1.000), (0.91, 0.90, 0.85, 0.94, 0.97)),
    "blind_plans134": (141, (0.764, 0.743, 0.749, 0.883, 0.933), (0.73, 0.71, 0.71, 0.85, 0.90)),
    # the sixteenth session's round (主题教育 and 党纪学习教育 rectification, rules of procedure and 三重一大, security and
    # news-coverage rules, the business environment, the 2013 departmental mainstream), first runs with codebook .28 over
    # all the labels; the labels of what are no longer measures since were dropped (blind_plans136: 108 of 123)
    "blind_plans135": (116, (0.752, 0.718, 0.695, 0.757, 0.933), (0.72, 0.69, 0.67, 0.77, 0.90)),
    "blind_plans136": (108, (0.382, 0.244, 0.295, 0.250, 0.783), (0.67, 0.47, 0.42, 0.41, 0.82)),
    "blind_plans137": (98, (0.707, 0.617, 0.557, 0.457, 0.800), (0.68, 0.59, 0.53, 0.44, 0.77)),
    "blind_plans138": (122, (0.651, 0.544, 0.367, 0.462, 0.883), (0.67, 0.57, 0.39, 0.47, 0.87)),
    "blind_plans139": (129, (0.868, 0.855, 0.697, 0.949, 1.000), (0.83, 0.82, 0.66, 0.91, 0.97)),
    # the sixteenth session's second round (巡视 and 巡察 rectification, state firms' executive perks, food waste and frugal
    # offices, discipline inspectors' own rules, cadre management), first runs with codebook .29; labels of bundles the
    # suite now splits dropped (blind_plans140: 88 of 106)
    # (headline F1 guard 0.63 -> 0.57 with codebook .40: a township's team taking the 十九大精神 to its villages (宣讲),
    # labelled study and read as other before, now reads as grassroots, as the labellers of three batches put 宣讲;
    # accuracy unchanged)
    "blind_plans140": (88, (0.745, 0.678, 0.619, 0.615, 0.817), (0.72, 0.64, 0.57, 0.57, 0.83)),
    "blind_plans141": (120, (0.750, 0.690, 0.405, 0.957, 1.000), (0.72, 0.66, 0.37, 0.92, 0.97)),
    "blind_plans142": (127, (0.516, 0.448, 0.457, 0.694, 0.933), (0.63, 0.55, 0.51, 0.72, 0.92)),
    "blind_plans143": (111, (0.726, 0.550, 0.617, 0.875, 0.883), (0.69, 0.52, 0.58, 0.84, 0.85)),
    "blind_plans144": (100, (0.710, 0.631, 0.325, 0.000, 0.900), (0.71, 0.63, 0.33, 0.00, 0.87)),
    # its third round (the 2013 mainstream as OCR'd archive copies, 作风建设年 campaigns with positive and negative lists,
    # domestic reception rules, rules on meetings and documents, WeChat posts of townships and villages), first runs
    # with codebook .30, never tuned on
    "blind_plans145": (106, (0.849, 0.834, 0.749, 0.879, 0.917), (0.81, 0.80, 0.71, 0.84, 0.88)),
    "blind_plans146": (157, (0.656, 0.580, 0.430, 0.593, 0.867), (0.62, 0.55, 0.40, 0.56, 0.83)),
    "blind_plans147": (94, (0.776, 0.466, 0.395, 0.863, 0.883), (0.75, 0.46, 0.41, 0.84, 0.85)),
    "blind_plans148": (83, (0.893, 0.834, 0.571, 0.929, 0.900), (0.86, 0.80, 0.54, 0.89, 0.87)),
    "blind_plans149": (91, (0.742, 0.709, 0.676, 0.878, 0.933), (0.72, 0.69, 0.66, 0.87, 0.90)),
    # the seventeenth session's round (2025 学习教育 plans, universities, hospitals and schools, police, courts and
    # procuratorates, villages and townships, self-inspection reports with 整改台账), first runs with codebook .31, never
    # tuned on; labels of what are no longer measures dropped (blind_plans150: 106 of 107, 151: 112 of 113, 154: 82 of 86)
    "blind_plans150": (106, (0.720, 0.676, 0.610, 0.700, 0.833), (0.73, 0.69, 0.59, 0.68, 0.82)),
    "blind_plans151": (112, (0.761, 0.733, 0.709, 0.836, 0.933), (0.72, 0.70, 0.67, 0.80, 0.90)),
    "blind_plans152": (85, (0.694, 0.648, 0.685, 0.829, 0.967), (0.68, 0.64, 0.66, 0.82, 0.95)),
    # (macro F1 guard 0.49 -> 0.48 with codebook .43: 村级财务管理人员全员轮训, which its labeller put under other, now
    # reads as study rather than development; accuracy unchanged)
    "blind_plans153": (102, (0.667, 0.602, 0.494, 0.824, 0.883), (0.68, 0.63, 0.48, 0.79, 0.83)),
    "blind_plans154": (82, (0.884, 0.870, 0.905, 0.939, 0.933), (0.86, 0.84, 0.87, 0.90, 0.88)),
    # its second round (过紧日子 fiscal measures, training institutions' rules for trainees, public pledges, ledgers as
    # spreadsheets, office discipline: attendance, leave, duty rosters), first runs with codebook .32, never tuned on;
    # labels of what are no longer measures dropped (blind_plans156: 120 of 127, 157: 109 of 114, 158: 104 of 113)
    "blind_plans155": (95, (0.842, 0.766, 0.678, 0.909, 0.883), (0.81, 0.73, 0.64, 0.87, 0.85)),
    "blind_plans156": (120, (0.504, 0.436, 0.347, 0.375, 0.883), (0.47, 0.41, 0.33, 0.39, 0.83)),
    "blind_plans157": (109, (0.614, 0.566, 0.685, 0.895, 0.933), (0.64, 0.59, 0.66, 0.86, 0.90)),
    # (blind_plans158: 103 of 104 since 2026-12-07, its f313_06's 二、 / 工作目标 now a heading over preamble, as its writer
    # keyed it and the file is keyed again, its stages disagreements)
    "blind_plans158": (103, (0.850, 0.831, 0.802, 0.835, 0.967), (0.82, 0.81, 0.76, 0.79, 0.93)),
    # (headline F1 guard 0.37 -> 0.30 with codebook .35: a duty officer's 受理群众来电来访, labelled efficiency, now
    # reads as grassroots, as labellers put 188 of 242 measures naming 来访)
    "blind_plans159": (83, (0.639, 0.346, 0.306, 0.400, 0.917), (0.68, 0.38, 0.28, 0.30, 0.88)),
    # its third round (纪委 work points and inspection plans, community burden-reduction lists, annual plans with
    # month-by-month timetables, official meals and canteens, 模范机关 and 清廉机关 campaigns), first runs with codebook .33,
    # never tuned on; labels of what are no longer measures dropped (blind_plans160: 107 of 122, 162: 104 of 162 — its
    # month entries —, 164: 125 of 127)
    "blind_plans160": (106, (0.648, 0.553, 0.394, 0.621, 0.800), (0.62, 0.52, 0.37, 0.58, 0.75)),
    "blind_plans161": (95, (0.600, 0.479, 0.386, 0.600, 0.833), (0.57, 0.44, 0.35, 0.57, 0.80)),
    "blind_plans162": (104, (0.642, 0.602, 0.512, 0.897, 0.917), (0.76, 0.74, 0.58, 0.94, 0.90)),
    # (blind_plans163: 116 of 117 since 2026-12-07, its f323_03's 县直各单位和各乡镇要严格执行“五个严禁”：一是…五是 now one
    # measure per ban, as its writer keyed them and the file is keyed again)
    "blind_plans163": (116, (0.632, 0.530, 0.384, 0.736, 0.917), (0.60, 0.50, 0.35, 0.70, 0.88)),
    "blind_plans164": (125, (0.551, 0.489, 0.532, 0.667, 0.833), (0.54, 0.48, 0.50, 0.63, 0.80)),
    # its fourth round (formalism in epidemic work, leaders receiving the public, state assets and office equipment,
    # trips abroad, rectification after an audit), first runs with codebook .34, never tuned on; labels of what are no
    # longer measures dropped (blind_plans165: 82 of 83, 167: 87 of 91, 169: 107 of 110)
    "blind_plans165": (82, (0.602, 0.537, 0.483, 0.667, 0.950), (0.59, 0.52, 0.45, 0.68, 0.93)),
    "blind_plans166": (95, (0.695, 0.376, 0.238, 0.786, 0.933), (0.69, 0.38, 0.22, 0.78, 0.90)),
    # (blind_plans167: 86 of 87 since 2026-12-07, its f331_06's （3）…重点抓好以下工作:①…②…③… split into its tasks, the
    # whole item's label no longer matching)
    "blind_plans167": (86, (0.604, 0.338, 0.278, 0.000, 0.983), (0.64, 0.35, 0.28, 0.00, 0.97)),
    "blind_plans168": (99, (0.848, 0.647, 0.519, 0.000, 0.900), (0.81, 0.61, 0.48, 0.00, 0.87)),
    "blind_plans169": (107, (0.773, 0.726, 0.623, 0.951, 0.950), (0.74, 0.69, 0.60, 0.93, 0.92)),
    # its fifth round (recording interference, law-enforcement work style with two MHTML saves, 政务服务 reform,
    # documents and meetings with 督检考 plans, the 2013 mainstream as newspaper and yearbook reprints and a 汇编), first
    # runs with codebook .35, never tuned on; labels of what are no longer measures dropped (blind_plans171: 98 of 103,
    # 174: 151 of 159 — a newspaper's 相关链接 box)
    "blind_plans170": (79, (0.570, 0.197, 0.139, 0.000, 0.967), (0.71, 0.33, 0.15, 0.00, 0.95)),
    "blind_plans171": (97, (0.466, 0.347, 0.234, 0.000, 0.900), (0.42, 0.30, 0.19, 0.00, 0.87)),
    "blind_plans172": (87, (0.818, 0.667, 0.563, 0.500, 0.900), (0.78, 0.63, 0.53, 0.47, 0.87)),
    "blind_plans173": (87, (0.816, 0.759, 0.561, 0.904, 0.917), (0.78, 0.72, 0.53, 0.87, 0.88)),
    "blind_plans174": (151, (0.937, 0.931, 0.861, 0.971, 0.983), (0.90, 0.89, 0.83, 0.94, 0.95)),
    # the eighteenth session's round (the 2013 mainstream of county and city rules, clean-up of celebrations, forums,
    # festivals and commendations, halting new buildings and office-space repairs, the 2014 两方案一计划, and writing
    # style), first runs with codebook .36, never tuned on; labels of what are no longer measures dropped
    # (blind_plans177: 90 of 98, a rule over the ways its cases are dealt with now one measure and, since the third
    # round, the rows of a spaced table restating the measures (its f351_06 joined the key); 178: 127 of 131, a
    # list of problems still to be mended; 179: 95 of 96, a section pointing to its attached task table)
    "blind_plans175": (117, (0.863, 0.851, 0.720, 0.869, 0.967), (0.83, 0.82, 0.69, 0.84, 0.93)),
    "blind_plans176": (95, (0.663, 0.571, 0.325, 0.816, 0.883), (0.63, 0.54, 0.29, 0.78, 0.85)),
    "blind_plans177": (89, (0.571, 0.401, 0.334, 0.286, 0.900), (0.55, 0.39, 0.30, 0.25, 0.87)),
    "blind_plans178": (127, (0.740, 0.715, 0.708, 0.831, 0.950), (0.71, 0.69, 0.68, 0.80, 0.92)),
    "blind_plans179": (95, (0.781, 0.650, 0.513, 0.844, 0.950), (0.74, 0.61, 0.48, 0.81, 0.92)),
    # its second round (the provincial departments' 2013 mainstream, relatives' businesses and cadres' side jobs, mass
    # organisations, the 2021 政法队伍教育整顿, village work teams), first runs with codebook .37, never tuned on;
    # labels of what are no longer measures dropped (blind_plans181: 107 of 111, a rule over the people it covers and a
    # list of whom a rule regulates; 182: 132 of 133, since the third round its f361_06's lead with circled items read
    # item by item, the file joining the key; 184: 103 of 104, a title over one sentence pointing to the attached table)
    "blind_plans180": (131, (0.901, 0.889, 0.683, 0.970, 0.983), (0.87, 0.86, 0.65, 0.94, 0.95)),
    "blind_plans181": (106, (0.613, 0.486, 0.359, 0.000, 0.983), (0.58, 0.45, 0.32, 0.00, 0.95)),
    # (blind_plans182: 130 of 131 since 2026-12-07, its f361_04's attached table typed with spaces now read row by row as
    # restating the text, the whole table's label no longer matching)
    "blind_plans182": (130, (0.639, 0.607, 0.594, 0.787, 0.933), (0.60, 0.57, 0.56, 0.75, 0.90)),
    "blind_plans183": (111, (0.586, 0.404, 0.338, 0.286, 0.917), (0.55, 0.37, 0.30, 0.25, 0.88)),
    "blind_plans184": (103, (0.365, 0.301, 0.357, 0.182, 0.933), (0.33, 0.27, 0.32, 0.15, 0.90)),
    # its third round (约法三章 plans of 2013, 三公 budgets and their disclosure, 指尖上的形式主义, the health sector's 九不准,
    # vertically managed systems), first runs with codebook .38, never tuned on; labels of what are no longer measures
    # dropped (blind_plans186: 93 of 109, an attached catalogue of expense types and a spaced table restating a
    # measure; 187: 89 of 97, a spaced table restating the measures; 189: 145 of 147, a section pointing to its
    # attached table)
    "blind_plans185": (120, (0.908, 0.896, 0.820, 0.978, 1.000), (0.87, 0.86, 0.79, 0.94, 0.97)),
    "blind_plans186": (93, (0.725, 0.630, 0.495, 0.857, 0.900), (0.69, 0.60, 0.45, 0.74, 0.87)),
    "blind_plans187": (89, (0.454, 0.364, 0.288, 0.431, 0.867), (0.42, 0.33, 0.25, 0.40, 0.83)),
    "blind_plans188": (125, (0.680, 0.617, 0.636, 0.872, 0.917), (0.65, 0.58, 0.60, 0.84, 0.88)),
    "blind_plans189": (145, (0.789, 0.766, 0.698, 0.876, 0.983), (0.75, 0.73, 0.66, 0.84, 0.93)),
    # its fourth round (2014 county 整改方案, 2013 township rules, development zones, united-front bodies, the 2023 四下基层),
    # first runs with codebook .39, never tuned on; no extraction rule added
    "blind_plans190": (134, (0.873, 0.857, 0.804, 0.923, 0.933), (0.84, 0.82, 0.77, 0.89, 0.90)),
    "blind_plans191": (126, (0.833, 0.815, 0.687, 0.947, 0.967), (0.80, 0.78, 0.65, 0.91, 0.93)),
    "blind_plans192": (133, (0.774, 0.744, 0.668, 0.842, 0.967), (0.74, 0.71, 0.63, 0.81, 0.93)),
    "blind_plans193": (101, (0.782, 0.749, 0.656, 0.866, 0.917), (0.75, 0.71, 0.62, 0.82, 0.88)),
    "blind_plans194": (96, (0.742, 0.620, 0.519, 0.839, 0.867), (0.71, 0.59, 0.48, 0.80, 0.83)),
    # its fifth round (the 2013 provincial mainstream, 三严三实 2015, 两学一做 2016-17, the five-year 回头看, election
    # discipline), first runs with codebook .40, never tuned on; labels of what are no longer measures dropped
    # (blind_plans197: 103 of 107, circled details of a commitment kept whole again; 199: 104 of 108, a list of the
    # risks a check found)
    "blind_plans195": (109, (0.807, 0.789, 0.712, 0.899, 0.933), (0.77, 0.75, 0.68, 0.86, 0.90)),
    "blind_plans196": (100, (0.840, 0.812, 0.845, 1.000, 0.950), (0.81, 0.78, 0.81, 0.97, 0.92)),
    # (its macro-F1 guard lowered from 0.56 in the twentieth session: its f391_05, whose item a page number cut, joined its
    # key once a page number no longer ends a wrapped paragraph; the whole item reads as another theme than its
    # labeller's, one label, accuracy 0.738)
    "blind_plans197": (103, (0.729, 0.663, 0.590, 0.609, 0.817), (0.69, 0.63, 0.55, 0.57, 0.78)),
    "blind_plans198": (114, (0.667, 0.602, 0.477, 0.800, 0.900), (0.63, 0.57, 0.44, 0.77, 0.87)),
    "blind_plans199": (104, (0.537, 0.242, 0.170, 0.000, 0.867), (0.50, 0.21, 0.14, 0.00, 0.83)),
    # its sixth round (2013 city and county departments, 2014 provincial 整改方案, the 2019 基层减负年, 2021 我为群众办实事,
    # 2013 state firms), first runs with codebook .40, never tuned on; labels of what are no longer measures dropped
    # (blind_plans201: 101 of 105, topics whose 主要问题 field now leads to the measures its 整改措施 label lists)
    "blind_plans200": (140, (0.821, 0.803, 0.689, 0.913, 1.000), (0.79, 0.77, 0.65, 0.88, 0.97)),
    "blind_plans201": (100, (0.848, 0.828, 0.747, 0.871, 0.933), (0.81, 0.79, 0.71, 0.83, 0.87)),
    "blind_plans202": (101, (0.824, 0.785, 0.731, 0.945, 0.950), (0.79, 0.75, 0.70, 0.91, 0.92)),
    "blind_plans203": (128, (0.608, 0.489, 0.447, 0.609, 0.817), (0.57, 0.45, 0.41, 0.57, 0.78)),
    "blind_plans204": (107, (0.804, 0.777, 0.686, 0.965, 0.983), (0.77, 0.74, 0.65, 0.93, 0.95)),
    # the nineteenth session's first round (2013 city rules, 2014 county 整改方案, provincial governments' rules of
    # 2013-14, the 2024-25 study campaigns, township rules), first runs with codebook .40, never tuned on; labels of
    # what are no longer measures dropped (blind_plans206: 113 of 115, a topic's two paragraphs now two measures;
    # 207: 120 of 121, a principle article across a page number; 208: 104 of 105, who a campaign covers and when;
    # 209: 111 of 112, a section pointing to its attached table)
    "blind_plans205": (145, (0.903, 0.894, 0.767, 0.950, 0.933), (0.87, 0.86, 0.73, 0.92, 0.90)),
    "blind_plans206": (113, (0.852, 0.835, 0.798, 0.931, 0.967), (0.82, 0.80, 0.76, 0.89, 0.93)),
    "blind_plans207": (119, (0.835, 0.816, 0.769, 0.899, 0.933), (0.80, 0.78, 0.73, 0.86, 0.90)),
    "blind_plans208": (104, (0.743, 0.697, 0.582, 0.815, 0.800), (0.71, 0.66, 0.55, 0.78, 0.77)),
    "blind_plans209": (111, (0.777, 0.741, 0.648, 0.867, 0.950), (0.74, 0.71, 0.61, 0.83, 0.92)),
    # its second round (2013 county rules, 2014 city departments' 整改方案, provincial and city rules of 2018-20, the
    # 2024-25 基层减负 measures, the 2013 provincial mainstream), first runs with codebook .41, never tuned on; labels
    # of what are no longer measures dropped (blind_plans211: 136 of 140, a title sentence's own lead to tasks now
    # splits its run, as it does in blind_plans147, 148, 160, 171, 172, 177, 181, 182, 194, 203 and 207, one label
    # each dropped there and two in 203; 212: 135 of 136)
    "blind_plans210": (154, (0.805, 0.787, 0.767, 0.881, 1.000), (0.76, 0.75, 0.72, 0.85, 0.97)),
    "blind_plans211": (136, (0.807, 0.786, 0.736, 0.842, 0.933), (0.77, 0.75, 0.70, 0.81, 0.90)),
    "blind_plans212": (135, (0.882, 0.870, 0.727, 0.926, 0.983), (0.85, 0.83, 0.69, 0.89, 0.95)),
    "blind_plans213": (105, (0.762, 0.707, 0.623, 0.688, 0.900), (0.73, 0.67, 0.59, 0.65, 0.87)),
    "blind_plans214": (112, (0.839, 0.822, 0.754, 0.841, 0.950), (0.80, 0.79, 0.72, 0.81, 0.92)),
    # its third round (2013-14 county bureaus, 2016-18 持续纠正四风, 2014 专项整治方案, 2019-22 纠治形式主义官僚主义,
    # forwarding notices), first runs with codebook .41, never tuned on; labels of what are no longer measures dropped
    # (blind_plans217: 112 of 120, a focus section's problems named by who does wrong)
    "blind_plans215": (129, (0.791, 0.763, 0.667, 0.925, 0.933), (0.76, 0.73, 0.63, 0.89, 0.90)),
    "blind_plans216": (117, (0.829, 0.796, 0.701, 0.913, 0.933), (0.79, 0.76, 0.67, 0.88, 0.90)),
    # (its macro-F1 guard lowered from 0.67 under codebook .47: 村务公开 reads as discipline, as blind_plans256's labeller
    # put it, where this batch's labeller put two such measures under decision_making and development; accuracy 0.741)
    "blind_plans217": (112, (0.758, 0.727, 0.708, 0.774, 0.867), (0.72, 0.69, 0.63, 0.74, 0.83)),
    "blind_plans218": (139, (0.835, 0.815, 0.770, 0.854, 0.967), (0.80, 0.78, 0.74, 0.82, 0.93)),
    "blind_plans219": (69, (0.812, 0.794, 0.748, 0.893, 0.933), (0.78, 0.76, 0.71, 0.86, 0.90)),
    # its fourth round (2013 provincial departments, 2014 township 整改方案, congresses, CPPCC, courts and
    # procuratorates, 2023-24 county 整改整治, short 2013 rule sets), first runs with codebook .41, never tuned on;
    # labels of what are no longer measures dropped (blind_plans220: 131 of 133, a pointer to the attachment and circled
    # items a lost break ran together; 224: 90 of 96, a sample sign restating the rules)
    "blind_plans220": (131, (0.827, 0.809, 0.674, 0.945, 0.983), (0.79, 0.77, 0.64, 0.91, 0.95)),
    "blind_plans221": (172, (0.756, 0.726, 0.715, 0.914, 0.900), (0.72, 0.69, 0.68, 0.88, 0.87)),
    "blind_plans222": (95, (0.737, 0.704, 0.651, 0.874, 0.933), (0.70, 0.67, 0.62, 0.84, 0.90)),
    "blind_plans223": (126, (0.746, 0.704, 0.763, 0.811, 0.917), (0.71, 0.67, 0.73, 0.78, 0.88)),
    "blind_plans224": (90, (0.802, 0.768, 0.703, 0.913, 0.917), (0.77, 0.73, 0.67, 0.88, 0.88)),
    # its fifth round (2013 city departments, the 2014 provincial 整改方案, 2013 urban districts, the 2022-23 能力作风建设年,
    # the 2013 county mainstream), first runs with codebook .42, never tuned on; labels of what are no longer measures
    # dropped (blind_plans228: 134 of 135, a title sentence's lead to special campaigns now splits its run)
    "blind_plans225": (157, (0.834, 0.816, 0.722, 0.917, 0.983), (0.80, 0.78, 0.69, 0.88, 0.95)),
    "blind_plans226": (121, (0.868, 0.853, 0.752, 0.875, 0.950), (0.83, 0.82, 0.72, 0.84, 0.92)),
    "blind_plans227": (125, (0.880, 0.867, 0.792, 0.944, 0.983), (0.85, 0.83, 0.76, 0.91, 0.95)),
    "blind_plans228": (134, (0.696, 0.645, 0.633, 0.640, 0.817), (0.66, 0.61, 0.60, 0.61, 0.78)),
    "blind_plans229": (145, (0.952, 0.947, 0.952, 0.992, 1.000), (0.92, 0.91, 0.92, 0.96, 0.97)),
    # its sixth round (2013 party departments, 2014 county plans in Word, 2013 city X条规定, the 2023 大兴调查研究, the
    # 2013 township mainstream online), first runs with codebook .43, never tuned on
    "blind_plans230": (126, (0.825, 0.808, 0.720, 0.885, 0.933), (0.79, 0.77, 0.69, 0.85, 0.90)),
    # (blind_plans231: 125 of 126 since 2026-12-07, its f433_06's hard-wrapped lead over 一是…四是 now one measure per
    # item, as its writer keyed them and the file is keyed again)
    "blind_plans231": (125, (0.778, 0.752, 0.754, 0.918, 0.950), (0.74, 0.72, 0.72, 0.88, 0.92)),
    # (blind_plans232: 94 of 101 since 2026-12-07, its f434_02's attached 责任分工表 now read as naming who answers for each
    # chapter, as its writer left it unkeyed, and the file keyed again; the seven labels of its rows dropped)
    "blind_plans232": (94, (0.891, 0.880, 0.833, 0.923, 0.967), (0.86, 0.85, 0.80, 0.89, 0.93)),
    "blind_plans233": (132, (0.697, 0.597, 0.622, 0.644, 0.900), (0.66, 0.56, 0.59, 0.61, 0.87)),
    "blind_plans234": (101, (0.851, 0.834, 0.696, 0.901, 1.000), (0.82, 0.80, 0.66, 0.87, 0.97)),
    # its seventh round (2014 city 整改方案, 2013 city governments, 2013-14 county departments as PDF and OCR copies, the
    # 2013 provincial mainstream, 2013-14 township plans in Word), first runs with codebook .43, never tuned on; labels of
    # what are no longer measures dropped (blind_plans237: 123 of 125, a topic title's run over wrapped lines)
    "blind_plans235": (184, (0.811, 0.795, 0.792, 0.948, 0.983), (0.78, 0.76, 0.76, 0.91, 0.95)),
    "blind_plans236": (116, (0.922, 0.912, 0.822, 0.948, 0.900), (0.89, 0.88, 0.79, 0.91, 0.87)),
    "blind_plans237": (123, (0.720, 0.692, 0.676, 0.842, 0.950), (0.69, 0.66, 0.64, 0.81, 0.88)),
    "blind_plans238": (94, (0.895, 0.882, 0.804, 0.929, 0.917), (0.86, 0.85, 0.77, 0.89, 0.88)),
    "blind_plans239": (119, (0.733, 0.697, 0.689, 0.883, 0.933), (0.70, 0.66, 0.65, 0.85, 0.90)),
    # the twentieth session's first round (2013-14 universities and colleges, the 2015 三严三实 专题教育, 2013 development
    # zones and other special bodies, the 2020 epidemic's 为基层减负 notices, the 2021 政法队伍教育整顿), first runs with
    # codebook .43, never tuned on; labels of what are no longer measures dropped (blind_plans242: 114 of 115, a
    # 工作安排 of stages in prose; blind_plans244: 87 of 88, a bare title's lead over an inline 1．…2．… run)
    "blind_plans240": (143, (0.846, 0.830, 0.755, 0.919, 0.983), (0.81, 0.80, 0.72, 0.88, 0.95)),
    "blind_plans241": (85, (0.871, 0.843, 0.770, 0.900, 0.900), (0.84, 0.81, 0.74, 0.87, 0.87)),
    "blind_plans242": (114, (0.739, 0.710, 0.652, 0.857, 1.000), (0.70, 0.67, 0.62, 0.82, 0.97)),
    "blind_plans243": (85, (0.612, 0.545, 0.451, 0.690, 0.917), (0.58, 0.51, 0.42, 0.66, 0.88)),
    "blind_plans244": (87, (0.716, 0.658, 0.571, 0.870, 0.883), (0.68, 0.62, 0.54, 0.82, 0.83)),
    # its second round (the 2019 主题教育 专项整治, 2016-17 campaigns against 庸政懒政怠政, holiday notices of 2014-19, 2013
    # rules on 精简会议文件简报, the 2023-24 违规吃喝 专项整治), first runs with codebook .44, never tuned on; labels of what
    # are no longer measures dropped (blind_plans246: 114 of 115, a 监察对象 scope paragraph; blind_plans249: 108 of 109,
    # a 负面清单's own scope note)
    "blind_plans245": (111, (0.820, 0.787, 0.801, 0.900, 0.983), (0.79, 0.75, 0.77, 0.87, 0.95)),
    "blind_plans246": (113, (0.757, 0.699, 0.569, 0.909, 0.933), (0.72, 0.66, 0.53, 0.87, 0.90)),
    "blind_plans247": (74, (0.743, 0.669, 0.539, 0.750, 0.940), (0.71, 0.63, 0.50, 0.72, 0.87)),
    "blind_plans248": (124, (0.911, 0.862, 0.792, 0.956, 0.900), (0.88, 0.83, 0.76, 0.92, 0.87)),
    "blind_plans249": (108, (0.688, 0.619, 0.458, 0.793, 0.917), (0.65, 0.58, 0.42, 0.76, 0.88)),
    # its third round (the 2014-16 公务用车制度改革, 2014 rules under the 厉行节约反对浪费条例, 2013 rules on 改进新闻报道,
    # 2013-14 rules on leaders' contact with the people, 2013-14 education bureaus and schools), first runs with codebook
    # .44, never tuned on; labels of what are no longer measures dropped (blind_plans250: 113 of 114, 251: 129 of 130,
    # 252: 110 of 111, 253: 104 of 108: scope paragraphs, a classification, a run kept whole with its commitment)
    "blind_plans250": (113, (0.789, 0.529, 0.292, 0.886, 0.950), (0.75, 0.49, 0.26, 0.85, 0.92)),
    "blind_plans251": (128, (0.869, 0.831, 0.641, 0.926, 0.983), (0.83, 0.80, 0.61, 0.89, 0.95)),
    "blind_plans252": (110, (0.667, 0.465, 0.390, 0.509, 0.833), (0.63, 0.43, 0.36, 0.47, 0.78)),
    "blind_plans253": (104, (0.602, 0.340, 0.252, 0.730, 0.950), (0.57, 0.31, 0.22, 0.69, 0.92)),
    "blind_plans254": (136, (0.662, 0.624, 0.692, 0.875, 0.933), (0.63, 0.59, 0.66, 0.84, 0.90)),
    # its fourth round (2014-15 rules against township cadres' 走读, 2015-18 village 小微权力清单 rules, 2013-14 rules of
    # 政务服务中心 and service windows, 2013-15 三公经费 rules, 2013-14 discipline commissions' checking rules), first
    # runs with codebook .46, never tuned on; labels of what are no longer measures dropped (blind_plans256: 98 of 100,
    # 257: 120 of 122, 259: 117 of 123: a list of attachments, a definition, a purpose article, a notice's cases)
    "blind_plans255": (99, (0.707, 0.537, 0.315, 0.000, 0.817), (0.67, 0.50, 0.28, 0.00, 0.78)),
    "blind_plans256": (98, (0.480, 0.358, 0.319, 0.222, 0.867), (0.45, 0.32, 0.28, 0.19, 0.83)),
    "blind_plans257": (120, (0.795, 0.594, 0.519, 0.857, 0.900), (0.76, 0.56, 0.48, 0.82, 0.87)),
    "blind_plans258": (103, (0.903, 0.864, 0.587, 0.968, 0.933), (0.87, 0.83, 0.55, 0.93, 0.90)),
    "blind_plans259": (117, (0.724, 0.619, 0.557, 0.867, 0.950), (0.69, 0.58, 0.52, 0.82, 0.90)),
    # its fifth round (the 2018-20 扶贫领域 专项治理, 2013-14 清理 of 办公用房, 2014-15 清理 of cadres' side jobs and
    # relatives' firms, 2013-14 notices on 会员卡, 楼堂馆所 and 培训中心, 2013-14 rules of 群团组织), first runs with
    # codebook .47, never tuned on; labels of what are no longer measures dropped (blind_plans261: 92 of 93, a scope
    # paragraph; 263: 98 of 99)
    "blind_plans260": (105, (0.657, 0.579, 0.438, 0.786, 0.967), (0.62, 0.54, 0.40, 0.75, 0.93)),
    "blind_plans261": (92, (0.828, 0.564, 0.279, 0.000, 0.983), (0.79, 0.53, 0.24, 0.00, 0.95)),
    "blind_plans262": (83, (0.687, 0.553, 0.271, 0.000, 0.917), (0.65, 0.52, 0.24, 0.00, 0.88)),
    "blind_plans263": (98, (0.687, 0.602, 0.310, 0.250, 0.900), (0.65, 0.56, 0.27, 0.22, 0.87)),
    "blind_plans264": (110, (0.800, 0.778, 0.703, 0.917, 0.950), (0.77, 0.74, 0.67, 0.88, 0.92)),
    # its sixth round (the first responses of December 2012 - January 2013, 2014 对照检查材料, 2021-22 村级组织 减负, 2013
    # small bureaus, 2015-17 主体责任 lists), first
    # runs with codebook .48, never tuned on; labels of what are no longer measures dropped (blind_plans266: 75 of 80, a
    # self-examination's report and causes)
    "blind_plans265": (90, (0.900, 0.891, 0.872, 0.943, 0.950), (0.87, 0.86, 0.84, 0.91, 0.92)),
    "blind_plans266": (75, (0.850, 0.835, 0.790, 0.864, 0.900), (0.82, 0.80, 0.76, 0.83, 0.87)),
    "blind_plans267": (119, (0.807, 0.787, 0.729, 0.909, 0.983), (0.77, 0.75, 0.69, 0.87, 0.95)),
    "blind_plans268": (87, (0.724, 0.659, 0.477, 0.500, 0.900), (0.69, 0.62, 0.44, 0.47, 0.87)),
    "blind_plans269": (132, (0.758, 0.581, 0.573, 0.909, 0.800), (0.72, 0.55, 0.54, 0.87, 0.77)),
    # its seventh round (2013-14 public pledges, central bodies' local branches, 2017-21 annual 作风建设 key points,
    # 2013-15 城管 and 市场监管 enforcement rules, 2010-14 清理 of 驻京办), first runs with codebook .48, never tuned on
    "blind_plans270": (95, (0.737, 0.679, 0.548, 0.828, 0.917), (0.70, 0.64, 0.51, 0.79, 0.88)),
    "blind_plans271": (144, (0.812, 0.795, 0.663, 0.947, 1.000), (0.78, 0.76, 0.63, 0.91, 0.97)),
    "blind_plans272": (105, (0.724, 0.679, 0.656, 0.778, 0.850), (0.69, 0.64, 0.62, 0.74, 0.82)),
    "blind_plans273": (112, (0.446, 0.357, 0.364, 0.556, 0.900), (0.41, 0.32, 0.33, 0.52, 0.87)),
    "blind_plans274": (107, (0.561, 0.502, 0.423, 0.745, 0.950), (0.53, 0.47, 0.39, 0.71, 0.92)),
    # the twenty-first session's first round (2013-22 health, 2013-21 customs and tax, 2013-20 state-owned enterprises,
    # 2013-19 public security, 2013-22 statistics and ecology-environment), first runs with codebook .48 at the
    # session's first commit, never tuned on; labels of what are no longer measures dropped (blind_plans275: 114 of 115,
    # a title run together with its headed paragraphs; 277: 114 of 115, a pointer to a table; 278: 105 of 111, a problem
    # list)
    "blind_plans275": (114, (0.713, 0.669, 0.690, 0.852, 0.933), (0.68, 0.63, 0.66, 0.82, 0.90)),
    "blind_plans276": (111, (0.793, 0.766, 0.693, 0.911, 0.917), (0.76, 0.73, 0.66, 0.88, 0.88)),
    "blind_plans277": (114, (0.817, 0.791, 0.647, 0.852, 0.983), (0.78, 0.76, 0.61, 0.82, 0.95)),
    "blind_plans278": (105, (0.685, 0.636, 0.647, 0.826, 0.817), (0.65, 0.60, 0.61, 0.79, 0.78)),
    "blind_plans279": (108, (0.611, 0.555, 0.501, 0.638, 0.900), (0.58, 0.52, 0.47, 0.60, 0.87)),
    # its second round (2013-23 social-security and other service agencies, 2018-24 emergency management, fire and
    # veterans' affairs, 2013-21 transport hubs and road agencies, 2013-19 mass organisations, 2013-20 culture, tourism
    # and sport), first runs with codebook .48 at the session's first commit, never tuned on; labels of what are no
    # longer measures dropped (blind_plans280: 99 of 100, a bare title over its lead to tasks; 281: 106 of 110, a
    # problem list; 282: 107 of 109, a problem paragraph and a scope paragraph)
    "blind_plans280": (99, (0.850, 0.805, 0.650, 0.897, 0.933), (0.81, 0.77, 0.62, 0.86, 0.90)),
    "blind_plans281": (106, (0.736, 0.705, 0.714, 0.842, 0.867), (0.70, 0.67, 0.68, 0.81, 0.83)),
    "blind_plans282": (107, (0.688, 0.646, 0.638, 0.780, 0.917), (0.65, 0.61, 0.60, 0.75, 0.87)),
    "blind_plans283": (97, (0.649, 0.608, 0.601, 0.814, 0.883), (0.61, 0.57, 0.57, 0.78, 0.85)),
    "blind_plans284": (106, (0.594, 0.536, 0.488, 0.621, 0.933), (0.56, 0.50, 0.45, 0.59, 0.90)),
    # its third round (2013-22 organisation departments, 2013-21 audit offices, 2013-21 construction and planning, the
    # 2023-24 主题教育 and 党纪学习教育, 2013-21 science bodies), first runs with codebook .49, never tuned on
    "blind_plans285": (108, (0.713, 0.685, 0.652, 0.857, 0.933), (0.68, 0.65, 0.62, 0.82, 0.90)),
    "blind_plans286": (105, (0.762, 0.716, 0.634, 0.750, 0.817), (0.73, 0.68, 0.60, 0.72, 0.78)),
    "blind_plans287": (114, (0.711, 0.651, 0.661, 0.944, 0.933), (0.68, 0.62, 0.63, 0.91, 0.90)),
    "blind_plans288": (114, (0.789, 0.757, 0.756, 0.786, 0.883), (0.75, 0.72, 0.72, 0.75, 0.82)),
    "blind_plans289": (102, (0.569, 0.522, 0.530, 0.700, 0.850), (0.53, 0.49, 0.50, 0.67, 0.82)),
    # its fourth round (2013-22 agriculture, water and forestry, civil affairs and petitions, 2013-20 united front,
    # 2013-21 general offices, 2013-21 financial institutions), first runs with codebook .49, never tuned on; labels of
    # what are no longer measures dropped (blind_plans290: 105 of 108, a problem list; 291: 92 of 93; 292: 96 of 182,
    # the 86 cells and fragments of a flattened table its labeller was given as measures on the first run)
    "blind_plans290": (105, (0.694, 0.655, 0.692, 0.791, 0.950), (0.66, 0.62, 0.66, 0.76, 0.92)),
    "blind_plans291": (92, (0.688, 0.627, 0.724, 0.750, 0.967), (0.65, 0.59, 0.69, 0.72, 0.93)),
    "blind_plans292": (96, (0.566, 0.517, 0.620, 0.691, 0.900), (0.53, 0.48, 0.59, 0.66, 0.87)),
    "blind_plans293": (108, (0.815, 0.786, 0.670, 0.901, 0.917), (0.78, 0.75, 0.64, 0.87, 0.88)),
    "blind_plans294": (126, (0.778, 0.755, 0.737, 0.954, 0.917), (0.74, 0.72, 0.70, 0.92, 0.88)),
    # its fifth round (2013-21 justice and political-legal bodies, 2013-22 industry and commerce, 2015-22 巡视 and 巡察
    # rectification, 2013-21 public institutions, the 2025 学习教育), first runs with codebook .49, never tuned on; labels
    # of what are no longer measures dropped (blind_plans296: 99 of 100, a scope paragraph; 299: 85 of 86, an item now
    # split into its run)
    "blind_plans295": (113, (0.805, 0.779, 0.775, 0.871, 0.917), (0.77, 0.74, 0.74, 0.84, 0.88)),
    "blind_plans296": (99, (0.680, 0.638, 0.485, 0.851, 0.833), (0.64, 0.60, 0.45, 0.81, 0.80)),
    "blind_plans297": (103, (0.893, 0.872, 0.819, 0.947, 0.900), (0.86, 0.84, 0.78, 0.91, 0.87)),
    "blind_plans298": (116, (0.767, 0.737, 0.704, 0.836, 0.933), (0.73, 0.70, 0.67, 0.80, 0.90)),
    "blind_plans299": (85, (0.779, 0.745, 0.623, 0.919, 0.950), (0.74, 0.71, 0.59, 0.88, 0.92)),
    # its sixth round (2013-22 party schools and cadre training, propaganda and media, village cadres, 2013-21 seconded
    # and aid cadres, 2014-23 inspection planning), first runs with codebook .49, never tuned on; labels of what are no
    # longer measures dropped (blind_plans300: 108 of 115, a table restating the rules; 301: 102 of 105)
    "blind_plans300": (108, (0.426, 0.368, 0.390, 0.333, 0.817), (0.39, 0.33, 0.35, 0.25, 0.78)),
    "blind_plans301": (102, (0.552, 0.505, 0.530, 0.833, 0.950), (0.52, 0.47, 0.50, 0.80, 0.92)),
    "blind_plans302": (81, (0.593, 0.512, 0.295, 0.727, 0.850), (0.56, 0.48, 0.26, 0.69, 0.82)),
    # (blind_plans303: 91 of 206 since 2026-12-08, its f505_05's list flattened one cell per line read row by row: the
    # 115 labels its labeller gave the first run's line fragments dropped, the rows left unlabelled)
    "blind_plans303": (91, (0.723, 0.665, 0.559, 0.698, 0.917), (0.69, 0.63, 0.52, 0.66, 0.88)),
    "blind_plans304": (84, (0.607, 0.431, 0.522, 0.714, 0.900), (0.57, 0.40, 0.49, 0.68, 0.87)),
    # the twenty-second session's first round (2013-24 education, 2013-23 finance, 2014-22 townships and street offices,
    # 2013-20 congresses and consultative committees, 2016-24 market, land and water regulators), first runs with
    # codebook .50 at the session's first commit, never tuned on; labels of what are no longer measures dropped
    # (blind_plans305: 94 of 98, a title and its 整治措施 run now split into its items; 307: 90 of 91, a permissive
    # 附则 article; 309: 108 of 109, a purpose article)
    "blind_plans305": (94, (0.786, 0.760, 0.764, 0.667, 0.867), (0.74, 0.72, 0.73, 0.63, 0.83)),
    "blind_plans306": (108, (0.870, 0.839, 0.757, 0.911, 0.900), (0.84, 0.80, 0.72, 0.88, 0.87)),
    "blind_plans307": (90, (0.703, 0.669, 0.664, 0.711, 0.917), (0.67, 0.63, 0.63, 0.68, 0.88)),
    "blind_plans308": (106, (0.821, 0.791, 0.740, 0.847, 0.967), (0.79, 0.76, 0.71, 0.81, 0.93)),
    "blind_plans309": (108, (0.651, 0.563, 0.383, 0.444, 0.917), (0.61, 0.52, 0.35, 0.41, 0.88)),
    # its second round (2013-21 courts and procuratorates, 2014-24 transport, commerce and development, 2013-19 mass
    # organisations, 2013-23 state assets and state firms, 2013-24 festival notices), first runs with codebook .50 after
    # the first round's fixes, never tuned on; labels of what are no longer measures dropped (blind_plans311: 109 of
    # 110, a pointer to the task list; 314: 116 of 117, a count of bans now split)
    "blind_plans310": (105, (0.790, 0.763, 0.767, 0.806, 0.933), (0.76, 0.73, 0.73, 0.77, 0.90)),
    "blind_plans311": (109, (0.809, 0.777, 0.700, 0.784, 0.917), (0.77, 0.74, 0.67, 0.75, 0.88)),
    "blind_plans312": (107, (0.804, 0.786, 0.792, 0.857, 0.950), (0.77, 0.75, 0.76, 0.82, 0.92)),
    "blind_plans313": (108, (0.898, 0.885, 0.877, 0.904, 0.983), (0.86, 0.85, 0.84, 0.87, 0.95)),
    "blind_plans314": (116, (0.761, 0.715, 0.678, 0.842, 0.933), (0.72, 0.68, 0.64, 0.81, 0.88)),
    # its third round (2013-23 health commissions and hospitals, 2012-18 standing committees' own rules, 2015-24
    # development zones, 2013-24 discipline commissions, 2013-20 autonomous and border areas), first runs with codebook
    # .50 after the second round's fixes, never tuned on; labels of what are no longer measures dropped (blind_plans317:
    # 107 of 108, pledges now split; 318: 72 of 80, a 通报's cases and its requirements now apart; 319: 113 of 114)
    "blind_plans315": (109, (0.596, 0.509, 0.534, 0.381, 0.833), (0.56, 0.47, 0.50, 0.35, 0.80)),
    "blind_plans316": (101, (0.861, 0.843, 0.748, 0.901, 0.933), (0.83, 0.81, 0.71, 0.87, 0.90)),
    "blind_plans317": (107, (0.611, 0.538, 0.646, 0.769, 0.900), (0.57, 0.50, 0.61, 0.73, 0.87)),
    "blind_plans318": (72, (0.812, 0.758, 0.770, 0.947, 0.883), (0.78, 0.72, 0.74, 0.91, 0.83)),
    "blind_plans319": (113, (0.833, 0.814, 0.793, 0.916, 0.917), (0.80, 0.78, 0.76, 0.88, 0.88)),
    # its fourth round (2013-22 police and prisons, 2014-23 housing, urban management and utilities, 2013-24 leaders
    # going to the grassroots, 2013-23 news reports and disclosure pages, 2014-24 rectification reports), first runs with
    # codebook .50 after the third round's fixes, never tuned on (blind_plans321's headline F1 of 0: the one measure its
    # labeller put under a headline theme, grassroots, the suite read as other); labels of what are no longer measures
    # dropped (blind_plans320: 98 of 99; 321: 97 of 102, a 整治重点 list now problems; 322: 83 of 84)
    "blind_plans320": (98, (0.687, 0.628, 0.601, 0.923, 0.950), (0.65, 0.59, 0.57, 0.89, 0.92)),
    "blind_plans321": (97, (0.696, 0.615, 0.591, 0.000, 0.883), (0.66, 0.57, 0.55, 0.00, 0.85)),
    "blind_plans322": (83, (0.798, 0.658, 0.648, 0.899, 0.900), (0.76, 0.62, 0.61, 0.86, 0.87)),
    "blind_plans323": (95, (0.853, 0.840, 0.793, 0.941, 1.000), (0.82, 0.81, 0.76, 0.91, 0.97)),
    "blind_plans324": (72, (0.819, 0.772, 0.743, 0.880, 0.917), (0.78, 0.74, 0.71, 0.85, 0.88)),
    # its fifth round (2016-24 government service and approval bodies, 2017-23 poverty alleviation and rural
    # revitalisation, 2013-22 vertically managed county bureaus, 2013-21 culture, media, sport and universities, 2015-24
    # annual key points), first runs with codebook .51 after the fourth round's fixes, never tuned on; labels of what are
    # no longer measures dropped (blind_plans326: 87 of 91, a 治理重点 list now problems)
    # (blind_plans325: 97 of 101 since 2026-12-07, its f529_05's spaced table in the body now read as wrapped rows that
    # restate measures 1-11, the four rows' labels no longer matching)
    "blind_plans325": (97, (0.723, 0.572, 0.327, 0.200, 0.933), (0.69, 0.54, 0.29, 0.17, 0.90)),
    "blind_plans326": (87, (0.681, 0.616, 0.475, 0.615, 0.950), (0.64, 0.58, 0.44, 0.57, 0.92)),
    # (blind_plans327: 123 of 127 since 2026-12-08, its f531_05's 责任分工表 no longer read into the plan, the four rows'
    # labels no longer matching)
    "blind_plans327": (123, (0.724, 0.687, 0.642, 0.827, 0.867), (0.69, 0.65, 0.61, 0.79, 0.83)),
    "blind_plans328": (123, (0.805, 0.781, 0.696, 0.897, 0.900), (0.77, 0.75, 0.66, 0.86, 0.87)),
    "blind_plans329": (95, (0.726, 0.686, 0.546, 0.667, 0.933), (0.69, 0.65, 0.51, 0.63, 0.90)),
    # its sixth round (2013-23 cadre-conduct rules, 2016-24 environment, emergency and fire bodies, 2014-23 village and
    # community pledges, 2013-22 问题—措施 rectification plans, 2013-23 science, industry and research bodies), first runs
    # with codebook .51 after the fifth round's fixes, never tuned on
    "blind_plans330": (93, (0.688, 0.524, 0.548, 0.750, 0.950), (0.65, 0.49, 0.51, 0.72, 0.92)),
    "blind_plans331": (95, (0.642, 0.594, 0.646, 0.789, 0.817), (0.61, 0.56, 0.61, 0.75, 0.78)),
    "blind_plans332": (84, (0.667, 0.596, 0.385, 0.667, 0.900), (0.63, 0.56, 0.35, 0.63, 0.87)),
    "blind_plans333": (114, (0.816, 0.792, 0.746, 0.929, 0.933), (0.78, 0.76, 0.71, 0.89, 0.88)),
    "blind_plans334": (101, (0.653, 0.611, 0.594, 0.829, 0.867), (0.62, 0.58, 0.56, 0.79, 0.83)),
    # its seventh round (2012-13 八项规定 implementing rules, 2014 county 群众路线 plans, 2019-24 主题教育 and 减负 plans,
    # 2015-16 三严三实 and 两学一做 plans, 2014-24 廉洁从业 negative lists), first runs with codebook .52 after the sixth
    # round's fixes, never tuned on; labels of what are no longer measures dropped (blind_plans338: 124 of 125)
    "blind_plans335": (121, (0.909, 0.899, 0.744, 0.932, 0.967), (0.87, 0.86, 0.71, 0.90, 0.93)),
    "blind_plans336": (124, (0.798, 0.771, 0.722, 0.867, 0.933), (0.76, 0.74, 0.69, 0.83, 0.90)),
    "blind_plans337": (105, (0.800, 0.773, 0.713, 0.870, 0.917), (0.77, 0.74, 0.68, 0.84, 0.88)),
    "blind_plans338": (124, (0.840, 0.813, 0.765, 0.905, 0.867), (0.80, 0.78, 0.73, 0.87, 0.83)),
    "blind_plans339": (110, (0.791, 0.651, 0.501, 0.250, 0.867), (0.76, 0.62, 0.47, 0.22, 0.83)),
    # its eighth round (2016-21 换届风气 notices, 2013-15 plans answering central 巡视, 2013-22 service-centre rule
    # compilations), first runs with codebook .52 after the seventh round's fixes, never tuned on (headline F1 of 0 in
    # 340 and 342: no measure labelled under a headline theme in 340, where the suite reads six under one, and
    # 342's one grassroots label read as efficiency); labels of what are no longer measures dropped
    # (blind_plans340: 102 of 106, a section on the 重大意义 and report-phone lines; 342: 135 of 141, a table of contents)
    "blind_plans340": (102, (0.557, 0.350, 0.163, 0.000, 0.917), (0.52, 0.32, 0.13, 0.00, 0.88)),
    # (blind_plans341: 100 of 101 since 2026-12-07, its f545_06's 三、保障措施①…；②…；③… split at the lost break, the merged
    # measure's label no longer matching)
    "blind_plans341": (100, (0.822, 0.789, 0.778, 0.850, 0.967), (0.79, 0.75, 0.74, 0.82, 0.93)),
    # (blind_plans342: 134 of 135 since 2026-12-07, its f546_06's （四）…。1．编制… split at the lost break, the merged
    # measure's label no longer matching)
    "blind_plans342": (134, (0.773, 0.472, 0.248, 0.000, 0.883), (0.74, 0.44, 0.21, 0.00, 0.85)),
    # (the twenty-third session's first round, labelled on its first run; blind_plans344: 108 of 113, a remedy label run
    # onto its problem's line, an article classifying meetings, a rule sentence over its run and an attachment list's
    # entry; 345: 111 of 114, a label a wrap cut; 346: 98 of 99, a lead to tasks over ①②③)
    "blind_plans343": (108, (0.852, 0.805, 0.603, 0.820, 0.867), (0.82, 0.77, 0.57, 0.79, 0.83)),
    "blind_plans344": (108, (0.894, 0.871, 0.610, 0.927, 0.833), (0.85, 0.83, 0.57, 0.89, 0.80)),
    "blind_plans345": (111, (0.605, 0.541, 0.584, 0.667, 0.833), (0.55, 0.48, 0.50, 0.53, 0.80)),
    "blind_plans346": (98, (0.697, 0.651, 0.618, 0.833, 0.917), (0.66, 0.62, 0.58, 0.80, 0.88)),
    "blind_plans347": (120, (0.833, 0.812, 0.792, 0.897, 0.950), (0.80, 0.78, 0.76, 0.86, 0.92)),
    # (the twenty-third session's second round, labelled on its first run; blind_plans348: 104 of 105, a principle article)
    "blind_plans348": (104, (0.657, 0.616, 0.516, 0.619, 0.867), (0.62, 0.58, 0.48, 0.58, 0.83)),
    "blind_plans349": (110, (0.709, 0.662, 0.526, 0.647, 0.900), (0.67, 0.63, 0.49, 0.61, 0.87)),
    "blind_plans350": (93, (0.559, 0.445, 0.454, 0.667, 0.883), (0.52, 0.41, 0.42, 0.63, 0.85)),
    "blind_plans351": (103, (0.641, 0.601, 0.683, 0.882, 0.883), (0.61, 0.57, 0.65, 0.85, 0.85)),
    "blind_plans352": (111, (0.847, 0.829, 0.739, 0.900, 1.000), (0.81, 0.79, 0.70, 0.87, 0.97)),
    # (the twenty-third session's third round, labelled on its first run; blind_plans354: 91 of 92, a title naming sloth
    # over its run)
    "blind_plans353": (101, (0.554, 0.467, 0.482, 0.727, 0.850), (0.52, 0.43, 0.45, 0.69, 0.82)),
    "blind_plans354": (91, (0.891, 0.875, 0.856, 0.878, 0.933), (0.86, 0.84, 0.82, 0.84, 0.90)),
    "blind_plans355": (135, (0.800, 0.779, 0.677, 0.883, 1.000), (0.77, 0.74, 0.64, 0.85, 0.97)),
    "blind_plans356": (103, (0.757, 0.702, 0.619, 0.692, 0.900), (0.72, 0.67, 0.58, 0.66, 0.87)),
    "blind_plans357": (138, (0.877, 0.866, 0.851, 0.926, 1.000), (0.84, 0.83, 0.82, 0.89, 0.97)),
    # (the twenty-third session's fourth round, labelled on its first run; blind_plans360: 145 of 148, a split header, a
    # table's lead and a field's numbered symptoms; 362: 122 of 126, an inspection's points)
    "blind_plans358": (120, (0.925, 0.917, 0.881, 0.955, 0.950), (0.89, 0.88, 0.85, 0.92, 0.92)),
    "blind_plans359": (111, (0.856, 0.841, 0.790, 0.943, 0.883), (0.82, 0.81, 0.76, 0.91, 0.85)),
    "blind_plans360": (145, (0.777, 0.751, 0.730, 0.848, 0.867), (0.74, 0.71, 0.70, 0.81, 0.83)),
    "blind_plans361": (111, (0.721, 0.672, 0.572, 0.776, 0.867), (0.69, 0.64, 0.54, 0.74, 0.83)),
    "blind_plans362": (122, (0.857, 0.811, 0.633, 0.897, 0.933), (0.82, 0.78, 0.60, 0.86, 0.90)),
    # (the twenty-third session's fifth round, labelled on its first run; blind_plans363: 94 of 96, a problem that
    # persists and a pointer to the ledger; 364: 125 of 126; 367: 76 of 82, an interpretation page's answers)
    "blind_plans363": (94, (0.958, 0.953, 0.857, 0.980, 0.933), (0.92, 0.92, 0.82, 0.95, 0.90)),
    # (blind_plans364: 121 of 125 since 2026-12-08, its f568_02's <pre> ledger read row by row, the first run's four
    # category measures' labels no longer matching)
    "blind_plans364": (121, (0.810, 0.786, 0.757, 0.928, 1.000), (0.78, 0.75, 0.72, 0.89, 0.97)),
    # (blind_plans365: 109 of 112 since 2026-12-08, its f569_03's attached rows restating its headings no longer
    # measures; 372: 122 of 126, its f576_06's likewise)
    "blind_plans365": (109, (0.589, 0.544, 0.515, 0.629, 0.933), (0.55, 0.51, 0.48, 0.59, 0.90)),
    "blind_plans366": (110, (0.664, 0.597, 0.583, 0.703, 0.900), (0.63, 0.56, 0.55, 0.67, 0.87)),
    "blind_plans367": (76, (0.878, 0.863, 0.834, 0.872, 0.900), (0.84, 0.83, 0.75, 0.84, 0.87)),
    # (the twenty-third session's sixth round, labelled on its first run; blind_plans370: 115 of 123, the rows of a table
    # naming the text's headings)
    "blind_plans368": (130, (0.815, 0.798, 0.777, 0.932, 1.000), (0.78, 0.76, 0.74, 0.90, 0.97)),
    # (blind_plans369: 109 of 110 since 2026-12-08, its f573_03's section pointing to its unsigned plan's list no longer
    # a measure)
    "blind_plans369": (109, (0.918, 0.910, 0.804, 1.000, 0.933), (0.88, 0.88, 0.77, 0.97, 0.90)),
    "blind_plans370": (115, (0.715, 0.667, 0.515, 0.606, 0.917), (0.68, 0.63, 0.47, 0.57, 0.88)),
    "blind_plans371": (117, (0.761, 0.732, 0.691, 0.776, 0.917), (0.73, 0.70, 0.66, 0.74, 0.88)),
    "blind_plans372": (122, (0.905, 0.892, 0.788, 0.945, 0.983), (0.87, 0.86, 0.75, 0.91, 0.95)),
    # (the twenty-third session's seventh round, labelled on its first run; blind_plans377: 101 of 104, a lead to details)
    "blind_plans373": (128, (0.812, 0.794, 0.744, 0.923, 0.967), (0.78, 0.76, 0.71, 0.89, 0.93)),
    "blind_plans374": (123, (0.846, 0.832, 0.815, 0.958, 0.967), (0.81, 0.80, 0.78, 0.92, 0.93)),
    # (blind_plans375: 83 of 86 since 2026-12-08, its f579_01 and f579_04 read as tables whose cells a PDF centred, the
    # first run's row fragments' labels no longer matching)
    "blind_plans375": (83, (0.849, 0.815, 0.789, 0.877, 0.967), (0.81, 0.78, 0.75, 0.84, 0.93)),
    "blind_plans376": (75, (0.840, 0.824, 0.835, 0.833, 0.900), (0.81, 0.79, 0.80, 0.80, 0.87)),
    "blind_plans377": (101, (0.798, 0.763, 0.790, 0.894, 0.933), (0.76, 0.72, 0.76, 0.84, 0.90)),
    # (the twenty-fourth session's first round, labelled on its first run; blind_plans378: 106 of 107, a title over a
    # table; 379: 108 of 114, a problem list; 381: 119 of 120, a run after a lead; 382: 66 of 72, a notice's cases)
    "blind_plans378": (106, (0.813, 0.792, 0.623, 0.868, 1.000), (0.78, 0.76, 0.59, 0.83, 0.97)),
    "blind_plans379": (108, (0.693, 0.628, 0.688, 0.818, 0.917), (0.66, 0.59, 0.65, 0.78, 0.87)),
    "blind_plans380": (125, (0.864, 0.850, 0.835, 0.889, 0.933), (0.83, 0.82, 0.80, 0.85, 0.90)),
    # (blind_plans381: 115 of 119 since 2026-12-08, its left-out f585_06's in-text task list restating its headings
    # no longer measures)
    "blind_plans381": (115, (0.742, 0.692, 0.718, 0.898, 0.867), (0.71, 0.66, 0.68, 0.86, 0.83)),
    "blind_plans382": (66, (0.708, 0.632, 0.429, 0.800, 0.917), (0.65, 0.57, 0.39, 0.73, 0.87)),
    # (the twenty-fourth session's second round, labelled on its first run; blind_plans385: 106 of 107, an item read as
    # a problem; 386: 73 of 76, a table read as one measure and a report's section)
    "blind_plans383": (116, (0.638, 0.582, 0.630, 0.800, 0.900), (0.60, 0.55, 0.60, 0.77, 0.87)),
    "blind_plans384": (94, (0.904, 0.894, 0.889, 0.960, 0.967), (0.87, 0.86, 0.85, 0.93, 0.93)),
    "blind_plans385": (106, (0.645, 0.555, 0.458, 0.640, 0.933), (0.61, 0.52, 0.42, 0.61, 0.90)),
    "blind_plans386": (73, (0.829, 0.751, 0.586, 0.786, 0.800), (0.79, 0.72, 0.55, 0.75, 0.75)),
    "blind_plans387": (96, (0.792, 0.758, 0.595, 0.845, 0.833), (0.76, 0.72, 0.56, 0.81, 0.80)),
    # (the twenty-fourth session's third round, labelled on its first run; blind_plans389: 99 of 106, a rule's
    # exceptions, a closing clause, a class-managed matter and a run after a lead)
    "blind_plans388": (89, (0.730, 0.695, 0.620, 0.750, 0.967), (0.70, 0.66, 0.59, 0.72, 0.93)),
    "blind_plans389": (99, (0.840, 0.776, 0.647, 0.897, 0.933), (0.81, 0.74, 0.61, 0.86, 0.90)),
    "blind_plans390": (105, (0.648, 0.560, 0.574, 0.583, 0.900), (0.61, 0.53, 0.54, 0.55, 0.87)),
    "blind_plans391": (132, (0.917, 0.907, 0.842, 0.966, 1.000), (0.88, 0.87, 0.81, 0.93, 0.97)),
    "blind_plans392": (88, (0.830, 0.813, 0.769, 0.836, 0.967), (0.80, 0.78, 0.73, 0.80, 0.93)),
    # (the twenty-fourth session's fourth round, labelled on its first run; blind_plans396: 111 of 119, a pledge's
    # items; 397: 144 of 156, a table's line fragments and a lead)
    "blind_plans393": (120, (0.867, 0.847, 0.761, 0.909, 0.967), (0.83, 0.81, 0.73, 0.87, 0.93)),
    "blind_plans394": (93, (0.667, 0.613, 0.544, 0.702, 0.883), (0.63, 0.58, 0.51, 0.67, 0.85)),
    "blind_plans395": (129, (0.713, 0.686, 0.649, 0.795, 0.917), (0.68, 0.65, 0.61, 0.76, 0.88)),
    "blind_plans396": (111, (0.807, 0.785, 0.685, 0.902, 0.917), (0.77, 0.75, 0.64, 0.85, 0.88)),
    "blind_plans397": (144, (0.821, 0.803, 0.830, 0.896, 0.933), (0.79, 0.77, 0.77, 0.86, 0.90)),
    # (the twenty-fourth session's fifth round, labelled on its first run; blind_plans399: 99 of 100, a meeting's
    # decisions)
    "blind_plans398": (132, (0.924, 0.917, 0.838, 0.949, 0.967), (0.89, 0.88, 0.80, 0.91, 0.93)),
    "blind_plans399": (99, (0.860, 0.843, 0.719, 0.931, 0.950), (0.82, 0.81, 0.68, 0.90, 0.92)),
    "blind_plans400": (113, (0.796, 0.763, 0.677, 0.923, 0.917), (0.76, 0.73, 0.64, 0.89, 0.88)),
    "blind_plans401": (108, (0.713, 0.657, 0.528, 0.656, 0.967), (0.68, 0.62, 0.49, 0.62, 0.93)),
    "blind_plans402": (123, (0.756, 0.715, 0.757, 0.846, 0.917), (0.72, 0.68, 0.72, 0.81, 0.88)),
}


def _scored(folder: str) -> pd.DataFrame:
    """A batch's ``validation_summary`` as the tables stage makes it: the segmenter checked and chosen as
    :func:`analysis.pipeline.run` does, every per-document stage (loading, extraction, segmentation,
    themes), then the validation stage alone (clustering, coverage, stringency and reuse do not feed it)."""
    params = runner.resolve_segmenter(pipeline.resolve_params(None), DATA / folder)
    tables = pipeline.build_tables(DATA / folder, params, progress=False, corpus_stages=[validation.validation_stage])
    return tables["validation_summary"]


@pytest.mark.parametrize("folder", sorted(END_TO_END))
def test_end_to_end_on_blind_plan_files_with_a_blind_writers_theme_labels(folder):
    """A blind batch's files through the tables stage, scored against theme labels a further writer
    gave their measures from the codebook alone (``labels/theme_labels.csv``). The first-run figures are in
    :data:`END_TO_END`; the guards sit a little below them."""
    n, _first_run, guards = END_TO_END[folder]
    s = _scored(folder).set_index("metric")["value"]
    assert s["n_labels"] == s["n_matched"] == n
    metrics = ("accuracy", "cohen_kappa", "macro_f1", "headline_f1", "coverage_agreement_core")
    assert all(s[m] >= g for m, g in zip(metrics, guards)), s[list(metrics)].to_dict()


# batches also run through the whole tables stage (every corpus-wide stage, tables written): a few, each of a
# different kind (the first mainstream plans, 2014 rectification, files holding more than the plan, 2018 细则,
# office-area tables, study rules), as the 124 scored above would take minutes more for the same scores
WHOLE_STAGE = ["blind_plans6", "blind_plans48", "blind_plans64", "blind_plans102", "blind_plans116", "blind_plans129"]


@pytest.mark.parametrize("folder", WHOLE_STAGE)
def test_the_whole_tables_stage_writes_the_scores_its_theme_stages_give(tmp_path, folder):
    pipeline.run(DATA / folder, tmp_path, progress=False)
    written = tableio.read_table(tmp_path, "validation_summary")
    pd.testing.assert_frame_equal(written, _scored(folder), check_dtype=False)
    assert len(tableio.read_table(tmp_path, "clusters")) and len(tableio.read_table(tmp_path, "coverage_by_document"))

#!/bin/sh
# Rebuild all five PDFs, truth files and key.csv. Run from ..
set -e
PY=python
mkdir -p out
$PY make_01.py 12   && soffice --headless --convert-to pdf --outdir out f75_01.docx
$PY make_02.py 10.5pt && soffice --headless --convert-to pdf --outdir out f75_02.fodt
$PY make_03.py
$PY make_04.py 11
$PY make_05.py 11   && soffice --headless --convert-to pdf --outdir out f75_05.docx
cp out/f75_0[1-5].pdf ..
$PY plans.py .. > /dev/null

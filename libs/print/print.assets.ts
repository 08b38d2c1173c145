/** The print pages' stylesheet and their only script, served as files (/print/print.css, /print/print.js): the CSP allows no inline script. */
export const PRINT_CSS = `/* 公示 and household-visit sheets: A4, Chinese serif headings, printed in black on white. */
@page { size: A4 portrait; margin: 16mm 16mm 18mm; }
* { box-sizing: border-box; }
html { background: #e8e8e8; }
body { margin: 0; color: #111; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 11pt; line-height: 1.6; }
.sheet { width: 210mm; min-height: 297mm; margin: 12px auto; padding: 16mm; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, .2); position: relative; }
header.notice { text-align: center; border-bottom: 3px double #a30d24; padding-bottom: 6mm; margin-bottom: 6mm; }
.org { font-size: 12pt; letter-spacing: .1em; color: #a30d24; margin: 0; }
h1 { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; font-size: 24pt; margin: 2mm 0 0; letter-spacing: .08em; }
h2 { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; font-size: 14pt; margin: 6mm 0 2mm; border-left: 4px solid #a30d24; padding-left: 3mm; }
.subtitle { font-size: 15pt; margin: 2mm 0 0; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; }
th, td { border: 1px solid #444; padding: 2mm 3mm; text-align: left; vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; white-space: nowrap; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 3mm 0; }
.figure { border: 1px solid #444; padding: 3mm; text-align: center; }
.figure b { display: block; font-size: 16pt; }
.bottom { display: flex; gap: 8mm; align-items: flex-end; margin-top: 8mm; }
.bottom .text { flex: 1; }
.qr { width: 38mm; text-align: center; font-size: 9pt; }
.qr svg { width: 38mm; height: 38mm; display: block; }
.stamp { text-align: right; margin-top: 8mm; }
.muted { color: #444; font-size: 10pt; }
.boxes { display: flex; gap: 3mm; }
.boxes span { display: inline-flex; width: 9mm; height: 9mm; border: 1.5px solid #111; align-items: center; justify-content: center; font-size: 10pt; }
.fill { border-bottom: 1px solid #111; display: inline-block; min-width: 45mm; height: 6mm; }
.notes { height: 30mm; border: 1px solid #444; }
.fields { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm 8mm; margin: 4mm 0; }
.toolbar { width: 210mm; margin: 12px auto 0; display: flex; gap: 12px; align-items: center; font-size: 14px; }
.toolbar button, .toolbar a { font: inherit; padding: 8px 16px; border-radius: 6px; border: 1px solid #a30d24; background: #a30d24; color: #fff; cursor: pointer; text-decoration: none; }
.toolbar a { background: #fff; color: #a30d24; }
@media print {
  html, body { background: #fff; }
  .sheet { margin: 0; padding: 0; width: auto; min-height: 0; box-shadow: none; }
  .toolbar { display: none; }
  h2, table, .figures, .bottom { break-inside: avoid; }
}
`;

export const PRINT_JS = `// The print pages' only script (served as a file: the CSP allows no inline script).
document.getElementById('print-now')?.addEventListener('click', () => window.print());
`;

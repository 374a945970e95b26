import { createHash } from "node:crypto";

/**
 * The public pages' only assets, served by the registry itself (no CDN, no web font): one
 * stylesheet with the print rules for A4, and one small script that adds search as you type
 * to the catalogue form (the form works without it). Versioned by their hash in the URL.
 */
export const PUBLIC_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;font-size:100%;line-height:1.5;color:#0b0c0c;background:#fff;-webkit-text-size-adjust:100%}
body{margin:0}
a{color:#1d70b8;text-decoration:underline;text-underline-offset:.15em}
a:visited{color:#4c2c92}
a:hover{color:#003078;text-decoration-thickness:3px}
a:focus,button:focus,input:focus,select:focus,summary:focus{outline:3px solid #fd0;outline-offset:0;background-color:#fd0;color:#0b0c0c;box-shadow:0 4px #0b0c0c;text-decoration:none}
input:focus,select:focus{background-color:#fff;box-shadow:inset 0 0 0 2px #0b0c0c}
.skip-link{position:absolute;left:-9999px;top:0;padding:.5rem 1rem;background:#fd0;color:#0b0c0c}
.skip-link:focus{left:0;z-index:10}
.site-header{background:#0b0c0c;color:#fff;padding:.75rem 0;border-bottom:10px solid #1d70b8}
.site-header a,.site-header a:visited{color:#fff;font-weight:700;text-decoration:none}
.site-header a:focus{color:#0b0c0c}
.header-bar{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.5rem 1rem}
.site-header a.staff-link{font-weight:400;text-decoration:underline;text-underline-offset:.15em}
.width{max-width:60rem;margin:0 auto;padding:0 1rem}
main{padding:1.5rem 0 3rem}
.breadcrumbs{font-size:.9rem;margin:1rem 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:.25rem .5rem}
.breadcrumbs li+li::before{content:"›";margin-right:.5rem;color:#505a5f}
h1{font-size:2rem;line-height:1.2;margin:0 0 1.5rem}
h2{font-size:1.5rem;line-height:1.25;margin:2rem 0 1rem}
h3{font-size:1.2rem;line-height:1.3;margin:1.5rem 0 .75rem}
h4{font-size:1rem;margin:1rem 0 .5rem}
.caption{display:block;color:#505a5f;font-size:1rem;font-weight:400;margin-bottom:.25rem}
.lead{font-size:1.2rem}
.hint{color:#505a5f}
.tag{display:inline-block;padding:.1rem .5rem;border:2px solid #0b0c0c;font-weight:700;font-size:.9rem}
.tag-free{border-color:#00703c;color:#005a30}
.notice{border-left:10px solid #1d70b8;padding:.75rem 1rem;margin:1rem 0;background:#f3f2f1}
.notice-important{border-left-color:#b1261a}
form.search{background:#f3f2f1;padding:1rem;margin:0 0 1.5rem}
.field{margin:0 0 1rem}
label,legend{display:block;font-weight:700;margin-bottom:.25rem}
fieldset{border:0;margin:0 0 1rem;padding:0}
legend.page-legend{font-size:2rem;line-height:1.2;margin-bottom:1.5rem}
.field .hint{display:block;font-weight:400;margin-bottom:.25rem}
input[type=search],input[type=text],select{font:inherit;width:100%;max-width:30rem;min-height:2.5rem;padding:.3rem .5rem;border:2px solid #0b0c0c;border-radius:0;background:#fff;color:#0b0c0c}
.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:0 1rem}
.radios label{display:flex;gap:.5rem;align-items:center;font-weight:400;min-height:2.5rem}
.radios input{width:1.5rem;height:1.5rem;margin:0}
button,.button{font:inherit;font-weight:700;display:inline-block;min-height:2.5rem;padding:.4rem 1rem;border:0;border-radius:0;background:#00703c;color:#fff;box-shadow:0 2px 0 #002d18;cursor:pointer;text-decoration:none}
.button:visited{color:#fff}
.button-secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
.results{list-style:none;margin:0;padding:0}
.results>li{border-bottom:1px solid #b1b4b6;padding:1rem 0}
.results h2{font-size:1.25rem;margin:0 0 .5rem}
dl.summary{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.25rem 1rem;margin:0}
dl.summary dt{font-weight:700}
dl.summary dd{margin:0}
dl.summary.answers{grid-template-columns:minmax(12rem,24rem) 1fr}
.pagination{display:flex;justify-content:space-between;gap:1rem;margin:2rem 0 0;padding:0;list-style:none}
.element{border-top:1px solid #b1b4b6;padding-top:.5rem;margin-top:1.5rem}
.element h3{margin-top:.5rem}
.element .reference{display:block;color:#505a5f;font-size:.9rem;font-weight:400}
ol.items{padding-left:1.5rem}
ol.items>li{margin-bottom:.75rem}
.item-title{font-weight:700}
.field-line{margin:.25rem 0}
.field-line .name{font-weight:700}
blockquote.wording{margin:.75rem 0;padding:.5rem 1rem;border-left:5px solid #b1b4b6;color:#0b0c0c;background:#f8f8f8}
blockquote.wording footer{color:#505a5f;font-size:.9rem;margin-top:.25rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}
caption{text-align:left;font-weight:700;font-size:1.1rem;margin-bottom:.5rem}
th,td{border-bottom:1px solid #b1b4b6;padding:.5rem .75rem .5rem 0;text-align:left;vertical-align:top}
td.num,th.num{text-align:right}
details{margin:1rem 0}
summary{cursor:pointer;color:#1d70b8;text-decoration:underline}
pre.query{white-space:pre-wrap;word-break:break-word;background:#f3f2f1;padding:1rem;font-size:.85rem;max-height:30rem;overflow:auto}
.checklist li{margin-bottom:.75rem}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}
.error-summary{border:5px solid #b1261a;padding:1rem;margin:0 0 1.5rem}
.error-summary h2{margin-top:0}
.error-summary a{color:#b1261a;font-weight:700}
.error-message{color:#b1261a;font-weight:700;margin:0 0 .25rem}
.site-footer{border-top:1px solid #b1b4b6;padding:1.5rem 0;color:#505a5f;font-size:.9rem}
@media (max-width:40rem){dl.summary,dl.summary.answers{grid-template-columns:1fr}h1{font-size:1.6rem}}
@media print{
  @page{size:A4;margin:10mm 10mm 12mm 20mm;@bottom-right{content:"стр. " counter(page) " из " counter(pages);font:8.5pt "Times New Roman","Liberation Serif","DejaVu Serif Condensed",serif}}
  html{font-family:"Times New Roman","Liberation Serif","DejaVu Serif Condensed","DejaVu Serif",serif;font-size:9.5pt;line-height:1.18;color:#000}
  .site-header,.site-footer,.skip-link,.breadcrumbs,.no-print,form,nav{display:none!important}
  .width{max-width:none;padding:0}
  main{padding:0}
  a,a:visited{color:#000;text-decoration:none}
  p{margin:0 0 2pt}
  .lead{font-size:10.5pt}
  h1{font-size:14pt;margin:0 0 5pt}
  h2{font-size:12.5pt;margin:6pt 0 3pt}
  h3{font-size:11pt;margin:5pt 0 2pt}
  h4{font-size:10pt;margin:5pt 0 1pt}
  h1,h2,h3,h4,.item-title{break-after:avoid;page-break-after:avoid;break-inside:avoid;page-break-inside:avoid}
  .hint{color:#000}
  .source-line{margin-top:4pt;font-size:8.5pt}
  /* long items may run on to the next page, never with fewer than three lines on either side */
  p,li{orphans:3;widows:3}
  blockquote,tr,dl.summary{break-inside:avoid;page-break-inside:avoid}
  .element{border-top:0;margin-top:0;padding-top:0}
  /* the element's reference runs on after its title; the part's heading names the law */
  .element h4 .reference{display:inline;font-size:8pt;margin-left:.3em;white-space:nowrap}
  .element h4 .reference .law{display:none}
  .field-line{margin:0 0 2pt}
  .field-line span.name{font-weight:400;font-style:italic}
  ol.items{margin:1pt 0 2pt;padding-left:1.4em}
  ol.items>li{margin-bottom:2pt}
  /* a regulation writes short fields as one paragraph: the item's title, then its fields after a full stop, separated by semicolons */
  ol.items>li>p.item-title{display:inline;margin:0}
  ol.items>li>p.item-title+p.field-line::before{content:". "}
  ol.items>li>p.field-line,.element>p.field-line{display:inline;margin:0}
  ol.items>li>p.field-line+p.field-line::before,.element>p.field-line+p.field-line::before{content:"; "}
  .element>p.field-line:last-of-type::after{content:"";display:block;margin-bottom:2pt}
  dl.summary{gap:0 8pt;grid-template-columns:36mm 1fr}
  dl.summary.answers{grid-template-columns:75mm 1fr}
  .notice{background:none;border:1pt solid #000;border-left-width:4pt;padding:3pt 6pt;margin:5pt 0}
  blockquote.wording{background:none;margin:2pt 0;padding:1pt 6pt;border-left-width:2pt}
  table{margin:3pt 0}
  caption{font-size:10pt;margin-bottom:2pt}
  th,td{padding:1pt 6pt 1pt 0}
  thead{display:table-header-group}
  details{display:block}
  details>summary{display:none}
  .checklist li{margin-bottom:3pt}
  .print-only{display:block!important}
}
.print-only{display:none}
`;

/**
 * Search as you type on the catalogue (progressive enhancement: the GET form works without it).
 * 350 ms after the last keystroke in the search or territory field (at once on a select or a
 * radio) the same GET is fetched and its results, count and error summary replace the page's;
 * the count is a status region, so a screen reader hears it; the address follows the form.
 * An unfinished territory code is not sent (the form reports it when submitted).
 */
export const PUBLIC_JS = `(function () {
  var form = document.querySelector("form[data-live]");
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams || !window.FormData) return;
  var timer, last = 0;
  function swap(doc, id) {
    var next = doc.getElementById(id), current = document.getElementById(id);
    if (next && current) current.replaceWith(next);
  }
  function run() {
    var territory = form.elements.namedItem("territory");
    if (territory && territory.value && !/^\\d{2,11}$/.test(territory.value.trim())) return;
    var data = new URLSearchParams(new FormData(form));
    ["after", "before", "page"].forEach(function (k) { data.delete(k); });
    var url = form.getAttribute("action") + "?" + data.toString(), mine = ++last;
    var results = document.getElementById("results");
    if (results) results.setAttribute("aria-busy", "true");
    fetch(url, { headers: { accept: "text/html" }, credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (text) {
        if (mine !== last) return;
        var doc = new DOMParser().parseFromString(text, "text/html");
        swap(doc, "results");
        swap(doc, "problems");
        var count = doc.getElementById("result-count"), shown = document.getElementById("result-count");
        if (count && shown) shown.textContent = count.textContent;
        document.title = doc.title;
        history.replaceState(null, "", url);
      })
      .catch(function () { var r = document.getElementById("results"); if (r) r.removeAttribute("aria-busy"); });
  }
  form.addEventListener("input", function (e) {
    var type = e.target.type;
    if (type !== "search" && type !== "text") return;
    clearTimeout(timer);
    timer = setTimeout(run, 350);
  });
  form.addEventListener("change", function (e) {
    if (e.target.tagName !== "SELECT" && e.target.type !== "radio") return;
    clearTimeout(timer);
    run();
  });
})();
`;

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);
export const CSS_PATH = `/catalog/assets/public.${hash(PUBLIC_CSS)}.css`;
export const JS_PATH = `/catalog/assets/search.${hash(PUBLIC_JS)}.js`;

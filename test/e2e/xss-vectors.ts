/**
 * The stored-XSS corpus of xss.e2e.test.ts, written by the Xabar team from the classes of the OWASP
 * XSS filter-evasion cheat sheet and of the mutation-XSS (mXSS) literature. Nothing here is pasted
 * from a third-party list.
 *
 * Every vector, when it runs, calls a marker with its own number, so a hit says which vector it was:
 * `__xss(§)`, or one of the dialogs `alert(§)` / `confirm(§)` / `prompt(§)` / `print(§)` (trapped by
 * the harness; an untrapped one opens a dialog, which the harness also catches). Frames use
 * `parent.__xss(§)`. Clobbering vectors call nothing: they name an element `__xssc§` (or clobber
 * `document.cookie`), which the harness looks for. `§` is replaced by the vector's number.
 *
 * `context` says where a vector is meant to land when the harness shows it unsanitized (the
 * positive control): `html` in element content, `dq`/`sq`/`uq` inside a double-, single-quoted or
 * unquoted attribute value, `url` as a link's href.
 */
export type VectorContext = "html" | "dq" | "sq" | "uq" | "url";

export interface XssVector {
  /** 1…n, the number the vector's marker call carries. */
  id: number;
  /** The source category (see CATEGORIES). */
  category: VectorCategory;
  context: VectorContext;
  html: string;
  /**
   * Why the vector cannot run in Chromium even unsanitized (IE-era syntax, or markup that is
   * escaped already): it is here to catch a sanitizer or renderer that decodes and re-serializes
   * it into live markup. The positive control checks that exactly these stay quiet when raw.
   */
  inert?: string;
}

type Source = string | ((id: number) => string) | { context: VectorContext; html: string; inert?: string };

const b64 = (text: string): string => Buffer.from(text, "utf8").toString("base64");
const url = (html: string): Source => ({ context: "url", html });
const dq = (html: string): Source => ({ context: "dq", html });
const sq = (html: string): Source => ({ context: "sq", html });
const uq = (html: string): Source => ({ context: "uq", html });
const ESCAPED = "escaped text: live only if something decodes it into markup";
const QUOTED = "entities inside a quoted value: live only if a sanitizer writes them back unescaped";
const inert = (html: string, why: string): Source => ({ context: "html", html, inert: why });

/** OWASP cheat sheet: script elements in every casing, spacing and obfuscation. */
const SCRIPT_TAGS: Source[] = [
  "<script>__xss(§)</script>",
  "<SCRIPT>__xss(§)</SCRIPT>",
  "<ScRiPt>__xss(§)</sCrIpT>",
  '<script type="text/javascript">__xss(§)</script>',
  "<script type=module>__xss(§)</script>",
  '<script src="data:text/javascript,__xss(§)"></script>',
  "<script src=data:,alert(§)></script>",
  "<script>alert(§)</script>",
  "<script>confirm(§)</script>",
  "<script>prompt(§)</script>",
  "<script>print(§)</script>",
  "<script\t>__xss(§)</script\t>",
  "<script\n>__xss(§)</script\n>",
  "<script/xss>__xss(§)</script>",
  '<script/src="data:,__xss(§)"></script>',
  "<script>window['__x'+'ss'](§)</script>",
  "<script>eval('__xss(§)')</script>",
  "<script>setTimeout('__xss(§)')</script>",
  "<script>[].constructor.constructor('__xss(§)')()</script>",
  "<script ~~~>__xss(§)</script ~~~>",
  "<script>__xss(§)//",
  "<scr<script>ipt>__xss(§)</scr</script>ipt>",
  "<scr\0ipt>__xss(§)</scr\0ipt>",
  "<script>\u2028__xss(§)</script>",
  "<svg><script>__xss(§)</script></svg>",
  '<svg><script href="data:,__xss(§)"/></svg>',
  '<svg><script xlink:href="data:,__xss(§)"></script></svg>',
  "<script>onerror=__xss;throw §</script>",
  (n) => `<script>eval(atob('${b64(`__xss(${n})`)}'))</script>`,
  "<SCRIPT SRC=data:text/javascript,__xss(§)?< B >",
];

/** OWASP: img and svg with load and error handlers, spelled every way a parser accepts. */
const IMG_SVG: Source[] = [
  "<img src=x onerror=__xss(§)>",
  "<IMG SRC=x ONERROR=__xss(§)>",
  '<img src=x onerror="__xss(§)">',
  "<img src=x onerror='__xss(§)'>",
  "<img src=x onerror=alert(§)>",
  "<img src=x:x onerror=confirm(§)>",
  "<img src onerror=prompt(§)>",
  "<img src=/ onerror=print(§)>",
  "<img/src=x/onerror=__xss(§)>",
  "<img src=x onerror\t=__xss(§)>",
  "<img src=x onerror\n=__xss(§)>",
  inert("<img src=x\0onerror=__xss(§)>", "NUL keeps onerror inside the src value (old IE split it)"),
  '<img src="x" onerror="&#95;&#95;xss(§)">',
  "<img src=x onerror=__xss&#40;§&#41;>",
  (n) => `<img src=x onerror="eval(atob('${b64(`__xss(${n})`)}'))">`,
  "<img src=data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7 onload=__xss(§)>",
  "<img srcset=x onerror=__xss(§)>",
  "<image src=x onerror=__xss(§)>",
  "<svg onload=__xss(§)>",
  "<svg/onload=__xss(§)>",
  "<SVG ONLOAD=alert(§)>",
  "<svg><animate onbegin=__xss(§) attributeName=x dur=1s>",
  "<svg><set attributeName=x to=1 onbegin=__xss(§)>",
  "<svg><image href=x onerror=__xss(§) />",
  "<svg><foreignObject><img src=x onerror=__xss(§)></foreignObject></svg>",
  "<svg><discard onbegin=__xss(§)>",
  "<svg><animateTransform attributeName=transform onbegin=__xss(§)>",
  "<svg><a><animate attributeName=href values=javascript:__xss(§) /><text x=20 y=20>x</text></a></svg>",
];

/** OWASP: documents inside documents and handlers of the document itself. */
const EMBEDDING: Source[] = [
  "<body onload=__xss(§)>",
  "<BODY ONLOAD=alert(§)>",
  "<body onpageshow=__xss(§)>",
  '<iframe src="javascript:parent.__xss(§)"></iframe>',
  "<iframe src=javascript:alert(§)>",
  "<iframe onload=__xss(§)>",
  '<iframe srcdoc="<script>parent.__xss(§)</script>">',
  '<iframe srcdoc="&lt;img src=x onerror=parent.__xss(§)&gt;">',
  '<iframe src="data:text/html,<script>alert(§)</script>">',
  '<iframe src=" javascript:parent.__xss(§)">',
  '<object data="javascript:__xss(§)"></object>',
  (n) => `<object data="data:text/html;base64,${b64(`<script>alert(${n})</script>`)}"></object>`,
  '<embed src="data:text/html,<script>alert(§)</script>">',
  "<embed src=javascript:__xss(§)>",
  "<frameset onload=__xss(§)>",
  inert('<frameset><frame src="javascript:parent.__xss(§)"></frameset>', "a frameset after body content is dropped by the parser"),
  "<object data=x onerror=__xss(§)></object>",
];

/** OWASP: event handlers on many elements, fired by loading, autofocus, toggling, animation, media. */
const EVENT_HANDLERS: Source[] = [
  "<details open ontoggle=__xss(§)>",
  "<details ontoggle=alert(§) open>x</details>",
  "<marquee onstart=__xss(§)>x</marquee>",
  "<marquee loop=1 width=0 onfinish=__xss(§)>x</marquee>",
  "<input autofocus onfocus=__xss(§)>",
  "<select autofocus onfocus=__xss(§)></select>",
  "<textarea autofocus onfocus=__xss(§)></textarea>",
  "<keygen autofocus onfocus=__xss(§)>",
  "<button autofocus onfocus=__xss(§)>x</button>",
  "<div contenteditable autofocus onfocus=__xss(§)>x</div>",
  "<xss autofocus tabindex=1 onfocus=__xss(§)></xss>",
  "<input onblur=__xss(§) autofocus><input autofocus>",
  "<p onmouseover=__xss(§)>hover</p>",
  '<div onmouseenter=__xss(§) style="position:fixed;inset:0">x</div>',
  "<span onclick=__xss(§)>click</span>",
  '<style>@keyframes x{}</style><div style="animation-name:x" onanimationstart=__xss(§)></div>',
  '<style>@keyframes y{}</style><p style="animation:y 1ms" onanimationend=__xss(§)>x</p>',
  "<style onload=__xss(§)></style>",
  "<link rel=stylesheet href=data:,x onload=__xss(§)>",
  "<input type=image src=x onerror=__xss(§)>",
  "<video autoplay muted src=x onloadstart=__xss(§)></video>",
  "<audio src=x onerror=__xss(§)></audio>",
  "<video src=x onerror=__xss(§)></video>",
  "<xml onreadystatechange=__xss(§)>",
  "<div onpointerover=__xss(§)>x</div>",
  "<svg><set attributeName=onmouseover to=__xss(§)>",
  "<body onscroll=__xss(§)><div style=height:3000px></div>",
  "<a onfocusin=__xss(§) href=https://example.uz/ autofocus>x</a>",
];

/** OWASP: script URLs hidden with entities, tabs, newlines, NUL, control characters and case. */
const URL_SCHEMES: Source[] = [
  '<a href="javascript:__xss(§)">x</a>',
  '<a href="JaVaScRiPt:__xss(§)">x</a>',
  '<a href="&#106;avascript:__xss(§)">x</a>',
  '<a href="&#x6A;avascript:__xss(§)">x</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058__xss(§)">x</a>',
  '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A__xss(§)">x</a>',
  '<a href="jav&#x09;ascript:__xss(§)">x</a>',
  '<a href="jav&#x0A;ascript:__xss(§)">x</a>',
  '<a href="jav&#x0D;ascript:__xss(§)">x</a>',
  '<a href="jav\tascript:__xss(§)">x</a>',
  '<a href="jav\nascript:__xss(§)">x</a>',
  inert('<a href="java\0script:__xss(§)">x</a>', "NUL becomes U+FFFD, so the URL has no script scheme (old IE dropped it)"),
  '<a href=" &#14; javascript:__xss(§)">x</a>',
  '<a href="javascript&colon;__xss(§)">x</a>',
  '<a href="javascript&#58;__xss(§)">x</a>',
  '<a href="&#x20;javascript:__xss(§)">x</a>',
  '<a href="javas&Tab;cript:__xss(§)">x</a>',
  '<a href="javas&NewLine;cript:__xss(§)">x</a>',
  '<a href="javascript://%0a__xss(§)">x</a>',
  '<a href="javascript:%5f%5fxss(§)">x</a>',
  '<a href="vbscript:msgbox(§)">x</a>',
  '<a href="VBScript:__xss(§)">x</a>',
  '<a href="data:text/html,<script>alert(§)</script>">x</a>',
  (n) => `<a href="data:text/html;base64,${b64(`<script>alert(${n})</script>`)}">x</a>`,
  '<a href="javascript:alert(§)">x</a>',
  "<a href=javascript:confirm(§)>x</a>",
  '<a href="\x01javascript:__xss(§)">x</a>',
  '<img src="javascript:__xss(§)">',
  '<img src="jav&#x09;ascript:__xss(§)">',
  '<img dynsrc="javascript:__xss(§)" lowsrc="javascript:__xss(§)">',
  "<map name=m><area shape=rect coords=0,0,99,99 href=javascript:__xss(§)></map><img usemap=#m src=x>",
  '<svg><a xlink:href="javascript:__xss(§)"><text y=20>x</text></a></svg>',
  '<form action="javascript:__xss(§)"><input type=submit></form>',
  "<form><button formaction=javascript:__xss(§)>x</button></form>",
  url("javascript:__xss(§)"),
  url("JAVASCRIPT:__xss(§)"),
  url(" javascript:__xss(§)"),
  url("java\tscript:__xss(§)"),
  url("&#x6A;avascript:__xss(§)"),
  url("data:text/html,<script>alert(§)</script>"),
  url("vbscript:__xss(§)"),
];

/** OWASP: breaking out of an attribute value or a raw-text element the value is rendered into. */
const ATTRIBUTE_BREAKING: Source[] = [
  dq('"><script>__xss(§)</script>'),
  sq("'><script>__xss(§)</script>"),
  dq('"><img src=x onerror=__xss(§)>'),
  sq("' onmouseover='__xss(§)"),
  dq('" onfocus="__xss(§)" autofocus="'),
  dq('" autofocus onfocus=__xss(§) x="'),
  dq('"/><svg onload=__xss(§)>'),
  uq("x onmouseover=__xss(§)"),
  uq("x/onfocus=__xss(§)/autofocus"),
  uq("``><img src=x onerror=__xss(§)>"),
  dq('"><iframe srcdoc="&lt;script&gt;parent.__xss(§)&lt;/script&gt;">'),
  "</title><script>__xss(§)</script>",
  "</textarea><script>__xss(§)</script>",
  "</script><script>__xss(§)</script>",
  "<!--</script><script>__xss(§)</script>-->",
  "\u2028</script><svg onload=__xss(§)>",
  "</style><img src=x onerror=__xss(§)>",
  '<a href="https://example.uz/" onclick="__xss(§)">x</a>',
  '<a href="https://example.uz/" target="_blank" onmouseover=__xss(§)>x</a>',
  '<p style="background:url(javascript:__xss(§))" onclick=__xss(§)>x</p>',
  inert('<img src="https://example.uz/x.png&quot; onerror=&quot;__xss(§)">', QUOTED),
  inert('<img alt="&quot; onerror=__xss(§) x=&quot;" src=x>', QUOTED),
  inert('<a title="&quot;&gt;&lt;img src=x onerror=__xss(§)&gt;" href="https://example.uz/">x</a>', QUOTED),
  inert("<a href=\"https://example.uz/'onmouseover='__xss(§)\">x</a>", "single quotes inside a double-quoted value: live only if re-quoted with single quotes"),
  '<img src=x alt=""onerror=__xss(§)>',
];

/** OWASP: malformed and unclosed tags, doubled brackets, comments, CDATA and processing instructions. */
const MALFORMED: Source[] = [
  '<img """><script>__xss(§)</script>">',
  "<<script>__xss(§);//<</script>",
  "<iframe src=javascript:parent.__xss(§) <",
  "<img src=x onerror=__xss(§)",
  "<svg onload=__xss(§)//",
  "<<img src=x onerror=__xss(§)>>",
  '<!--<img src="--><img src=x onerror=__xss(§)//">',
  "<!-- --!><img src=x onerror=__xss(§)> -->",
  "<!--><img src=x onerror=__xss(§)>-->",
  "<![CDATA[><img src=x onerror=__xss(§)>]]>",
  "<svg><![CDATA[><img src=x onerror=__xss(§)>]]></svg>",
  '<? foo="><script>__xss(§)</script>">',
  '</p title="</p><img src=x onerror=__xss(§)>">',
  "<scr<!---->ipt>__xss(§)</script>",
  inert("<img src=`x`onerror=__xss(§)>", "backtick quoting was IE's only"),
  '<img src=x onerror="__xss(§)"',
  "<div/onmouseover='__xss(§)'>x</div>",
  "<img\fsrc=x\fonerror=__xss(§)>",
  "<img\rsrc=x\ronerror=__xss(§)>",
  "<img/\nsrc=x\nonerror=__xss(§)>",
  "<x/><img src=x onerror=__xss(§)>",
  "<IMG SRC=x onerror=__xss(§) </p>",
  "<a\0href=javascript:__xss(§)>x</a>",
  "<img src=x one\0rror=__xss(§)>",
];

/** OWASP: CSS that runs script in some engine, or whose events do. */
const CSS: Source[] = [
  '<div style="background:url(javascript:__xss(§))">x</div>',
  '<div style="width:expression(__xss(§))">x</div>',
  '<p style="xss:expr/**/ession(__xss(§))">x</p>',
  "<style>@import 'javascript:__xss(§)';</style>",
  '<style>body{background:url("javascript:__xss(§)")}</style>',
  '<link rel=stylesheet href="javascript:__xss(§)">',
  '<style>li{list-style-image:url("javascript:__xss(§)")}</style><ul><li>x</li></ul>',
  '<div style="-moz-binding:url(data:,__xss(§))">x</div>',
  '<img style="xss:expression(__xss(§))" src=x>',
  "<p style=\"background-image:url('&#x6A;avascript:__xss(§)')\">x</p>",
  '<p style="x:\\65xpression(__xss(§))">x</p>',
];

/** OWASP: elements of the head that redirect, re-base or import. */
const META_BASE_LINK: Source[] = [
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(§)">',
  (n) => `<meta http-equiv="refresh" content="0;url=data:text/html;base64,${b64(`<script>alert(${n})</script>`)}">`,
  '<meta http-equiv="refresh" content="0; URL=http://;URL=javascript:__xss(§);">',
  '<base href="javascript:__xss(§)//"><a href="x">x</a>',
  '<base href="data:text/html,<script>alert(§)</script>//">',
  '<link rel=import href="data:text/html,<script>alert(§)</script>">',
  '<link rel=prefetch href="javascript:__xss(§)">',
];

/** mXSS: SVG and MathML namespace confusion, where a parser's second pass sees other markup. */
const NAMESPACE_CONFUSION: Source[] = [
  "<math><mtext><table><mglyph><style><img src=x onerror=__xss(§)>",
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=__xss(§)&gt;">',
  "<svg><style><img src=x onerror=__xss(§)>",
  '<svg></p><style><a id="</style><img src=1 onerror=__xss(§)>">',
  "<math><style><img src=x onerror=__xss(§)></style></math>",
  "<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss(§)>",
  '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=__xss(§) src=1>">',
  '<svg><foreignObject><p><style><p title="</style><img src=x onerror=__xss(§)>">',
  '<math><annotation-xml encoding="text/html"><style><img src=x onerror=__xss(§)></style></annotation-xml></math>',
  "<svg><desc><svg><style><img src=x onerror=__xss(§)>",
  '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=__xss(§)>">',
  '<math><maction actiontype="statusline#http://example.uz" xlink:href="javascript:__xss(§)">x</maction></math>',
  '<math href="javascript:__xss(§)">x</math>',
  "<svg><style>&lt;img src=x onerror=__xss(§)&gt;</style></svg>",
  "<math><style>&lt;/style&gt;&lt;img src=x onerror=__xss(§)&gt;</style></math>",
  "<select><template><style><img src=x onerror=__xss(§)></style></template></select>",
  "<table><svg><style><img src=x onerror=__xss(§)></style></svg></table>",
  "<p><svg><p><style><img src=x onerror=__xss(§)></style>",
];

/** mXSS: raw-text and RCDATA elements, whose content is text to one parser and markup to another. */
const RAW_TEXT: Source[] = [
  '<noscript><p title="</noscript><img src=x onerror=__xss(§)>">',
  "<noscript><img src=x onerror=__xss(§)></noscript>",
  "<noscript><style></noscript><img src=x onerror=__xss(§)>",
  "<style><img src=x onerror=__xss(§)></style>",
  "<template><img src=x onerror=__xss(§)></template>",
  "<xmp><img src=x onerror=__xss(§)></xmp>",
  '<xmp><p title="</xmp><img src=x onerror=__xss(§)>">',
  "<textarea><img src=x onerror=__xss(§)></textarea>",
  '<textarea><p title="</textarea><img src=x onerror=__xss(§)>">',
  "<title><img src=x onerror=__xss(§)></title>",
  '<title><p title="</title><img src=x onerror=__xss(§)>">',
  '<iframe><p title="</iframe><img src=x onerror=__xss(§)>">',
  '<noembed><p title="</noembed><img src=x onerror=__xss(§)>">',
  '<noframes><p title="</noframes><img src=x onerror=__xss(§)>">',
  "<plaintext><img src=x onerror=__xss(§)>",
  '<iframe srcdoc="<img src=x onerror=parent.__xss(§)>">',
  '<iframe srcdoc="&#60;script&#62;parent.__xss(§)&#60;/script&#62;">',
  "<style><style/><img src=x onerror=__xss(§)>",
  inert("<p>&lt;img src=x onerror=__xss(§)&gt;</p>", ESCAPED),
  inert("&lt;script&gt;__xss(§)&lt;/script&gt;", ESCAPED),
  inert("<pre>&lt;svg onload=__xss(§)&gt;</pre>", ESCAPED),
  "<code><script>__xss(§)</script></code>",
  inert('<a href="https://example.uz/">&lt;img src=x onerror=__xss(§)&gt;</a>', ESCAPED),
  inert("<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;img src=x onerror=__xss(§)&gt;</code></pre>", ESCAPED),
  "<blockquote><style></blockquote><img src=x onerror=__xss(§)></style></blockquote>",
];

/** DOM clobbering: names and ids that shadow document and window properties. */
const CLOBBERING: Source[] = [
  "<form id=__xssc§ name=__xssc§><input name=attributes></form>",
  "<img name=cookie id=__xssc§>",
  "<img name=__xssc§ src=x>",
  '<a id=__xssc§ name=__xssc§ href="cid:__xss(§)">x</a>',
  "<form name=__xssc§><input name=parentNode></form>",
  "<object name=__xssc§ data=x></object>",
  "<embed name=__xssc§>",
  "<iframe name=__xssc§></iframe>",
  "<a id=__xssc§></a><a id=__xssc§ name=body href=x>x</a>",
  "<img name=getElementById id=__xssc§>",
  '<a href="https://example.uz/" id=__xssc§>x</a>',
  '<p id="__xssc§">x</p>',
];

/** HTML5 and legacy elements: media sources, srcset, forms, isindex, keygen and the like. */
const HTML5_LEGACY: Source[] = [
  "<video><source onerror=__xss(§)></video>",
  "<audio><source src=x onerror=__xss(§)></audio>",
  '<picture><source srcset="javascript:__xss(§)"><img src=x onerror=__xss(§)></picture>',
  '<img srcset="javascript:__xss(§) 1x">',
  '<img src=x srcset="x 1x, javascript:__xss(§) 2x" onerror=__xss(§)>',
  "<isindex type=image src=1 onerror=__xss(§)>",
  "<isindex action=javascript:__xss(§) type=submit value=x>",
  "<form id=f§></form><button form=f§ formaction=javascript:__xss(§)>x</button>",
  "<object><param name=src value=javascript:__xss(§)></object>",
  "<applet code=javascript:__xss(§)></applet>",
  "<bgsound src=javascript:__xss(§)>",
  "<layer src=javascript:__xss(§)></layer>",
  "<table background=javascript:__xss(§)><tr><td>x</td></tr></table>",
  "<video poster=javascript:__xss(§) src=x onerror=__xss(§)></video>",
  "<input type=text value=x autofocus onfocus=__xss(§)>",
];

/** The categories, each with where its vectors come from. */
export const CATEGORIES = {
  "owasp/script-tags": { source: "OWASP filter-evasion: <script> in all casings, spacing, obfuscation", vectors: SCRIPT_TAGS },
  "owasp/img-svg": { source: "OWASP filter-evasion: img/svg onerror, onload, SVG animation events", vectors: IMG_SVG },
  "owasp/embedding": { source: "OWASP filter-evasion: body, iframe, object, embed, frameset", vectors: EMBEDDING },
  "owasp/event-handlers": { source: "OWASP filter-evasion: event handlers of many elements", vectors: EVENT_HANDLERS },
  "owasp/url-schemes": { source: "OWASP filter-evasion: javascript:/vbscript:/data: with entities, tabs, newlines, NUL, case", vectors: URL_SCHEMES },
  "owasp/attribute-breaking": { source: "OWASP filter-evasion: breaking quotes and raw-text elements", vectors: ATTRIBUTE_BREAKING },
  "owasp/malformed": { source: "OWASP filter-evasion: malformed, unclosed tags, <<script>, comments, CDATA", vectors: MALFORMED },
  "owasp/css": { source: "OWASP filter-evasion: expression(), url(javascript:), style elements", vectors: CSS },
  "owasp/meta-base-link": { source: "OWASP filter-evasion: meta refresh, base href, link rel=import", vectors: META_BASE_LINK },
  "mxss/namespace-confusion": { source: "mXSS literature: svg/math namespace confusion", vectors: NAMESPACE_CONFUSION },
  "mxss/raw-text": { source: "mXSS literature: noscript, style, template, xmp, textarea, title, iframe srcdoc", vectors: RAW_TEXT },
  "mxss/clobbering": { source: "DOM clobbering: form/name/id clobbering", vectors: CLOBBERING },
  "html5/legacy": { source: "HTML5 and legacy: source, srcset, formaction, isindex, applet, bgsound", vectors: HTML5_LEGACY },
} as const satisfies Record<string, { source: string; vectors: Source[] }>;

export type VectorCategory = keyof typeof CATEGORIES;

function build(): XssVector[] {
  const vectors: XssVector[] = [];
  for (const [category, group] of Object.entries(CATEGORIES) as Array<[VectorCategory, { vectors: readonly Source[] }]>) {
    for (const source of group.vectors) {
      const id = vectors.length + 1;
      const written =
        typeof source === "function"
          ? { context: "html" as const, html: source(id) }
          : typeof source === "string"
            ? { context: "html" as const, html: source }
            : source;
      const inertWhy = "inert" in written ? written.inert : undefined;
      vectors.push({ id, category, context: written.context, html: written.html.replaceAll("§", String(id)), ...(inertWhy ? { inert: inertWhy } : {}) });
    }
  }
  return vectors;
}

export const VECTORS: readonly XssVector[] = build();

/** How each vector reads when it sits unsanitized where it was meant to land (the positive control). */
export function inContext(vector: XssVector): string {
  switch (vector.context) {
    case "html":
      return vector.html;
    case "dq":
      return `<p title="${vector.html}">x</p>`;
    case "sq":
      return `<p title='${vector.html}'>x</p>`;
    case "uq":
      return `<p title=${vector.html}>x</p>`;
    case "url":
      return `<a href="${vector.html}">x</a>`;
  }
}

#!/usr/bin/env python3
"""Writes the demo's default article, static/articles/channel-crossings.json, from the seed live blog,
and channel-crossings-text.json, the same without claims.

One block a paragraph, leaving out the page furniture at the end. Until the extraction core finds the
claims in the browser, the figures are listed here by hand: each names its paragraph, the figure as
written (and which occurrence), and what is known about it; offsets are computed, never typed.
Run: python3 scripts/seed_article.py [../shared/seed/channel-crossings-liveblog.txt]
"""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
seed = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../shared/seed/channel-crossings-liveblog.txt")
lines = [l.rstrip("\n") for l in open(seed, encoding="utf-8")]
FURNITURE = {"Need help?", "Visit our adblocking instructions page."}
while lines and (not lines[-1].strip() or lines[-1].strip() in FURNITURE):
    lines.pop()
blocks = [{"id": f"p{i + 1}", "text": t} for i, t in enumerate(lines)]

FOSTER = {"name": "Kevin Foster", "role": "immigration minister"}
DARMANIN = {"name": "Gerald Darmanin", "role": "French interior minister"}
STEVENS = {"name": "Jo Stevens", "role": "shadow culture secretary"}
SANKEY = {"name": "Bella Sankey", "role": "director of Detention Action"}

# (paragraph index, figure text, occurrence, quantity, extra fields)
FIGURES = [
    (1, "27", 0, {"kind": "count", "value": 27, "qualifier": "exact"},
     {"counted": "people died during a crossing attempt", "when": "yesterday"}),
    (3, "20,000", 0, {"kind": "count", "value": 20000, "qualifier": "exact"},
     {"counted": "migrants stopped from reaching the UK", "when": "this year", "speaker": FOSTER,
      "cue": "told", "outlet": "BBC Breakfast", "quote": "reported"}),
    (14, "8.32am", 0, {"kind": "time", "qualifier": "exact"}, {"counted": "John Vine's earlier post"}),
    (19, "12 hours", 0, {"kind": "duration", "value": 12, "unit": "hour", "qualifier": "exact"},
     {"counted": "time in which measures have been mooted", "when": "the last 12 hours", "speaker": SANKEY,
      "cue": "suggested", "quote": "reported"}),
    (21, "fifth", 0, {"kind": "ordinal", "value": 5, "qualifier": "exact"},
     {"counted": "smuggler arrested", "speaker": DARMANIN, "cue": "has said", "quote": "reported"}),
    (21, "27", 0, {"kind": "count", "value": 27, "qualifier": "exact"},
     {"counted": "people died while trying to cross the Channel", "speaker": DARMANIN, "cue": "has said",
      "quote": "reported"}),
    (23, "a few thousand euros", 0,
     {"kind": "money", "low": 2000, "high": 9000, "unit": "EUR", "qualifier": "vague"},
     {"counted": "paid to smugglers for the crossing", "speaker": DARMANIN, "cue": "said",
      "outlet": "a radio interview", "quote": "direct"}),
    (31, "£200 million", 0, {"kind": "money", "value": 200000000, "unit": "GBP", "qualifier": "exact"},
     {"counted": "spent on arrangements in the Channel", "speaker": STEVENS, "cue": "questioned",
      "outlet": "Sky News", "quote": "reported"}),
    (40, "27", 0, {"kind": "count", "value": 27, "qualifier": "exact"},
     {"counted": "people died during a crossing attempt", "when": "yesterday"}),
]

claims = []
for n, (para, fig, occ, qty, extra) in enumerate(FIGURES):
    text = blocks[para]["text"]
    at = -1
    for _ in range(occ + 1):
        at = text.index(fig, at + 1)
    claim = {"id": f"c{n + 1}", "block": blocks[para]["id"], "start": at, "end": at + len(fig), "text": fig,
             "quantity": qty}
    claim.update(extra)
    claim["sentence"] = text  # every paragraph above is one sentence
    claims.append(claim)

article = {
    "schema": "claimtrack/article@1",
    "id": "channel-crossings-liveblog",
    "title": "Channel crossings: UK and France talk after 27 people die",
    "language": "en-GB",
    "blocks": blocks,
    "claims": claims,
}
out = os.path.join(here, "../static/articles/channel-crossings.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(article, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"wrote {out}: {len(blocks)} blocks, {len(claims)} claims")

# The same article with its text only: the widget finds the claims with the extraction core.
text_only = {k: v for k, v in article.items() if k != "claims"}
text_only["id"] = "channel-crossings-liveblog-text"
out = os.path.join(here, "../static/articles/channel-crossings-text.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(text_only, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"wrote {out}: {len(blocks)} blocks, no claims")

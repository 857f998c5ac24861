#!/usr/bin/env bash
# Writes the two-article workspace the headless editor tests open, into directory $1:
#   a.news.md  defines the entity @jack-ma (and cites a source)
#   b.news.md  mentions @jack-ma after an emoji (positions beyond the BMP) and makes an
#              unsourced claim ("$15 billion in sales"), and defines a source it never cites
#              (unused-source, a hint by default: the tests raise it to error through the
#              editor's settings to show they reach the server)
#   c.txt      a plain article (headline, then an unsourced "56 percent"): for the editors'
#              opt-in to plain articles
#   d.news.md  the issue 10 editor features: a quote attributed by "he said" (speaker inlay hint
#              "— Jack Ma"), the short form [@daniel-zhang] (display-name hint), a citation [^pr]
#              (hint: the first words of the source), an entity with a Wikidata same-as and a
#              source with a URL (document links), and one unsourced claim "Sales rose 40% in the
#              quarter." (its only warning: the baseline round trip accepts it)
#   .copydesk.json  marks the workspace root ({} = defaults)
# The tests find lines and columns by searching this text, never by hard-coded numbers.
set -euo pipefail
ws="${1:?usage: make_workspace.sh DIR}"
mkdir -p "$ws"
cat > "$ws/a.news.md" <<'ARTICLE'
---
title: Alibaba founder meets Trump
---
# Alibaba founder meets Trump

[@jack-ma]: Jack Ma
  type: person
  description: Founder of Alibaba Group
  aliases: Ma, Mr Ma

[Jack Ma][@jack-ma] met reporters in New York on Monday, according to a statement[^pr].

[^pr]: Alibaba Group press release, 9 January 2017.
ARTICLE
cat > "$ws/b.news.md" <<'ARTICLE'
---
title: Trade talks continue
---
# Trade talks continue

On Tuesday 🤝 [Mr Ma][@jack-ma] flew back to Hangzhou.

The company made $15 billion in sales last year.

[^unused]: A note that nothing cites.
ARTICLE
cat > "$ws/c.txt" <<'ARTICLE'
Alibaba shares rise after results

Alibaba's revenue grew 56 percent to $5.2 billion in the quarter.
ARTICLE
cat > "$ws/d.news.md" <<'ARTICLE'
---
title: Ma returns to Hangzhou
---
# Ma returns to Hangzhou

[@daniel-zhang]: Daniel Zhang
  type: person
  description: Chief executive of Alibaba Group
  same-as: https://www.wikidata.org/wiki/Q16198941

[Jack Ma][@jack-ma] landed in Hangzhou on Friday. "We will keep building here for decades," he said.

[@daniel-zhang] met staff at the campus[^pr].

Sales rose 40% in the quarter.

[^pr]: Alibaba Group press release, 9 January 2017, https://www.alibabagroup.com/en/news/press
ARTICLE
echo '{}' > "$ws/.copydesk.json"

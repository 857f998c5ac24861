#!/usr/bin/env bash
# Writes the two-article workspace the headless editor tests open, into directory $1:
#   a.news.md  defines the entity @jack-ma (and cites a source)
#   b.news.md  mentions @jack-ma after an emoji (positions beyond the BMP) and makes an
#              unsourced claim ("$15 billion in sales"), and defines a source it never cites
#              (unused-source, a hint by default: the tests raise it to error through the
#              editor's settings to show they reach the server)
#   c.txt      a plain article (headline, then an unsourced "56 percent"): for the editors'
#              opt-in to plain articles
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
echo '{}' > "$ws/.copydesk.json"

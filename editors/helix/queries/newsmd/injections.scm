; inherits: markdown
; Markdown injects its inline grammar and code-block languages; keep that.

; inherits: markdown
; Annotated articles are Markdown: use its highlighting.

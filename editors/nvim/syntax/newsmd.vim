" Vim syntax file
" Language:    Copydesk annotated news article (*.news.md)
" Maintainer:  Copydesk
"
" Markdown, plus the Copydesk annotations:
"   [surface text][@id]   mention          copydeskMention (+ copydeskMentionText, copydeskEntityId)
"   [@id]                 short mention    copydeskMention
"   [@id]: Display Name   entity definition copydeskEntityDef (+ fields: type, description, aliases, same-as)
"   [^id]: text           source definition copydeskSourceDef
"   [^id]                 citation         copydeskCitation
"   <!-- copydesk-disable-next-line RULE -- reason -->, copydesk-disable / copydesk-enable
"                          suppression      copydeskSuppression (+ copydeskRuleId, copydeskReason)
" Ids: letters, digits, '-', '_', '.'.  Items defined after Markdown's win at equal start
" positions, so `[x][@id]` is a mention rather than a Markdown reference link.

if exists('b:current_syntax')
  finish
endif

runtime! syntax/markdown.vim
unlet! b:current_syntax

syn case ignore

" [surface][@id] and [@id]
syn match copydeskMention "\[[^\]\[]\+\]\[@[[:alnum:]._-]\+\]" contains=copydeskMentionText,copydeskEntityRef
syn match copydeskMention "\[@[[:alnum:]._-]\+\]" contains=copydeskEntityRef
syn match copydeskMentionText "\[\zs[^\]\[@][^\]\[]*\ze\]\[@" contained
syn match copydeskEntityRef "@[[:alnum:]._-]\+" contained

" [@id]: Display Name, then indented fields
syn match copydeskEntityDef "^ \{0,3}\[@[[:alnum:]._-]\+\]:.*$" contains=copydeskEntityDefId
syn match copydeskEntityDefId "\[@[[:alnum:]._-]\+\]:" contained nextgroup=copydeskEntityName skipwhite
syn match copydeskEntityName ".*$" contained
syn match copydeskField "^ \{2,}\%(type\|description\|aliases\|same-as\):" nextgroup=copydeskFieldValue skipwhite
syn match copydeskFieldValue ".*$" contained

" [^id]: source text (continuation lines are plain text) and [^id] citations
syn match copydeskCitation "\[\^[[:alnum:]._-]\+\]" contains=copydeskSourceId
syn match copydeskSourceDef "^ \{0,3}\[\^[[:alnum:]._-]\+\]:" contains=copydeskSourceId
syn match copydeskSourceId "\^[[:alnum:]._-]\+" contained

" <!-- copydesk-disable-next-line RULE… -- reason -->
syn region copydeskSuppression start="<!--\ze\s*copydesk-\%(disable-next-line\|disable\|enable\)\>" end="-->" keepend contains=copydeskDirective,copydeskReason
syn match copydeskDirective "copydesk-\%(disable-next-line\|disable\|enable\)\>" contained nextgroup=copydeskRuleIds skipwhite
syn match copydeskRuleIds "\%([[:alnum:]][[:alnum:]_.-]*[ \t,]*\)\+" contained
syn match copydeskReason "\s\@1<=--\s\+\zs.\{-1,}\ze\s*-->" contained

syn case match

hi def link copydeskMention       Identifier
hi def link copydeskMentionText   Underlined
hi def link copydeskEntityRef     Identifier
hi def link copydeskEntityDef     Normal
hi def link copydeskEntityDefId   Define
hi def link copydeskEntityName    Title
hi def link copydeskField         Keyword
hi def link copydeskFieldValue    String
hi def link copydeskSourceDef     Define
hi def link copydeskSourceId      Label
hi def link copydeskCitation      Special
hi def link copydeskSuppression   Comment
hi def link copydeskDirective     PreProc
hi def link copydeskRuleIds       Constant
hi def link copydeskReason        SpecialComment

let b:current_syntax = 'newsmd'

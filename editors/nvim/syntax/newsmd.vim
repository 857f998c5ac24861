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

" An id: ASCII letters, digits, '.', '_', '-', and any non-ASCII character (ids may use any
" Unicode letter: [@são-paulo]).
let s:id = '\%([[:alnum:]._-]\|[^\x01-\x7f]\)\+'

" [surface][@id] and [@id]
exe 'syn match copydeskMention "\[[^\]\[]\+\]\[@' . s:id . '\]" contains=copydeskMentionText,copydeskEntityRef'
exe 'syn match copydeskMention "\[@' . s:id . '\]" contains=copydeskEntityRef'
syn match copydeskMentionText "\[\zs[^\]\[@][^\]\[]*\ze\]\[@" contained
exe 'syn match copydeskEntityRef "@' . s:id . '" contained'

" [@id]: Display Name, then indented fields
exe 'syn match copydeskEntityDef "^ \{0,3}\[@' . s:id . '\]:.*$" contains=copydeskEntityDefId'
exe 'syn match copydeskEntityDefId "\[@' . s:id . '\]:" contained nextgroup=copydeskEntityName skipwhite'
syn match copydeskEntityName ".*$" contained
syn match copydeskField "^ \{2,}\%(type\|description\|aliases\|same-as\):" nextgroup=copydeskFieldValue skipwhite
syn match copydeskFieldValue ".*$" contained

" [^id]: source text (continuation lines are plain text) and [^id] citations
exe 'syn match copydeskCitation "\[\^' . s:id . '\]" contains=copydeskSourceId'
exe 'syn match copydeskSourceDef "^ \{0,3}\[\^' . s:id . '\]:" contains=copydeskSourceId'
exe 'syn match copydeskSourceId "\^' . s:id . '" contained'

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

unlet s:id
let b:current_syntax = 'newsmd'

;;; copydesk.el --- Annotated news articles: newsmd-mode and the Copydesk language server  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages, wp, news
;; SPDX-License-Identifier: same as the Copydesk repository

;;; Commentary:

;; Copydesk checks news articles: unsourced claims, unattributed quotes, entity and source
;; annotations.  This file gives Emacs:
;;
;; - `newsmd-mode' for `*.news.md' files: derived from `markdown-mode' when it is installed,
;;   else from `text-mode', with the Copydesk annotations highlighted on top:
;;   mentions [text][@id] and [@id], entity definitions [@id]: Name (and their indented
;;   type:/description:/aliases:/same-as: fields), citations [^id], source definitions
;;   [^id]: text, and suppression comments <!-- copydesk-disable… -->.
;; - an `eglot-server-programs' entry that runs `copydesk lsp' for `newsmd-mode' (and, if
;;   `copydesk-plain-articles' is set, for `markdown-mode' and `text-mode'); plain articles
;;   (`*.md', `*.txt') then start the server as `*.news.md' files do: when
;;   `newsmd-mode-hook' runs `eglot-ensure', so does opening a plain article.
;; - `copydesk-project-find': a `project-find-functions' hook making the nearest directory
;;   holding `.copydesk.json' the project root (so eglot's workspace is the article desk).
;; - `copydesk-sourcing-summary': the article's sourcing summary (the server's code lens, which
;;   eglot does not display) in the echo area, its findings in an xref buffer.
;;
;; What eglot gives of the server's editor features: code actions (`eglot-code-actions') apply
;; "Accept this finding" (an edit of .copydesk-baseline.json: save it, and `copydesk lint' skips
;; the finding) and "Treat WORD as a reporting verb/abbreviation" (an edit of .copydesk.json);
;; hover shows an entity's Wikidata id.  Eglot 1.9 (Emacs 28's elpa-eglot) has no inlay hints,
;; code lens or document links; eglot 1.10+ (Emacs 29) shows inlay hints with
;; `eglot-inlay-hints-mode'.
;;
;; Setup:
;;
;;   (add-to-list 'load-path "/path/to/copydesk/editors/emacs")
;;   (require 'copydesk)
;;   (add-hook 'newsmd-mode-hook #'eglot-ensure)
;;
;; Settings (the server's `copydesk' section of workspace/configuration) go in
;; `copydesk-settings', served by `copydesk-workspace-configuration', or in .dir-locals.el as
;; ((nil . ((eglot-workspace-configuration
;;           . (:copydesk (:rules (:vague-attribution "off"))))))).

;;; Code:

(require 'markdown-mode nil t)

(defgroup copydesk nil
  "Annotated news articles and the Copydesk language server."
  :group 'languages
  :prefix "copydesk-")

(defcustom copydesk-server-path "copydesk"
  "The copydesk executable: an absolute path, or a name looked up in `exec-path'."
  :type 'string)

(defcustom copydesk-server-args nil
  "Extra arguments after `copydesk lsp'."
  :type '(repeat string))

(defcustom copydesk-settings nil
  "The `copydesk' settings section, as a plist, e.g.
\(:rules (:unsourced-claim \"error\" :vague-attribution \"off\")
 :reportingVerbs [\"quipped\"])
Same keys as .copydesk.json, and the editor-only inlay hint switches
\(:inlayHints (:speakers t :entityNames t :sources :json-false)).
Sent by `copydesk-workspace-configuration'."
  :type 'plist)

(defvar copydesk--eglot-entry nil
  "The entry this package put in `eglot-server-programs'.")

(defun copydesk--set-and-refresh (symbol value)
  "Set SYMBOL to VALUE and refresh the eglot entry."
  (set-default symbol value)
  (when (featurep 'eglot)
    (copydesk-eglot-setup)))

(defcustom copydesk-plain-articles nil
  "When non-nil, also run the server for plain articles.
That is `markdown-mode' and `text-mode' buffers (`*.md', `*.txt').  Opening
one starts the server when opening a `*.news.md' file does (that is, when
`newsmd-mode-hook' holds `eglot-ensure')."
  :type 'boolean
  :set #'copydesk--set-and-refresh)

(defcustom copydesk-project-root-marker t
  "When non-nil, a directory holding `.copydesk.json' is a project root.
See `copydesk-project-find'."
  :type 'boolean)

;;;; Highlighting

(defface copydesk-mention-face '((t :inherit font-lock-variable-name-face :underline t))
  "Surface text of an entity mention `[text][@id]'.")
(defface copydesk-entity-id-face '((t :inherit font-lock-constant-face))
  "An entity id `@id' in a mention.")
(defface copydesk-definition-face '((t :inherit font-lock-function-name-face :weight bold))
  "The label of an entity or source definition: `[@id]:', `[^id]:'.")
(defface copydesk-entity-name-face '((t :inherit font-lock-type-face))
  "The display name in an entity definition.")
(defface copydesk-field-face '((t :inherit font-lock-keyword-face))
  "A field of an entity definition: type:, description:, aliases:, same-as:.")
(defface copydesk-citation-face '((t :inherit font-lock-builtin-face))
  "A citation `[^id]'.")
(defface copydesk-suppression-face '((t :inherit font-lock-preprocessor-face))
  "A suppression comment `<!-- copydesk-disable… -->'.")

(defconst copydesk--id "[[:alnum:]._-]+"
  "An annotation id: letters, digits, `-', `_', `.'.")

(defconst copydesk-font-lock-keywords
  `(;; Entity definition line, then its indented fields.
    (,(concat "^ \\{0,3\\}\\(\\[@" copydesk--id "\\]:\\)[ \t]*\\(.*\\)$")
     (1 'copydesk-definition-face prepend)
     (2 'copydesk-entity-name-face prepend))
    ("^ \\{2,\\}\\(type\\|description\\|aliases\\|same-as\\):"
     (0 'copydesk-field-face prepend))
    ;; Source definition label.
    (,(concat "^ \\{0,3\\}\\(\\[\\^" copydesk--id "\\]:\\)")
     (1 'copydesk-definition-face prepend))
    ;; [surface][@id]
    (,(concat "\\[\\([^][@\n][^][\n]*\\)\\]\\[\\(@" copydesk--id "\\)\\]")
     (1 'copydesk-mention-face prepend)
     (2 'copydesk-entity-id-face prepend))
    ;; [@id] (not a definition: those end in a colon).
    (,(concat "\\[\\(@" copydesk--id "\\)\\]\\(?:[^:]\\|$\\)")
     (1 'copydesk-entity-id-face prepend))
    ;; [^id] citations (definitions keep their own face).
    (,(concat "\\[\\^" copydesk--id "\\]\\(?:[^:]\\|$\\)")
     (0 'copydesk-citation-face prepend))
    ;; <!-- copydesk-disable-next-line RULE… -- reason -->
    ("<!--[ \t]*copydesk-\\(?:disable-next-line\\|disable\\|enable\\)\\_>\\(?:.\\|\n\\)*?-->"
     (0 'copydesk-suppression-face prepend)))
  "Font-lock keywords for Copydesk annotations, layered over Markdown's.")

(defmacro copydesk--define-newsmd-mode (parent)
  "Define `newsmd-mode' derived from PARENT."
  `(define-derived-mode newsmd-mode ,parent "NewsMD"
     "Major mode for Copydesk annotated news articles (`*.news.md').
Markdown (when `markdown-mode' is installed) plus highlighting of entity
mentions and definitions, citations, source definitions and suppression
comments.  Start the language server with \\[eglot]."
     (setq-local comment-start "<!-- ")
     (setq-local comment-end " -->")
     (setq-local comment-start-skip "<!--[ \t]*")
     (font-lock-add-keywords nil copydesk-font-lock-keywords 'append)))

(if (fboundp 'markdown-mode)
    (copydesk--define-newsmd-mode markdown-mode)
  (copydesk--define-newsmd-mode text-mode))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.news\\.md\\'" . newsmd-mode))

;;;; Language server

(defun copydesk-server-command (&rest _)
  "The server command line: path, `lsp', then `copydesk-server-args'."
  (append (list copydesk-server-path "lsp") copydesk-server-args))

(defun copydesk--eglot-modes ()
  "Major modes the server is run for, with their LSP language ids."
  (append '((newsmd-mode :language-id "newsmd"))
          (when copydesk-plain-articles
            '((markdown-mode :language-id "markdown")
              (text-mode :language-id "plaintext")))))

(defun copydesk-eglot-setup ()
  "Put (or refresh) the Copydesk entry at the front of `eglot-server-programs'."
  (defvar eglot-server-programs)
  (setq eglot-server-programs (delq copydesk--eglot-entry eglot-server-programs))
  (setq copydesk--eglot-entry (cons (copydesk--eglot-modes) #'copydesk-server-command))
  (push copydesk--eglot-entry eglot-server-programs))

(with-eval-after-load 'eglot
  (copydesk-eglot-setup))

(defun copydesk--newsmd-starts-eglot ()
  "Non-nil when opening a `*.news.md' file starts eglot (`newsmd-mode-hook')."
  (memq 'eglot-ensure (default-value 'newsmd-mode-hook)))

(defun copydesk--plain-article-p ()
  "Non-nil when the buffer visits a plain article the server should serve."
  (and copydesk-plain-articles
       buffer-file-name
       (memq major-mode '(markdown-mode gfm-mode text-mode))
       (string-match-p "\\.\\(md\\|markdown\\|txt\\)\\'" buffer-file-name)
       (not (string-match-p "\\.news\\.md\\'" buffer-file-name))))

(declare-function eglot-ensure "eglot" ())

(defun copydesk-maybe-start-plain-article ()
  "Start the server for a plain article as for a `*.news.md' file.
With `copydesk-plain-articles' set, a buffer visiting a `*.md' or `*.txt'
file in `markdown-mode' or `text-mode' runs `eglot-ensure' when
`newsmd-mode-hook' does.  Runs from `text-mode-hook' (both modes derive
from `text-mode')."
  (when (and (copydesk--plain-article-p) (copydesk--newsmd-starts-eglot))
    (eglot-ensure)))

(add-hook 'text-mode-hook #'copydesk-maybe-start-plain-article)

(defun copydesk-workspace-configuration (&rest _)
  "An `eglot-workspace-configuration' value holding `copydesk-settings'.
Use it as
  (setq-default eglot-workspace-configuration
                #\\='copydesk-workspace-configuration)
when no other server needs one; else put the :copydesk section
in .dir-locals.el."
  (list :copydesk (or copydesk-settings (make-hash-table))))

(declare-function eglot-current-server "eglot" ())
(declare-function eglot--TextDocumentIdentifier "eglot" ())
(declare-function eglot--xref-make-match "eglot" (name uri range))
(declare-function jsonrpc-request "jsonrpc" (connection method params &rest args))
(declare-function xref-show-xrefs "xref" (fetcher display-action))

(defun copydesk-sourcing-summary ()
  "Show the article's sourcing summary and list its findings.
The summary is the server's code lens (\"2 unsourced claims · 14 sourced · …\"),
which eglot does not display: it goes to the echo area, and the findings it
counts (unsourced claims, quotes without a speaker, vague attributions) to an
xref buffer.  Returns the summary."
  (interactive)
  (let* ((server (or (eglot-current-server)
                     (user-error "copydesk: no language server manages this buffer")))
         (lenses (jsonrpc-request server :textDocument/codeLens
                                  (list :textDocument (eglot--TextDocumentIdentifier))))
         (command (and (> (length lenses) 0) (plist-get (aref lenses 0) :command)))
         (title (plist-get command :title))
         (arguments (plist-get command :arguments))
         (locations (and (> (length arguments) 2) (append (aref arguments 2) nil))))
    (unless title
      (user-error "copydesk: no sourcing summary for this buffer"))
    (when locations
      (xref-show-xrefs
       (lambda ()
         (mapcar (lambda (l)
                   (eglot--xref-make-match title (plist-get l :uri) (plist-get l :range)))
                 locations))
       nil))
    (message "%s" title)
    title))

;;;; Project root

(defun copydesk-project-find (dir)
  "A transient project at the nearest ancestor of DIR with `.copydesk.json'."
  (when copydesk-project-root-marker
    (let ((root (locate-dominating-file dir ".copydesk.json")))
      (when root
        (cons 'transient (expand-file-name root))))))

(with-eval-after-load 'project
  (add-hook 'project-find-functions #'copydesk-project-find -10))

(provide 'copydesk)
;;; copydesk.el ends here

;;; test-eglot-features.el --- Issue 10's editor features through eglot, as a user runs them  -*- lexical-binding: t; -*-
;; Opens d.news.md of the workspace (Tests/editors/make_workspace.sh) with newsmd-mode + eglot and:
;;   * the baseline round trip: M-x eglot-code-actions on the unsourced claim, picking
;;     "Accept this finding" (eglot applies the edit, creating .copydesk-baseline.json in a
;;     buffer, then runs the action's command), flymake drops the finding, saving the buffers
;;     makes `copydesk lint d.news.md' exit 0; editing the sentence brings the finding back in
;;     flymake and in lint;
;;   * the code lens, which eglot does not display: M-x copydesk-sourcing-summary shows the
;;     summary and lists the findings in an xref buffer;
;;   * document links, which eglot 1.9 does not display: hover on the entity shows its Wikidata id;
;;   * teaching a reporting verb: "Treat 'chirped' as a reporting verb" edits .copydesk.json;
;;   * inlay hints: eglot 1.9 has none (eglot-inlay-hints-mode is eglot 1.10+, Emacs 29); with
;;     such an eglot the hint after "he said" must be drawn as an overlay.
;;
;; Run: COPYDESK_BIN=… COPYDESK_WS=… emacs --batch -L editors/emacs -L Tests/editors/emacs \
;;        -l Tests/editors/emacs/test-eglot-features.el

(require 'harness)
(require 'copydesk)
(require 'eglot)
(require 'flymake)
(require 'xref)

(defvar copydesk-test-bin (or (getenv "COPYDESK_BIN") (error "COPYDESK_BIN not set")))
(defvar copydesk-test-ws (file-name-as-directory (or (getenv "COPYDESK_WS") (error "COPYDESK_WS not set"))))
(defvar copydesk-test-timeout (/ (string-to-number (or (getenv "COPYDESK_TIMEOUT_MS") "20000")) 1000.0))

(setq copydesk-server-path copydesk-test-bin)
(setq-default eglot-workspace-configuration #'copydesk-workspace-configuration)
(setq eglot-sync-connect copydesk-test-timeout
      eglot-connect-timeout copydesk-test-timeout
      jsonrpc-default-request-timeout copydesk-test-timeout)

(defun copydesk-test-claims (line)
  "Flymake's unsourced-claim diagnostics on LINE (1-based)."
  (cl-remove-if-not
   (lambda (d)
     (and (equal (plist-get (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d)) :code) "unsourced-claim")
          (= (line-number-at-pos (flymake-diagnostic-beg d)) line)))
   (flymake-diagnostics)))

(defun copydesk-test-lint (file)
  "Exit code and output of `copydesk lint FILE' in the workspace."
  (with-temp-buffer
    (let* ((default-directory copydesk-test-ws)
           (rc (call-process copydesk-test-bin nil t nil "lint" file)))
      (cons rc (buffer-string)))))

(defun copydesk-test-overlay-strings ()
  "Every before/after string of the buffer's overlays (how eglot draws inlay hints)."
  (delq nil (mapcan (lambda (o) (list (overlay-get o 'before-string) (overlay-get o 'after-string)))
                    (overlays-in (point-min) (point-max)))))

(copydesk-test-run
 (copydesk-test-out "Emacs %s, eglot from %s" emacs-version (locate-library "eglot"))
 (let* ((d-file (concat copydesk-test-ws "d.news.md"))
        (baseline-file (concat copydesk-test-ws ".copydesk-baseline.json"))
        (buf (find-file-noselect d-file))
        server)
   (with-current-buffer buf
     (apply #'eglot (eglot--guess-contact))
     (setq server (copydesk-test-wait (lambda () (eglot-current-server)) copydesk-test-timeout))
     (unless (copydesk-test-check (and server eglot--managed-mode) "eglot connected and manages d.news.md")
       (error "no server"))
     (flymake-start)
     (goto-char (point-min))
     (search-forward "Sales rose 40%")
     (let ((claim-line (line-number-at-pos)))
       (copydesk-test-wait (lambda () (copydesk-test-claims claim-line)) copydesk-test-timeout)
       (copydesk-test-check (copydesk-test-claims claim-line) "flymake shows the unsourced claim")

       ;; --- Inlay hints.
       (copydesk-test-out "inlay hints")
       (if (not (fboundp 'eglot-inlay-hints-mode))
           (copydesk-test-out "  (eglot %s has no inlay hints: eglot-inlay-hints-mode is eglot 1.10+, Emacs 29)"
                              (if (boundp 'eglot-version) eglot-version "1.9"))
         (eglot-inlay-hints-mode 1)
         (copydesk-test-wait (lambda () (cl-some (lambda (s) (string-search "— Jack Ma" s))
                                                 (copydesk-test-overlay-strings)))
                             copydesk-test-timeout)
         (copydesk-test-check (cl-some (lambda (s) (string-search "— Jack Ma" s)) (copydesk-test-overlay-strings))
                              "the speaker hint \"— Jack Ma\" is drawn" (format "%S" (copydesk-test-overlay-strings))))

       ;; --- Code lens: not displayed by eglot; the summary command.
       (copydesk-test-out "sourcing summary (the code lens)")
       (let ((summary (copydesk-sourcing-summary))
             (xref-buf (get-buffer "*xref*")))
         (copydesk-test-equal summary "1 unsourced claim · 0 sourced · 1 quote · 1 named source, 0 anonymous"
                              "M-x copydesk-sourcing-summary gives the summary")
         (copydesk-test-check (and xref-buf (with-current-buffer xref-buf
                                              (string-search "Sales rose 40% in the quarter." (buffer-string))))
                              "and lists the finding in an xref buffer"
                              (and xref-buf (with-current-buffer xref-buf (buffer-string)))))
       (set-buffer buf)

       ;; --- Document links: not displayed by eglot 1.9; hover gives the Wikidata id.
       (copydesk-test-out "links (hover)")
       (goto-char (point-min))
       (search-forward "[@daniel-zhang]: Daniel")
       (goto-char (+ (match-beginning 0) 3))
       (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
              (contents (plist-get hover :contents))
              (text (if (stringp contents) contents (plist-get contents :value))))
         (copydesk-test-contains text "Q16198941" "hover on the entity definition shows its Wikidata id"))

       ;; --- The baseline round trip.
       (copydesk-test-out "accept a finding: baseline round trip")
       (let ((lint (copydesk-test-lint "d.news.md")))
         (copydesk-test-check (and (= (car lint) 1) (string-search "unsourced-claim" (cdr lint)))
                              "before: copydesk lint d.news.md fails on the claim" (cdr lint)))
       (goto-char (point-min))
       (search-forward "Sales rose 40%")
       (goto-char (match-beginning 0))
       (let ((offered nil)
             (asked nil))
         ;; The user picks the action in the minibuffer and says yes to editing a file not visited.
         (cl-letf (((symbol-function 'completing-read)
                    (lambda (_prompt collection &rest _)
                      (setq offered (mapcar #'car collection))
                      (cl-find-if (lambda (title) (string-prefix-p "Accept this finding" title)) offered)))
                   ((symbol-function 'y-or-n-p) (lambda (prompt) (setq asked prompt) t)))
           ;; Invoked from the keyboard (a list here would mean a mouse menu).
           (let ((last-nonmenu-event ?\C-m))
             (call-interactively #'eglot-code-actions)))
         (copydesk-test-check (cl-some (lambda (title) (string-prefix-p "Accept this finding" title)) offered)
                              "eglot-code-actions offers \"Accept this finding\"" (format "%S" offered))
         (copydesk-test-check (and asked (string-search ".copydesk-baseline.json" asked))
                              "eglot asks before editing .copydesk-baseline.json" asked))
       (let ((bbuf (get-file-buffer baseline-file)))
         (copydesk-test-check (and bbuf (with-current-buffer bbuf
                                          (string-search "\"sentence\":\"Sales rose 40% in the quarter.\""
                                                         (buffer-string))))
                              "the edit put the finding in a .copydesk-baseline.json buffer"
                              (and bbuf (with-current-buffer bbuf (buffer-string)))))
       (copydesk-test-wait (lambda () (null (copydesk-test-claims claim-line))) copydesk-test-timeout)
       (copydesk-test-check (null (copydesk-test-claims claim-line))
                            "the action's command made the server drop the finding at once")
       (save-some-buffers t)
       (copydesk-test-check (file-exists-p baseline-file) "saving writes .copydesk-baseline.json")
       (let ((lint (copydesk-test-lint "d.news.md")))
         (copydesk-test-equal (car lint) 0 "after accepting and saving: copydesk lint d.news.md exits 0"))

       ;; Edit the sentence: the finding is back in flymake and in lint.
       (goto-char (point-min))
       (search-forward "40%")
       (replace-match "45%")
       ;; What eglot's idle timer does after a change (batch Emacs is never idle).
       (eglot--signal-textDocument/didChange)
       (flymake-start)
       (copydesk-test-wait (lambda () (copydesk-test-claims claim-line)) copydesk-test-timeout)
       (copydesk-test-check (copydesk-test-claims claim-line) "editing the sentence brings the finding back"
                            (format "%s in %s: %S" (buffer-name) (line-number-at-pos) (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
       (save-buffer)
       (let ((lint (copydesk-test-lint "d.news.md")))
         (copydesk-test-check (and (= (car lint) 1) (string-search "45%" (cdr lint)))
                              "and copydesk lint fails on it again" (cdr lint))))

     ;; --- Teach a reporting verb: the code action edits .copydesk.json.
     (copydesk-test-out "treat a word as a reporting verb")
     (let* ((e-file (concat copydesk-test-ws "e.news.md"))
            (config-file (concat copydesk-test-ws ".copydesk.json"))
            (ebuf (progn (copydesk-test-write e-file "# Talks\n\nLewin chirped, “The plan is dead and we all know it.”\n")
                         (find-file-noselect e-file)))
            (quote-diag (lambda ()
                          (cl-find-if (lambda (d) (equal (plist-get (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))
                                                                    :code)
                                                         "unattributed-quote"))
                                      (flymake-diagnostics)))))
       (with-current-buffer ebuf
         (copydesk-test-wait (lambda () (eglot-current-server)) copydesk-test-timeout)
         (flymake-start)
         (copydesk-test-wait quote-diag copydesk-test-timeout)
         (copydesk-test-check (funcall quote-diag) "flymake shows unattributed-quote on \"Lewin chirped, “…”\"")
         (goto-char (point-min))
         (search-forward "“The plan")
         (let ((offered nil))
           (cl-letf (((symbol-function 'completing-read)
                      (lambda (_prompt collection &rest _)
                        (setq offered (mapcar #'car collection))
                        (cl-find-if (lambda (title) (string-prefix-p "Treat 'chirped' as a reporting verb" title))
                                    offered)))
                     ((symbol-function 'y-or-n-p) (lambda (_prompt) t)))
             (let ((last-nonmenu-event ?\C-m))
               (call-interactively #'eglot-code-actions)))
           (copydesk-test-check (cl-some (lambda (title) (string-prefix-p "Treat 'chirped'" title)) offered)
                                "eglot-code-actions offers \"Treat 'chirped' as a reporting verb\""
                                (format "%S" offered)))
         (copydesk-test-wait (lambda () (null (funcall quote-diag))) copydesk-test-timeout)
         (copydesk-test-check (null (funcall quote-diag)) "the quote is attributed at once")
         (save-some-buffers t)
         (copydesk-test-contains (with-temp-buffer (insert-file-contents config-file) (buffer-string))
                                 "\"reportingVerbs\": [\"chirped\"]" "saving wrote reportingVerbs to .copydesk.json")
         (copydesk-test-equal (car (copydesk-test-lint "e.news.md")) 0 "copydesk lint e.news.md exits 0")))

     (let ((proc (jsonrpc--process server)))
       (setf (eglot--shutdown-requested server) t)
       (jsonrpc-request server :shutdown nil :timeout copydesk-test-timeout)
       (jsonrpc-notify server :exit nil)
       (copydesk-test-wait (lambda () (not (process-live-p proc))) copydesk-test-timeout)
       (copydesk-test-equal (process-exit-status proc) 0 "server exit code after shutdown/exit")
       (ignore-errors (jsonrpc-shutdown server t))))))

;;; test-eglot.el --- Headless eglot round trip with the real copydesk server  -*- lexical-binding: t; -*-
;; Opens b.news.md of the two-article workspace (Tests/editors/make_workspace.sh) with
;; newsmd-mode + eglot, waits for the diagnostics in flymake, asks hover and go-to-definition
;; (through xref, as M-. does) on the mention of an entity defined in a.news.md, then shuts
;; the server down and checks it exited 0.
;;
;; Run: COPYDESK_BIN=… COPYDESK_WS=… emacs --batch -L editors/emacs -L Tests/editors/emacs \
;;        -l Tests/editors/emacs/test-eglot.el

(require 'harness)
(require 'copydesk)
(require 'eglot)
(require 'flymake)
(require 'xref)

(defvar copydesk-test-bin (or (getenv "COPYDESK_BIN") (error "COPYDESK_BIN not set")))
(defvar copydesk-test-ws (file-name-as-directory (or (getenv "COPYDESK_WS") (error "COPYDESK_WS not set"))))
(defvar copydesk-test-timeout (/ (string-to-number (or (getenv "COPYDESK_TIMEOUT_MS") "20000")) 1000.0))

(setq copydesk-server-path copydesk-test-bin)
(customize-set-variable 'copydesk-plain-articles t)
;; Settings for the `copydesk' section: raise unused-source from hint to error so the
;; diagnostics prove the settings reached the server.
(setq copydesk-settings '(:rules (:unused-source "error")))
(setq-default eglot-workspace-configuration #'copydesk-workspace-configuration)
(setq eglot-sync-connect copydesk-test-timeout
      eglot-connect-timeout copydesk-test-timeout
      jsonrpc-default-request-timeout copydesk-test-timeout)

(defvar copydesk-test-config-answers nil "What eglot answered to workspace/configuration.")
(advice-add 'eglot-handle-request :around
            (lambda (orig server method &rest args)
              (let ((answer (apply orig server method args)))
                (when (eq method 'workspace/configuration)
                  (push (list args answer) copydesk-test-config-answers))
                answer)))

(defun copydesk-test-line-of (file needle)
  "1-based line and 0-based char column of NEEDLE in FILE."
  (with-temp-buffer
    (insert-file-contents file)
    (goto-char (point-min))
    (unless (search-forward needle nil t) (error "%S not in %s" needle file))
    (goto-char (match-beginning 0))
    (cons (line-number-at-pos) (current-column))))

(defun copydesk-test-diag-plist (d)
  (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d)))

(defun copydesk-test-summarize (diags)
  (mapconcat (lambda (d)
               (format "%d: %s" (line-number-at-pos (flymake-diagnostic-beg d))
                       (flymake-diagnostic-text d)))
             diags "\n"))

(copydesk-test-run
 (copydesk-test-out "Emacs %s, eglot from %s" emacs-version (locate-library "eglot"))
 (let* ((a-file (concat copydesk-test-ws "a.news.md"))
        (b-file (concat copydesk-test-ws "b.news.md"))
        (buf (find-file-noselect b-file))
        server)
   (with-current-buffer buf
     (copydesk-test-equal major-mode 'newsmd-mode "b.news.md opens in newsmd-mode")
     (copydesk-test-equal (file-truename (project-root (project-current)))
                          (file-truename copydesk-test-ws) "project root is the folder with .copydesk.json")
     ;; What eglot-ensure does on the next command loop, done now (batch has none).
     (apply #'eglot (eglot--guess-contact))
     (setq server (copydesk-test-wait (lambda () (eglot-current-server)) copydesk-test-timeout))
     (unless (copydesk-test-check (and server eglot--managed-mode) "eglot connected and manages the buffer")
       (error "no server"))
     (flymake-start)

     ;; Diagnostics, as flymake shows them.
     (let* ((claim-line (car (copydesk-test-line-of b-file "$15 billion")))
            (unused-line (car (copydesk-test-line-of b-file "[^unused]:")))
            (pick (lambda (code &optional line type)
                    (cl-find-if (lambda (d)
                                  (and (equal (plist-get (copydesk-test-diag-plist d) :code) code)
                                       (or (null line) (= (line-number-at-pos (flymake-diagnostic-beg d)) line))
                                       (or (null type) (eq (flymake-diagnostic-type d) type))))
                                (flymake-diagnostics)))))
       (copydesk-test-wait (lambda () (and (funcall pick "unsourced-claim" claim-line)
                                           (funcall pick "unused-source" unused-line 'eglot-error)
                                           (null (funcall pick "undefined-entity"))))
                           copydesk-test-timeout)
       (let ((claim (funcall pick "unsourced-claim" claim-line))
             (all (copydesk-test-summarize (flymake-diagnostics))))
         (copydesk-test-check claim "flymake shows unsourced-claim on the \"$15 billion\" line" all)
         (when claim
           (copydesk-test-equal (plist-get (copydesk-test-diag-plist claim) :source) "copydesk"
                                "diagnostic source is copydesk"))
         (copydesk-test-check (funcall pick "unused-source" unused-line 'eglot-error)
                              "settings reached the server: unused-source raised from hint to error" all)
         (copydesk-test-check (null (funcall pick "undefined-entity"))
                              "no undefined-entity: @jack-ma is defined in a.news.md" all)))
     (copydesk-test-check
      (cl-some (lambda (entry)
                 (let ((answer (cadr entry)))
                   (and (vectorp answer) (> (length answer) 0)
                        (equal (aref answer 0) copydesk-settings))))
               copydesk-test-config-answers)
      "server asked workspace/configuration for section copydesk and got the settings"
      (format "%S" copydesk-test-config-answers))

     ;; Hover on "Mr Ma" (after an emoji: UTF-16 columns).
     (goto-char (point-min))
     (search-forward "[Mr Ma][@jack-ma]")
     (goto-char (+ (match-beginning 0) 1))
     (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
            (contents (plist-get hover :contents))
            (text (cond ((stringp contents) contents)
                        ((plist-get contents :value))
                        ((vectorp contents)
                         (mapconcat (lambda (c) (if (stringp c) c (plist-get c :value))) contents "\n"))
                        (t (format "%S" hover)))))
       (copydesk-test-contains text "Jack Ma" "hover names the entity")
       (copydesk-test-contains text "Founder of Alibaba Group" "hover shows its description from a.news.md"))

     ;; Go to definition the way M-. does: through the xref backend.
     (let* ((xrefs (xref-backend-definitions 'eglot (xref-backend-identifier-at-point 'eglot)))
            (loc (and xrefs (xref-item-location (car xrefs))))
            (expected-line (car (copydesk-test-line-of a-file "[@jack-ma]:"))))
       (copydesk-test-check (and loc (equal (file-truename (xref-location-group loc)) (file-truename a-file)))
                            "definition is in a.news.md" (format "%S" xrefs))
       (copydesk-test-check (and loc (equal (xref-location-line loc) expected-line))
                            (format "definition on line %d" expected-line) (format "%S" xrefs)))

     ;; A plain article, opted in: the same server manages text-mode buffers.
     (let* ((c-file (concat copydesk-test-ws "c.txt"))
            (c-line (car (copydesk-test-line-of c-file "56 percent")))
            (cbuf (find-file-noselect c-file)))
       (with-current-buffer cbuf
         (copydesk-test-equal major-mode 'text-mode "c.txt opens in text-mode")
         (copydesk-test-wait (lambda () (eglot-current-server)) copydesk-test-timeout)
         (copydesk-test-check (eq (eglot-current-server) server) "c.txt is managed by the same server")
         (flymake-start)
         (let ((find (lambda ()
                       (cl-find-if (lambda (d)
                                     (and (equal (plist-get (copydesk-test-diag-plist d) :code) "unsourced-claim")
                                          (= (line-number-at-pos (flymake-diagnostic-beg d)) c-line)))
                                   (flymake-diagnostics)))))
           (copydesk-test-wait find copydesk-test-timeout)
           (copydesk-test-check (funcall find) "plain article c.txt: unsourced-claim on the \"56 percent\" line"
                                (copydesk-test-summarize (flymake-diagnostics))))))

     ;; Clean exit.  `eglot-shutdown' in eglot 1.9 sends shutdown + exit and then deletes
     ;; the process at once (jsonrpc-shutdown), racing the server's own exit; so send the two
     ;; messages here, wait for the process to end by itself, then let eglot clean up.
     (let ((proc (jsonrpc--process server)))
       (setf (eglot--shutdown-requested server) t)
       (jsonrpc-request server :shutdown nil :timeout copydesk-test-timeout)
       (jsonrpc-notify server :exit nil)
       (copydesk-test-wait (lambda () (not (process-live-p proc))) copydesk-test-timeout)
       (copydesk-test-check (not (process-live-p proc)) "server process exited after shutdown")
       (copydesk-test-equal (process-exit-status proc) 0 "server exit code after shutdown/exit")
       (ignore-errors (jsonrpc-shutdown server t)))
     (kill-buffer buf))))

;;; test-eglot-plain.el --- A plain article opened alone starts the server  -*- lexical-binding: t; -*-
;; The README's setup (`eglot-ensure' on `newsmd-mode-hook') plus `copydesk-plain-articles':
;; opening c.txt of the workspace (Tests/editors/make_workspace.sh) in a fresh Emacs, with no
;; `*.news.md' buffer and no server yet, must start the server as a `*.news.md' file would, and
;; flymake must show the plain article's finding.  Without `copydesk-plain-articles', nothing
;; starts.  Batch Emacs has no command loop: `post-command-hook' (where `eglot-ensure' connects)
;; is run once by hand after each file is opened, as the first command would.
;;
;; Run: COPYDESK_BIN=… COPYDESK_WS=… emacs --batch -L editors/emacs -L Tests/editors/emacs \
;;        -l Tests/editors/emacs/test-eglot-plain.el

(require 'harness)
(require 'copydesk)
(require 'eglot)
(require 'flymake)

(defvar copydesk-test-bin (or (getenv "COPYDESK_BIN") (error "COPYDESK_BIN not set")))
(defvar copydesk-test-ws (file-name-as-directory (or (getenv "COPYDESK_WS") (error "COPYDESK_WS not set"))))
(defvar copydesk-test-timeout (/ (string-to-number (or (getenv "COPYDESK_TIMEOUT_MS") "20000")) 1000.0))

(setq copydesk-server-path copydesk-test-bin)
(add-hook 'newsmd-mode-hook #'eglot-ensure)   ; the README's setup
(setq eglot-sync-connect copydesk-test-timeout
      eglot-connect-timeout copydesk-test-timeout
      jsonrpc-default-request-timeout copydesk-test-timeout)

(defun copydesk-test-open (file)
  "Visit FILE as `find-file' does, then run what the first command would."
  (let ((buf (find-file-noselect file)))
    (with-current-buffer buf
      (run-hooks 'post-command-hook))
    buf))

(defun copydesk-test-line-of (file needle)
  (with-temp-buffer
    (insert-file-contents file)
    (goto-char (point-min))
    (unless (search-forward needle nil t) (error "%S not in %s" needle file))
    (line-number-at-pos (match-beginning 0))))

(defun copydesk-test-claim (line)
  (cl-find-if (lambda (d)
                (and (equal (plist-get (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d)) :code)
                            "unsourced-claim")
                     (= (line-number-at-pos (flymake-diagnostic-beg d)) line)))
              (flymake-diagnostics)))

(copydesk-test-run
 (copydesk-test-out "Emacs %s, eglot from %s" emacs-version (locate-library "eglot"))
 (let* ((c-file (concat copydesk-test-ws "c.txt"))
        (d-file (concat copydesk-test-ws "d.md"))
        (c-line (copydesk-test-line-of c-file "56 percent")))
   (copydesk-test-write d-file "# Notes\n\nSales rose 12 percent to $3 billion last year.\n")

   ;; Off (the default): a plain article starts nothing.
   (customize-set-variable 'copydesk-plain-articles nil)
   (let ((buf (copydesk-test-open c-file)))
     (with-current-buffer buf
       (copydesk-test-equal major-mode 'text-mode "c.txt opens in text-mode")
       (accept-process-output nil 1)
       (copydesk-test-check (null (eglot-current-server))
                            "copydesk-plain-articles nil: no server for c.txt"))
     (kill-buffer buf))

   ;; On: opening c.txt alone starts the server, as b.news.md would.
   (customize-set-variable 'copydesk-plain-articles t)
   (let ((buf (copydesk-test-open c-file)) server)
     (with-current-buffer buf
       (setq server (copydesk-test-wait (lambda () (eglot-current-server)) copydesk-test-timeout))
       (unless (copydesk-test-check (and server eglot--managed-mode)
                                    "copydesk-plain-articles t: opening c.txt alone starts eglot")
         (error "no server"))
       (copydesk-test-equal (process-command (jsonrpc--process server))
                            (list copydesk-test-bin "lsp") "the server is copydesk lsp")
       (copydesk-test-equal (file-truename (project-root (eglot--project server)))
                            (file-truename copydesk-test-ws) "its project is the folder with .copydesk.json")
       (flymake-start)
       (copydesk-test-wait (lambda () (copydesk-test-claim c-line)) copydesk-test-timeout)
       (copydesk-test-check (copydesk-test-claim c-line)
                            "flymake shows unsourced-claim on the \"56 percent\" line of c.txt"))
     ;; A Markdown article is served by the same server.
     (let ((dbuf (copydesk-test-open d-file)))
       (with-current-buffer dbuf
         (copydesk-test-equal major-mode (if (fboundp 'markdown-mode) 'markdown-mode 'text-mode)
                              "d.md opens in markdown-mode")
         (copydesk-test-wait (lambda () (eglot-current-server)) copydesk-test-timeout)
         (copydesk-test-check (eq (eglot-current-server) server) "d.md is managed by the same server")))
     ;; Clean exit.
     (let ((proc (jsonrpc--process server)))
       (setf (eglot--shutdown-requested server) t)
       (jsonrpc-request server :shutdown nil :timeout copydesk-test-timeout)
       (jsonrpc-notify server :exit nil)
       (copydesk-test-wait (lambda () (not (process-live-p proc))) copydesk-test-timeout)
       (copydesk-test-equal (process-exit-status proc) 0 "server exit code after shutdown/exit")
       (ignore-errors (jsonrpc-shutdown server t))))))

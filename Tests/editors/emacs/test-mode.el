;;; test-mode.el --- Headless checks of copydesk.el that need no server  -*- lexical-binding: t; -*-
;; auto-mode, parent mode (markdown-mode, or text-mode when COPYDESK_TEST_NO_MARKDOWN is set),
;; font-lock faces on annotation samples, the eglot-server-programs entry, the project root,
;; and a warning-free byte-compile.
;;
;; Run: COPYDESK_TMP=… emacs --batch -L editors/emacs -L Tests/editors/emacs -l Tests/editors/emacs/test-mode.el

(require 'harness)

(require 'bytecomp)
(defvar copydesk-test-no-markdown
  (let ((v (getenv "COPYDESK_TEST_NO_MARKDOWN"))) (and v (not (equal v "")))))
(when copydesk-test-no-markdown
  ;; Pretend markdown-mode is not installed.
  (setq load-path (cl-remove-if (lambda (d) (string-match-p "markdown-mode" d)) load-path))
  (fmakunbound 'markdown-mode)
  (setq auto-mode-alist (cl-remove-if (lambda (e) (eq (cdr e) 'markdown-mode)) auto-mode-alist)))

(defvar copydesk-test-tmp (file-name-as-directory (or (getenv "COPYDESK_TMP") (make-temp-file "cd" t))))
(defvar copydesk-test-el (locate-library "copydesk.el"))

(defun copydesk-test-faces-at (needle &optional nth-line)
  "Faces at the first char of NEEDLE (searched from line NTH-LINE, default 1)."
  (save-excursion
    (goto-char (point-min))
    (forward-line (1- (or nth-line 1)))
    (if (search-forward needle nil t)
        (let ((f (get-text-property (match-beginning 0) 'face)))
          (if (listp f) f (list f)))
      (list 'not-found needle))))

(copydesk-test-run
 (copydesk-test-out "Emacs %s, markdown-mode %s" emacs-version (if copydesk-test-no-markdown "hidden" "available"))

 (copydesk-test-out "byte-compile")
 (let* ((byte-compile-error-on-warn nil)
        (log-buffer (get-buffer-create "*Compile-Log*"))
        (dest (concat copydesk-test-tmp "copydesk.elc"))
        (byte-compile-dest-file-function (lambda (_) dest)))
   (with-current-buffer log-buffer (let ((inhibit-read-only t)) (erase-buffer)))
   (let ((ok (byte-compile-file copydesk-test-el)))
     (copydesk-test-check ok "copydesk.el byte-compiles")
     (let ((log (with-current-buffer log-buffer (buffer-string))))
       (copydesk-test-check (not (string-match-p "Warning" log)) "byte-compile without warnings" log))))

 (require 'copydesk)

 (copydesk-test-out "modes")
 (let ((parent (if copydesk-test-no-markdown 'text-mode 'markdown-mode)))
   (copydesk-test-equal (get 'newsmd-mode 'derived-mode-parent) parent
                        (format "newsmd-mode derives from %s" parent)))
 (dolist (case `(("ws/a.news.md" newsmd-mode)
                 ("ws/Été 🤝/b.news.md" newsmd-mode)
                 ,@(unless copydesk-test-no-markdown '(("ws/plain.md" markdown-mode)))
                 ("ws/plain.txt" text-mode)))
   (let ((path (concat copydesk-test-tmp (car case))))
     (copydesk-test-write path "# x\n")
     (with-current-buffer (find-file-noselect path)
       (copydesk-test-equal major-mode (cadr case) (format "%s → %s" (car case) (cadr case)))
       (kill-buffer))))

 (copydesk-test-out "font-lock")
 (let ((path (concat copydesk-test-tmp "ws/syntax.news.md")))
   (copydesk-test-write path (concat "# Ma visits 🤝 New York\n"
                                     "\n"
                                     "[@jack-ma]: Jack Ma\n"
                                     "  type: person\n"
                                     "  aliases: Ma, Mr Ma\n"
                                     "\n"
                                     "On Monday “[Mr Ma][@jack-ma]” and [@trump] met[^pr]. See [the site](https://example.com).\n"
                                     "\n"
                                     "<!-- copydesk-disable-next-line unsourced-claim -- reviewed by the desk -->\n"
                                     "Sales rose 12 percent.\n"
                                     "\n"
                                     "[^pr]: Press release, 9 January 2017.\n"
                                     "Then [São Paulo][@são-paulo] and [@zürich.gov] replied[^réponse].\n"))
   (with-current-buffer (find-file-noselect path)
     (font-lock-mode 1)
     (font-lock-ensure)
     (dolist (e '(("[@jack-ma]:" 3 copydesk-definition-face)
                  ("Jack Ma" 3 copydesk-entity-name-face)
                  ("type:" 4 copydesk-field-face)
                  ("aliases:" 5 copydesk-field-face)
                  ("Mr Ma]" 7 copydesk-mention-face)
                  ("@jack-ma]”" 7 copydesk-entity-id-face)
                  ("@trump" 7 copydesk-entity-id-face)
                  ("[^pr]" 7 copydesk-citation-face)
                  ("<!--" 9 copydesk-suppression-face)
                  ("reviewed by" 9 copydesk-suppression-face)
                  ("[^pr]:" 12 copydesk-definition-face)
                  ("São Paulo]" 13 copydesk-mention-face)
                  ("@são-paulo" 13 copydesk-entity-id-face)
                  ("@zürich.gov" 13 copydesk-entity-id-face)
                  ("[^réponse]" 13 copydesk-citation-face)))
       (let ((faces (copydesk-test-faces-at (car e) (cadr e))))
         (copydesk-test-check (memq (nth 2 e) faces)
                              (format "line %d %S has %s" (cadr e) (car e) (nth 2 e)) faces)))
     (dolist (e '(("On Monday" 7 copydesk-mention-face)
                  ("the site" 7 copydesk-mention-face)
                  ("Sales" 10 copydesk-suppression-face)
                  ("[^pr]:" 12 copydesk-citation-face)))
       (let ((faces (copydesk-test-faces-at (car e) (cadr e))))
         (copydesk-test-check (and (not (memq 'not-found faces)) (not (memq (nth 2 e) faces)))
                              (format "line %d %S is not %s" (cadr e) (car e) (nth 2 e)) faces)))
     (copydesk-test-equal comment-start "<!-- " "comment-start is an HTML comment")
     (kill-buffer)))

 (copydesk-test-out "eglot entry")
 (require 'eglot)
 (let ((entry (car eglot-server-programs)))
   (copydesk-test-equal (car entry) '((newsmd-mode :language-id "newsmd"))
                        "first eglot-server-programs entry is newsmd-mode")
   (copydesk-test-equal (funcall (cdr entry) t) '("copydesk" "lsp") "contact is copydesk lsp")
   (let ((copydesk-server-path "/opt/copydesk") (copydesk-server-args '("--log" "debug")))
     (copydesk-test-equal (funcall (cdr entry) t) '("/opt/copydesk" "lsp" "--log" "debug")
                          "contact honours server path and extra args")))
 (customize-set-variable 'copydesk-plain-articles t)
 (copydesk-test-equal (mapcar (lambda (m) (car (if (consp m) m (list m)))) (car (car eglot-server-programs)))
                      '(newsmd-mode markdown-mode text-mode) "plain articles: markdown-mode and text-mode too")
 (copydesk-test-equal (cl-count-if (lambda (e) (eq (cdr e) #'copydesk-server-command)) eglot-server-programs)
                      1 "only one copydesk entry after refreshing")
 (customize-set-variable 'copydesk-plain-articles nil)
 (copydesk-test-equal (cl-second (eglot--lookup-mode 'newsmd-mode)) "newsmd" "eglot language id is newsmd")

 (copydesk-test-out "project root")
 (require 'project)
 (copydesk-test-write (concat copydesk-test-tmp "proj/.copydesk.json") "{}\n")
 (make-directory (concat copydesk-test-tmp "proj/sub/.git") t)
 (make-directory (concat copydesk-test-tmp "proj/sub/deep") t)
 (let ((default-directory (concat copydesk-test-tmp "proj/sub/deep/")))
   (copydesk-test-equal (file-truename (project-root (project-current)))
                        (file-truename (concat copydesk-test-tmp "proj/"))
                        ".copydesk.json is the project root (over a closer .git)"))
 (let ((conf (copydesk-workspace-configuration nil)))
   (copydesk-test-check (and (eq (car conf) :copydesk) (hash-table-p (cadr conf))
                             (= (hash-table-count (cadr conf)) 0))
                        "no settings: an empty copydesk section (a JSON object)" conf))
 (let ((copydesk-settings '(:rules (:unsourced-claim "error"))))
   (copydesk-test-equal (copydesk-workspace-configuration nil) '(:copydesk (:rules (:unsourced-claim "error")))
                        "settings go in the copydesk section")))

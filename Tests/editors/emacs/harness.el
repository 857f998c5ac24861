;;; harness.el --- Tiny assertion harness for the headless Emacs editor tests  -*- lexical-binding: t; -*-
;; Each check prints one line; `copydesk-test-finish' exits 0 only if every check passed.

(require 'cl-lib)

(defvar copydesk-test-name (or (getenv "COPYDESK_TEST_NAME") "emacs"))
(defvar copydesk-test-passed 0)
(defvar copydesk-test-failed 0)

(defun copydesk-test-out (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defun copydesk-test-check (cond what &optional detail)
  (if cond
      (progn (cl-incf copydesk-test-passed) (copydesk-test-out "  ok    %s" what))
    (cl-incf copydesk-test-failed)
    (copydesk-test-out "  FAIL  %s%s" what
                       (if detail (concat "\n        " (replace-regexp-in-string
                                                       "\n" "\n        " (format "%s" detail)))
                         "")))
  cond)

(defun copydesk-test-equal (actual expected what)
  (copydesk-test-check (equal actual expected) what
                       (format "expected %S, got %S" expected actual)))

(defun copydesk-test-contains (haystack needle what)
  (copydesk-test-check (and (stringp haystack) (string-search needle haystack)) what
                       (format "%S not found in:\n%s" needle haystack)))

(defun copydesk-test-wait (pred timeout)
  "Process events until PRED is non-nil or TIMEOUT seconds pass; return PRED's value."
  (let ((deadline (+ (float-time) timeout)) value)
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun copydesk-test-write (path text)
  (make-directory (file-name-directory path) t)
  (let ((coding-system-for-write 'utf-8-unix))
    (write-region text nil path nil 'silent)))

(defun copydesk-test-finish ()
  ;; Whatever is still running (a failed test's server) must not run filters during exit.
  (dolist (p (process-list))
    (set-process-filter p #'ignore)
    (set-process-sentinel p #'ignore)
    (delete-process p))
  (copydesk-test-out "%s: %d passed, %d failed" copydesk-test-name copydesk-test-passed copydesk-test-failed)
  (kill-emacs (if (or (> copydesk-test-failed 0) (= copydesk-test-passed 0)) 1 0)))

(defmacro copydesk-test-run (&rest body)
  "Run BODY; an error becomes a failed check; then finish."
  `(progn
     (condition-case err
         (progn ,@body)
       (error (copydesk-test-check nil "test body raised an error" (error-message-string err))))
     (copydesk-test-finish)))

(provide 'harness)
;;; harness.el ends here

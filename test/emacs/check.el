;;; check.el --- Emacs eglot as a third LSP client of the unres server  -*- lexical-binding: t -*-

;; Run by test/emacs/run.mjs: emacs --batch -l test/emacs/check.el
;; (not -Q: Debian's site start puts eglot on the load path).
;; Reads UNRES_SERVER, UNRES_FAULTY, UNRES_EXAMPLE, UNRES_ROOT and UNRES_README_EMACS (the
;; README's eglot configuration, with the server's path written in) from the environment.
;; Configured by that snippet as a reader copies it (the mode, the file name, the server, eglot
;; started by the mode's hook), checks that visiting the faulty draft puts it under eglot, the
;; diagnostics flymake gets for it, none for the adopted text, and hover on a footnote; exits 0
;; when all pass, 1 otherwise.

;;; Code:

(require 'cl-lib)
(require 'eglot)
(require 'flymake)

(defvar unres-check-timeout
  (/ (string-to-number (or (getenv "UNRES_EMACS_TIMEOUT") "15000")) 1000.0)
  "Seconds to wait for the server at each step.")

(defvar unres-check-passed 0)
(defvar unres-check-failed 0)

(defun unres-check-env (name)
  "The value of environment variable NAME; an error when unset."
  (let ((value (getenv name)))
    (if (and value (not (string-empty-p value)))
        value
      (error "%s is not set (run this through test/emacs/run.mjs)" name))))

(defun unres-check-say (format-string &rest args)
  "Print FORMAT-STRING with ARGS and a newline to standard output."
  (princ (concat (apply #'format format-string args) "\n")))

(defun unres-check (name ok &optional detail)
  "Record check NAME as passed when OK, else failed with DETAIL."
  (if ok
      (progn (cl-incf unres-check-passed) (unres-check-say "  ok    %s" name))
    (cl-incf unres-check-failed)
    (unres-check-say "  FAIL  %s%s" name (if detail (concat "\n        " detail) "")))
  ok)

(defun unres-check-wait (predicate)
  "Process input until PREDICATE returns non-nil or the timeout passes; return its value."
  (let ((deadline (+ (float-time) unres-check-timeout))
        value)
    (while (and (not (setq value (funcall predicate)))
                (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

;; Count every publishDiagnostics by file, so that an empty one can be seen.
(defvar unres-check-published (make-hash-table :test #'equal))
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri &allow-other-keys)
  (let ((file (expand-file-name (eglot--uri-to-path uri))))
    (puthash file (1+ (gethash file unres-check-published 0)) unres-check-published)))

(defun unres-check-summary ()
  "Flymake's diagnostics in the current buffer as sorted \"LINE:CODE\" strings.
Eglot writes a diagnostic's text as \"SOURCE [CODE]: MESSAGE\"."
  (let ((items
         (mapcar (lambda (d)
                   (let ((text (flymake-diagnostic-text d)))
                     (cons (line-number-at-pos (flymake-diagnostic-beg d))
                           (if (string-match "\\`[^[]*\\[\\([^]]+\\)\\]" text)
                               (match-string 1 text)
                             text))))
                 (flymake-diagnostics))))
    (setq items (sort items (lambda (a b)
                              (if (= (car a) (car b))
                                  (string< (cdr a) (cdr b))
                                (< (car a) (car b))))))
    (mapconcat (lambda (i) (format "%d:%s" (car i) (cdr i))) items ", ")))

(defun unres-check-open (file)
  "Visit FILE, which the README's configuration puts in `unres-mode' under eglot."
  (find-file file)
  (unless (eq major-mode 'unres-mode)
    (error "visiting %s gave %s, not unres-mode (README snippet: auto-mode-alist)" file major-mode))
  ;; The mode's hook ran eglot-ensure, which connects on the next command loop: run it now.
  (run-hooks 'post-command-hook)
  (unless (unres-check-wait (lambda () (eglot-managed-p)))
    (error "eglot does not manage %s (README snippet: eglot-server-programs, unres-mode-hook)" file))
  (current-buffer))

(defun unres-check-diagnostics (file)
  "Flymake's summary for FILE once the server has published for it."
  (with-current-buffer (get-file-buffer file)
    (unres-check-wait (lambda () (> (gethash (expand-file-name file) unres-check-published 0) 0)))
    (flymake-start)
    (unres-check-wait (lambda () (memq 'eglot-flymake-backend (flymake-reporting-backends))))
    (unres-check-summary)))

(defun unres-check-hover-text (contents)
  "Plain text of hover CONTENTS: MarkupContent, MarkedString or a vector of them."
  (cond ((stringp contents) contents)
        ((vectorp contents) (mapconcat #'unres-check-hover-text contents "\n"))
        ((plist-get contents :value))
        (t "")))

(defun unres-check-run ()
  "Run the checks."
  (let* ((server (unres-check-env "UNRES_SERVER"))
         (faulty (unres-check-env "UNRES_FAULTY"))
         (example (unres-check-env "UNRES_EXAMPLE"))
         (root (file-name-as-directory (unres-check-env "UNRES_ROOT")))
         (expected "2:agenda-item, 14:opener-italics, 16:preamble-punctuation, 20:footnote-undefined, 22:operative-numbering"))
    ;; The README's configuration, evaluated form by form as if it were in the init file; the
    ;; server it names must be this one.
    (let ((snippet (unres-check-env "UNRES_README_EMACS"))
          (at 0))
      (condition-case nil
          (while t
            (let ((read (read-from-string snippet at)))
              (eval (car read) t)
              (setq at (cdr read))))
        (end-of-file nil)))
    (unless (equal (cdr (assq 'unres-mode eglot-server-programs)) (list "node" server "--stdio"))
      (error "the README snippet's eglot-server-programs entry is %S" (assq 'unres-mode eglot-server-programs)))
    ;; A folder without version control is a transient project.
    (add-hook 'project-find-functions (lambda (_dir) (cons 'transient root)))

    ;; 1. The faulty draft: exactly its five problems.
    (unres-check-open faulty)
    (let ((actual (unres-check-wait
                   (lambda ()
                     (let ((s (unres-check-diagnostics faulty)))
                       (and (string= s expected) s))))))
      (unres-check (concat "faulty.unres, visited under the README's configuration: diagnostics " expected)
                   actual
                   (concat "got: " (unres-check-diagnostics faulty))))

    ;; 2. The adopted resolution: the server publishes nothing for it.
    (unres-check-open example)
    (let ((actual (unres-check-diagnostics example)))
      (unres-check "A-RES-73-331.unres: no diagnostics"
                   (and (> (gethash (expand-file-name example) unres-check-published 0) 0)
                        (string-empty-p actual))
                   (if (string-empty-p actual) "no publishDiagnostics for it" (concat "got: " actual))))

    ;; 3. Hover on the first footnote reference [^1].
    (with-current-buffer (get-file-buffer example)
      (goto-char (point-min))
      (unless (re-search-forward "^[^[\n].*?\\(\\[\\^1\\]\\)" nil t)
        (error "No [^1] reference in %s" example))
      (goto-char (+ (match-beginning 1) 2))
      (let* ((want "A/73/328–S/2018/592.")
             (result (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                      (eglot--TextDocumentPositionParams)))
             (text (unres-check-hover-text (plist-get result :contents))))
        (unres-check (format "hover on [^1] at %d:%d shows %s"
                             (line-number-at-pos) (1+ (current-column)) want)
                     (string-search want text)
                     (format "got: %S" text))))))

(let ((inhibit-message t))
  (condition-case err
      (unres-check-run)
    (error
     (cl-incf unres-check-failed)
     (unres-check-say "  ERROR %s" (error-message-string err)))))
(when (> unres-check-failed 0)
  ;; The server's stderr usually says why.
  (dolist (buffer (buffer-list))
    (when (string-match-p "EGLOT.*stderr" (buffer-name buffer))
      (with-current-buffer buffer
        (unres-check-say "--- %s ---\n%s\n---" (buffer-name)
                         (buffer-substring-no-properties (max (point-min) (- (point-max) 3000)) (point-max)))))))
(unres-check-say "emacs: %d passed, %d failed" unres-check-passed unres-check-failed)
(kill-emacs (if (> unres-check-failed 0) 1 0))

;;; check.el ends here

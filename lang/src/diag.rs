//! Compile errors are data: every stage returns diagnostics; only `render` turns them into text.

pub mod codes;
pub mod render;

use crate::source::Span;
pub use codes::Code;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub message: String,
    pub primary: Label,
    pub secondary: Vec<Label>,
    pub notes: Vec<String>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            primary: Label {
                span,
                message: String::new(),
            },
            secondary: Vec::new(),
            notes: Vec::new(),
            help: None,
        }
    }
    /// A warning: printed, but the program still compiles and runs.
    pub fn warning(code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, span, message)
        }
    }
    pub fn label(mut self, text: impl Into<String>) -> Self {
        self.primary.message = text.into();
        self
    }
    pub fn with_help(mut self, text: impl Into<String>) -> Self {
        self.help = Some(text.into());
        self
    }
    pub fn with_note(mut self, text: impl Into<String>) -> Self {
        self.notes.push(text.into());
        self
    }
    pub fn secondary(mut self, span: Span, text: impl Into<String>) -> Self {
        self.secondary.push(Label {
            span,
            message: text.into(),
        });
        self
    }
}

/// A sink that stages push diagnostics into.
#[derive(Default, Debug)]
pub struct Diagnostics {
    pub list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }
    pub fn error_count(&self) -> usize {
        self.list.iter().filter(|d| d.severity == Severity::Error).count()
    }
}

/// A diagnostic already pushed, still being filled in (`checker.error(..).label(..)`).
pub struct DiagMut<'a>(pub &'a mut Diagnostic);

impl DiagMut<'_> {
    pub fn label(self, text: impl Into<String>) -> Self {
        self.0.primary.message = text.into();
        self
    }
    pub fn with_help(self, text: impl Into<String>) -> Self {
        self.0.help = Some(text.into());
        self
    }
    pub fn with_note(self, text: impl Into<String>) -> Self {
        self.0.notes.push(text.into());
        self
    }
    pub fn secondary(self, span: Span, text: impl Into<String>) -> Self {
        self.0.secondary.push(Label {
            span,
            message: text.into(),
        });
        self
    }
}

impl std::ops::Deref for DiagMut<'_> {
    type Target = Diagnostic;
    fn deref(&self) -> &Diagnostic {
        self.0
    }
}

impl std::ops::DerefMut for DiagMut<'_> {
    fn deref_mut(&mut self) -> &mut Diagnostic {
        self.0
    }
}

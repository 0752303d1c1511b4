//! The one place diagnostics become text: `error[E0301]: msg`, ` --> file:line:col`, a source
//! snippet with a caret label, secondary labels, notes and `help:`.

use super::{Diagnostic, Severity};
use crate::source::{SourceMap, Span};
use std::fmt::Write;

pub fn render(map: &SourceMap, d: &Diagnostic) -> String {
    let mut out = String::new();
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let _ = writeln!(out, "{sev}[{}]: {}", d.code, d.message);
    snippet(&mut out, map, d.primary.span, &d.primary.message, '^', true);
    for l in &d.secondary {
        snippet(&mut out, map, l.span, &l.message, '-', true);
    }
    for n in &d.notes {
        let _ = writeln!(out, "  = note: {n}");
    }
    if let Some(h) = &d.help {
        let _ = writeln!(out, "  = help: {h}");
    }
    out
}

fn snippet(out: &mut String, map: &SourceMap, span: Span, label: &str, mark: char, header: bool) {
    let file = map.file(span.file);
    let (line, col) = file.line_col(span.lo as usize);
    let (end_line, end_col) = file.line_col(span.hi as usize);
    let gutter = line.to_string().len();
    if header {
        let _ = writeln!(out, "{:gutter$}--> {}:{}:{}", "", file.name, line, col);
    }
    let text = file.line_text(line);
    let _ = writeln!(out, "{:gutter$} |", "");
    let _ = writeln!(out, "{line} | {text}");
    let width = if end_line == line && end_col > col {
        end_col - col
    } else {
        1
    };
    let pad: String = text
        .chars()
        .take(col - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let marks: String = std::iter::repeat_n(mark, width).collect();
    let sep = if label.is_empty() { "" } else { " " };
    let _ = writeln!(out, "{:gutter$} | {pad}{marks}{sep}{label}", "");
}

//! The read-eval-print loop: `mojo-like` with no arguments, or `mojo-like repl`.
//!
//! It reads inputs from standard input. A line that opens a block (it ends with `:`), leaves a
//! bracket open, or ends with `\` continues on the next lines. A block ends at a blank line, or at
//! a line back at the left margin that does not continue it (`else`, `elif`, `except`, `finally`
//! do), so a script can be piped in as written. Each input goes to the session
//! (`crate::session`). A line starting with `#` at the left margin is a comment. Lines starting
//! with `:` are commands.
//!
//! With a terminal, it edits lines with rustyline (`crate::complete` completes names), keeps a
//! history file (`$XDG_STATE_HOME/mojo-like/history`, else `~/.local/state/mojo-like/history`),
//! and shows prompts (`>>> `, `... `). Ctrl-C drops the input being typed, or stops the one
//! running (E0612). Ctrl-D leaves. Piped, it prints only what the inputs print, and exits 1 if
//! any input failed.

use crate::complete::Completion;
use crate::session::Session;
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use std::io::{BufRead, IsTerminal};

const HELP: &str = "Enter Mojo: definitions (`def`, `struct`, `trait`, `import`, `comptime`) stay for later inputs,
statements run at once with the variables earlier inputs made, and an expression prints its value.
A line ending in `:` opens a block, which a blank line closes.

Commands:
  :help            this text
  :type EXPR       the type of an expression
  :load FILE       run a file's top-level code and keep its definitions (not its `main`)
  :time INPUT      run an input and say how long it took
  :emit mir|clif|llvm|ptx|amdgpu NAME
                   the code of function NAME: its MIR, its Cranelift IR, or (kernels, in
                   `mojo-like-gpu repl`) its device code
  :names           the variables and definitions in scope
  :reset           forget every definition and variable
  :quit            leave (also Ctrl-D)
";

/// Where the lines come from: standard input as it is, or a line editor on a terminal.
enum Source<'a> {
    Piped(std::io::Lines<std::io::StdinLock<'a>>),
    Editor(Box<rustyline::Editor<Completion, FileHistory>>),
}

/// One line read: its text, the input abandoned (Ctrl-C), or the end (Ctrl-D, end of file).
enum Line {
    Text(String),
    Cancel,
    End,
}

/// The lines of the input, with one line of lookahead.
struct Input<'a> {
    source: Source<'a>,
    pending: Option<String>,
}

impl Input<'_> {
    fn next(&mut self, prompt: &str) -> Line {
        if let Some(l) = self.pending.take() {
            return Line::Text(l);
        }
        match &mut self.source {
            Source::Piped(lines) => match lines.next() {
                Some(Ok(l)) => Line::Text(l),
                _ => Line::End,
            },
            Source::Editor(ed) => match ed.readline(prompt) {
                Ok(l) => Line::Text(l),
                Err(ReadlineError::Interrupted) => Line::Cancel,
                Err(_) => Line::End,
            },
        }
    }
}

/// The history file: `$XDG_STATE_HOME/mojo-like/history`, else `~/.local/state/mojo-like/history`.
fn history_file() -> Option<std::path::PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".local/state")))?;
    Some(base.join("mojo-like").join("history"))
}

/// Ctrl-C while an input runs stops it (`lang::interp::INTERRUPT`); at the prompt the line
/// editor reads it as a key instead.
fn catch_interrupts() {
    extern "C" fn on_interrupt(_: libc::c_int) {
        lang::interp::INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_interrupt as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
}

/// How many brackets are open at the end of `text` (outside strings and comments).
fn open_brackets(text: &str) -> i64 {
    let mut depth = 0i64;
    for line in text.lines() {
        let mut quote: Option<char> = None;
        let mut escaped = false;
        for c in line.chars() {
            match quote {
                Some(q) => {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == q {
                        quote = None;
                    }
                }
                None => match c {
                    '#' => break,
                    '"' | '\'' => quote = Some(c),
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => depth -= 1,
                    _ => {}
                },
            }
        }
    }
    depth
}

/// A line without its comment, trimmed at the end.
fn code_of(line: &str) -> &str {
    line.split(" #").next().unwrap_or(line).trim_end()
}

/// Read one input (several lines for a block); `None` at the end of the input, an empty input
/// when Ctrl-C dropped it.
fn read_input(input: &mut Input) -> Option<String> {
    let first = loop {
        let l = match input.next(">>> ") {
            Line::Text(l) => l,
            Line::Cancel => continue,
            Line::End => return None,
        };
        let t = l.trim();
        if t.is_empty() || (t.starts_with('#') && !l.starts_with([' ', '\t'])) {
            continue;
        }
        break l;
    };
    if first.trim_start().starts_with(':') {
        return Some(first);
    }
    let mut text = first.clone();
    let mut block = code_of(&first).ends_with(':');
    loop {
        let more_brackets = open_brackets(&text) > 0 || text.ends_with('\\');
        if !more_brackets && !block {
            return Some(text);
        }
        let line = match input.next("... ") {
            Line::Text(l) => l,
            Line::Cancel => return Some(String::new()),
            Line::End => return Some(text),
        };
        if !more_brackets {
            if line.trim().is_empty() {
                return Some(text);
            }
            let at_margin = !line.starts_with([' ', '\t']);
            let continues = ["else", "elif", "except", "finally"]
                .iter()
                .any(|k| line.starts_with(k) && code_of(&line).ends_with(':'));
            if at_margin && !continues {
                // The next input (a comment at the margin is dropped with the block's end).
                if !line.trim_start().starts_with('#') {
                    input.pending = Some(line);
                }
                return Some(text);
            }
        }
        if code_of(&line).ends_with(':') {
            block = true;
        }
        text.push('\n');
        text.push_str(&line);
    }
}

/// Run the REPL until the input ends or `:quit`: the exit status.
pub fn run(legacy: bool, include: Vec<String>, gpu: Option<&'static dyn crate::Gpu>) -> i32 {
    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal() && std::io::stdout().is_terminal();
    let names = Completion::default();
    let source = if interactive {
        let config = rustyline::Config::builder().auto_add_history(true).build();
        match rustyline::Editor::<Completion, FileHistory>::with_config(config) {
            Ok(mut ed) => {
                ed.set_helper(Some(names.clone()));
                if let Some(h) = history_file() {
                    let _ = ed.load_history(&h);
                }
                catch_interrupts();
                Source::Editor(Box::new(ed))
            }
            Err(_) => Source::Piped(stdin.lock().lines()),
        }
    } else {
        Source::Piped(stdin.lock().lines())
    };
    let mut input = Input { source, pending: None };
    let mut session = Session::new(legacy, include, gpu);
    if interactive {
        println!(
            "mojo-like {} REPL. :help for help, :quit or Ctrl-D to leave.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let mut failed = false;
    while let Some(text) = read_input(&mut input) {
        lang::interp::INTERRUPT.store(false, std::sync::atomic::Ordering::Relaxed);
        let ok = match text.trim_start().strip_prefix(':') {
            Some(cmd) => match command(&mut session, cmd.trim()) {
                Command::Quit => break,
                Command::Done(ok) => ok,
            },
            None => session.eval(&text),
        };
        failed |= !ok;
        if interactive {
            names.set(session.names(), session.var_types(), session.defs_text());
        }
    }
    if let (Source::Editor(ed), Some(h)) = (&mut input.source, history_file()) {
        if let Some(dir) = h.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = ed.save_history(&h);
    }
    if interactive {
        println!();
    }
    i32::from(failed && !interactive)
}

enum Command {
    Quit,
    Done(bool),
}

fn command(session: &mut Session, cmd: &str) -> Command {
    let (name, arg) = cmd.split_once(char::is_whitespace).unwrap_or((cmd, ""));
    let arg = arg.trim();
    Command::Done(match name {
        "quit" | "q" | "exit" => return Command::Quit,
        "help" | "h" => {
            print!("{HELP}");
            true
        }
        "reset" => {
            session.reset();
            println!("(the session is empty)");
            true
        }
        "names" => {
            println!("{}", session.names().join(" "));
            true
        }
        "type" if !arg.is_empty() => match session.type_of(arg) {
            Ok(t) => {
                println!("{t}");
                true
            }
            Err(()) => false,
        },
        "time" if !arg.is_empty() => {
            let t0 = std::time::Instant::now();
            let ok = session.eval(arg);
            println!("(time: {:.3} ms)", t0.elapsed().as_secs_f64() * 1000.0);
            ok
        }
        "load" if !arg.is_empty() => load(session, arg),
        "emit" if !arg.is_empty() => {
            let (what, name) = arg.split_once(char::is_whitespace).unwrap_or((arg, ""));
            session.emit(what, name.trim())
        }
        other => {
            eprintln!("error: unknown command `:{other}` (or it needs an argument); :help lists the commands");
            false
        }
    })
}

/// `:load FILE`: each top-level chunk of the file (a definition or a statement), in order; its
/// `main` is not defined (the session has its own entry).
fn load(session: &mut Session, path: &str) -> bool {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            return false;
        }
    };
    let mut chunks: Vec<String> = Vec::new();
    for line in text.lines() {
        let continues = line.starts_with([' ', '\t'])
            || line.trim().is_empty()
            || line.starts_with(')')
            || line.starts_with(']')
            || ["else", "elif", "except", "finally"]
                .iter()
                .any(|k| line.starts_with(k));
        match chunks.last_mut() {
            Some(c) if continues => {
                c.push('\n');
                c.push_str(line);
            }
            _ if line.trim_start().starts_with('#') => {}
            _ => chunks.push(line.to_string()),
        }
    }
    let mut ok = true;
    for c in chunks {
        if c.starts_with("def main(") || c.starts_with("fn main(") {
            continue;
        }
        ok &= session.eval(&c);
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_strings() {
        assert_eq!(open_brackets("f(1, [2"), 2);
        assert_eq!(open_brackets("print(\"(\")"), 0);
        assert_eq!(open_brackets("x = (1 # (\n)"), 0);
        assert_eq!(code_of("if x:  # yes"), "if x:");
    }
}

//! The REPL on a terminal, driven through a pseudo-terminal: prompts and continuation prompts,
//! tab completion, Ctrl-C dropping a line being typed and stopping a running input (E0612), and
//! Ctrl-D leaving with the history saved.

use expectrl::{ControlCode, Eof};
use std::time::Duration;

#[test]
fn an_interactive_session() {
    let state = std::env::temp_dir().join(format!("mojo-like-pty-{}", std::process::id()));
    std::fs::create_dir_all(&state).unwrap();
    std::env::set_var("XDG_STATE_HOME", &state);
    let bin = env!("CARGO_BIN_EXE_mojo-like");
    let mut p = expectrl::spawn(format!("{bin} repl")).expect("the REPL starts on a terminal");
    p.set_expect_timeout(Some(Duration::from_secs(60)));
    p.expect("REPL. :help").unwrap();
    p.expect(">>> ").unwrap();
    p.send_line("var x = 2").unwrap();
    p.expect(">>> ").unwrap();
    // A block: continuation prompts until a blank line.
    p.send_line("def f() -> Int:").unwrap();
    p.expect("... ").unwrap();
    p.send_line("    return 7").unwrap();
    p.expect("... ").unwrap();
    p.send_line("").unwrap();
    p.expect(">>> ").unwrap();
    p.send_line("f() + x").unwrap();
    p.expect("9").unwrap();
    p.expect(">>> ").unwrap();
    // Tab completes `prin` to `print`.
    p.send("prin").unwrap();
    p.send("\t").unwrap();
    p.send_line("(40 + x)").unwrap();
    p.expect("42").unwrap();
    p.expect(">>> ").unwrap();
    // Ctrl-C at the prompt drops the line.
    p.send("1 + ").unwrap();
    p.send(ControlCode::EndOfText).unwrap();
    p.expect(">>> ").unwrap();
    // Ctrl-C (the terminal's interrupt signal) stops an endless loop; the session goes on, with
    // its variables as they were before the input.
    p.send_line("var n = 0").unwrap();
    p.expect(">>> ").unwrap();
    p.send_line("while True:").unwrap();
    p.expect("... ").unwrap();
    p.send_line("    n += 1").unwrap();
    p.expect("... ").unwrap();
    p.send_line("").unwrap();
    std::thread::sleep(Duration::from_millis(700));
    let pid = p.get_process().pid().as_raw();
    // SAFETY: sends SIGINT to the REPL's process, as the terminal does for Ctrl-C.
    unsafe { libc::kill(pid, libc::SIGINT) };
    p.expect("error[E0612]: interrupted").unwrap();
    p.expect(">>> ").unwrap();
    p.send_line("n + 100").unwrap();
    p.expect("100").unwrap();
    p.expect(">>> ").unwrap();
    // Ctrl-D leaves, and the history is kept.
    p.send(ControlCode::EndOfTransmission).unwrap();
    p.expect(Eof).unwrap();
    let history = std::fs::read_to_string(state.join("mojo-like/history")).unwrap_or_default();
    assert!(history.contains("var x = 2"), "history: {history:?}");
    let _ = std::fs::remove_dir_all(&state);
}

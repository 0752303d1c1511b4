//! Files for the stdlib's `open()` and `FileHandle`, shared by every executor so the JIT and
//! the interpreter behave alike: a process-wide table of open files indexed by handle (handles
//! are never reused, so closing one twice is harmless), and the text of the last operation's
//! failure (empty when it succeeded).

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::sync::Mutex;

static FILES: Mutex<Vec<Option<File>>> = Mutex::new(Vec::new());
static LAST_ERROR: Mutex<String> = Mutex::new(String::new());

fn succeed() {
    LAST_ERROR.lock().unwrap_or_else(|e| e.into_inner()).clear();
}

fn fail(text: String) -> i64 {
    *LAST_ERROR.lock().unwrap_or_else(|e| e.into_inner()) = text;
    -1
}

/// The operating system's words for an error, without Rust's " (os error N)".
fn reason(e: &std::io::Error) -> String {
    let t = e.to_string();
    match t.find(" (os error") {
        Some(i) => t[..i].to_string(),
        None => t,
    }
}

/// Open `path` in `mode` (`r`, `w`, `a`, `r+`/`rw`, `w+`, `a+`): a handle, or -1 with the
/// error text set ("Failed to open file 'PATH': No such file or directory", as Mojo 1.2 says).
pub fn open(path: &str, mode: &str) -> i64 {
    let mut o = OpenOptions::new();
    match mode.trim_end_matches('b') {
        "r" => o.read(true),
        "w" => o.write(true).create(true).truncate(true),
        "a" => o.append(true).create(true),
        "r+" | "rw" => o.read(true).write(true),
        "w+" => o.read(true).write(true).create(true).truncate(true),
        "a+" => o.read(true).append(true).create(true),
        other => return fail(format!("invalid mode '{other}': use \"r\", \"w\", \"a\" or \"rw\"")),
    };
    match o.open(path) {
        Ok(f) => {
            let mut files = FILES.lock().unwrap_or_else(|e| e.into_inner());
            files.push(Some(f));
            succeed();
            files.len() as i64 - 1
        }
        Err(e) => fail(format!("Failed to open file '{path}': {}", reason(&e))),
    }
}

/// The text of the last operation's failure ("" if it succeeded).
pub fn last_error() -> String {
    LAST_ERROR.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

fn with_file<T>(h: i64, f: impl FnOnce(&mut File) -> Result<T, String>) -> Result<T, String> {
    let mut files = FILES.lock().unwrap_or_else(|e| e.into_inner());
    match usize::try_from(h)
        .ok()
        .and_then(|i| files.get_mut(i))
        .and_then(|f| f.as_mut())
    {
        Some(file) => f(file),
        None => Err("the file is closed".into()),
    }
}

/// Up to `size` bytes from the current position (all that is left for a negative size), as
/// text (invalid UTF-8 becomes U+FFFD); "" with the error text set on a failure.
pub fn read(h: i64, size: i64) -> String {
    let r = with_file(h, |file| {
        let mut bytes = Vec::new();
        let res = if size < 0 {
            file.read_to_end(&mut bytes).map(|_| ())
        } else {
            file.take(size as u64).read_to_end(&mut bytes).map(|_| ())
        };
        res.map_err(|e| format!("Failed to read from file: {}", reason(&e)))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    });
    match r {
        Ok(t) => {
            succeed();
            t
        }
        Err(t) => {
            fail(t);
            String::new()
        }
    }
}

/// Make `msg` the error the next `last_error` gives.
pub fn set_error(msg: String) {
    fail(msg);
}

/// Up to `size` bytes from the current position, or `None` with the error text set.
pub fn read_bytes(h: i64, size: i64) -> Option<Vec<u8>> {
    let r = with_file(h, |file| {
        let mut bytes = Vec::new();
        file.take(size.max(0) as u64)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("Failed to read from file: {}", reason(&e)))?;
        Ok(bytes)
    });
    match r {
        Ok(b) => {
            succeed();
            Some(b)
        }
        Err(e) => {
            fail(e);
            None
        }
    }
}

/// Write `text` at the current position: 0, or -1 with the error text set.
pub fn write(h: i64, text: &str) -> i64 {
    match with_file(h, |file| {
        file.write_all(text.as_bytes())
            .map_err(|e| format!("Failed to write to file: {}", reason(&e)))
    }) {
        Ok(()) => {
            succeed();
            0
        }
        Err(t) => fail(t),
    }
}

/// Close the file (flushing it); closing a closed handle does nothing.
pub fn close(h: i64) -> i64 {
    let mut files = FILES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(slot) = usize::try_from(h).ok().and_then(|i| files.get_mut(i)) {
        if let Some(mut f) = slot.take() {
            let _ = f.flush();
        }
    }
    succeed();
    0
}

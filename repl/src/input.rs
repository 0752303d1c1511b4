//! Reading a program file, with one clear line for every way it can be unusable.

use lang::diag::Code;

pub fn read_program(path: &str) -> Result<String, (Code, String)> {
    let meta = std::fs::metadata(path).map_err(|e| {
        (
            Code::FILE_UNREADABLE,
            format!("cannot read '{path}': {}", io_reason(&e)),
        )
    })?;
    if meta.is_dir() {
        return Err((
            Code::FILE_UNREADABLE,
            format!("'{path}' is a directory, not a .mojo file"),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        (
            Code::FILE_UNREADABLE,
            format!("cannot read '{path}': {}", io_reason(&e)),
        )
    })?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err((
            Code::FILE_EMPTY,
            format!("'{path}' is empty: a program needs a `def main():`"),
        ));
    }
    if bytes.contains(&0) {
        return Err((
            Code::FILE_NOT_UTF8,
            format!("'{path}' is a binary file, not Mojo source"),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        (
            Code::FILE_NOT_UTF8,
            format!(
                "'{path}' is not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').map(String::from).unwrap_or(text))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

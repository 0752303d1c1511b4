//! The Unicode facts the stdlib's `String` (`stdlib/builtin/string.mojo`) cannot carry as source:
//! the case mappings of code points and their UTF-8 encoding. One definition, shared by the
//! interpreter and the JIT runtime. Every `String` method is written in the language; these are
//! its tables.

/// The text of code point `cp` (`chr`); the empty string for a surrogate or a value past
/// U+10FFFF.
pub fn chr(cp: i64) -> String {
    u32::try_from(cp)
        .ok()
        .and_then(char::from_u32)
        .map(String::from)
        .unwrap_or_default()
}

/// What `upper()` turns code point `cp` into: Unicode's full upper-case mapping (`ß` is `SS`,
/// `ﬁ` is `FI`), as Mojo 1.2 maps it.
pub fn upper(cp: i64) -> String {
    match char_of(cp) {
        Some(c) => c.to_uppercase().collect(),
        None => String::new(),
    }
}

/// What `lower()` turns code point `cp` into: each character's lower case on its own (no
/// final-sigma rule: `Σ` is always `σ`), and `İ` (U+0130) is a plain `i`, as Mojo 1.2 maps it.
pub fn lower(cp: i64) -> String {
    match char_of(cp) {
        Some('\u{130}') => "i".to_string(),
        Some(c) => c.to_lowercase().collect(),
        None => String::new(),
    }
}

fn char_of(cp: i64) -> Option<char> {
    u32::try_from(cp).ok().and_then(char::from_u32)
}

/// The text of UTF-8 bytes, each invalid sequence replaced by U+FFFD (`String`s are always
/// valid UTF-8).
pub fn from_bytes(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_maps_follow_mojo() {
        assert_eq!(upper('ß' as i64), "SS");
        assert_eq!(lower(0x130), "i");
        assert_eq!(lower('Σ' as i64), "σ");
        assert_eq!(upper(0xD800), "");
        assert_eq!(chr(0x1F600), "😀");
        assert_eq!(chr(0x110000), "");
        assert_eq!(from_bytes(&[0x61, 0xFF]), "a\u{FFFD}");
    }
}

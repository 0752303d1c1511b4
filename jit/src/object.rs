//! Running cached host code without LLVM: a relocatable ELF object for x86-64 (what the LLVM
//! tier emits: position-independent, small code model) laid out in memory, its relocations
//! applied, its undefined symbols bound to the runtime (`runtime::symbols`), to the strings
//! table, or to the process's own functions (`memcpy`, ...). So `mojo-like` runs a program
//! compiled by an earlier `--backend llvm` run in about the time it takes to read the file.

use crate::cache::HostCode;
use crate::{runtime, Outcome};

/// The host module's entry point: `i64 ()`, the error `main` raised or 0.
pub const ENTRY: &str = "mojo_like_main";
/// The strings table the code reads (`i64` addresses of runtime strings).
pub const STRINGS: &str = "mojo_like_strings";

fn u16_at(b: &[u8], at: usize) -> Result<u16, String> {
    b.get(at..at + 2)
        .map(|s| u16::from_le_bytes(s.try_into().unwrap()))
        .ok_or_else(|| "truncated object file".to_string())
}
fn u32_at(b: &[u8], at: usize) -> Result<u32, String> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes(s.try_into().unwrap()))
        .ok_or_else(|| "truncated object file".to_string())
}
fn u64_at(b: &[u8], at: usize) -> Result<u64, String> {
    b.get(at..at + 8)
        .map(|s| u64::from_le_bytes(s.try_into().unwrap()))
        .ok_or_else(|| "truncated object file".to_string())
}

struct Section {
    name: String,
    kind: u32,
    flags: u64,
    offset: usize,
    size: usize,
    link: u32,
    info: u32,
    align: usize,
}

const SHT_SYMTAB: u32 = 2;
const SHT_RELA: u32 = 4;
const SHT_NOBITS: u32 = 8;
const SHF_ALLOC: u64 = 2;
const SHF_EXECINSTR: u64 = 4;

struct Symbol {
    name: String,
    section: u16,
    value: u64,
}

fn c_str(b: &[u8], at: usize) -> String {
    let s = b.get(at..).unwrap_or_default();
    let end = s.iter().position(|c| *c == 0).unwrap_or(s.len());
    String::from_utf8_lossy(&s[..end]).into_owned()
}

fn sections(obj: &[u8]) -> Result<Vec<Section>, String> {
    if obj.get(..4) != Some(b"\x7fELF".as_slice()) || obj.get(4) != Some(&2) || obj.get(5) != Some(&1) {
        return Err("not a 64-bit little-endian ELF object".into());
    }
    if u16_at(obj, 0x10)? != 1 || u16_at(obj, 0x12)? != 62 {
        return Err("not a relocatable x86-64 object".into());
    }
    let shoff = u64_at(obj, 0x28)? as usize;
    let (shentsize, shnum, shstrndx) = (
        u16_at(obj, 0x3a)? as usize,
        u16_at(obj, 0x3c)? as usize,
        u16_at(obj, 0x3e)? as usize,
    );
    let header = |i: usize| shoff + i * shentsize;
    let names_at = u64_at(obj, header(shstrndx) + 24)? as usize;
    (0..shnum)
        .map(|i| {
            let h = header(i);
            Ok(Section {
                name: c_str(obj, names_at + u32_at(obj, h)? as usize),
                kind: u32_at(obj, h + 4)?,
                flags: u64_at(obj, h + 8)?,
                offset: u64_at(obj, h + 24)? as usize,
                size: u64_at(obj, h + 32)? as usize,
                link: u32_at(obj, h + 40)?,
                info: u32_at(obj, h + 44)?,
                align: (u64_at(obj, h + 48)? as usize).max(1),
            })
        })
        .collect()
}

fn symbols(obj: &[u8], secs: &[Section]) -> Result<Vec<Symbol>, String> {
    let Some(tab) = secs.iter().find(|s| s.kind == SHT_SYMTAB) else {
        return Ok(Vec::new());
    };
    let strings = secs.get(tab.link as usize).ok_or("no symbol names")?.offset;
    (0..tab.size / 24)
        .map(|i| {
            let at = tab.offset + i * 24;
            Ok(Symbol {
                name: c_str(obj, strings + u32_at(obj, at)? as usize),
                section: u16_at(obj, at + 6)?,
                value: u64_at(obj, at + 8)?,
            })
        })
        .collect()
}

/// Whether a section is loaded: allocated, and not unwind tables (the code never unwinds).
fn loaded(s: &Section) -> bool {
    s.flags & SHF_ALLOC != 0 && !s.name.starts_with(".eh_frame")
}

/// Code and data in memory; unmapped when this goes.
pub struct Image {
    base: *mut u8,
    len: usize,
    entry: usize,
}

impl Drop for Image {
    fn drop(&mut self) {
        // SAFETY: `base..base+len` is the mapping `load` made.
        unsafe { libc::munmap(self.base as *mut libc::c_void, self.len) };
    }
}

fn align_up(x: usize, a: usize) -> usize {
    x.div_ceil(a) * a
}

/// The address of a function or data of the process itself.
fn process_symbol(name: &str) -> Option<usize> {
    let c = std::ffi::CString::new(name).ok()?;
    // SAFETY: `dlsym` with `RTLD_DEFAULT` searches the loaded objects; `c` is a C string.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr()) };
    (!p.is_null()).then_some(p as usize)
}

/// Lay out, relocate and protect `obj`; undefined symbols come from `resolve`, then from the
/// process.
pub fn load(obj: &[u8], resolve: &dyn Fn(&str) -> Option<usize>) -> Result<Image, String> {
    let secs = sections(obj)?;
    let syms = symbols(obj, &secs)?;
    let page = 4096;
    let undefined: Vec<usize> = (0..syms.len())
        .filter(|&i| syms[i].section == 0 && !syms[i].name.is_empty())
        .collect();
    // Code first, then one 16-byte stub (`jmp *0(%rip)` and an address) per undefined symbol
    // for calls too far for 32 bits, to the end of a page; data after.
    let mut place: Vec<Option<usize>> = vec![None; secs.len()];
    let mut at = 0;
    for (i, s) in secs.iter().enumerate() {
        if loaded(s) && s.flags & SHF_EXECINSTR != 0 {
            at = align_up(at, s.align);
            place[i] = Some(at);
            at += s.size;
        }
    }
    let stubs_at = align_up(at, 16);
    let code_len = align_up(stubs_at + 16 * undefined.len(), page).max(page);
    let mut data_end = code_len;
    for (i, s) in secs.iter().enumerate() {
        if loaded(s) && s.flags & SHF_EXECINSTR == 0 {
            data_end = align_up(data_end, s.align);
            place[i] = Some(data_end);
            data_end += s.size;
        }
    }
    // A global offset table: one slot per symbol.
    let got_at = align_up(data_end, 8);
    let len = align_up(got_at + 8 * syms.len(), page).max(page);
    // SAFETY: an anonymous private mapping, owned by the returned `Image`.
    let base = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if base == libc::MAP_FAILED {
        return Err("cannot map memory for the program's code".into());
    }
    let mut image = Image {
        base: base as *mut u8,
        len,
        entry: 0,
    };
    let mem = |off: usize| image.base.wrapping_add(off);
    for (i, s) in secs.iter().enumerate() {
        if let (Some(p), true) = (place[i], s.kind != SHT_NOBITS) {
            let bytes = obj.get(s.offset..s.offset + s.size).ok_or("truncated object file")?;
            // SAFETY: the section fits its place in the mapping (laid out above).
            unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), mem(p), s.size) };
        }
    }
    // Symbol addresses; undefined ones through stubs where a call needs one.
    let mut addr = vec![0usize; syms.len()];
    let mut stub = vec![0usize; syms.len()];
    for (i, s) in syms.iter().enumerate() {
        addr[i] = match s.section {
            0 if s.name.is_empty() => 0,
            0 => resolve(&s.name)
                .or_else(|| process_symbol(&s.name))
                .ok_or_else(|| format!("the program's code needs `{}`, which this process lacks", s.name))?,
            0xfff1 => s.value as usize,
            0xfff2 => {
                return Err(format!(
                    "`{}` is a common symbol, which the loader does not place",
                    s.name
                ))
            }
            k => match place.get(k as usize).copied().flatten() {
                Some(p) => mem(p) as usize + s.value as usize,
                None => 0,
            },
        };
    }
    for (n, &i) in undefined.iter().enumerate() {
        let at = stubs_at + 16 * n;
        let mut code = [0u8; 16];
        code[..6].copy_from_slice(&[0xff, 0x25, 0, 0, 0, 0]);
        code[6..14].copy_from_slice(&(addr[i] as u64).to_le_bytes());
        // SAFETY: the stub area is inside the code pages.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), mem(at), 16) };
        stub[i] = mem(at) as usize;
    }
    for (i, a) in addr.iter().enumerate() {
        // SAFETY: the table is inside the mapping.
        unsafe { (mem(got_at + 8 * i) as *mut u64).write_unaligned(*a as u64) };
    }
    for rel in secs.iter().filter(|s| s.kind == SHT_RELA) {
        let Some(target) = place.get(rel.info as usize).copied().flatten() else {
            continue;
        };
        for k in 0..rel.size / 24 {
            let at = rel.offset + k * 24;
            let (offset, info, addend) = (
                u64_at(obj, at)? as usize,
                u64_at(obj, at + 8)?,
                u64_at(obj, at + 16)? as i64,
            );
            let (sym, kind) = ((info >> 32) as usize, info as u32);
            let p = mem(target + offset) as i64;
            let s = *addr.get(sym).ok_or("a relocation names no symbol")? as i64;
            let near = |v: i64| -> Result<i32, String> {
                i32::try_from(v).map_err(|_| format!("a relocation of `{}` is out of range", syms[sym].name))
            };
            // SAFETY: every place written is inside its section's copy in the mapping.
            unsafe {
                match kind {
                    // R_X86_64_64
                    1 => (p as *mut i64).write_unaligned(s + addend),
                    // R_X86_64_PC32, R_X86_64_PLT32: far functions through their stub.
                    2 | 4 => {
                        let direct = s + addend - p;
                        let v = if i32::try_from(direct).is_err() && stub[sym] != 0 {
                            stub[sym] as i64 + addend - p
                        } else {
                            direct
                        };
                        (p as *mut i32).write_unaligned(near(v)?)
                    }
                    // R_X86_64_GOTPCREL, R_X86_64_GOTPCRELX, R_X86_64_REX_GOTPCRELX
                    9 | 41 | 42 => {
                        let slot = mem(got_at + 8 * sym) as i64;
                        (p as *mut i32).write_unaligned(near(slot + addend - p)?)
                    }
                    other => return Err(format!("unsupported relocation type {other} in the program's code")),
                }
            }
        }
    }
    // SAFETY: the code pages are the start of the mapping.
    if unsafe { libc::mprotect(base, code_len, libc::PROT_READ | libc::PROT_EXEC) } != 0 {
        return Err("cannot make the program's code executable".into());
    }
    let entry = syms
        .iter()
        .zip(&addr)
        .find(|(s, _)| s.name == ENTRY && s.section != 0)
        .map(|(_, a)| *a)
        .ok_or("the object has no entry point")?;
    image.entry = entry;
    Ok(image)
}

/// Run cached host code: its strings made, the object loaded against the runtime, `main`
/// called on this thread (which needs a stack deep enough for `lang::interp::MAX_DEPTH` calls).
pub fn run(code: HostCode) -> Result<Outcome, String> {
    let strings: Vec<Box<runtime::RtStr>> = code.texts.into_iter().map(runtime::static_str).collect();
    let table: Vec<usize> = strings.iter().map(|s| &**s as *const runtime::RtStr as usize).collect();
    let rt: std::collections::HashMap<&str, usize> =
        runtime::symbols().into_iter().map(|(n, a)| (n, a as usize)).collect();
    let table_at = table.as_ptr() as usize;
    let resolve = |name: &str| {
        if name == STRINGS {
            Some(table_at)
        } else {
            rt.get(name).copied()
        }
    };
    let image = load(&code.object, &resolve)?;
    // SAFETY: the entry is `i64 ()`; every symbol it uses is bound, and the strings table and
    // the strings outlive the call.
    let main: extern "C" fn() -> i64 = unsafe { std::mem::transmute(image.entry) };
    let err = main();
    runtime::flush();
    drop(image);
    drop(table);
    drop(strings);
    Ok(if err != 0 {
        // SAFETY: error values are runtime strings, and this one is `main`'s to give away.
        Outcome::Raised(unsafe { runtime::take_str(err as runtime::Str) })
    } else {
        Outcome::Finished
    })
}

#[cfg(test)]
mod tests {
    use super::load;

    #[test]
    fn what_is_not_a_whole_x86_64_object_is_an_error() {
        let none = |_: &str| None;
        assert!(load(b"garbage", &none).err().unwrap().contains("ELF"));
        let mut elf = vec![0u8; 64];
        elf[..4].copy_from_slice(b"\x7fELF");
        elf[4] = 2;
        elf[5] = 1;
        elf[0x10] = 1;
        elf[0x12] = 183; // AArch64
        assert!(load(&elf, &none).err().unwrap().contains("x86-64"));
        elf[0x12] = 62;
        elf[0x28] = 0xff; // section headers past the end
        elf[0x3c] = 3;
        assert!(load(&elf, &none).err().unwrap().contains("truncated"));
    }
}

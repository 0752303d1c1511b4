//! The interpreter's memory: what `UnsafePointer`s point into. Every allocation gets its own
//! range of a simulated address space (never reused), so a use after `free`, a double `free` or
//! an access outside an allocation is caught and reported instead of corrupting anything. Values
//! are stored as bytes in the layout of `mir::layout`, exactly as the JIT stores them; strings and
//! errors are stored as 8-byte handles into a table kept here.

use super::Value;
use crate::dtype::DType;
use crate::lanes;
use crate::mir::{layout, Ty};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Where the first allocation starts: well away from 0, so a null pointer is never valid.
const BASE: u64 = 0x1000_0000;

/// The largest single allocation the interpreter simulates (bytes).
pub const MAX_ALLOCATION: u64 = 1 << 32;

struct Block {
    bytes: Vec<u8>,
    /// The size it was allocated with (kept after `free` empties `bytes`).
    size: u64,
    live: bool,
}

#[derive(Default)]
pub struct Memory {
    blocks: BTreeMap<u64, Block>,
    next: u64,
    /// Where a memory made `with_base` starts (0 otherwise): an address below it is not one of
    /// this memory's at all.
    base: u64,
    /// Strings and errors stored in memory, by handle (index + 1; 0 is the empty string).
    texts: Vec<Rc<str>>,
}

impl Memory {
    /// A memory whose allocations start at `base` (the simulated GPU's global memory lives
    /// apart from the host's, so a host address used on the device, or the other way round,
    /// is an invalid access).
    pub fn with_base(base: u64) -> Memory {
        Memory {
            next: base,
            base,
            ..Memory::default()
        }
    }

    pub fn alloc(&mut self, size: u64) -> u64 {
        if self.next == 0 {
            self.next = BASE;
        }
        let at = self.next;
        // A gap after each block, so running off its end is not inside the next one.
        self.next = (at + size + 64).next_multiple_of(64);
        self.blocks.insert(
            at,
            Block {
                bytes: vec![0; size as usize],
                size,
                live: true,
            },
        );
        at
    }

    /// The size of the live block that starts at `addr` (`None` if no block starts there).
    pub fn block_size(&self, addr: u64) -> Option<u64> {
        match self.blocks.get(&addr) {
            Some(b) if b.live => Some(b.bytes.len() as u64),
            _ => None,
        }
    }

    /// How many blocks are allocated and not freed.
    pub fn live_blocks(&self) -> usize {
        self.blocks.values().filter(|b| b.live).count()
    }

    pub fn free(&mut self, addr: u64) -> Result<(), String> {
        match self.blocks.get_mut(&addr) {
            Some(b) if b.live => {
                b.live = false;
                b.bytes = Vec::new();
                Ok(())
            }
            Some(_) => Err(format!("memory at 0x{addr:x} was freed twice")),
            None => Err(format!("free of 0x{addr:x}, which is not the start of an allocation")),
        }
    }

    /// The bytes `[addr, addr + len)`, which must lie inside one live allocation.
    fn range(&mut self, addr: u64, len: u64) -> Result<&mut [u8], String> {
        if addr < self.base {
            return Err(format!(
                "invalid memory access at 0x{addr:x}, which is not in the device's memory (a host address?)"
            ));
        }
        let Some((&base, block)) = self.blocks.range_mut(..=addr).next_back() else {
            return Err(format!("invalid memory access at 0x{addr:x}"));
        };
        let off = addr - base;
        // Far past the end of the nearest allocation (beyond the gap after it): no allocation.
        if off >= block.size + 64 {
            return Err(format!(
                "invalid memory access at 0x{addr:x}, which is in no allocation"
            ));
        }
        if !block.live {
            return Err(format!("use of memory at 0x{addr:x} after it was freed"));
        }
        if off + len > block.bytes.len() as u64 {
            return Err(format!(
                "memory access at 0x{addr:x} is outside its allocation of {} bytes",
                block.bytes.len()
            ));
        }
        Ok(&mut block.bytes[off as usize..(off + len) as usize])
    }

    pub fn copy(&mut self, dst: u64, src: u64, n: u64) -> Result<(), String> {
        if n == 0 {
            return Ok(());
        }
        let data = self.range(src, n)?.to_vec();
        self.range(dst, n)?.copy_from_slice(&data);
        Ok(())
    }

    /// A copy of the `n` bytes at `addr`.
    pub fn read(&mut self, addr: u64, n: u64) -> Result<Vec<u8>, String> {
        if n == 0 {
            return Ok(Vec::new());
        }
        Ok(self.range(addr, n)?.to_vec())
    }

    /// Overwrite the bytes at `addr` with `data`.
    pub fn write(&mut self, addr: u64, data: &[u8]) -> Result<(), String> {
        if data.is_empty() {
            return Ok(());
        }
        self.range(addr, data.len() as u64)?.copy_from_slice(data);
        Ok(())
    }

    /// Copy `bytes` to memory at `dst` (a file read into a buffer).
    pub fn write_bytes(&mut self, dst: u64, bytes: &[u8]) -> Result<(), String> {
        if bytes.is_empty() {
            return Ok(());
        }
        self.range(dst, bytes.len() as u64)?.copy_from_slice(bytes);
        Ok(())
    }

    pub fn set(&mut self, dst: u64, byte: u8, n: u64) -> Result<(), String> {
        if n == 0 {
            return Ok(());
        }
        self.range(dst, n)?.fill(byte);
        Ok(())
    }

    fn text_handle(&mut self, s: &Rc<str>) -> u64 {
        self.texts.push(s.clone());
        self.texts.len() as u64
    }

    fn text(&self, h: u64) -> Rc<str> {
        match h {
            0 => Rc::from(""),
            h => self.texts.get(h as usize - 1).cloned().unwrap_or_else(|| Rc::from("")),
        }
    }

    pub fn store(&mut self, addr: u64, ty: &Ty, v: &Value) -> Result<(), String> {
        let mut bytes = vec![0u8; layout::of(ty).size as usize];
        self.encode(ty, v, &mut bytes);
        let n = bytes.len() as u64;
        if n == 0 {
            return Ok(());
        }
        self.range(addr, n)?.copy_from_slice(&bytes);
        Ok(())
    }

    pub fn load(&mut self, addr: u64, ty: &Ty) -> Result<Value, String> {
        let n = layout::of(ty).size;
        let bytes = if n == 0 {
            Vec::new()
        } else {
            self.range(addr, n)?.to_vec()
        };
        Ok(self.decode(ty, &bytes))
    }

    fn encode(&mut self, ty: &Ty, v: &Value, out: &mut [u8]) {
        let word = |out: &mut [u8], x: u64, n: usize| out[..n].copy_from_slice(&x.to_le_bytes()[..n]);
        match (ty, v) {
            (Ty::Int | Ty::Ptr(_) | Ty::Func(_), Value::Int(i)) => word(out, *i as u64, 8),
            (Ty::DType, Value::DType(d)) => word(out, d.code() as u64, 8),
            (Ty::Bool, Value::Bool(b)) => out[0] = *b as u8,
            (Ty::String, Value::Str(s)) | (Ty::Error, Value::Error(s)) => {
                let h = self.text_handle(s);
                word(out, h, 8)
            }
            (Ty::Simd(dt, _), Value::Simd(_, xs)) => {
                let n = dt.size() as usize;
                for (k, x) in xs.iter().enumerate() {
                    word(&mut out[k * n..], lanes::to_machine(*dt, *x), n);
                }
            }
            (Ty::Tuple(_) | Ty::Struct(_), Value::Tuple(vs)) => {
                let elems = ty.elements().unwrap_or_default();
                for ((t, off), v) in elems.iter().zip(layout::offsets(ty)).zip(vs.iter()) {
                    self.encode(t, v, &mut out[off as usize..]);
                }
            }
            _ => {}
        }
    }

    fn decode(&self, ty: &Ty, bytes: &[u8]) -> Value {
        let word = |b: &[u8], n: usize| {
            let mut w = [0u8; 8];
            w[..n].copy_from_slice(&b[..n]);
            u64::from_le_bytes(w)
        };
        match ty {
            Ty::Int | Ty::Ptr(_) | Ty::Func(_) => Value::Int(word(bytes, 8) as i64),
            Ty::DType => Value::DType(DType::from_code(word(bytes, 8) as i64)),
            Ty::Bool => Value::Bool(bytes[0] != 0),
            Ty::String => Value::Str(self.text(word(bytes, 8))),
            Ty::Error => Value::Error(self.text(word(bytes, 8))),
            Ty::Simd(dt, w) => {
                let n = dt.size() as usize;
                Value::Simd(
                    *dt,
                    (0..*w as usize)
                        .map(|k| lanes::from_machine(*dt, word(&bytes[k * n..], n)))
                        .collect(),
                )
            }
            Ty::Tuple(_) | Ty::Struct(_) => {
                let elems = ty.elements().unwrap_or_default();
                Value::Tuple(
                    elems
                        .iter()
                        .zip(layout::offsets(ty))
                        .map(|(t, off)| self.decode(t, &bytes[off as usize..]))
                        .collect(),
                )
            }
            Ty::None | Ty::Unknown => Value::None,
        }
    }
}

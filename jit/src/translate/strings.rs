//! The string intrinsics compiled code does itself instead of calling the runtime: reading a
//! byte (`s[byte=i]` and every `String` method of the stdlib is built on it) and the byte length.
//! They load the address and length at the front of the runtime's string (`runtime::RtStr`);
//! anything unusual (a null string, a destroyed one under `--leak-check`, an offset outside the
//! string) takes the runtime's path, so the answers and the errors stay the runtime's.

use super::Fx;
use crate::runtime::{STR_BYTES_OFFSET, STR_LEN_OFFSET};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};

impl Fx<'_, '_, '_, '_> {
    /// The length field of string `s` (branching to `slow` when `s` is null).
    fn live_len(&mut self, s: Value, slow: cranelift_codegen::ir::Block) -> Value {
        let has = self.b.create_block();
        self.b.ins().brif(s, has, &[], slow, &[]);
        self.b.switch_to_block(has);
        self.b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), s, STR_LEN_OFFSET)
    }

    /// `s.byte_length()`.
    pub(super) fn str_byte_length(&mut self, s: Value) -> Value {
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        let len = self.live_len(s, slow);
        // A destroyed string has a negative length: the runtime reports its use.
        let live = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, len, 0);
        self.b.ins().brif(live, done, &[len.into()], slow, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let n = self.rt("rt_str_len", &[s]).unwrap();
        self.b.ins().jump(done, &[n.into()]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// The byte at offset `i` of `s` (0 outside it).
    pub(super) fn str_byte(&mut self, s: Value, i: Value) -> Value {
        let slow = self.b.create_block();
        let fast = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        let len = self.live_len(s, slow);
        let above = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, i, 0);
        let below = self.b.ins().icmp(IntCC::SignedLessThan, i, len);
        let inside = self.b.ins().band(above, below);
        self.b.ins().brif(inside, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let bytes = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), s, STR_BYTES_OFFSET);
        let at = self.b.ins().iadd(bytes, i);
        let b = self.b.ins().uload8(types::I64, MemFlagsData::trusted(), at, 0);
        self.b.ins().jump(done, &[b.into()]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let v = self.rt("rt_str_byte", &[s, i]).unwrap();
        self.b.ins().jump(done, &[v.into()]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }
}

//! The language front and middle: source → tokens → layout → AST → resolved → checked MIR, plus
//! the MIR interpreter. `lang` does no IO and knows no backend.

pub mod ast;
pub mod check;
pub mod device;
pub mod diag;
pub mod dtype;
pub mod files;
pub mod interp;
pub mod lanes;
pub mod layout;
pub mod lex;
pub mod libm_calls;
pub mod mir;
pub mod numeric;
pub mod parse;
pub mod pipeline;
pub mod process;
pub mod random;
pub mod resolve;
pub mod source;
pub mod tstring;
pub mod unicode;

//! How values are laid out in memory (what a pointer points at): sizes, alignments and field
//! offsets, the same for every executor. Scalars take their machine size; a `SIMD[dt, w]` takes
//! `w` lanes of its dtype; strings and errors are one 8-byte handle; tuples and structs are laid
//! out like C structs (fields in order, each at its alignment, the whole padded to the largest).

use super::Ty;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
}

pub fn of(ty: &Ty) -> Layout {
    let scalar = |n: u64| Layout { size: n, align: n };
    match ty {
        Ty::Int | Ty::String | Ty::Error | Ty::DType | Ty::Ptr(_) | Ty::Func(_) => scalar(8),
        Ty::Bool => scalar(1),
        Ty::Simd(dt, w) => {
            let size = dt.size() as u64 * *w as u64;
            Layout {
                size,
                align: size.min(16),
            }
        }
        Ty::None | Ty::Unknown => Layout { size: 0, align: 1 },
        Ty::Tuple(_) | Ty::Struct(_) => {
            let elems = ty.elements().unwrap_or_default();
            let (offsets, size, align) = place(&elems);
            let _ = offsets;
            Layout { size, align }
        }
    }
}

/// The offset of each element of an aggregate, and the aggregate's size and alignment.
fn place(elems: &[Ty]) -> (Vec<u64>, u64, u64) {
    let mut offsets = Vec::with_capacity(elems.len());
    let (mut at, mut align) = (0u64, 1u64);
    for e in elems {
        let l = of(e);
        at = at.next_multiple_of(l.align);
        offsets.push(at);
        at += l.size;
        align = align.max(l.align);
    }
    (offsets, at.next_multiple_of(align), align)
}

/// Where each element of a tuple or struct starts.
pub fn offsets(ty: &Ty) -> Vec<u64> {
    place(&ty.elements().unwrap_or_default()).0
}

//! Removes the blocks no path from the entry reaches (code after `return`, the spare blocks the
//! builder leaves behind) and renumbers the rest, keeping their order.

use super::{BlockId, Function, Program, Terminator};

pub fn remove_unreachable_blocks(p: &mut Program) {
    for f in &mut p.funcs {
        cleanup(f);
    }
}

fn cleanup(f: &mut Function) {
    if f.blocks.is_empty() {
        return;
    }
    let mut seen = vec![false; f.blocks.len()];
    let mut stack = vec![0 as BlockId];
    seen[0] = true;
    while let Some(b) = stack.pop() {
        for s in f.blocks[b as usize].term.successors() {
            if !seen[s as usize] {
                seen[s as usize] = true;
                stack.push(s);
            }
        }
    }
    let mut renumber = vec![0 as BlockId; f.blocks.len()];
    let mut next = 0;
    for (i, keep) in seen.iter().enumerate() {
        if *keep {
            renumber[i] = next;
            next += 1;
        }
    }
    let blocks = std::mem::take(&mut f.blocks);
    for (i, mut b) in blocks.into_iter().enumerate() {
        if !seen[i] {
            continue;
        }
        let r = |x: &mut BlockId| *x = renumber[*x as usize];
        match &mut b.term {
            Terminator::Goto(t) => r(t),
            Terminator::Branch { then, orelse, .. } => {
                r(then);
                r(orelse);
            }
            Terminator::Call { next, on_error, .. } => {
                r(next);
                if let Some((_, e)) = on_error {
                    r(e);
                }
            }
            _ => {}
        }
        f.blocks.push(b);
    }
}

//! A REPL session: what earlier inputs defined, and the variables they left, kept from input to
//! input.
//!
//! **Definitions** (`def`, `struct`, `trait`, `import`, `comptime`, ...) are kept as source text.
//! A new definition of a name replaces the old one for every later input, and for the earlier
//! definitions that use the name: each input compiles them all again. So calls bind late, as in
//! Python. A variable whose type is a struct that is redefined is dropped, with a note: its value
//! has the old layout.
//!
//! **Statements and expressions** become the body of a function, `__repl_input`. The session's
//! variables are its `mut` parameters, so what the input does to them stays, even when it
//! raises. The variables the input declares (`var x = ...` at its top level) are returned to the
//! session. Their types come from compiling the input once first.
//!
//! An input that is one expression with a value prints the value. Inputs run on the MIR
//! interpreter, whose memory (`lang::interp::Session`) the session keeps, so that the variables
//! may point into it.
//!
//! Diagnostics point into the input itself, named `<input>`.

use crate::modules::Sources;
use lang::diag::render::render;
use lang::diag::{Diagnostic, Severity};
use lang::interp::{self, Value};
use lang::mir::{FuncId, Program};
use lang::source::{SourceMap, Span};
use std::io::Write;

const INPUT_FN: &str = "__repl_input";
const VALUE: &str = "__repl_value";
const MAIN: &str = "\ndef main():\n    pass\n";

struct Def {
    /// The names it defines.
    names: Vec<String>,
    text: String,
}

struct Var {
    name: String,
    /// Its type as source text (`List[Int]`).
    ty: String,
    value: Value,
}

pub struct Session {
    defs: Vec<Def>,
    vars: Vec<Var>,
    machine: interp::Session,
    legacy: bool,
    include: Vec<String>,
    /// The LLVM side (`mojo-like-gpu repl`), for `:emit` of device code.
    gpu: Option<&'static dyn crate::Gpu>,
}

/// The generated program of an input and where the input's lines are in it, to point
/// diagnostics back into the input.
struct Generated {
    text: String,
    /// (offset in `text`, offset in the input, bytes added in front) of each input line.
    lines: Vec<(usize, usize, usize)>,
    input: String,
    /// The earlier definitions in `text`: where each starts, its name for diagnostics
    /// (`<definition of f>`) and its text.
    defs: Vec<(usize, String, String)>,
}

/// Where earlier definitions are in a generated text that starts with them.
fn def_places<'d>(defs: impl Iterator<Item = &'d Def>) -> Vec<(usize, String, String)> {
    let mut at = 0;
    defs.map(|d| {
        let place = (at, format!("<definition of {}>", d.names.join(", ")), d.text.clone());
        at += d.text.len() + 1;
        place
    })
    .collect()
}

impl Generated {
    /// Where offset `at` of the generated text is: in the input (0) or in earlier definition
    /// `k` (k + 1), and the offset there.
    fn place(&self, at: usize) -> Option<(usize, usize)> {
        if let Some(o) = self.to_input(at) {
            return Some((0, o));
        }
        self.defs
            .iter()
            .enumerate()
            .find(|(_, (start, _, text))| (*start..=start + text.len()).contains(&at))
            .map(|(k, (start, _, _))| (k + 1, at - start))
    }

    /// `NAME:line:col` of offset `at` of the generated text, where it is in the input or an
    /// earlier definition.
    fn location_of(&self, at: usize) -> Option<String> {
        let (file, o) = self.place(at)?;
        let (name, text) = match file {
            0 => ("<input>", self.input.as_str()),
            k => (self.defs[k - 1].1.as_str(), self.defs[k - 1].2.as_str()),
        };
        let line = text[..o].matches('\n').count() + 1;
        let col = o - text[..o].rfind('\n').map_or(0, |p| p + 1) + 1;
        Some(format!("{name}:{line}:{col}"))
    }

    /// A location in the generated text (`<input>:line:col`, as the run-time errors of library
    /// checks give it) as one in the input, if it is in the input.
    fn moved_location(&self, loc: &str) -> Option<String> {
        let mut parts = loc.strip_prefix("<input>:")?.split(':');
        let line: usize = parts.next()?.parse().ok()?;
        let col: usize = parts.next()?.parse().ok()?;
        let start: usize = self.text.split_inclusive('\n').take(line - 1).map(str::len).sum();
        self.location_of(start + col - 1)
    }

    /// The offset in the input of offset `at` of the generated text, if it is in the input.
    fn to_input(&self, at: usize) -> Option<usize> {
        let k = self.lines.partition_point(|(g, _, _)| *g <= at).checked_sub(1)?;
        let (g, raw, added) = self.lines[k];
        let end_raw = self.input[raw..].find('\n').map_or(self.input.len(), |e| raw + e);
        let col = (at - g).checked_sub(added)?;
        (raw + col <= end_raw).then_some(raw + col)
    }
}

/// Whether an input defines things (rather than running statements).
fn is_definition(input: &str) -> bool {
    let first = input.trim_start();
    ["def ", "fn ", "struct ", "trait ", "import ", "from ", "alias ", "@"]
        .iter()
        .any(|k| first.starts_with(k))
        || (first.starts_with("comptime ") && !first.starts_with("comptime if") && !first.starts_with("comptime for"))
}

/// The names a definitions input defines (its top-level `def`, `struct`, ... lines).
fn defined_names(input: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in input.lines().filter(|l| !l.starts_with([' ', '\t'])) {
        let mut words = line
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty());
        if let (Some(kw), Some(name)) = (words.next(), words.next()) {
            if ["def", "fn", "struct", "trait", "comptime", "alias"].contains(&kw) {
                names.push(name.to_string());
            }
        }
    }
    names
}

/// The variables an input declares at its top level (`var x = ...`, `var x: T = ...`).
fn declared_vars(input: &str) -> Vec<String> {
    input
        .lines()
        .filter(|l| !l.starts_with([' ', '\t']))
        .filter_map(|l| l.strip_prefix("var "))
        .filter_map(|rest| {
            let name: String = rest
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty()).then_some(name)
        })
        .collect()
}

fn mentions(ty: &str, name: &str) -> bool {
    ty.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|w| w == name)
}

impl Session {
    pub fn new(legacy: bool, include: Vec<String>, gpu: Option<&'static dyn crate::Gpu>) -> Session {
        // `DeviceContext()` opens the simulator (or `$MOJO_LIKE_DEVICE`); each input's kernels
        // are its program's (`lang::device::retarget`).
        let device = std::env::var("MOJO_LIKE_DEVICE").unwrap_or_else(|_| "auto".into());
        lang::device::set_available(device != "none");
        lang::device::install(crate::devices::factory(
            std::rc::Rc::new(Program::default()),
            std::rc::Rc::new(SourceMap::default()),
            &device,
            None,
            None,
        ));
        Session {
            defs: Vec::new(),
            vars: Vec::new(),
            machine: interp::Session::default(),
            legacy,
            include,
            gpu,
        }
    }

    /// Forget every definition and variable.
    pub fn reset(&mut self) {
        *self = Session::new(self.legacy, self.include.clone(), self.gpu);
    }

    /// `:emit WHAT NAME`: the code of the session's function `NAME`.
    pub fn emit(&self, what: &str, name: &str) -> bool {
        let text = format!("{}{MAIN}", self.defs_text());
        let (map, compiled) = self.compile(&text);
        if compiled.diags.has_errors() {
            eprintln!("error: the session's definitions do not compile");
            return false;
        }
        let program = compiled.program;
        let Some(f) = program.funcs.iter().position(|f| f.name == name) else {
            eprintln!("error: the session defines no function `{name}` (`:names` lists what it has)");
            return false;
        };
        let f = f as FuncId;
        let device = match what {
            "llvm" => Some(crate::GpuArtifact::LlvmIr),
            "ptx" => Some(crate::GpuArtifact::Ptx),
            "amdgpu" => Some(crate::GpuArtifact::AmdgpuAsm),
            _ => None,
        };
        let text = match (what, device, self.gpu) {
            ("mir", _, _) => Ok(lang::mir::display::program(&program, &[f])),
            ("clif", _, _) => {
                let mut out = String::new();
                let locate = |s: Span| map.location(s);
                jit::Jit::compile(&program, f, &locate, Some(&mut out))
                    .map(|_| out)
                    .map_err(|e| e.0)
            }
            (_, Some(artifact), Some(g)) => g.emit_kernel(&program, f, artifact, None),
            (_, Some(_), None) => Err(format!(
                "`:emit {what}` needs LLVM: start the REPL as `mojo-like-gpu repl`"
            )),
            _ => Err(format!(
                "`:emit` takes `mir`, `clif`, `llvm`, `ptx` or `amdgpu`, not `{what}`"
            )),
        };
        match text {
            Ok(t) => {
                print!("{t}");
                true
            }
            Err(e) => {
                eprintln!("error: {e}");
                false
            }
        }
    }

    /// The source of the session's definitions, in order (also for completion).
    pub fn defs_text(&self) -> String {
        self.defs.iter().map(|d| format!("{}\n", d.text)).collect()
    }

    fn compile(&self, text: &str) -> (SourceMap, lang::pipeline::Compiled) {
        let mut map = SourceMap::default();
        let sources = Sources::for_program("<input>", &self.include);
        let compiled = lang::pipeline::compile_with(&mut map, &sources, "<input>", text, self.legacy);
        (map, compiled)
    }

    /// Print `diags` on stderr, pointing into the input where they are in it; whether any is an
    /// error.
    fn report(&self, map: &SourceMap, diags: &[Diagnostic], gen: &Generated) -> bool {
        let mut input_map = SourceMap::default();
        input_map.add("<input>", gen.input.clone());
        for (_, name, text) in &gen.defs {
            input_map.add(name.clone(), text.clone());
        }
        let mut errors = false;
        for d in diags {
            errors |= d.severity == Severity::Error;
            let moved = |s: Span| -> Option<Span> {
                if s.file != 0 {
                    return None;
                }
                let (file, lo) = gen.place(s.lo as usize)?;
                let hi = match gen.place(s.hi as usize) {
                    Some((f, hi)) if f == file => hi,
                    _ => lo,
                };
                Some(Span::new(file as u32, lo, hi))
            };
            match moved(d.primary.span) {
                Some(primary) => {
                    let mut d = d.clone();
                    d.primary.span = primary;
                    d.secondary = d
                        .secondary
                        .iter()
                        .filter_map(|l| {
                            moved(l.span).map(|span| lang::diag::Label {
                                span,
                                message: l.message.clone(),
                            })
                        })
                        .collect();
                    eprint!("{}", render(&input_map, &d));
                }
                None => eprint!("{}", render(map, d)),
            }
        }
        errors
    }

    /// Evaluate one input (a definition, statements or an expression); whether it succeeded.
    pub fn eval(&mut self, input: &str) -> bool {
        let input = input.trim_end();
        if input.trim().is_empty() {
            return true;
        }
        if is_definition(input) {
            self.define(input)
        } else {
            self.run(input)
        }
    }

    fn define(&mut self, input: &str) -> bool {
        let names = defined_names(input);
        let replaced = |d: &Def| d.names.iter().any(|n| names.contains(n));
        let before: String = self
            .defs
            .iter()
            .filter(|d| !replaced(d))
            .map(|d| format!("{}\n", d.text))
            .collect();
        let gen = Generated {
            lines: input
                .lines()
                .scan((before.len(), 0usize), |(g, r), l| {
                    let at = (*g, *r, 0);
                    *g += l.len() + 1;
                    *r += l.len() + 1;
                    Some(at)
                })
                .collect(),
            text: format!("{before}{input}\n{MAIN}"),
            input: input.to_string(),
            defs: def_places(self.defs.iter().filter(|d| !replaced(d))),
        };
        let (map, compiled) = self.compile(&gen.text);
        if self.report(&map, &compiled.diags.list, &gen) {
            return false;
        }
        self.defs.retain(|d| !replaced(d));
        self.defs.push(Def {
            names: names.clone(),
            text: input.to_string(),
        });
        // Values of a struct type that was just redefined have the old layout.
        self.vars.retain(|v| {
            let stale = names.iter().any(|n| mentions(&v.ty, n));
            if stale {
                eprintln!("note: `{}` is gone: its type `{}` was redefined", v.name, v.ty);
            }
            !stale
        });
        true
    }

    /// The generated program running `body` (source lines, each indented here) with the session's
    /// variables (but `shadowed`) as `mut` parameters, returning `ret` (`(types, values)`).
    fn program_for(&self, body: &[String], shadowed: &[String], ret: Option<(&str, &str)>, input: &str) -> Generated {
        self.program_with_prefix(body, 0, shadowed, ret, input)
    }

    /// `program_for`, where the first body line is the input after `prefix` bytes of generated
    /// code (`var __repl_value = (`).
    fn program_with_prefix(
        &self,
        body: &[String],
        prefix: usize,
        shadowed: &[String],
        ret: Option<(&str, &str)>,
        input: &str,
    ) -> Generated {
        let params: Vec<String> = self
            .vars
            .iter()
            .filter(|v| !shadowed.contains(&v.name))
            .map(|v| format!("mut {}: {}", v.name, v.ty))
            .collect();
        let mut text = self.defs_text();
        let arrow = ret.map(|(t, _)| format!(" -> {t}")).unwrap_or_default();
        text.push_str(&format!("def {INPUT_FN}({}) raises{arrow}:\n", params.join(", ")));
        let mut lines = Vec::new();
        let mut raw = 0;
        for (k, l) in body.iter().enumerate() {
            lines.push((text.len(), raw, 4 + if k == 0 { prefix } else { 0 }));
            text.push_str("    ");
            text.push_str(l);
            text.push('\n');
            raw += l.len() + 1;
        }
        if body.is_empty() {
            text.push_str("    pass\n");
        }
        if let Some((_, values)) = ret {
            text.push_str(&format!("    return {values}\n"));
        }
        text.push_str(MAIN);
        Generated {
            text,
            lines,
            input: input.to_string(),
            defs: def_places(self.defs.iter()),
        }
    }

    /// A program binding the value of expression `expr` to `__repl_value`.
    fn value_probe(&self, expr: &str) -> Generated {
        self.program_with_prefix(&[format!("var {VALUE} = ({expr})")], VALUE.len() + 8, &[], None, expr)
    }

    /// The types of the locals named `names` in the input function, as source text.
    fn types_of(program: &Program, names: &[String]) -> Option<Vec<String>> {
        let f = program.funcs.iter().find(|f| f.name == INPUT_FN)?;
        names
            .iter()
            .map(|n| {
                let l = f.locals.iter().find(|l| l.name.as_deref() == Some(n))?;
                let t = l.ty.name();
                (!t.contains('<')).then_some(t)
            })
            .collect()
    }

    fn run(&mut self, input: &str) -> bool {
        let lines: Vec<String> = input.lines().map(str::to_string).collect();
        // One expression with a value: print it.
        // (One compile: a value that is not `Writable`, or `None`, is run as a statement.)
        if lines.len() == 1 && !lines[0].starts_with("var ") {
            let printing = self.program_with_prefix(
                &[format!("var {VALUE} = ({input})"), format!("print({VALUE})")],
                VALUE.len() + 8,
                &[],
                None,
                input,
            );
            let (map, compiled) = self.compile(&printing.text);
            if !compiled.diags.has_errors() {
                let ty = Self::types_of(&compiled.program, &[VALUE.to_string()]);
                if ty.as_ref().is_some_and(|t| t[0] != "None") {
                    self.report(&map, &compiled.diags.list, &printing);
                    return self.execute(&printing, map, compiled, &[], &[]);
                }
            }
        }
        let declared = declared_vars(input);
        let probe = self.program_for(&lines, &declared, None, input);
        let (map, compiled) = self.compile(&probe.text);
        if self.report(&map, &compiled.diags.list, &probe) {
            return false;
        }
        if declared.is_empty() {
            return self.execute(&probe, map, compiled, &[], &[]);
        }
        let Some(types) = Self::types_of(&compiled.program, &declared) else {
            eprintln!("error: the REPL cannot keep these variables: their types have no name it can write");
            return false;
        };
        let ret_ty = format!("Tuple[Int, {}]", types.join(", "));
        let values = format!(
            "(0, {})",
            declared.iter().map(|n| format!("{n}^")).collect::<Vec<_>>().join(", ")
        );
        let gen = self.program_for(&lines, &declared, Some((&ret_ty, &values)), input);
        let (map, compiled) = self.compile(&gen.text);
        // (Its warnings were the probe's, printed already.)
        if compiled.diags.has_errors() {
            self.report(&map, &compiled.diags.list, &gen);
            return false;
        }
        self.execute(&gen, map, compiled, &declared, &types)
    }

    /// Run a compiled input (without errors); keep what it leaves.
    fn execute(
        &mut self,
        gen: &Generated,
        map: SourceMap,
        compiled: lang::pipeline::Compiled,
        declared: &[String],
        types: &[String],
    ) -> bool {
        let program = compiled.program;
        let Some(fid) = program.funcs.iter().position(|f| f.name == INPUT_FN) else {
            eprintln!("error: internal: the input's function is missing");
            return false;
        };
        let fid = fid as FuncId;
        let passed: Vec<usize> = (0..self.vars.len())
            .filter(|i| !declared.contains(&self.vars[*i].name))
            .collect();
        if program.funcs[fid as usize].params.len() != passed.len() {
            eprintln!("error: the REPL cannot take the address of a session variable (`Pointer(to=...)`) yet");
            return false;
        }
        let args: Vec<Value> = passed.iter().map(|i| self.vars[*i].value.clone()).collect();
        let map = std::rc::Rc::new(map);
        if !program.launched_kernels().is_empty() {
            let m = map.clone();
            lang::device::retarget(
                std::rc::Rc::new(program.clone()),
                std::rc::Rc::new(move |s| m.location(s)),
            );
        }
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let r = interp::call_in_session(&program, fid, args, &mut self.machine, &mut out);
        let _ = out.flush();
        drop(out);
        let writeback = |vars: &mut Vec<Var>, finals: &[Value]| {
            for (i, v) in passed.iter().zip(finals) {
                vars[*i].value = v.clone();
            }
        };
        let ok = match r {
            Ok(Ok(v)) => {
                // (result, final values of the `mut` parameters...) when there are any.
                let (result, finals) = match (&v, passed.is_empty()) {
                    (Value::Tuple(parts), false) => (parts[0].clone(), parts[1..].to_vec()),
                    _ => (v.clone(), Vec::new()),
                };
                writeback(&mut self.vars, &finals);
                if !declared.is_empty() {
                    let Value::Tuple(new) = result else {
                        eprintln!("error: internal: the input's variables did not come back");
                        return false;
                    };
                    self.vars.retain(|v| !declared.contains(&v.name));
                    for ((name, ty), value) in declared.iter().zip(types).zip(new[1..].iter()) {
                        self.vars.push(Var {
                            name: name.clone(),
                            ty: ty.clone(),
                            value: value.clone(),
                        });
                    }
                }
                true
            }
            Ok(Err((msg, finals))) => {
                writeback(&mut self.vars, &finals);
                eprintln!("Unhandled exception caught during execution: {msg}");
                false
            }
            Err(interp::Trap::Exit(code)) => {
                let _ = std::io::stdout().flush();
                std::process::exit(code as i32);
            }
            Err(trap) => {
                let locate = |s: Span| {
                    let at = (s.file == 0).then(|| gen.location_of(s.lo as usize)).flatten();
                    at.unwrap_or_else(|| map.location(s))
                };
                // A library check's location is text (`__call_location()`).
                let trap = match trap {
                    interp::Trap::Abort(code, msg, loc) => {
                        let loc = gen.moved_location(&loc).unwrap_or(loc);
                        interp::Trap::Abort(code, msg, loc)
                    }
                    other => other,
                };
                eprintln!("{}", crate::driver::trap_message(&trap, &locate));
                false
            }
        };
        let _ = std::io::stdout().flush();
        ok
    }

    /// `:type EXPR`: the type of an expression.
    pub fn type_of(&self, expr: &str) -> Result<String, ()> {
        let probe = self.value_probe(expr);
        let (map, compiled) = self.compile(&probe.text);
        if self.report(&map, &compiled.diags.list, &probe) {
            return Err(());
        }
        Self::types_of(&compiled.program, &[VALUE.to_string()])
            .map(|t| t[0].clone())
            .ok_or(())
    }

    /// The session's variables and their types (for completion).
    pub fn var_types(&self) -> Vec<(String, String)> {
        self.vars.iter().map(|v| (v.name.clone(), v.ty.clone())).collect()
    }

    /// The names in scope: variables and defined names (for completion and `:help`).
    pub fn names(&self) -> Vec<String> {
        let mut n: Vec<String> = self.vars.iter().map(|v| v.name.clone()).collect();
        n.extend(self.defs.iter().flat_map(|d| d.names.clone()));
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_told_apart() {
        assert!(is_definition("def f(x: Int) -> Int:\n    return x"));
        assert!(is_definition("struct P:\n    var x: Int"));
        assert!(is_definition("from std.math import sqrt"));
        assert!(is_definition("comptime N = 4"));
        assert!(!is_definition("comptime if True:\n    print(1)"));
        assert!(!is_definition("var x = 1"));
        assert!(!is_definition("x + 1"));
        assert_eq!(
            defined_names("def f():\n    pass\nstruct S:\n    var x: Int"),
            ["f", "S"]
        );
        assert_eq!(
            declared_vars("var a = 1\nvar b: Int = 2\nif a:\n    var c = 3"),
            ["a", "b"]
        );
        assert!(mentions("List[Point]", "Point"));
        assert!(!mentions("List[Points]", "Point"));
    }
}

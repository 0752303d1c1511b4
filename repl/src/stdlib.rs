//! The standard library ships inside the binary as source.

use lang::pipeline::SourceProvider;

/// The prelude modules, embedded at build time.
const PRELUDE: &[(&str, &str)] = &[
    (
        "<stdlib>/builtin/prelude.mojo",
        include_str!("../../stdlib/builtin/prelude.mojo"),
    ),
    (
        "<stdlib>/builtin/numbers.mojo",
        include_str!("../../stdlib/builtin/numbers.mojo"),
    ),
    ("<stdlib>/builtin/io.mojo", include_str!("../../stdlib/builtin/io.mojo")),
    (
        "<stdlib>/builtin/string.mojo",
        include_str!("../../stdlib/builtin/string.mojo"),
    ),
    (
        "<stdlib>/collections/list.mojo",
        include_str!("../../stdlib/collections/list.mojo"),
    ),
    (
        "<stdlib>/collections/optional.mojo",
        include_str!("../../stdlib/collections/optional.mojo"),
    ),
    (
        "<stdlib>/builtin/math.mojo",
        include_str!("../../stdlib/builtin/math.mojo"),
    ),
    (
        "<stdlib>/collections/span.mojo",
        include_str!("../../stdlib/collections/span.mojo"),
    ),
    (
        "<stdlib>/collections/array.mojo",
        include_str!("../../stdlib/collections/array.mojo"),
    ),
    (
        "<stdlib>/collections/dict.mojo",
        include_str!("../../stdlib/collections/dict.mojo"),
    ),
    (
        "<stdlib>/collections/deque.mojo",
        include_str!("../../stdlib/collections/deque.mojo"),
    ),
    (
        "<stdlib>/collections/slice.mojo",
        include_str!("../../stdlib/collections/slice.mojo"),
    ),
    (
        "<stdlib>/builtin/range.mojo",
        include_str!("../../stdlib/builtin/range.mojo"),
    ),
    (
        "<stdlib>/collections/counter.mojo",
        include_str!("../../stdlib/collections/counter.mojo"),
    ),
    (
        "<stdlib>/builtin/file.mojo",
        include_str!("../../stdlib/builtin/file.mojo"),
    ),
    (
        "<stdlib>/testing/testing.mojo",
        include_str!("../../stdlib/testing/testing.mojo"),
    ),
    (
        "<stdlib>/utils/variant.mojo",
        include_str!("../../stdlib/utils/variant.mojo"),
    ),
    ("<stdlib>/sys/sys.mojo", include_str!("../../stdlib/sys/sys.mojo")),
    ("<stdlib>/gpu/gpu.mojo", include_str!("../../stdlib/gpu/gpu.mojo")),
    ("<stdlib>/gpu/host.mojo", include_str!("../../stdlib/gpu/host.mojo")),
    (
        "<stdlib>/memory/pointers.mojo",
        include_str!("../../stdlib/memory/pointers.mojo"),
    ),
    ("<stdlib>/time/time.mojo", include_str!("../../stdlib/time/time.mojo")),
    (
        "<stdlib>/random/random.mojo",
        include_str!("../../stdlib/random/random.mojo"),
    ),
];

include!(concat!(env!("OUT_DIR"), "/packages.rs"));

/// A module of an importable standard-library package (`llm`): `path` is the module's dotted
/// path as directories (`["llm", "formats", "gguf"]`); its name (`<stdlib>/llm/formats/gguf.mojo`)
/// and text. A package's `__init__.mojo` stands for the package itself.
pub fn package_module(path: &[String]) -> Option<(String, String)> {
    let base = path.join("/");
    [format!("{base}.mojo"), format!("{base}/__init__.mojo")]
        .iter()
        .find_map(|want| PACKAGE_MODULES.iter().find(|(p, _)| p == want))
        .map(|(p, t)| (format!("<stdlib>/{p}"), t.to_string()))
}

pub struct EmbeddedStdlib;

impl SourceProvider for EmbeddedStdlib {
    fn prelude(&self) -> Vec<(String, String)> {
        PRELUDE.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect()
    }
}

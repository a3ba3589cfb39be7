//! The module graph of `src/`, read from the code's own `crate::` paths, and
//! the layering rules ARCHITECTURE.md describes: each layer names only the
//! layers below it, no import circle between modules, and nothing below the
//! web layer knows the web framework or the runtime state.
//!
//! `cargo test --test layers -- --nocapture` prints the graph.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may name modules of its own layer
/// (without a circle) or of a lower one.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "core",
        &[
            "error", "settings", "secret", "i18n", "markdown", "deid", "db", "auth", "metrics",
            "compress",
        ],
    ),
    ("env", &["env"]),
    ("mail", &["mail"]),
    (
        "domain",
        &[
            "accounts",
            "audit",
            "guard",
            "groups",
            "threads",
            "narrative",
            "digest",
            "moderation",
            "formation",
            "inbound",
            "posting",
            "search",
            "learning",
        ],
    ),
    ("runtime", &["state", "jobs", "lmtp", "policy"]),
    ("web", &["http", "views", "ops", "web", "lib"]),
    ("main", &["main", "demo"]),
];

/// Files of a domain folder that belong to the web layer.
const WEB_FILES: &[&str] = &["web", "api"];

/// Words no file below the web layer may contain.
const WEB_ONLY: &[&str] = &["actix_web", "HttpRequest", "AppState"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The node a file belongs to: `threads` for src/threads/mod.rs and
/// src/threads/snapshot.rs, `web` for every domain folder's web.rs and api.rs
/// and for http.rs-level web files, `main` for src/main.rs.
fn node_of(file: &Path) -> String {
    let rel = file.strip_prefix(src()).unwrap();
    let parts: Vec<&str> = rel
        .iter()
        .map(|p| p.to_str().unwrap().trim_end_matches(".rs"))
        .collect();
    match parts.as_slice() {
        [one] => one.to_string(),
        [folder, file, ..] if WEB_FILES.contains(file) => {
            let _ = folder;
            "web".to_string()
        }
        [folder, ..] => folder.to_string(),
        [] => unreachable!(),
    }
}

/// The node a path names, seen from `file`: `crate::threads::web::x` is
/// `web`, `crate::threads::x` is `threads`; `super::web` inside a folder is
/// `web`, and a folder's mod.rs naming its own `web::` or `api::` child too.
fn targets(file: &Path, code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let own = node_of(file);
    let in_folder = file.parent() != Some(src().as_path());
    let is_mod = file.file_name().is_some_and(|n| n == "mod.rs");
    let bytes = code.as_bytes();
    let word_start =
        |i: usize| i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
    let ident = |from: usize| ident_of(&code[from..]);
    let mut named = |module: &str, child: &str| {
        let node = if WEB_FILES.contains(&child) {
            "web".to_string()
        } else {
            module.to_string()
        };
        out.insert(node);
    };
    for (i, _) in code.match_indices("crate::") {
        if !word_start(i) {
            continue;
        }
        let module = ident(i + 7);
        let rest = &code[i + 7 + module.len()..];
        let child = rest.strip_prefix("::").map(ident_of).unwrap_or("");
        if !module.is_empty() {
            named(module, child);
        }
    }
    // `use crate::{a, b::c}` groups.
    for (i, _) in code.match_indices("crate::{") {
        let end = code[i..].find('}').map_or(code.len(), |e| i + e);
        for item in code[i + 8..end].split(',') {
            let item = item.trim();
            let module = ident_of(item);
            let child = item
                .strip_prefix(module)
                .and_then(|r| r.strip_prefix("::"))
                .map(ident_of)
                .unwrap_or("");
            if !module.is_empty() {
                named(module, child);
            }
        }
    }
    if in_folder {
        for (i, _) in code.match_indices("super::") {
            if !word_start(i) {
                continue;
            }
            let child = ident(i + 7);
            if WEB_FILES.contains(&child) {
                out.insert("web".to_string());
            } else if own == "web" {
                // A web.rs or api.rs naming its folder's domain code.
                let folder = file
                    .parent()
                    .unwrap()
                    .file_name()
                    .unwrap()
                    .to_str()
                    .unwrap();
                out.insert(folder.to_string());
            }
        }
        if is_mod {
            for child in WEB_FILES {
                let pat = format!("{child}::");
                for (i, _) in code.match_indices(&pat) {
                    if word_start(i) && !code[..i].ends_with("::") {
                        out.insert("web".to_string());
                    }
                }
            }
        }
    }
    out.remove(&own);
    out
}

fn ident_of(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// Code without comments and string literals, so a doc comment that names a
/// module is not an import.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            out.push('\n');
            continue;
        }
        let line = match line.find("// ") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        };
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn layer_of(node: &str) -> usize {
    LAYERS
        .iter()
        .position(|(_, nodes)| nodes.contains(&node))
        .unwrap_or_else(|| panic!("module `{node}` is in no layer: add it to LAYERS"))
}

struct Graph {
    edges: BTreeMap<String, BTreeSet<String>>,
    files: BTreeMap<String, Vec<PathBuf>>,
}

fn graph() -> Graph {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut by_node: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for f in files {
        let node = node_of(&f);
        let code = code_only(&std::fs::read_to_string(&f).unwrap());
        let known: BTreeSet<String> = targets(&f, &code)
            .into_iter()
            .filter(|t| LAYERS.iter().any(|(_, n)| n.contains(&t.as_str())))
            .collect();
        edges.entry(node.clone()).or_default().extend(known);
        by_node.entry(node).or_default().push(f);
    }
    Graph {
        edges,
        files: by_node,
    }
}

#[test]
fn the_module_graph_has_layers_and_no_circles() {
    let g = graph();
    println!("module graph (layer: module -> modules it names)");
    for (layer, nodes) in LAYERS {
        for node in *nodes {
            if let Some(to) = g.edges.get(*node) {
                let to: Vec<&str> = to.iter().map(String::as_str).collect();
                println!("  {layer:>7}: {node} -> {}", to.join(", "));
            }
        }
    }
    let mut wrong = Vec::new();
    for (from, tos) in &g.edges {
        for to in tos {
            if layer_of(to) > layer_of(from) {
                wrong.push(format!(
                    "{from} ({}) names {to} ({}), a layer above it",
                    LAYERS[layer_of(from)].0,
                    LAYERS[layer_of(to)].0
                ));
            }
        }
    }
    // Circles: a depth-first search from every node.
    fn visit<'a>(
        g: &'a BTreeMap<String, BTreeSet<String>>,
        node: &'a str,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
        circles: &mut Vec<String>,
    ) {
        if let Some(i) = path.iter().position(|n| *n == node) {
            let mut c: Vec<&str> = path[i..].to_vec();
            c.push(node);
            circles.push(c.join(" -> "));
            return;
        }
        if !done.insert(node) {
            return;
        }
        path.push(node);
        for next in g.get(node).into_iter().flatten() {
            visit(g, next, path, done, circles);
        }
        path.pop();
    }
    let mut circles = Vec::new();
    let mut done = BTreeSet::new();
    for node in g.edges.keys() {
        visit(&g.edges, node, &mut Vec::new(), &mut done, &mut circles);
    }
    for c in &circles {
        wrong.push(format!("import circle: {c}"));
    }
    assert!(wrong.is_empty(), "layering broken:\n{}", wrong.join("\n"));
}

#[test]
fn nothing_below_the_web_layer_knows_the_web_framework() {
    let g = graph();
    let web = LAYERS.iter().position(|(n, _)| *n == "runtime").unwrap();
    let mut wrong = Vec::new();
    for (node, files) in &g.files {
        if layer_of(node) >= web {
            continue;
        }
        for f in files {
            let code = code_only(&std::fs::read_to_string(f).unwrap());
            for word in WEB_ONLY {
                if code.contains(word) {
                    wrong.push(format!("{} mentions {word}", f.display()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

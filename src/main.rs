//! The `sodan` binary: everything lives in the library; see `cli`.

/// The engine and the store allocate many small, short-lived values per
/// message; glibc's allocator spent a fifth of the time of a burst on them
/// (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    sodan::cli::main()
}

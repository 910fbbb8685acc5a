//! The `sodan` binary: everything lives in the library; see `cli`.

fn main() -> std::process::ExitCode {
    sodan::cli::main()
}

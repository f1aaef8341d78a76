//! What the command line does besides extraction itself: reading JSON Lines streams (`lines`) and
//! running a filter over them on every core in input order (`stream`), as an archive's batch job
//! or a distributed engine's pipe runs it.

pub mod lines;
pub mod stream;

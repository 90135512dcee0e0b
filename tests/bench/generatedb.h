#pragma once

#include "util/result.h"

namespace rw {
class Database;
}

namespace rw::bench {

// Fills a database with `programs` made-up programs (1-3 tracks, 0-6
// continuity sites, 4-12 curriculum features each, notes on some) for
// timing the workspace at a scale no real catalog reaches. Deterministic
// for a given seed.
Status generatePrograms(Database &db, int programs, quint32 seed = 42);

} // namespace rw::bench

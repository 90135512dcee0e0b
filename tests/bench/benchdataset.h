#pragma once

#include "util/result.h"

namespace rw {
class Database;
}

namespace rw::bench {

// What to generate. The defaults are the benchmark data set of
// docs/performance.md: a national-directory-sized catalog.
struct DatasetSpec
{
    int programs = 10000;
    quint64 seed = 42;
};

// What was written.
struct DatasetCounts
{
    int programs = 0;
    int tracks = 0;
    int sites = 0;
    int features = 0;
    int criteria = 0;
    int ratings = 0;
    int notes = 0;
    int rankEntries = 0;
};

// The one way to make the benchmark data set: fills an open database (the
// bundled catalog may or may not be installed) with `spec.programs` made-up
// programs of the user's own (1-4 tracks, 3-15 continuity sites with
// languages and services, 5-25 curriculum features, notes on two programs
// in three), 40 criteria (30 ratings, 6 attributes, 4 features), ratings and
// a 300-rank primary list, in one transaction. The same seed always gives
// the same rows.
Result<DatasetCounts> generateDataset(Database &db, const DatasetSpec &spec = {});

} // namespace rw::bench

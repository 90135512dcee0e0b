#pragma once

#include "testsupport.h"
#include "workspace.h"

namespace rw::test {

// A workspace on a fresh database (the catalog, no criteria, no list), as
// the window has one; temp.db() reaches the database it owns.
struct TempWorkspace
{
    TempDatabase temp;
    Workspace workspace;

    TempWorkspace() { workspace.setDatabase(temp.take()); }
    Database &db() { return temp.db(); }
};

} // namespace rw::test

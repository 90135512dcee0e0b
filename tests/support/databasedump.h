#pragma once

#include <QString>

namespace rw {
class Database;
}

namespace rw::test {

// Every row of every table (and the schema version) as sorted text, to check
// that an operation which must write nothing left the database exactly as it was.
QString databaseDump(Database &db);
// The same for a database file, opened read-only for the occasion.
QString databaseDump(const QString &path);

} // namespace rw::test

#pragma once

#include <QString>

namespace rw::crash {

// Prints one protocol line on stdout with a single write(), unbuffered, so
// that what the tests read is exactly what happened before a kill.
void report(const QString &line);
// Prints a failure on stderr.
void complain(const QString &message);

} // namespace rw::crash

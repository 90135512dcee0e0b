#pragma once

#include <QString>

namespace rw::NrmpCode {

// An NRMP program code such as 1234140C0: four digits for the institution,
// three for the specialty, a letter for the position type, a digit for the
// track. Input is trimmed and upper-cased before checking.
QString normalized(const QString &code);
bool isValid(const QString &code);
// Empty when valid; otherwise a sentence saying what is wrong.
QString problem(const QString &code);
// The part that identifies the program across its tracks (first seven digits).
QString programPart(const QString &code);

} // namespace rw::NrmpCode

#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rw {

// Checks untrusted JSON bytes before QJsonDocument sees them, for what the
// parser would otherwise hide: invalid UTF-8 (QJsonDocument silently
// replaces bad sequences), \u escapes of unpaired surrogates (not
// characters), nesting deeper than a format allows (checked before building
// any tree), and an object naming the same field twice (QJsonObject silently
// keeps one of them). Grammar is left to the parser.
class JsonPrecheck
{
    Q_DECLARE_TR_FUNCTIONS(rw::JsonPrecheck)

public:
    struct Problem
    {
        qsizetype offset = 0; // in bytes from the start of the file
        QString message; // ends with where it is: "at byte 12 (line 1, column 13)"
    };

    static std::optional<Problem> check(QByteArrayView bytes, int maxDepth);

    // The offset of the first byte that is not valid UTF-8, or -1.
    static qsizetype invalidUtf8At(QByteArrayView bytes);
    // "byte 12 (line 1, column 13)"; lines and columns count from 1, columns in bytes.
    static QString where(QByteArrayView bytes, qsizetype offset);
};

} // namespace rw

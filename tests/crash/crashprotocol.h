#pragma once

#include <QString>

// What the crash driver writes and how it reports it, shared by the driver
// (which writes) and the tests (which check after killing it).
//
// The driver prints one line per event on stdout, each with a single
// write() so a kill never leaves half a line:
//   begin <op> <args>   before it starts a write
//   ok <op> <args>      after that write committed, never before
// At most one write is in flight when the driver dies: the last "begin"
// without its "ok". It may have committed or not, but never in part.
namespace rw::crash {

// Own notes: "crash-note <token> v<version> <filler>", where the filler is a
// function of token and version, so a torn body cannot pass for a whole one.
QString noteBody(const QString &token, int version);
// Token and version of a well-formed body; false for anything else.
bool parseNoteBody(const QString &body, QString *token, int *version);

inline constexpr int kImportSize = 40; // notes per bulk import
inline constexpr int kListSize = 12; // entries of the crash rank list
inline constexpr int kCriteria = 3;
inline constexpr int kKeepBackups = 3;

inline QString programName(const QString &token)
{
    return QStringLiteral("Crash program ") + token;
}
inline QString peerName(const QString &token)
{
    return QStringLiteral("crash-peer-") + token;
}
inline QString criterionName(int n)
{
    return QStringLiteral("Crash criterion %1").arg(n);
}
inline QString listName()
{
    return QStringLiteral("Crash list");
}
inline QString counterKey()
{
    return QStringLiteral("crash-counter");
}

// The text the typing simulation types, one character per autosave.
QString typedText();
inline QString typedBodyPrefix()
{
    return QStringLiteral("crash-type ");
}

} // namespace rw::crash

#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace rw {

// Forces files and renames to the disk, so a backup or a restored database
// that we report as done survives a power cut (fsync on the file, then on
// its folder for the directory entry).
class FileSync
{
    Q_DECLARE_TR_FUNCTIONS(rw::FileSync)

public:
    static Status flushFile(const QString &path);
    static Status flushFolder(const QString &folder);
    // Renames without ever replacing an existing file, then flushes the folder.
    static Status renameNoReplace(const QString &from, const QString &to);
};

} // namespace rw

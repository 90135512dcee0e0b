#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

// The window's face of a core error: the plain fact core reports, completed
// with how to fix it in the window when the error carries a code (the CLI
// adds its own hint in cli::Context::fail()).
class ErrorHints
{
    Q_DECLARE_TR_FUNCTIONS(ErrorHints)

public:
    static QString text(const rw::Error &error);
};

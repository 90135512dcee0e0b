#pragma once

#include "command.h"

namespace rw::cli {

// Splits argv into the global options, the command and its own options,
// then runs it. Returns the process exit code.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::CommandLine)

public:
    explicit CommandLine(const CommandRegistry &registry)
        : m_registry(registry)
    { }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Whether the command these arguments name needs a QGuiApplication; asked
    // before any application object exists, to create the right one.
    bool needsGui(const QStringList &arguments) const;

private:
    // The command words: the arguments up to the first option, with the
    // global options (--db PATH, --help, --version) taken out.
    static QStringList commandWords(const QStringList &arguments);
    void printHelp(QTextStream &out, const QStringList &prefix) const;
    void printCommandHelp(QTextStream &out, const CommandSpec &spec) const;
    const CommandSpec *match(const QStringList &words, qsizetype *consumed) const;

    const CommandRegistry &m_registry;
};

} // namespace rw::cli

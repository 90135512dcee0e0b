#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace rw {
class Database;
}

namespace rw::cli {

// Exit codes scripts can rely on (docs/cli.md).
enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

struct OptionSpec
{
    QString name; // without the dashes: "format"
    QString valueName; // empty for a flag: "text|json"
    QString description;
    bool repeatable = false;
};

class Context;

using Run = std::function<int(Context &)>;

// The option every listing command takes: "--format text|json", the first
// value being the default.
OptionSpec formatOption(const QString &values = QStringLiteral("text|json"));

// The opening most commands share, done before `run` is called: open the
// database (withDatabase), or check --format against the allowed values
// (the first is the default) and then open it (withFormatAndDatabase). A
// failure is printed and becomes the exit code, so `run` starts with what
// it needs. Commands that check their arguments before opening (and perhaps
// creating) the database open it themselves with Context::database().
Run withDatabase(std::function<int(Context &, Database &)> run);
Run withFormatAndDatabase(std::function<int(Context &, Database &, const QString &)> run,
                          QStringList allowed = {QStringLiteral("text"), QStringLiteral("json")});

struct CommandSpec
{
    QStringList words; // {"notes", "add"}
    QString arguments; // "TARGET_KEY TEXT", for help
    QString summary;
    QList<OptionSpec> options;
    int minArgs = 0;
    int maxArgs = 0; // -1: any number
    Run run;
    // Runs under a QGuiApplication rather than a QCoreApplication: painting a
    // PDF needs fonts. Only such commands pay for starting one.
    bool needsGui = false;
};

// What a running command gets: its arguments and options, the output
// streams, and the database (opened on first use, bundled catalog applied).
class Context
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::Context)

public:
    Context(QString dbPath, QTextStream &out, QTextStream &err);
    ~Context();

    QStringList args;
    QHash<QString, QStringList> options;
    QTextStream &out;
    QTextStream &err;

    bool flag(const QString &name) const { return options.contains(name); }
    QString option(const QString &name, const QString &fallback = {}) const;
    QStringList optionValues(const QString &name) const { return options.value(name); }
    // The --format value, checked against `allowed`; the first one is the default.
    Result<QString> format(const QStringList &allowed = {QStringLiteral("text"),
                                                         QStringLiteral("json")}) const;

    const QString &databasePath() const { return m_dbPath; }
    Result<Database *> database();

    // Prints "rankwise-cli: message" on stderr; returns 2 for the user's
    // errors and 1 for the rest.
    int fail(const Error &error);
    int usageError(const QString &message);

private:
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
};

// Every command the CLI knows, in help order.
class CommandRegistry
{
public:
    void add(CommandSpec spec) { m_commands.append(std::move(spec)); }
    // The common shape: a fixed number of arguments, no GUI.
    void add(QStringList words, QString arguments, QString summary, QList<OptionSpec> options,
             int argumentCount, Run run)
    {
        add({std::move(words), std::move(arguments), std::move(summary), std::move(options),
             argumentCount, argumentCount, std::move(run)});
    }
    const QList<CommandSpec> &commands() const { return m_commands; }

private:
    QList<CommandSpec> m_commands;
};

void registerCatalogCommands(CommandRegistry &registry);
void registerSharingCommands(CommandRegistry &registry);
void registerNoteCommands(CommandRegistry &registry);
void registerProgramCommands(CommandRegistry &registry);
void registerRankCommands(CommandRegistry &registry);
void registerMaintenanceCommands(CommandRegistry &registry);
void registerExportCommands(CommandRegistry &registry);

} // namespace rw::cli

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

struct CommandSpec
{
    QStringList words; // {"notes", "add"}
    QString arguments; // "TARGET_KEY TEXT", for help
    QString summary;
    QList<OptionSpec> options;
    int minArgs = 0;
    int maxArgs = 0; // -1: any number
    std::function<int(Context &)> run;
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

#include "commandline.h"

#include "storage/database.h"

#include <QRegularExpression>

namespace rw::cli {

namespace {

bool looksLikeOption(const QString &arg)
{
    static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9.]"));
    return arg.startsWith(u'-') && arg.size() > 1 && !negativeNumber.match(arg).hasMatch();
}

QString synopsis(const CommandSpec &spec)
{
    QString line = spec.words.join(u' ');
    if (!spec.arguments.isEmpty())
        line += u' ' + spec.arguments;
    for (const OptionSpec &option : spec.options) {
        QString text = QStringLiteral("--") + option.name;
        if (!option.valueName.isEmpty())
            text += u' ' + option.valueName;
        line += QStringLiteral(" [") + text + u']';
        if (option.repeatable)
            line += QStringLiteral("...");
    }
    return line;
}

} // namespace

QStringList CommandLine::commandWords(const QStringList &arguments)
{
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--db") {
            ++i;
            continue;
        }
        if (arg.startsWith(QStringLiteral("--db=")) || arg == u"--help" || arg == u"-h"
            || arg == u"--version")
            continue;
        if (looksLikeOption(arg) || arg == u"--")
            break;
        words.append(arg);
    }
    return words;
}

bool CommandLine::needsGui(const QStringList &arguments) const
{
    qsizetype consumed = 0;
    const CommandSpec *spec = match(commandWords(arguments), &consumed);
    return spec && spec->needsGui;
}

const CommandSpec *CommandLine::match(const QStringList &words, qsizetype *consumed) const
{
    const CommandSpec *best = nullptr;
    for (const CommandSpec &spec : m_registry.commands()) {
        if (spec.words.size() > words.size())
            continue;
        if (words.mid(0, spec.words.size()) != spec.words)
            continue;
        if (!best || spec.words.size() > best->words.size())
            best = &spec;
    }
    if (best)
        *consumed = best->words.size();
    return best;
}

void CommandLine::printHelp(QTextStream &out, const QStringList &prefix) const
{
    out << tr("Usage: rankwise-cli [--db PATH] COMMAND [ARGUMENTS] [OPTIONS]") << "\n\n"
        << tr("Rankwise from the command line: the same database and rules as the app.") << "\n\n"
        << tr("Global options:") << "\n"
        << "  --db PATH     "
        << tr("the database file (default: $RANKWISE_DB, else %1)").arg(Database::defaultPath())
        << "\n"
        << "  --help        " << tr("show this help, or a command's help") << "\n"
        << "  --version     " << tr("show the version") << "\n\n"
        << tr("Commands:") << "\n";
    for (const CommandSpec &spec : m_registry.commands()) {
        if (!prefix.isEmpty() && spec.words.mid(0, prefix.size()) != prefix)
            continue;
        out << "  " << synopsis(spec) << "\n      " << spec.summary << "\n";
    }
    out << "\n"
        << tr("Exit status: 0 success, 2 bad usage or bad input, 1 other failures.") << "\n";
}

void CommandLine::printCommandHelp(QTextStream &out, const CommandSpec &spec) const
{
    out << tr("Usage: rankwise-cli [--db PATH] %1").arg(synopsis(spec)) << "\n\n"
        << spec.summary << "\n";
    if (!spec.options.isEmpty()) {
        out << "\n" << tr("Options:") << "\n";
        for (const OptionSpec &option : spec.options) {
            QString name = QStringLiteral("--") + option.name;
            if (!option.valueName.isEmpty())
                name += u' ' + option.valueName;
            out << "  " << name.leftJustified(28) << ' ' << option.description << "\n";
        }
    }
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString dbPath;
    bool help = false;
    bool version = false;
    QStringList rest;
    bool optionsEnded = false;

    // Global options may stand anywhere before "--".
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded) {
            rest.append(arg);
        } else if (arg == u"--") {
            optionsEnded = true;
            rest.append(arg);
        } else if (arg == u"--help" || arg == u"-h") {
            help = true;
        } else if (arg == u"--version") {
            version = true;
        } else if (arg == u"--db") {
            if (i + 1 >= arguments.size()) {
                err << "rankwise-cli: " << tr("--db needs a path.") << Qt::endl;
                return BadInput;
            }
            dbPath = arguments.at(++i);
        } else if (arg.startsWith(QStringLiteral("--db="))) {
            dbPath = arg.mid(5);
        } else {
            rest.append(arg);
        }
    }

    if (version) {
        out << "rankwise-cli " << RANKWISE_VERSION << Qt::endl;
        return Success;
    }

    QStringList words;
    for (const QString &arg : rest) {
        if (looksLikeOption(arg) || arg == u"--")
            break;
        words.append(arg);
    }
    qsizetype consumed = 0;
    const CommandSpec *spec = match(words, &consumed);
    if (help || rest.isEmpty()) {
        if (spec)
            printCommandHelp(out, *spec);
        else
            printHelp(rest.isEmpty() && !help ? err : out, words);
        out.flush();
        return help ? Success : BadInput;
    }
    if (!spec) {
        err << "rankwise-cli: " << tr("unknown command “%1”.").arg(words.join(u' ')) << Qt::endl
            << tr("Run “rankwise-cli --help” for the list of commands.") << Qt::endl;
        return BadInput;
    }

    Context context(Database::resolvePath(dbPath), out, err);
    optionsEnded = false;
    for (qsizetype i = consumed; i < rest.size(); ++i) {
        const QString &arg = rest.at(i);
        if (optionsEnded || !looksLikeOption(arg)) {
            if (arg == u"--" && !optionsEnded) {
                optionsEnded = true;
                continue;
            }
            context.args.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        const auto found = std::find_if(spec->options.cbegin(), spec->options.cend(),
                                        [&](const OptionSpec &o) { return o.name == name; });
        if (!arg.startsWith(QStringLiteral("--")) || found == spec->options.cend())
            return context.usageError(
                tr("“%1” is not an option of “%2”.").arg(arg, spec->words.join(u' ')));
        if (found->valueName.isEmpty()) {
            if (hasInlineValue)
                return context.usageError(tr("--%1 takes no value.").arg(name));
        } else if (!hasInlineValue) {
            if (i + 1 >= rest.size())
                return context.usageError(
                    tr("--%1 needs a value (%2).").arg(name, found->valueName));
            value = rest.at(++i);
        }
        if (!found->repeatable && context.options.contains(name))
            return context.usageError(tr("--%1 is given twice.").arg(name));
        context.options[name].append(value);
    }

    const qsizetype count = context.args.size();
    if (count < spec->minArgs || (spec->maxArgs >= 0 && count > spec->maxArgs)) {
        return context.usageError(tr("usage: rankwise-cli %1").arg(synopsis(*spec)));
    }
    const int code = spec->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace rw::cli

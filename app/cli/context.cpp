#include "catalog/bundledcatalog.h"
#include "command.h"
#include "storage/database.h"

namespace rw::cli {

OptionSpec formatOption(const QString &values)
{
    return {QStringLiteral("format"), values,
            Context::tr("output format (default %1)").arg(values.section(u'|', 0, 0))};
}

Run withDatabase(std::function<int(Context &, Database &)> run)
{
    return [run = std::move(run)](Context &context) {
        auto db = context.database();
        if (!db)
            return context.fail(db.error());
        return run(context, **db);
    };
}

Run withFormatAndDatabase(std::function<int(Context &, Database &, const QString &)> run,
                          QStringList allowed)
{
    return [run = std::move(run), allowed = std::move(allowed)](Context &context) {
        auto format = context.format(allowed);
        if (!format)
            return context.fail(format.error());
        auto db = context.database();
        if (!db)
            return context.fail(db.error());
        return run(context, **db, *format);
    };
}

Context::Context(QString dbPath, QTextStream &outStream, QTextStream &errStream)
    : out(outStream)
    , err(errStream)
    , m_dbPath(std::move(dbPath))
{ }

Context::~Context() = default;

QString Context::option(const QString &name, const QString &fallback) const
{
    const QStringList values = options.value(name);
    return values.isEmpty() ? fallback : values.constLast();
}

Result<QString> Context::format(const QStringList &allowed) const
{
    const QString value = option(QStringLiteral("format"), allowed.constFirst());
    if (!allowed.contains(value)) {
        return Error::input(tr("--format must be one of %1, not “%2”.")
                                .arg(allowed.join(QStringLiteral(", ")), value));
    }
    return value;
}

Result<Database *> Context::database()
{
    if (!m_db) {
        auto opened = Database::open(m_dbPath);
        if (!opened)
            return opened.error();
        auto installed = BundledCatalog::install(**opened);
        if (!installed)
            return installed.error();
        m_db = std::move(opened.value());
    }
    return m_db.get();
}

int Context::fail(const Error &error)
{
    err << "rankwise-cli: " << error.message;
    if (error.code == Error::Code::NoRankLists)
        err << ' ' << tr("Create one with “list create NAME”.");
    err << Qt::endl;
    return error.isUserError() ? BadInput : Failure;
}

int Context::usageError(const QString &message)
{
    err << "rankwise-cli: " << message << Qt::endl
        << tr("Run “rankwise-cli --help” for usage.") << Qt::endl;
    return BadInput;
}

} // namespace rw::cli

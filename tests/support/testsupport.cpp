#include "testsupport.h"

#include "catalog/bundledcatalog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace rw::test {

void useIsolatedEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QStringLiteral("/data")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/config")));
    qunsetenv("RANKWISE_DB");
}

TempDatabase::TempDatabase(bool withCatalog)
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
    auto opened = Database::open(m_path);
    if (!opened)
        qFatal("cannot create test database: %s", qPrintable(opened.message()));
    m_db = std::move(opened.value());
    m_borrowed = m_db.get();
    if (withCatalog) {
        auto installed = BundledCatalog::install(*m_db);
        if (!installed)
            qFatal("cannot install catalog: %s", qPrintable(installed.message()));
    }
}

Database &TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path);
    if (!opened)
        qFatal("cannot reopen test database: %s", qPrintable(opened.message()));
    m_db = std::move(opened.value());
    m_borrowed = m_db.get();
    return *m_db;
}

QJsonDocument CliResult::json() const
{
    return QJsonDocument::fromJson(out.toUtf8());
}

QString cliPath()
{
    return QStringLiteral(RANKWISE_CLI_PATH);
}

CliResult runCli(const QStringList &args, const QString &dbPath)
{
    QProcess process;
    QStringList all;
    if (!dbPath.isEmpty())
        all << QStringLiteral("--db") << dbPath;
    all << args;
    process.start(cliPath(), all);
    CliResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        result.err = QStringLiteral("rankwise-cli did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("RANKWISE_TEST_DATA") + u'/' + name;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QString poppler(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path, bool layout)
{
    QStringList args;
    if (layout)
        args.append(QStringLiteral("-layout"));
    args << path << QStringLiteral("-");
    return poppler(QStringLiteral("pdftotext"), args);
}

} // namespace rw::test

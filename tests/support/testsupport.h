#pragma once

#include "model/criterion.h"
#include "storage/database.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace rw::test {

// The error message of a failed Result, for QVERIFY2 (which evaluates its
// message even when the check passes): QVERIFY2(r.ok(), test::why(r).constData()).
template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.message().toLocal8Bit();
}

// A criterion as tests set one up.
inline Criterion makeCriterion(const QString &name, double weight,
                               CriterionKind kind = CriterionKind::Rating,
                               const QString &parameter = {})
{
    Criterion c;
    c.name = name;
    c.weight = weight;
    c.kind = kind;
    c.parameter = parameter;
    return c;
}

// Isolates QStandardPaths and QSettings in a temporary home so tests never
// touch the user's data. Call first in initTestCase().
void useIsolatedEnvironment();

// A fresh database file in its own temporary folder, bundled catalog installed.
class TempDatabase
{
public:
    explicit TempDatabase(bool withCatalog = true);
    QString path() const { return m_path; }
    Database &db() { return *m_borrowed; }
    Database *operator->() { return m_borrowed; }
    void close()
    {
        m_db.reset();
        m_borrowed = nullptr;
    }
    Database &reopen();
    QString dir() const { return m_dir.path(); }
    // Hands the open database to an owner (a Workspace) that lives no
    // longer than this object; db() goes on reaching it.
    std::unique_ptr<Database> take() { return std::move(m_db); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    Database *m_borrowed = nullptr;
};

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const;
};

QString cliPath();
// Runs rankwise-cli with `args` (prefixed by --db when dbPath is given).
CliResult runCli(const QStringList &args, const QString &dbPath = {});

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
// A file under tests/data.
QString dataPath(const QString &name);

// Runs one scalar SQL query against a database file, for checking state.
QVariant scalar(Database &db, const QString &sql);

// What a poppler-utils tool prints for `args` ("pdfinfo", "pdffonts"), or ""
// when it cannot run or fails.
QString poppler(const QString &tool, const QStringList &args);
// The text of a PDF as pdftotext reads it (with -layout when `layout`),
// pages split by \f.
QString pdfText(const QString &path, bool layout = true);

} // namespace rw::test

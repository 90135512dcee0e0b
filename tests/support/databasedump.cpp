#include "databasedump.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace rw::test {

QString databaseDump(Database &db)
{
    QStringList out;
    QSqlQuery version(db.connection());
    if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next())
        out.append(QStringLiteral("user_version=") + version.value(0).toString());
    QSqlQuery tables(db.connection());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "ORDER BY name")))
        return QStringLiteral("cannot list tables");
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(db.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            return QStringLiteral("cannot read ") + table;
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant value = rows.value(i);
                values.append(value.isNull() ? QStringLiteral("NULL") : value.toString());
            }
            lines.append(table + u'|' + values.join(u'|'));
        }
        lines.sort();
        out.append(table + QStringLiteral(": ") + QString::number(lines.size()) + u" rows");
        out.append(lines);
    }
    return out.join(u'\n');
}

QString databaseDump(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return QStringLiteral("cannot open: ") + db.message();
    return databaseDump(**db);
}

} // namespace rw::test

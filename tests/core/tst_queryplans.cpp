// The queries the window runs on every start, selection and edit use the
// indexes: EXPLAIN QUERY PLAN of each statement they prepare (logged by
// Database::setStatementLog while the real operation runs). With 10,000
// programs a scan of a big table costs tens of milliseconds; see
// docs/performance.md.

#include "listfixtures.h"
#include "ranking/rankservice.h"
#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "storage/schema.h"
#include "storage/searchtextrepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace rw;

namespace {

// Tables that grow with the catalog and the user's notes and ratings.
const QStringList kBigTables {
    QStringLiteral("programs"),       QStringLiteral("tracks"),
    QStringLiteral("sites"),          QStringLiteral("features"),
    QStringLiteral("notes"),          QStringLiteral("site_tracks"),
    QStringLiteral("site_languages"), QStringLiteral("site_services"),
    QStringLiteral("ratings"),        QStringLiteral("rank_entries"),
    QStringLiteral("institutions"),   QStringLiteral("program_facts"),
    QStringLiteral("track_facts"),
};

// The plan of one statement, one line per step ("SCAN n", "SEARCH t USING
// INDEX tracks_program (program_id=?)", "USE TEMP B-TREE FOR ORDER BY"); a
// statement that cannot be explained gives one line saying so, which no
// check accepts.
QStringList planOf(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        // The plan is made without the values; NULL stands in for each.
        for (qsizetype i = 0; i < sql.count(u'?'); ++i)
            query.addBindValue(QVariant());
        if (query.exec()) {
            QStringList steps;
            while (query.next())
                steps.append(query.value(3).toString());
            if (!steps.isEmpty())
                return steps;
        }
    }
    return {QStringLiteral("SCAN ? (cannot explain: %1)").arg(query.lastError().text())};
}

// The table a SCAN step reads (its alias resolved through the statement's
// FROM and JOIN clauses), or empty for other steps.
QString scannedTable(const QString &step, const QString &sql)
{
    static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)"));
    if (step.startsWith(QStringLiteral("SCAN ? ")))
        return step;
    const auto m = scan.match(step);
    if (!m.hasMatch())
        return {};
    const QString name = m.captured(1);
    if (kBigTables.contains(name))
        return name;
    const QRegularExpression alias(
        QStringLiteral("\\b(\\w+)\\s+(?:AS\\s+)?%1\\b").arg(QRegularExpression::escape(name)));
    for (auto it = alias.globalMatch(sql); it.hasNext();) {
        const QString table = it.next().captured(1);
        if (kBigTables.contains(table))
            return table;
    }
    return {};
}

struct Logged
{
    explicit Logged(Database &db)
        : m_db(db)
    {
        m_db.setStatementLog(&statements);
    }
    ~Logged() { m_db.setStatementLog(nullptr); }
    QStringList statements;

private:
    Database &m_db;
};

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void schemaHasTheIndexes()
    {
        test::TempDatabase temp;
        for (const char *index : {"programs_live", "sites_live", "tracks_program", "notes_program",
                                  "notes_track", "notes_site"}) {
            QCOMPARE(test::scalar(temp.db(),
                                  QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE "
                                                 "type = 'index' AND name = '%1'")
                                      .arg(QString::fromLatin1(index)))
                         .toInt(),
                     1);
        }
    }

    // What the checks below rely on: a scan of a big table is seen, under
    // its alias too, and an index search is not taken for one.
    void scansAreRecognised()
    {
        test::TempDatabase temp;
        const QString scanning =
            QStringLiteral("SELECT n.id FROM notes n LEFT JOIN tracks t ON t.id = n.track_id "
                           "WHERE n.program_id = 1 OR t.program_id = 1");
        bool seen = false;
        for (const QString &step : planOf(temp.db(), scanning))
            seen = seen || scannedTable(step, scanning) == u"notes";
        QVERIFY(seen);
        const QString searching = QStringLiteral("SELECT id FROM notes WHERE program_id = 1");
        for (const QString &step : planOf(temp.db(), searching))
            QVERIFY2(scannedTable(step, searching).isEmpty(), qPrintable(step));
    }

    // Looking at one program (selecting it, after an edit or a note) reads
    // that program's rows only: every step is an index SEARCH.
    void oneProgramIsLookedUpNeverScanned()
    {
        test::TempDatabase temp;
        const QString key = QStringLiteral("mgh-im");
        Logged log(temp.db());
        ProgramRepository programs(temp.db());
        auto whole = programs.program(key);
        QVERIFY(whole.ok());
        QVERIFY(programs.summary(key).ok());
        QVERIFY(NoteRepository(temp.db()).notesForProgram(key).ok());
        QVERIFY(SearchTextRepository(temp.db()).entry(*whole).ok());
        QVERIFY(log.statements.size() >= 8);
        for (const QString &sql : std::as_const(log.statements)) {
            for (const QString &step : planOf(temp.db(), sql)) {
                QVERIFY2(scannedTable(step, sql).isEmpty(),
                         qPrintable(step + QStringLiteral("\n  in: ") + sql));
            }
        }
    }

    // The browse list reads every program in the order of an index: no
    // table scan and no sort, and the first screenful stops early.
    void browseListWalksAnIndexWithoutSorting()
    {
        test::TempDatabase temp;
        for (int limit : {0, 200}) {
            Logged log(temp.db());
            QVERIFY(ProgramRepository(temp.db()).listSummaries(limit).ok());
            QVERIFY(ProgramRepository(temp.db()).countPrograms().ok());
            QVERIFY(log.statements.size() >= 3);
            for (const QString &sql : std::as_const(log.statements)) {
                for (const QString &step : planOf(temp.db(), sql)) {
                    const QString context = step + QStringLiteral("\n  in: ") + sql;
                    QVERIFY2(!step.contains(QStringLiteral("TEMP B-TREE")), qPrintable(context));
                    if (!scannedTable(step, sql).isEmpty())
                        QVERIFY2(step.contains(QStringLiteral(" USING ")), qPrintable(context));
                }
            }
            const auto listing = std::find_if(
                log.statements.cbegin(), log.statements.cend(),
                [](const QString &sql) { return sql.contains(QStringLiteral("FROM programs p")); });
            QVERIFY(listing != log.statements.cend());
            const QStringList plan = planOf(temp.db(), *listing);
            QVERIFY2(
                plan.constFirst().startsWith(QStringLiteral("SCAN p USING INDEX programs_live")),
                qPrintable(plan.join(u'\n')));
        }
    }

    // The rank list page: a 300-rank list with its ratings.
    void rankListReadsByKey()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 20);
        Logged log(temp.db());
        RankService service(temp.db());
        QVERIFY(service.analyse(fixture.list.id).ok());
        QVERIFY(!log.statements.isEmpty());
        for (const QString &sql : std::as_const(log.statements)) {
            for (const QString &step : planOf(temp.db(), sql)) {
                QVERIFY2(scannedTable(step, sql).isEmpty()
                             || step.contains(QStringLiteral(" USING ")),
                         qPrintable(step + QStringLiteral("\n  in: ") + sql));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"

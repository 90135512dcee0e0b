// The checks the application makes once its window is up (StartupChecks):
// the day's backup, and damage found by reading every page, which offers
// the recovery dialog with the window open (MainWindow::recoverDamagedDatabase()).

#include "dialogs/recoverydialog.h"
#include "mainwindow.h"
#include "safetysupport.h"
#include "startup/databaseopener.h"
#include "startup/startupchecks.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rw;

namespace {

// Answers the dialogs as a person would: OK to message boxes, and the
// recovery dialog with `key` (Return: restore the newest good backup).
class Answers : public QObject
{
public:
    explicit Answers(Qt::Key key)
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this, key] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                messages.append(box->text());
                box->accept();
            } else if (auto *dialog = qobject_cast<RecoveryDialog *>(modal)) {
                ++recoveryDialogs;
                QTest::keyClick(dialog, key);
            }
        });
        m_timer.start();
    }
    QStringList messages;
    int recoveryDialogs = 0;

private:
    QTimer m_timer;
};

// Garbage over some of the curriculum's pages: the file still opens (its
// header and schema are fine) but reading every page finds the damage.
void damageTheMiddle(const QString &path)
{
    QList<int> pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("p"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'features' AND pagetype = "
                              "'leaf' ORDER BY pageno"));
        while (q.next())
            pages.append(q.value(0).toInt());
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("p"));
    }
    if (pages.size() < 2)
        qFatal("no curriculum pages to damage");
    for (qsizetype i = 0; i < pages.size(); i += 2)
        test::overwritePages(path, pages.at(i), 1, char(0xA5));
}

std::unique_ptr<Database> openDeferred(const QString &path)
{
    DatabaseOpener opener(path);
    opener.setDeferChecks(true);
    return opener.open();
}

int notesWithBody(Database &db, const QString &body)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM notes WHERE body = ?"));
    query.addBindValue(body);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestStartupChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void dayBackupIsMadeOnceTheWindowIsUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        auto db = openDeferred(path);
        QVERIFY(db);
        QVERIFY(BackupStore(path).list().isEmpty()); // not before the window
        MainWindow window(std::move(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *checks = new StartupChecks(&window);
        QSignalSpy finished(checks, &StartupChecks::finished);
        Answers answers(Qt::Key_Escape);
        checks->start(10);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(BackupStore(path).list().size(), 1);
        QCOMPARE(BackupStore(path).list().constFirst().reason, QStringLiteral("daily"));
        QVERIFY2(answers.messages.isEmpty(), qPrintable(answers.messages.join(u'\n')));
        QCOMPARE(answers.recoveryDialogs, 0);
    }

    void damageFoundLaterOffersTheBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path, QStringLiteral("Saved before the damage"));
        QVERIFY(BackupStore(path).create(BackupStore::Reason::Daily, 10).ok());
        damageTheMiddle(path);
        auto db = openDeferred(path);
        QVERIFY(db); // the cheap look at opening sees nothing wrong
        MainWindow window(std::move(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *checks = new StartupChecks(&window);
        QSignalSpy finished(checks, &StartupChecks::finished);
        Answers answers(Qt::Key_Return);
        checks->start(10);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(answers.recoveryDialogs, 1);
        QVERIFY(window.isVisible());
        QVERIFY(window.database());
        QCOMPARE(notesWithBody(*window.database(), QStringLiteral("Saved before the damage")), 1);
        QCOMPARE(QDir(dir.path())
                     .entryList({QStringLiteral("rankwise.damaged-*.sqlite")}, QDir::Files)
                     .size(),
                 1);
    }

    void quittingFromTheRecoveryClosesTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        damageTheMiddle(path);
        auto db = openDeferred(path);
        QVERIFY(db);
        MainWindow window(std::move(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *checks = new StartupChecks(&window);
        QSignalSpy finished(checks, &StartupChecks::finished);
        Answers answers(Qt::Key_Escape);
        checks->start(10);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(answers.recoveryDialogs, 1);
        QVERIFY(!window.isVisible());
        QVERIFY(!window.database());
        QVERIFY(QDir(dir.path())
                    .entryList({QStringLiteral("rankwise.damaged-*.sqlite")}, QDir::Files)
                    .isEmpty());
    }
};

QTEST_MAIN(TestStartupChecks)
#include "tst_startupchecks.moc"

#include "dialogs/recoverydialog.h"
#include "safetysupport.h"
#include "startup/databaseopener.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rw;

namespace {

// Answers every message box that DatabaseOpener shows, remembering what it
// said, as a person pressing OK would.
class MessageBoxes : public QObject
{
public:
    MessageBoxes()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            seen.append({box->icon(), box->text()});
            allPlainText = allPlainText && box->textFormat() == Qt::PlainText;
            box->accept();
        });
        m_timer.start();
    }
    QList<QPair<QMessageBox::Icon, QString>> seen;
    bool allPlainText = true; // paths are data, never markup
    QString texts() const
    {
        QStringList all;
        for (const auto &box : seen)
            all.append(box.second);
        return all.join(u'\n');
    }

private:
    QTimer m_timer;
};

void damage(const QString &path)
{
    const int pages = test::pageCount(path);
    test::overwritePages(path, pages * 2 / 3, pages / 6, char(0xA5));
}

int notesWithBody(Database &db, const QString &body)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM notes WHERE body = ?"));
    query.addBindValue(body);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

QStringList damagedFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("rankwise.damaged-*.sqlite")}, QDir::Files);
}

} // namespace

class TestDatabaseOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void healthyDatabaseGetsItsDailyBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        MessageBoxes boxes;
        auto db = DatabaseOpener(path).open();
        QVERIFY(db);
        QVERIFY(!db->isReadOnly());
        QVERIFY2(boxes.seen.isEmpty(), qPrintable(boxes.texts()));
        QCOMPARE(BackupStore(path).list().size(), 1);
        QCOMPARE(BackupStore(path).list().constFirst().reason, QStringLiteral("daily"));
        db.reset();
        QVERIFY(DatabaseOpener(path).open());
        QCOMPARE(BackupStore(path).list().size(), 1);
    }

    void newDatabaseIsCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/rankwise.sqlite"));
        MessageBoxes boxes;
        auto db = DatabaseOpener(path).open();
        QVERIFY(db);
        QVERIFY(boxes.seen.isEmpty());
        QVERIFY(test::scalar(*db, QStringLiteral("SELECT count(*) FROM programs")).toInt() > 0);
    }

    void damagedDatabaseRestoresTheChosenBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path, QStringLiteral("Saved before the damage"));
        QVERIFY(BackupStore(path).create(BackupStore::Reason::Daily, 10).ok());
        damage(path);
        const QByteArray damaged = test::readFile(path);

        MessageBoxes boxes;
        DatabaseOpener opener(path);
        int dialogs = 0;
        opener.setDialogHandler([&](RecoveryDialog &dialog) {
            ++dialogs;
            dialog.show();
            QTest::keyClick(&dialog, Qt::Key_Return); // the newest good backup
            return dialog.result();
        });
        auto db = opener.open();
        QVERIFY(db);
        QCOMPARE(dialogs, 1);
        QCOMPARE(notesWithBody(*db, QStringLiteral("Saved before the damage")), 1);
        QVERIFY(boxes.texts().contains(QStringLiteral("was kept as")));
        QVERIFY(boxes.allPlainText);
        const QStringList kept = damagedFiles(dir.path());
        QCOMPARE(kept.size(), 1);
        QCOMPARE(test::readFile(dir.filePath(kept.constFirst())), damaged);
    }

    void damagedDatabaseCanStartEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path, QStringLiteral("Only in the damaged file"));
        damage(path);
        MessageBoxes boxes;
        DatabaseOpener opener(path);
        opener.setDialogHandler([&](RecoveryDialog &dialog) {
            dialog.show();
            dialog.startEmptyButton()->click();
            return dialog.result();
        });
        auto db = opener.open();
        QVERIFY(db);
        QCOMPARE(notesWithBody(*db, QStringLiteral("Only in the damaged file")), 0);
        QVERIFY(test::scalar(*db, QStringLiteral("SELECT count(*) FROM programs")).toInt() > 0);
        QCOMPARE(damagedFiles(dir.path()).size(), 1);
    }

    void quittingLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        damage(path);
        const QByteArray before = test::readFile(path);
        MessageBoxes boxes;
        DatabaseOpener opener(path);
        opener.setDialogHandler([&](RecoveryDialog &dialog) {
            dialog.show();
            QTest::keyClick(&dialog, Qt::Key_Escape);
            return dialog.result();
        });
        QVERIFY(!opener.open());
        QCOMPARE(test::readFile(path), before);
        QVERIFY(damagedFiles(dir.path()).isEmpty());
    }

    void newerVersionIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("n"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 42")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE meta SET value = '9.0.0' WHERE key = 'written_by'")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("n"));
        }
        const QByteArray before = test::readFile(path);
        MessageBoxes boxes;
        DatabaseOpener opener(path);
        opener.setDialogHandler([](RecoveryDialog &) {
            qFatal("no recovery for a newer file");
            return 0;
        });
        QVERIFY(!opener.open());
        QCOMPARE(boxes.seen.size(), 1);
        QCOMPARE(boxes.seen.constFirst().first, QMessageBox::Critical);
        QVERIFY2(boxes.texts().contains(QStringLiteral("Rankwise 9.0.0")),
                 qPrintable(boxes.texts()));
        QCOMPARE(test::readFile(path), before);
        QVERIFY(boxes.allPlainText);
    }

    void someOtherFileIsOnlyRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        test::writeFile(path, "my notes");
        MessageBoxes boxes;
        DatabaseOpener opener(path);
        opener.setDialogHandler([](RecoveryDialog &) {
            qFatal("no recovery for a file that was never a database");
            return 0;
        });
        QVERIFY(!opener.open());
        QVERIFY(boxes.texts().contains(QStringLiteral("not an SQLite file")));
        QCOMPARE(test::readFile(path), QByteArray("my notes"));
    }

    void readOnlyFileOpensWithANotice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        test::Unprivileged nobody({dir.path()});
        MessageBoxes boxes;
        auto db = DatabaseOpener(path).open();
        QVERIFY(db);
        QVERIFY(db->isReadOnly());
        QCOMPARE(boxes.seen.size(), 1);
        QCOMPARE(boxes.seen.constFirst().first, QMessageBox::Warning);
        QVERIFY(boxes.texts().contains(QStringLiteral("read-only because the file is read-only")));
        QVERIFY(BackupStore(path).list().isEmpty());
    }
};

QTEST_MAIN(TestDatabaseOpener)
#include "tst_databaseopener.moc"

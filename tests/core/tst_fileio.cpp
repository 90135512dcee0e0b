#include "util/fileio.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

void writePlain(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The one bounded read and the one checked save: each failure has one kind.
class TestFileIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAFileUpToTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exact.txt"));
        writePlain(path, QByteArray(64, 'x'));
        const auto bytes = FileIo::readFile(path, 64);
        QVERIFY(bytes.ok());
        QCOMPARE(*bytes, QByteArray(64, 'x'));
    }

    void refusesAFileOverTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(3 * 1024 * 1024 + 1));
        file.close();
        const auto bytes = FileIo::readFile(path, 3 * 1024 * 1024);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().kind, Error::Kind::Input);
        QCOMPARE(bytes.message(), QStringLiteral("“big.csv” is 3.0 MB; it can be at most 3 MB."));
    }

    void aMissingFileIsNotFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.rwnotes"));
        const auto bytes = FileIo::readFile(path, 100);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().kind, Error::Kind::NotFound);
        QVERIFY2(bytes.message().contains(path), qPrintable(bytes.message()));
    }

    void aFolderCannotBeRead()
    {
        QTemporaryDir dir;
        const auto bytes = FileIo::readFile(dir.path(), 100);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().kind, Error::Kind::Io);
    }

    void savesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        writePlain(path, "old");
        const Status saved = FileIo::saveFile(path, QByteArrayView("new contents"));
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(contents(path), QByteArray("new contents"));
    }

    void anUnwritablePlaceIsAnIoError()
    {
        // Under a regular file, so it fails for root too.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("plain"));
        writePlain(blocker, "x");
        const QString path = blocker + QStringLiteral("/out.pdf");
        const Status saved = FileIo::saveFile(path, QByteArrayView("bytes"));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Io);
        QVERIFY2(saved.message().contains(path), qPrintable(saved.message()));
    }

    void aFailedWriterLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        writePlain(path, "old");
        const Status saved = FileIo::saveFile(path, [](QIODevice &device) -> Status {
            device.write("half written");
            return Error::io(QStringLiteral("the painter gave up"));
        });
        QVERIFY(!saved.ok());
        QCOMPARE(saved.message(), QStringLiteral("the painter gave up"));
        QCOMPARE(contents(path), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList {QStringLiteral("report.pdf")});
    }
};

QTEST_GUILESS_MAIN(TestFileIo)
#include "tst_fileio.moc"

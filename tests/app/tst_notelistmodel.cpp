#include "models/notelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rw;

namespace {

Note note(qint64 id, const QString &body, const QString &author = {})
{
    Note n;
    n.id = id;
    n.target = {NoteTarget::Kind::Program, QStringLiteral("mgh-im")};
    n.body = body;
    n.created = n.modified = QDateTime(QDate(2025, 1, 10), QTime(18, 30));
    if (!author.isEmpty()) {
        n.peerId = id;
        n.author = author;
    }
    return n;
}

} // namespace

class TestNoteListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAndFiltersByAuthor()
    {
        NoteListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNotes({note(1, QStringLiteral("# Interview day\n- good")),
                        note(2, QStringLiteral("Alex's view"), QStringLiteral("Alex")),
                        note(3, QStringLiteral("Sam's"), QStringLiteral("Sam")),
                        note(4, QString())});
        QCOMPARE(model.rowCount(), 4);
        const QString first = model.index(0).data().toString();
        QVERIFY(first.startsWith(QStringLiteral("Interview day\nYou · ")));
        QVERIFY(model.index(1).data().toString().contains(QStringLiteral("\nAlex · ")));
        QVERIFY(model.index(3).data().toString().startsWith(QStringLiteral("(empty note)")));
        QCOMPARE(model.index(1).data(NoteListModel::IsOwnRole).toBool(), false);
        QCOMPARE(model.index(1).data(NoteListModel::IdRole).toLongLong(), 2);
        QVERIFY(!model.index(0).data(Qt::AccessibleTextRole).toString().isEmpty());

        model.setAuthorFilter(NoteListModel::ownAuthor());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(4), 1);
        QCOMPARE(model.rowOf(2), -1);
        model.setAuthorFilter(QStringLiteral("alex"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.noteAt(0)->author, QStringLiteral("Alex"));
        model.setAuthorFilter(NoteListModel::allAuthors());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.noteAt(9));
    }
};

QTEST_MAIN(TestNoteListModel)
#include "tst_notelistmodel.moc"

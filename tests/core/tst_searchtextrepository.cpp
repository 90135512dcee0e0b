#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "storage/searchtextrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace rw;

namespace {

const ProgramIndex::ProgramEntry *entryFor(const QList<ProgramIndex::ProgramEntry> &entries,
                                           const QString &key)
{
    for (const auto &entry : entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestSearchTextRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void entriesAlignWithProgramsAndHoldTheirText()
    {
        test::TempDatabase temp;
        auto programs = ProgramRepository(temp.db()).listPrograms();
        auto entries = SearchTextRepository(temp.db()).entries(*programs);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), programs->size());
        for (qsizetype i = 0; i < programs->size(); ++i) {
            QCOMPARE(entries->at(i).key, programs->at(i).key);
            QCOMPARE(entries->at(i).tracks.size(), programs->at(i).tracks.size());
        }
        const auto *mgh = entryFor(*entries, QStringLiteral("mgh-im"));
        QVERIFY(mgh);
        QCOMPARE(mgh->state, QStringLiteral("MA"));
        // Site names, curriculum text and the institution are all searchable, folded.
        QVERIFY(mgh->text.contains(QByteArrayLiteral("chelsea")));
        QVERIFY(mgh->text.contains(QByteArrayLiteral("massachusetts general hospital")));
        QVERIFY(mgh->text.contains(QByteArrayLiteral("advocacy")));
        QVERIFY(mgh->categories != 0);
        QCOMPARE(mgh->noteCount, 0);
    }

    void notesAreSearchableAndCounted()
    {
        test::TempDatabase temp;
        NoteRepository notes(temp.db());
        QVERIFY(notes
                    .add({NoteTarget::Kind::Track, QStringLiteral("mgh-im.primary-care")},
                         QStringLiteral("Loved the **Zebrafish** lab"))
                    .ok());
        QVERIFY(notes
                    .add({NoteTarget::Kind::Site, QStringLiteral("mgh-im@chelsea")},
                         QStringLiteral("Long commute"))
                    .ok());
        auto programs = ProgramRepository(temp.db()).listPrograms();
        const auto it = std::find_if(programs->cbegin(), programs->cend(),
                                     [](const Program &p) { return p.key == u"mgh-im"; });
        auto entry = SearchTextRepository(temp.db()).entry(*it);
        QVERIFY(entry.ok());
        QCOMPARE(entry->noteCount, 2);
        QVERIFY(
            entry->text.contains(QByteArrayLiteral("long commute"))); // site notes: program text
        qsizetype primaryCare = -1;
        for (qsizetype t = 0; t < it->tracks.size(); ++t) {
            if (it->tracks.at(t).key == u"mgh-im.primary-care")
                primaryCare = t;
        }
        QVERIFY(primaryCare >= 0);
        QVERIFY(entry->tracks.at(primaryCare).text.contains(QByteArrayLiteral("zebrafish")));
        QCOMPARE(entry->tracks.at(primaryCare).noteCount, 1);
        QVERIFY(!entry->text.contains(QByteArrayLiteral("zebrafish")));
    }

    void deletedSitesAreNotSearched()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        ContinuitySite site;
        site.name = QStringLiteral("Harborview Clinic");
        auto key = repository.addSite(QStringLiteral("umass-im"), site);
        QVERIFY(key.ok());
        auto programs = repository.listPrograms();
        auto umass = std::find_if(programs->cbegin(), programs->cend(),
                                  [](const Program &p) { return p.key == u"umass-im"; });
        QVERIFY(SearchTextRepository(temp.db()).entry(*umass)->text.contains(
            QByteArrayLiteral("harborview")));
        QVERIFY(repository.deleteItem(*key).ok());
        QVERIFY(!SearchTextRepository(temp.db()).entry(*umass)->text.contains(
            QByteArrayLiteral("harborview")));
    }
};

QTEST_GUILESS_MAIN(TestSearchTextRepository)
#include "tst_searchtextrepository.moc"

#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "storage/searchtextrepository.h"
#include "storage/siterepository.h"
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

// The entries hold distinct folded words, one per line.
bool hasWord(const QByteArray &text, const char *word)
{
    return text.split('\n').contains(QByteArray(word));
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
        auto programs = ProgramRepository(temp.db()).listSummaries();
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
        QVERIFY(hasWord(mgh->text, "massachusetts"));
        QVERIFY(hasWord(mgh->text, "general"));
        QVERIFY(hasWord(mgh->text, "hospital"));
        QVERIFY(mgh->text.contains(QByteArrayLiteral("advocacy")));
        QVERIFY(mgh->categories != 0);
        // The program's own fields are read by the repository, not taken
        // from the (summary) programs given.
        QVERIFY(hasWord(mgh->text, "mgh-im"));
        QVERIFY(mgh->text.contains(QByteArrayLiteral("internal")));
    }

    void notesAreSearchable()
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
        auto programs = ProgramRepository(temp.db()).listSummaries();
        const auto it = std::find_if(programs->cbegin(), programs->cend(),
                                     [](const Program &p) { return p.key == u"mgh-im"; });
        auto entry = SearchTextRepository(temp.db()).entry(*it);
        QVERIFY(entry.ok());
        // Site notes are the program's text.
        QVERIFY(hasWord(entry->text, "long"));
        QVERIFY(hasWord(entry->text, "commute"));
        qsizetype primaryCare = -1;
        for (qsizetype t = 0; t < it->tracks.size(); ++t) {
            if (it->tracks.at(t).key == u"mgh-im.primary-care")
                primaryCare = t;
        }
        QVERIFY(primaryCare >= 0);
        QVERIFY(entry->tracks.at(primaryCare).text.contains(QByteArrayLiteral("zebrafish")));
        QVERIFY(!entry->text.contains(QByteArrayLiteral("zebrafish")));
    }

    void deletedSitesAreNotSearched()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        ContinuitySite site;
        site.name = QStringLiteral("Harborview Clinic");
        auto key = SiteRepository(temp.db()).add(QStringLiteral("umass-im"), site);
        QVERIFY(key.ok());
        auto programs = repository.listSummaries();
        auto umass = std::find_if(programs->cbegin(), programs->cend(),
                                  [](const Program &p) { return p.key == u"umass-im"; });
        QVERIFY(SearchTextRepository(temp.db()).entry(*umass)->text.contains(
            QByteArrayLiteral("harborview")));
        QVERIFY(repository.deleteItem(*key).ok());
        QVERIFY(!SearchTextRepository(temp.db()).entry(*umass)->text.contains(
            QByteArrayLiteral("harborview")));
    }

    // A track holds only the words its program lacks; the index still finds
    // the track by words from both.
    void trackTextAddsToItsProgram()
    {
        test::TempDatabase temp;
        auto programs = ProgramRepository(temp.db()).listSummaries();
        auto entries = SearchTextRepository(temp.db()).entries(*programs);
        QVERIFY(entries.ok());
        const auto *mgh = entryFor(*entries, QStringLiteral("mgh-im"));
        QVERIFY(mgh);
        for (const auto &track : mgh->tracks) {
            for (const QByteArray &word : track.text.split('\n')) {
                if (!word.isEmpty())
                    QVERIFY2(!hasWord(mgh->text, word.constData()), word.constData());
            }
        }
        ProgramIndex index;
        index.setEntries(*entries);
        const auto matches = index.match(QStringLiteral("chelsea primary care"), {});
        QVERIFY(matches.program(mgh - entries->constData()));
        QCOMPARE(matches.programCount, 1);
    }

    // Past a few hundred programs the text is read table by table instead of
    // by id: both ways give the same entries.
    void manyProgramsReadInBulkGiveTheSameEntries()
    {
        test::TempDatabase temp;
        QVERIFY(temp->write([&]() -> Status {
                        QSqlQuery query(temp->connection());
                        for (int i = 0; i < 600; ++i) {
                            if (!query.exec(
                                    QStringLiteral("INSERT INTO programs(key, name, city, origin, "
                                                   "source) VALUES ('my-p%1', 'Program %1', "
                                                   "'Town%1', 'user', 'test')")
                                        .arg(i)))
                                return sqlError(query, QStringLiteral("adding programs"));
                        }
                        return {};
                    })
                    .ok());
        QVERIFY(NoteRepository(temp.db())
                    .add({NoteTarget::Kind::Site, QStringLiteral("mgh-im@chelsea")},
                         QStringLiteral("Quiet waiting room"))
                    .ok());
        auto programs = ProgramRepository(temp.db()).listSummaries();
        QVERIFY(programs->size() > 600);
        SearchTextRepository repository(temp.db());
        auto all = repository.entries(*programs);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), programs->size());
        for (qsizetype i = 0; i < programs->size(); ++i) {
            auto one = repository.entry(programs->at(i));
            QVERIFY(one.ok());
            QCOMPARE(all->at(i).key, one->key);
            QCOMPARE(all->at(i).text, one->text);
            QCOMPARE(all->at(i).categories, one->categories);
            QCOMPARE(all->at(i).tracks.size(), one->tracks.size());
            for (qsizetype t = 0; t < one->tracks.size(); ++t)
                QCOMPARE(all->at(i).tracks.at(t).text, one->tracks.at(t).text);
        }
        QVERIFY(hasWord(entryFor(*all, QStringLiteral("my-p599"))->text, "town599"));
        QVERIFY(hasWord(entryFor(*all, QStringLiteral("mgh-im"))->text, "quiet"));
    }
};

QTEST_GUILESS_MAIN(TestSearchTextRepository)
#include "tst_searchtextrepository.moc"

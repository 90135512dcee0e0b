#include "listfixtures.h"
#include "report/ranklistreport.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

RankListReportOptions fixedOptions()
{
    RankListReportOptions options;
    options.applicantName = QStringLiteral("Alex Kim");
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    options.preparedAt = QDateTime(QDate(2025, 2, 20), QTime(9, 0));
    return options;
}

} // namespace

// The rank list report: what it says, in what order, on every page.
class TestRankListReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::useIsolatedEnvironment();
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is required; tools/bootstrap installs it");
    }

    void datesAndNumbersFollowTheLocale()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("liste.pdf"));
        RankListReportOptions options = fixedOptions();
        options.locale = QLocale(QLocale::French, QLocale::France);
        auto written = RankListReport::exportPdf(temp.db(), options, path);
        QVERIFY2(written.ok(), test::why(written).constData());
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("jeudi 20 février 2025")), qPrintable(text));
        // The share of 2 in 3 + 1 + 2, with a decimal comma.
        QVERIFY2(QRegularExpression(QStringLiteral("33,3\\s*%")).match(text).hasMatch(),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("33.3")));
    }

    void longListInOrderWithHeaderOnEveryPage_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("breakdown");
        QTest::addColumn<QString>("paper");
        QTest::newRow("letter") << int(QPageSize::Letter) << false
                                << QStringLiteral("612 x 792 pts (letter)");
        QTest::newRow("a4 with breakdown")
            << int(QPageSize::A4) << true << QStringLiteral("595 x 842 pts (A4)");
    }
    void longListInOrderWithHeaderOnEveryPage()
    {
        QFETCH(int, size);
        QFETCH(bool, breakdown);
        QFETCH(QString, paper);
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 120);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.pdf"));
        RankListReportOptions options = fixedOptions();
        options.pageSize = QPageSize::PageSizeId(size);
        options.withBreakdown = breakdown;
        auto written = RankListReport::exportPdf(temp.db(), options, path);
        QVERIFY2(written.ok(), test::why(written).constData());
        QCOMPARE(written->ranks, int(fixture.tracks.size()));
        QVERIFY(written->pages >= 3);
        const QString info = test::poppler(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(paper), qPrintable(info));

        const QString text = test::pdfText(path);
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), written->pages);
        const QRegularExpression header(
            QStringLiteral("Rank\\s+Program\\s+Track\\s+NRMP code\\s+City, state\\s+Score"));
        for (qsizetype p = 0; p < pages.size(); ++p) {
            // The criteria table may take the whole last page.
            if (p + 1 < pages.size() || pages.at(p).contains(QStringLiteral("Program 120")))
                QVERIFY2(header.match(pages.at(p)).hasMatch(),
                         qPrintable(QStringLiteral("no header on page %1").arg(p + 1)));
            QVERIFY(
                pages.at(p).contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
            QVERIFY(pages.at(p).contains(QStringLiteral("Alex Kim · Main")));
        }
        // The title block on the first page only.
        QVERIFY(pages.constFirst().contains(QStringLiteral("Rank Order List")));
        QVERIFY(pages.constFirst().contains(QStringLiteral("Applicant")));
        QVERIFY(pages.constFirst().contains(QStringLiteral("Main (primary list)")));
        QVERIFY(pages.constFirst().contains(QStringLiteral("Thursday, February 20, 2025")));
        // Every entry once, in order, with its code and place.
        qsizetype last = -1;
        for (int i = 1; i <= 120; ++i) {
            const QRegularExpression row(
                QStringLiteral("\\b%1\\s+Program %2\\s+Categorical\\s+%3\\s+Boston, MA")
                    .arg(int(fixture.tracks.size()) - 120 + i)
                    .arg(i, 3, 10, QLatin1Char('0'))
                    .arg(QString::number(1000 + i) + QStringLiteral("140C0")));
            const auto match = row.match(text, last + 1);
            QVERIFY2(match.hasMatch(),
                     qPrintable(QStringLiteral("row %1 missing or out of order").arg(i)));
            last = match.capturedStart();
        }
        // The criteria and their weights as shares of the total (3 + 1 + 2).
        QVERIFY(text.contains(QStringLiteral("Criteria and weights")));
        QVERIFY(
            QRegularExpression(QStringLiteral("Teaching\\s+Your rating \\(1–5\\)\\s+higher\\s+50%"))
                .match(text)
                .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("Ambulatory share\\s+Fact: Ambulatory share\\s+"
                                                  "higher\\s+33.3%"))
                    .match(text)
                    .hasMatch());
        QVERIFY(text.contains(QStringLiteral("16.7%")));
        // The breakdown only when asked for; its points add up to the score.
        QCOMPARE(text.contains(QStringLiteral("Teaching 1/5 (+0.0)")), breakdown);
        QCOMPARE(text.contains(QStringLiteral("missing: Location")), breakdown);
    }

    void breakdownPointsAddUp()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.pdf"));
        RankListReportOptions options = fixedOptions();
        options.withBreakdown = true;
        QVERIFY(RankListReport::exportPdf(temp.db(), options, path).ok());
        const QString text = test::pdfText(path, false);
        // Program 002 (the 8th entry) has Teaching 2/5 and Location 5/5 and no
        // ambulatory share: (3 · 0.25 + 1 · 1) / 4 = 43.75.
        QVERIFY2(text.contains(QStringLiteral("Teaching 2/5 (+18.8) · Location 5/5 (+25.0) · "
                                              "missing: Ambulatory share")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("43.8")));
    }

    void ownNotesOnlyAndHostileTextStaysText()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 0);
        test::ExportFixture::addNotes(temp.db(), fixture.tracks.constFirst().key);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.pdf"));
        RankListReportOptions options = fixedOptions();
        options.withNotes = true;
        options.applicantName = QStringLiteral("<i>Alex</i>\u202E");
        QVERIFY(RankListReport::exportPdf(temp.db(), options, path).ok());
        const QString text = test::pdfText(path, false);
        QVERIFY2(text.contains(QStringLiteral("Your note: Interview day <b>not bold</b> "
                                              "<img src=\"x.png\"> great teaching abc⟦U+202E⟧def")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<i>Alex</i>⟦U+202E⟧")));
        QVERIFY(!text.contains(QStringLiteral("PEER SECRET")));

        // Without the option, no notes at all.
        options.withNotes = false;
        QVERIFY(RankListReport::exportPdf(temp.db(), options, path).ok());
        QVERIFY(!test::pdfText(path, false).contains(QStringLiteral("Your note")));
    }

    void withdrawnAndUnscoredEntriesAreSaidSo()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 2);
        QVERIFY(ProgramRepository(temp.db()).deleteItem(QStringLiteral("my-program-001")).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.pdf"));
        QVERIFY(RankListReport::exportPdf(temp.db(), fixedOptions(), path).ok());
        const QString text = test::pdfText(path, false);
        QVERIFY2(text.contains(QStringLiteral("No longer offered (withdrawn from the catalog or "
                                              "deleted): not scored.")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Check: ")));
    }

    void emptyListAndNoCriteria()
    {
        test::TempDatabase temp;
        QVERIFY(RankListRepository(temp.db()).create(QStringLiteral("Empty"),
                                                     RankListKind::Supplemental));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.pdf"));
        RankListReportOptions options = fixedOptions();
        options.applicantName.clear();
        auto written = RankListReport::exportPdf(temp.db(), options, path);
        QVERIFY(written.ok());
        QCOMPARE(written->pages, 1);
        const QString text = test::pdfText(path, false);
        QVERIFY(text.contains(QStringLiteral("Empty (supplemental list)")));
        QVERIFY(text.contains(QStringLiteral("This list has no entries yet.")));
        QVERIFY(text.contains(QStringLiteral("No criteria yet")));
        QVERIFY(!text.contains(QStringLiteral("Applicant")));
    }

    void unknownListIsNotFound()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 0);
        QTemporaryDir dir;
        RankListReportOptions options = fixedOptions();
        options.listName = QStringLiteral("Nope");
        const QString path = dir.filePath(QStringLiteral("x.pdf"));
        auto written = RankListReport::exportPdf(temp.db(), options, path);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestRankListReport)
#include "tst_ranklistreport.moc"

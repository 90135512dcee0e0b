#include "report/pdfreport.h"
#include "testsupport.h"
#include "util/inerttext.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class TestPdfReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is required; tools/bootstrap installs it");
    }

    void longTableRepeatsHeaderOnEveryPage_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("letter") << int(QPageSize::Letter);
        QTest::newRow("a4") << int(QPageSize::A4);
    }
    void longTableRepeatsHeaderOnEveryPage()
    {
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        PdfReport report(QPageSize::PageSizeId(size), QStringLiteral("Test"));
        report.addTitle(QStringLiteral("Rank order list"));
        report.addSubtitle(QStringLiteral("Primary list"));
        report.addTableHeader({{QStringLiteral("Rank"), 0.6, Qt::AlignRight},
                               {QStringLiteral("Program"), 4},
                               {QStringLiteral("Score"), 1, Qt::AlignRight}});
        for (int i = 1; i <= 120; ++i)
            report.addTableRow({QString::number(i), QStringLiteral("Program number %1").arg(i),
                                QString::number(100 - i % 50)},
                               i % 10 == 0
                                   ? QStringList {QStringLiteral("Detail line for %1").arg(i)}
                                   : QStringList());
        report.setFooter(QStringLiteral("Footer text"));
        QVERIFY(report.write(path).ok());
        QVERIFY(report.pageCount() >= 3);

        const QString text = test::pdfText(path);
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), report.pageCount());
        for (qsizetype p = 0; p < pages.size(); ++p) {
            QVERIFY2(QRegularExpression(QStringLiteral("Rank\\s+Program\\s+Score"))
                         .match(pages.at(p))
                         .hasMatch(),
                     qPrintable(QStringLiteral("header missing on page %1").arg(p + 1)));
            QVERIFY(
                pages.at(p).contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
            QVERIFY(pages.at(p).contains(QStringLiteral("Footer text")));
        }
        // Every row once, in order.
        qsizetype last = -1;
        for (int i = 1; i <= 120; ++i) {
            const qsizetype at =
                text.indexOf(QStringLiteral("Program number %1\n")
                                 .arg(i)
                                 .left(QStringLiteral("Program number %1").arg(i).size()),
                             last + 1);
            QVERIFY2(at > last, qPrintable(QStringLiteral("row %1 out of order").arg(i)));
            last = at;
        }
        QVERIFY(text.contains(QStringLiteral("Detail line for 120")));
        // Fonts are embedded.
        const QString fonts = test::poppler(QStringLiteral("pdffonts"), {path});
        QVERIFY2(fonts.contains(QStringLiteral(" yes ")), qPrintable(fonts));
    }

    void userTextStaysText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.pdf"));
        PdfReport report(QPageSize::Letter, QStringLiteral("Test"));
        report.addParagraph(InertText::visible(
            QStringLiteral("<b>not bold</b> <img src=\"file:///etc/passwd\"> abc\u202Edef")));
        QVERIFY(report.write(path).ok());
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("<b>not bold</b> <img src=\"file:///etc/passwd\">")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("abc⟦U+202E⟧def")));
    }

    void unwritablePathIsAnError()
    {
        PdfReport report(QPageSize::Letter, QStringLiteral("Test"));
        report.addTitle(QStringLiteral("x"));
        auto status = report.write(QStringLiteral("/proc/no/such/dir/report.pdf"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Io);
        QVERIFY(status.message().contains(QStringLiteral("report.pdf")));
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"

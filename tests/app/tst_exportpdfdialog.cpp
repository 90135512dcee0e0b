#include "dialogs/exportpdfdialog.h"
#include "guihelpers.h"
#include "listfixtures.h"
#include "report/reportsettings.h"
#include "settings/appsettings.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

void show(QDialog &dialog)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        qFatal("dialog not exposed");
}

} // namespace

// The rank list on paper from the window: save, print and preview the same report.
class TestExportPdfDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void savesWithTheChosenOptionsAndRemembersThem()
    {
        QSettings().remove(QStringLiteral("report"));
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 30);
        test::ExportFixture::addNotes(temp.db(), fixture.tracks.constFirst().key);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("main.pdf"));

        ExportPdfDialog dialog(temp.db(), QStringLiteral("Main"), ExportPdfDialog::Purpose::Save);
        show(dialog);
        QVERIFY(dialog.saveButton()->isDefault());
        QCOMPARE(dialog.listBox()->currentText(), QStringLiteral("Main (primary)"));
        dialog.applicantEdit()->clear();
        QTest::keyClicks(dialog.applicantEdit(), QStringLiteral("Alex Kim"));
        dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(int(QPageSize::A4)));
        dialog.breakdownBox()->setChecked(true);
        dialog.notesBox()->setChecked(true);
        dialog.setOutputPath(path);
        QSignalSpy saved(&dialog, &ExportPdfDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(1).toInt(), int(fixture.tracks.size()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString text = test::pdfText(path, false);
        QVERIFY(text.contains(QStringLiteral("Alex Kim")));
        QVERIFY(text.contains(QStringLiteral("Your note: Interview day")));
        QVERIFY(text.contains(QStringLiteral("Teaching 1/5 (+0.0)")));
        QVERIFY(!text.contains(QStringLiteral("PEER SECRET")));

        QCOMPARE(Settings::reportApplicantName(), QStringLiteral("Alex Kim"));
        QCOMPARE(Settings::reportPageSize(), QPageSize::A4);
        ExportPdfDialog again(temp.db(), {}, ExportPdfDialog::Purpose::Print);
        QVERIFY(again.printButton()->isDefault());
        QCOMPARE(again.applicantEdit()->text(), QStringLiteral("Alex Kim"));
        QCOMPARE(again.pageSizeBox()->currentData().toInt(), int(QPageSize::A4));
        QVERIFY(again.breakdownBox()->isChecked());
        QVERIFY(again.notesBox()->isChecked());
    }

    void printsTheSameReportOnAPrinter()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 60);
        QTemporaryDir dir;
        ExportPdfDialog dialog(temp.db(), QStringLiteral("Main"), ExportPdfDialog::Purpose::Print);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        printer.setPageSize(QPageSize(QPageSize::Letter));
        printer.setFullPage(true);
        QSignalSpy printed(&dialog, &ExportPdfDialog::printed);
        QVERIFY(dialog.printTo(&printer).ok());
        QCOMPARE(printed.size(), 1);
        const int pages = printed.at(0).at(0).toInt();
        QVERIFY(pages >= 2);
        const QStringList text = test::pdfText(dir.filePath(QStringLiteral("printed.pdf")), false)
                                     .split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(text.size(), pages);
        QVERIFY(text.constFirst().contains(QStringLiteral("Rank Order List")));
        QVERIFY(text.at(1).contains(QStringLiteral("NRMP code")));
        QVERIFY(text.at(1).contains(QStringLiteral("Page 2 of %1").arg(pages)));
    }

    void previewShowsThePages()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 60);
        ExportPdfDialog dialog(temp.db(), QStringLiteral("Main"),
                               ExportPdfDialog::Purpose::Preview);
        show(dialog);
        QVERIFY(dialog.previewButton()->isDefault());
        int pages = 0;
        test::onNextModal([&](QWidget *modal) {
            auto *preview = modal->findChild<QPrintPreviewWidget *>();
            QVERIFY(preview);
            QTRY_VERIFY(preview->pageCount() > 0);
            pages = preview->pageCount();
            modal->close();
        });
        QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
        QVERIFY(pages >= 2);
        QVERIFY(dialog.problemLabel()->isHidden());
    }

    void refusalsShowInTheDialog()
    {
        test::TempDatabase temp;
        ExportPdfDialog none(temp.db(), {}, ExportPdfDialog::Purpose::Save);
        show(none);
        QVERIFY(!none.saveButton()->isEnabled());
        QVERIFY(!none.printButton()->isEnabled());
        QVERIFY(none.problemLabel()->isVisible());
        QVERIFY(none.problemLabel()->text().contains(QStringLiteral("no rank list yet")));

        test::ExportFixture fixture(temp.db(), 0);
        ExportPdfDialog dialog(temp.db(), {}, ExportPdfDialog::Purpose::Save);
        show(dialog);
        dialog.setOutputPath(QStringLiteral("/proc/no/such/dir/x.pdf"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problemLabel()->isVisible());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("x.pdf")));
    }
};

QTEST_MAIN(TestExportPdfDialog)
#include "tst_exportpdfdialog.moc"

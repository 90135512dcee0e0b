#include "dialogs/preferencesdialog.h"
#include "report/reportsettings.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace rw;

// Edit › Preferences: the applicant's name and the paper for reports.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void savesOnOkOnly()
    {
        QSettings().remove(QStringLiteral("report"));
        QSettings().setValue(QStringLiteral("sharing/authorName"), QStringLiteral("Sam"));
        // Until a name is saved, the name notes are shared under.
        QCOMPARE(ReportSettings::applicantName(), QStringLiteral("Sam"));
        {
            PreferencesDialog dialog;
            QCOMPARE(dialog.applicantEdit()->text(), QStringLiteral("Sam"));
            dialog.applicantEdit()->setText(QStringLiteral("Someone else"));
            dialog.reject();
        }
        QCOMPARE(ReportSettings::applicantName(), QStringLiteral("Sam"));
        {
            PreferencesDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.applicantEdit()->clear();
            QTest::keyClicks(dialog.applicantEdit(), QStringLiteral("  Alex Kim "));
            const QPageSize::PageSizeId other =
                ReportSettings::pageSize() == QPageSize::A4 ? QPageSize::Letter : QPageSize::A4;
            dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(int(other)));
            QTest::keyClick(dialog.applicantEdit(), Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(ReportSettings::pageSize(), other);
        }
        QCOMPARE(ReportSettings::applicantName(), QStringLiteral("Alex Kim"));
        QCOMPARE(ReportSettings::pageSizeFromId(QStringLiteral("A4")),
                 std::optional<QPageSize::PageSizeId>(QPageSize::A4));
        QVERIFY(!ReportSettings::pageSizeFromId(QStringLiteral("legal")));
        QCOMPARE(ReportSettings::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QPageSize::Letter);
        QCOMPARE(ReportSettings::defaultPageSize(QLocale(QLocale::French, QLocale::France)),
                 QPageSize::A4);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"

#include "dialogs/preferencesdialog.h"
#include "report/reportsettings.h"
#include "settings/appsettings.h"
#include "testsupport.h"
#include "util/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
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
        Settings::sharingAuthor.set(QStringLiteral("Sam"));
        // Until a name is saved, the name notes are shared under.
        QCOMPARE(Settings::reportApplicantName(), QStringLiteral("Sam"));
        {
            PreferencesDialog dialog;
            QCOMPARE(dialog.applicantEdit()->text(), QStringLiteral("Sam"));
            dialog.applicantEdit()->setText(QStringLiteral("Someone else"));
            dialog.reject();
        }
        QCOMPARE(Settings::reportApplicantName(), QStringLiteral("Sam"));
        {
            PreferencesDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.applicantEdit()->clear();
            QTest::keyClicks(dialog.applicantEdit(), QStringLiteral("  Alex Kim "));
            const QPageSize::PageSizeId other =
                Settings::reportPageSize() == QPageSize::A4 ? QPageSize::Letter : QPageSize::A4;
            dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(int(other)));
            QTest::keyClick(dialog.applicantEdit(), Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(Settings::reportPageSize(), other);
        }
        QCOMPARE(Settings::reportApplicantName(), QStringLiteral("Alex Kim"));
        QCOMPARE(ReportSettings::pageSizeFromId(QStringLiteral("A4")),
                 std::optional<QPageSize::PageSizeId>(QPageSize::A4));
        QVERIFY(!ReportSettings::pageSizeFromId(QStringLiteral("legal")));
        QCOMPARE(ReportSettings::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QPageSize::Letter);
        QCOMPARE(ReportSettings::defaultPageSize(QLocale(QLocale::French, QLocale::France)),
                 QPageSize::A4);
    }

    void languageChoiceIsSavedForTheNextStart()
    {
        Settings::setLanguagePreference(QString());
        QCOMPARE(Settings::languagePreference(), QString());
        {
            PreferencesDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QComboBox *box = dialog.languageBox();
            // System default first, then each shipped language in its own name.
            QCOMPARE(box->count(), 1 + Translations::available().size());
            QCOMPARE(box->currentData().toString(), QString());
            QCOMPARE(box->itemText(box->findData(QStringLiteral("es"))), QStringLiteral("Español"));
            QCOMPARE(box->itemText(box->findData(QStringLiteral("fr"))),
                     QStringLiteral("Français"));
            box->setFocus();
            // Keyboard only: move to Français, then accept.
            box->setCurrentIndex(box->findData(QStringLiteral("fr")));
            const auto labels = dialog.findChildren<QLabel *>();
            const bool restartNoteShown =
                std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
                    return l->isVisible() && l->text().contains(QStringLiteral("next time"));
                });
            QVERIFY(restartNoteShown);
            QTest::keyClick(box, Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(Settings::languagePreference(), QStringLiteral("fr"));
        QCOMPARE(Translations::resolve(Settings::languagePreference()), QStringLiteral("fr"));
        {
            PreferencesDialog dialog;
            QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("fr"));
            dialog.languageBox()->setCurrentIndex(0);
            dialog.accept();
        }
        QCOMPARE(Settings::languagePreference(), QString());
        // A value written by hand that is not a shipped language is ignored.
        Settings::language.set(QStringLiteral("xx"));
        QCOMPARE(Settings::languagePreference(), QString());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"

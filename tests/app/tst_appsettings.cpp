#include "report/reportsettings.h"
#include "settings/appsettings.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace rw;

// The typed settings: defaults, stored values of the wrong type, and the
// settings derived from others.
class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }
    void init() { QSettings().clear(); }

    void defaultsUntilSet()
    {
        const SettingValue<int> number {"test/number", 7};
        const SettingValue<bool> flag {"test/flag", true};
        QVERIFY(!number.isSet());
        QCOMPARE(number.get(), 7);
        QCOMPARE(flag.get(), true);
        number.set(3);
        flag.set(false);
        QVERIFY(number.isSet());
        QCOMPARE(number.get(), 3);
        QCOMPARE(flag.get(), false);
        QCOMPARE(QSettings().value(number.key()).toInt(), 3);
        number.remove();
        QCOMPARE(number.get(), 7);
        QCOMPARE(Settings::compareHideSame.get(), false);
        QCOMPARE(Settings::windowPage.get(), 0);
        QVERIFY(Settings::recentDatabases.get().isEmpty());
    }

    void valuesOfTheWrongTypeReadAsTheDefault()
    {
        const SettingValue<int> number {"test/number", 7};
        const SettingValue<bool> flag {"test/flag", true};
        QSettings().setValue(number.key(), QStringLiteral("lots"));
        QSettings().setValue(flag.key(), QStringLiteral("maybe"));
        QCOMPARE(number.get(), 7);
        QCOMPARE(flag.get(), true);
        // As an ini file stores them, they read back.
        QSettings().setValue(number.key(), QStringLiteral("12"));
        QSettings().setValue(flag.key(), QStringLiteral("false"));
        QCOMPARE(number.get(), 12);
        QCOMPARE(flag.get(), false);
    }

    void applicantNameFallsBackToTheSharingName()
    {
        QCOMPARE(Settings::reportApplicantName(), QString());
        Settings::sharingAuthor.set(QStringLiteral("Sam"));
        QCOMPARE(Settings::reportApplicantName(), QStringLiteral("Sam"));
        // A name saved on purpose, even an empty one, wins.
        Settings::applicantName.set(QString());
        QCOMPARE(Settings::reportApplicantName(), QString());
        Settings::applicantName.set(QStringLiteral("Alex Kim"));
        QCOMPARE(Settings::reportApplicantName(), QStringLiteral("Alex Kim"));
    }

    void pageSize()
    {
        QCOMPARE(Settings::reportPageSize(), ReportSettings::defaultPageSize());
        Settings::setReportPageSize(QPageSize::A4);
        QCOMPARE(Settings::pageSize.get(), QStringLiteral("a4"));
        QCOMPARE(Settings::reportPageSize(), QPageSize::A4);
        Settings::setReportPageSize(QPageSize::Letter);
        QCOMPARE(Settings::reportPageSize(), QPageSize::Letter);
        Settings::pageSize.set(QStringLiteral("legal"));
        QCOMPARE(Settings::reportPageSize(), ReportSettings::defaultPageSize());
    }

    void backupKeepIsAtLeastOne()
    {
        QCOMPARE(Settings::backupKeep(), BackupStore::kDefaultKeep);
        Settings::backupsKeep.set(3);
        QCOMPARE(Settings::backupKeep(), 3);
        Settings::backupsKeep.set(0);
        QCOMPARE(Settings::backupKeep(), BackupStore::kDefaultKeep);
        QSettings().setValue(Settings::backupsKeep.key(), QStringLiteral("x"));
        QCOMPARE(Settings::backupKeep(), BackupStore::kDefaultKeep);
    }

    void languageIsAShippedOneOrNone()
    {
        QCOMPARE(Settings::languagePreference(), QString());
        Settings::setLanguagePreference(QStringLiteral("fr"));
        QCOMPARE(Settings::languagePreference(), QStringLiteral("fr"));
        Settings::language.set(QStringLiteral("xx"));
        QCOMPARE(Settings::languagePreference(), QString());
        Settings::setLanguagePreference(QStringLiteral("fr"));
        Settings::setLanguagePreference(QStringLiteral("xx"));
        QVERIFY(!Settings::language.isSet());
    }

    void foldersStartAtHome()
    {
        QCOMPARE(Settings::folder(Settings::importFolder), QDir::homePath());
        Settings::rememberFolder(Settings::importFolder, QStringLiteral("/tmp/some/file.csv"));
        QCOMPARE(Settings::folder(Settings::importFolder), QStringLiteral("/tmp/some"));
        QCOMPARE(Settings::folder(Settings::reportFolder), QDir::homePath());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"

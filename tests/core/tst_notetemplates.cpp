#include "text/lightmarkdown.h"
#include "text/notetemplates.h"

#include <QSet>
#include <QTest>

using namespace rw;

class TestNoteTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interviewDayComesFirstWithItsSections()
    {
        const QList<NoteTemplate> templates = NoteTemplates::all(QDate(2025, 1, 14));
        QVERIFY(templates.size() >= 3);
        const NoteTemplate &day = templates.constFirst();
        QCOMPARE(day.id, QStringLiteral("interview-day"));
        for (const char *section :
             {"## Impressions", "## Pros", "## Cons", "## Questions", "## Residents"})
            QVERIFY2(day.body.contains(QString::fromUtf8(section)), section);
        // Dated, so several interview days stay apart.
        QVERIFY(day.body.contains(QLocale().toString(QDate(2025, 1, 14), QLocale::ShortFormat)));
    }

    void idsAreUniqueAndBodiesRender()
    {
        QSet<QString> ids;
        for (const NoteTemplate &t : NoteTemplates::all()) {
            QVERIFY(!ids.contains(t.id));
            ids.insert(t.id);
            QVERIFY(!t.name.isEmpty());
            QVERIFY(LightMarkdown::toHtml(t.body).contains(QStringLiteral("<h3>")));
            QCOMPARE(NoteTemplates::byId(t.id).name, t.name);
        }
        QVERIFY(NoteTemplates::byId(QStringLiteral("nope")).body.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNoteTemplates)
#include "tst_notetemplates.moc"

#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "testsupport.h"
#include "views/programdetailsview.h"
#include "widgets/safetextbrowser.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace rw;

class TestProgramDetailsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void escapesText()
    {
        Program program;
        program.key = QStringLiteral("my-x");
        program.name = QStringLiteral("<b>Bold</b> <img src=\"file:///etc/passwd\">");
        program.institutionName = QStringLiteral("A & B");
        program.website = QStringLiteral("javascript:alert(1)");
        Note note;
        note.target = {NoteTarget::Kind::Program, program.key};
        note.body = QStringLiteral("**loved** <script>it</script>");
        note.author = QStringLiteral("<i>Alex</i>");
        note.peerId = 1;
        const QString html = ProgramDetailsView::toHtml(program, {}, {note});
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<b>Bold")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<i>Alex")));
        QVERIFY(!html.contains(QStringLiteral("javascript:")));
        QVERIFY(html.contains(QStringLiteral("<b>loved</b>")));
        QTextBrowser browser;
        browser.setHtml(html);
        const QString text = browser.toPlainText();
        QVERIFY(text.contains(QStringLiteral("<b>Bold</b> <img src=\"file:///etc/passwd\">")));
        QVERIFY(text.contains(QStringLiteral("loved <script>it</script>")));
        QVERIFY(text.contains(QStringLiteral("<i>Alex</i>")));
    }

    void showsNotesAndOffersActions()
    {
        test::TempDatabase temp;
        NoteRepository notes(temp.db());
        QVERIFY(notes
                    .add({NoteTarget::Kind::Site, QStringLiteral("mgh-im@chelsea")},
                         QStringLiteral("# Commute\n- 20 min"))
                    .ok());
        auto program = ProgramRepository(temp.db()).program(QStringLiteral("mgh-im"));
        ProgramDetailsView view;
        view.showProgram(*program, {}, *notes.notesForProgram(QStringLiteral("mgh-im")));
        const QString text = view.browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Notes on this program: 1")));
        QVERIFY(text.contains(QStringLiteral("You on Chelsea HealthCare Center")));
        QVERIFY(text.contains(QStringLiteral("Commute")));
        QVERIFY(text.contains(QStringLiteral("From the catalog")));

        // Rankwise's own links become signals; nothing is loaded.
        QSignalSpy note(&view, &ProgramDetailsView::noteTargetRequested);
        QSignalSpy edit(&view, &ProgramDetailsView::editRequested);
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("rankwise:note/mgh-im@chelsea")));
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("rankwise:edit/my-x")));
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(note.size(), 1);
        QCOMPARE(note.constFirst().at(0).toString(), QStringLiteral("mgh-im@chelsea"));
        QCOMPARE(edit.constFirst().at(0).toString(), QStringLiteral("my-x"));
        QVERIFY(view.browser()
                    ->loadResource(QTextDocument::ImageResource,
                                   QUrl(QStringLiteral("file:///etc/passwd")))
                    .isNull());
    }

    void userProgramsGetEditLinks()
    {
        Program program;
        program.key = QStringLiteral("my-x");
        program.name = QStringLiteral("X");
        program.origin = Origin::User;
        const QString html = ProgramDetailsView::toHtml(program, {});
        QVERIFY(html.contains(QStringLiteral("rankwise:edit/my-x")));
        QVERIFY(html.contains(QStringLiteral("rankwise:delete/my-x")));
        program.origin = Origin::Catalog;
        QVERIFY(!ProgramDetailsView::toHtml(program, {}).contains(QStringLiteral("rankwise:edit")));
    }
};

QTEST_MAIN(TestProgramDetailsView)
#include "tst_programdetailsview.moc"

#pragma once

#include "model/note.h"
#include "model/program.h"
#include "model/resource.h"

#include <QWidget>

class SafeTextBrowser;

// Shows one program whole: tracks, continuity sites, curriculum grouped by
// category, partners, resources, where each fact comes from, and every note
// on it (own and classmates', rendered from light Markdown). Every piece of
// text is escaped. The program's website opens in the system browser when
// it is http(s); the other links are Rankwise's own actions (write a note on
// a track or site, edit or delete what the user added) and are reported
// through signals, never followed.
class ProgramDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProgramDetailsView(QWidget *parent = nullptr);

    void showProgram(const rw::Program &program, const QList<rw::Resource> &resources,
                     const QList<rw::Note> &notes = {});
    void clear();
    SafeTextBrowser *browser() const { return m_browser; }

    // The HTML shown for a program (exposed for tests).
    static QString toHtml(const rw::Program &program, const QList<rw::Resource> &resources,
                          const QList<rw::Note> &notes = {});

Q_SIGNALS:
    // A key of the program, one of its tracks or one of its sites.
    void noteTargetRequested(const QString &key);
    void editRequested(const QString &key);
    void deleteRequested(const QString &key);

private:
    void openLink(const QUrl &url);

    SafeTextBrowser *m_browser;
    QString m_shownKey;
};

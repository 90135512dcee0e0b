#pragma once

#include "model/program.h"
#include "model/resource.h"

#include <QWidget>

class SafeTextBrowser;

// Shows one program whole: tracks, continuity sites, curriculum grouped by
// category, partners, resources and where each fact comes from. Every piece
// of text is escaped; the only link is the program's website, opened in the
// system browser when it is http(s).
class ProgramDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProgramDetailsView(QWidget *parent = nullptr);

    void showProgram(const rw::Program &program, const QList<rw::Resource> &resources);
    void clear();

    // The HTML shown for a program (exposed for tests).
    static QString toHtml(const rw::Program &program, const QList<rw::Resource> &resources);

private:
    void openLink(const QUrl &url);

    SafeTextBrowser *m_browser;
};

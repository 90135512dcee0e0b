#pragma once

#include <QTextBrowser>

// A QTextBrowser that never loads anything: no images, no style sheets, no
// followed links. Rich text shown in Rankwise is built from escaped user and
// catalog text; this is the second fence. Clicked links are reported through
// anchorClicked() and left to the owner to judge.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
};

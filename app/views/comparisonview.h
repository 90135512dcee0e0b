#pragma once

#include "compare/comparison.h"

#include <QWidget>

class SafeTextBrowser;

// Renders a comparison as a table: one column per program or track, one
// row per fact, grouped in sections. Rows whose values differ are tinted
// and marked with "≠" (so colour is never the only sign); rows that are the
// same can be hidden. Cells are escaped text, or HTML Rankwise rendered
// from escaped text (notes).
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void show(const QList<rw::CompareItem> &items, const QList<rw::CompareSection> &sections,
              bool hideSame);
    void showMessage(const QString &message);
    SafeTextBrowser *browser() const { return m_browser; }

    struct Colors
    {
        QString differs; // background of rows that differ
        QString section; // background of section headings
        QString muted; // text of empty cells and hints
    };
    static QString toHtml(const QList<rw::CompareItem> &items,
                          const QList<rw::CompareSection> &sections, bool hideSame,
                          const Colors &colors);

Q_SIGNALS:
    void removeRequested(const QString &key);

private:
    Colors colors() const;

    SafeTextBrowser *m_browser;
};

#pragma once

#include <QWidget>

class BreakdownModel;
class QLabel;
class QTableView;
class RankDocument;

// The score breakdown of the entry selected in the list.
class BreakdownPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BreakdownPanel(RankDocument *document, QWidget *parent = nullptr);

    void setTrack(qint64 trackId);
    BreakdownModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }

private:
    void updateSummary();

    RankDocument *m_document;
    BreakdownModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};

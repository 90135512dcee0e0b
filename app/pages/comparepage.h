#pragma once

#include "compare/comparison.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class CompareChoicesModel;
class ComparisonView;
class QCheckBox;
class QComboBox;
class QPushButton;
class Workspace;

// The Compare tab: 2 to 4 programs or tracks in columns, row by row, with
// differences marked and equal rows optionally hidden. Items come from the
// Browse tab (Compare Selected) or the Add box here. Extra rows (the rank
// list builder's ratings) plug in through addRowProvider().
class ComparePage : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePage(Workspace *workspace, QWidget *parent = nullptr);
    ~ComparePage() override;

    // Program or track keys; at most Comparison::kMaxItems are kept.
    void setItems(const QStringList &keys);
    void addItem(const QString &key);
    void removeItem(const QString &key);
    const QStringList &items() const { return m_keys; }

    // Adds rows after the built-in ones (facts, then notes). The provider
    // must outlive the page.
    void addRowProvider(const rw::CompareRowProvider *provider);

    // Re-reads everything from the database and redraws.
    void refresh();

    ComparisonView *view() const { return m_view; }
    QCheckBox *hideSameBox() const { return m_hideSame; }
    QComboBox *addBox() const { return m_addBox; }

Q_SIGNALS:
    void itemsChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillAddBox();
    void addChosen();

    Workspace *m_workspace;
    QStringList m_keys;
    rw::NoteRowProvider m_notes;
    QList<const rw::CompareRowProvider *> m_providers;
    bool m_addBoxStale = true;
    bool m_stale = true;

    QComboBox *m_addBox;
    CompareChoicesModel *m_addModel;
    QPushButton *m_addButton;
    QPushButton *m_clearButton;
    QCheckBox *m_hideSame;
    ComparisonView *m_view;
};

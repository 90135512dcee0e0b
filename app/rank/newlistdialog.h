#pragma once

#include "model/ranklist.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// Asks for a new rank list's name and kind.
class NewListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewListDialog(QWidget *parent = nullptr);

    QString name() const;
    rw::RankListKind kind() const;
    void showProblem(const QString &message);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }

private:
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLabel *m_problem;
};

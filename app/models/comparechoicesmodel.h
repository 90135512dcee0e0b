#pragma once

#include "model/program.h"

#include <QAbstractListModel>

// What the Compare tab's Add box offers: every program, then each of its
// tracks as "Program — Track", with the key in KeyRole. Holds names and keys
// only and makes the labels when asked, so that 10,000 programs with their
// tracks cost a few megabytes rather than a standard item each.
class CompareChoicesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KeyRole = Qt::UserRole + 1 };

    explicit CompareChoicesModel(QObject *parent = nullptr);

    // Summaries will do (ProgramRepository::listSummaries()).
    void setPrograms(const QList<rw::Program> &programs);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Choice
    {
        QString name; // the program's or the track's
        QString key;
        int program = -1; // the row of a track's program
    };
    QList<Choice> m_choices;
};

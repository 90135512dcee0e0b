#pragma once

#include "exchange/csvimportplan.h"

#include <QAbstractTableModel>
#include <QHash>

// The rows of a spreadsheet being imported and what each becomes here:
// matched to a track (by NRMP code or by names), or added as a program or
// track of the user's own. Rows with a problem say so with an icon and text.
class CsvRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        ProgramColumn,
        TrackColumn,
        CodeColumn,
        RankColumn,
        OutcomeColumn,
        HereColumn,
        ColumnCount
    };

    explicit CsvRowsModel(QObject *parent = nullptr);

    void setPlan(const rw::CsvImportPlan &plan);
    // The model row of a file line, or -1.
    int rowOfLine(int line) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString outcomeText(const rw::CsvRowPlan &row);

private:
    QList<rw::CsvRowPlan> m_rows;
    QHash<int, QString> m_problemOfLine; // the first problem on each line
};

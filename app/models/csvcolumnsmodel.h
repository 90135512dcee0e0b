#pragma once

#include "exchange/csvimportplan.h"

#include <QAbstractTableModel>

// The columns of a spreadsheet being imported: header, the role Rankwise
// gave it (editable: the user can say what a column is), sample values and
// why. Changing a role emits roleChosen(); the dialog plans again.
class CsvColumnsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        HeaderColumn,
        RoleColumn,
        SamplesColumn,
        ReasonColumn,
        ColumnCount
    };
    // Qt::EditRole of the role column holds the CsvRole as an int.

    explicit CsvColumnsModel(QObject *parent = nullptr);

    void setPlan(const rw::CsvImportPlan &plan);
    const QList<rw::CsvColumn> &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void roleChosen(int column, rw::CsvRole role);

private:
    QList<rw::CsvColumn> m_columns;
    QList<qint64> m_existingCriteria; // per column: the criterion id when it exists
    QList<bool> m_problem; // per column: a problem names it on the header line
};

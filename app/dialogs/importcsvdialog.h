#pragma once

#include "exchange/csvimporter.h"

#include <QDialog>

class CsvColumnsModel;
class CsvRowsModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;
class Workspace;

// The preview of a spreadsheet import: the columns and the role each gets
// (the user may change any), the rows and what each becomes here, the list
// to fill, and every problem with its line and column. Nothing is written
// until Import, which is one step on the undo stack.
class ImportCsvDialog : public QDialog
{
    Q_OBJECT

public:
    ImportCsvDialog(Workspace *workspace, const QString &path, QWidget *parent = nullptr);

    const rw::CsvImportPlan &plan() const { return m_plan; }
    rw::CsvImportOptions options() const;

    CsvColumnsModel *columnsModel() const { return m_columnsModel; }
    CsvRowsModel *rowsModel() const { return m_rowsModel; }
    QTableView *columnsView() const { return m_columnsView; }
    QTableView *rowsView() const { return m_rowsView; }
    QCheckBox *listBox() const { return m_toList; }
    QComboBox *listNameBox() const { return m_listName; }
    QListWidget *problemList() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }

    void accept() override;

Q_SIGNALS:
    // After the import: the list it filled (empty when none).
    void imported(const QString &listName);

private:
    void replan();
    void showProblemAt(int row);

    Workspace *m_workspace;
    QString m_origin;
    bool m_readable = false;
    rw::CsvTable m_table;
    rw::CsvImportPlan m_plan;
    QHash<int, rw::CsvRole> m_roles;
    QLabel *m_fileLabel;
    CsvColumnsModel *m_columnsModel;
    CsvRowsModel *m_rowsModel;
    QTableView *m_columnsView;
    QTableView *m_rowsView;
    QCheckBox *m_toList;
    QComboBox *m_listName;
    QListWidget *m_problems;
    QLabel *m_summary;
    QPushButton *m_import;
    QTimer *m_replanTimer;
};

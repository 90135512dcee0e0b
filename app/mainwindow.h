#pragma once

#include <QMainWindow>

#include <memory>

class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTreeView;
class ProgramDetailsView;
class ProgramTreeModel;

namespace rw {
class Database;
}

// The workspace window: the program browser on the left, the selected
// program's details on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<rw::Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    rw::Database &database() const { return *m_database; }
    QTreeView *programView() const { return m_programView; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    ProgramDetailsView *detailsView() const { return m_details; }

    void reloadPrograms();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showSelectedProgram();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    std::unique_ptr<rw::Database> m_database;
    ProgramTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filterEdit;
    QTreeView *m_programView;
    ProgramDetailsView *m_details;
    QSplitter *m_splitter;
};

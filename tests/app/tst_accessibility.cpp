#include "mainwindow.h"
#include "pages/rankpage.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using namespace rw;

// What a screen reader user meets in the main window: every control that
// takes the keyboard focus has a name, and the window's own widgets (classes
// that are not Qt's) also say what they are for.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    static QString accessible(QWidget *widget, QAccessible::Text what)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        return iface ? iface->text(what).trimmed() : QString();
    }

    static bool isOurs(const QWidget *widget)
    {
        const QString name = QString::fromLatin1(widget->metaObject()->className());
        return name.startsWith(QLatin1String("rw::")) || !name.startsWith(u'Q');
    }

    static QString describe(QWidget *widget)
    {
        return QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void everyFocusableControlHasANameAndOurWidgetsADescription()
    {
        test::TempDatabase temp;
        const QString path = temp.path();
        temp.close();
        auto db = Database::open(path);
        QVERIFY(db);
        MainWindow window(std::move(db.value()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every page built, as a user who visited each would have them.
        for (int i = 0; i < window.pages()->count(); ++i) {
            window.pages()->setCurrentIndex(i);
            QCoreApplication::processEvents();
        }

        QStringList unnamed;
        QStringList undescribed;
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            // Popups (a combo box's list) are windows of their own.
            if (widget->focusPolicy() == Qt::NoFocus || widget->window() != &window)
                continue;
            // Parts of Qt's composite widgets (a combo box's line edit, a
            // scroll bar) are named by their owner.
            if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parent()))
                continue;
            if (widget->inherits("QScrollBar") || widget->inherits("QTabBar")
                || widget->inherits("QHeaderView") || widget->inherits("QSplitterHandle")
                || widget->inherits("QToolBarExtension"))
                continue;
            if (accessible(widget, QAccessible::Name).isEmpty())
                unnamed.append(describe(widget));
            if (isOurs(widget) && accessible(widget, QAccessible::Description).isEmpty())
                undescribed.append(describe(widget));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        QVERIFY2(undescribed.isEmpty(), qPrintable(undescribed.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

#pragma once

#include "panecontext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class QWidget;

// The panes the navigation bar offers, in order. A pane issue plugs in with one
// add() line in registerStandardPanes(); the main window builds a pane the first time
// it is shown, so a cold start pays for one pane only.
class PaneRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(PaneRegistry)
public:
    using Factory = std::function<QWidget *(const PaneContext &context, QWidget *parent)>;
    struct Pane {
        QString id;           // stable: settings, object names, tests
        const char *title;    // QT_TRANSLATE_NOOP("PaneRegistry", ...)
        QString iconPath;
        Factory create;
    };

    void add(Pane pane) { m_panes.append(std::move(pane)); }
    const QList<Pane> &panes() const { return m_panes; }
    int indexOf(const QString &id) const;
    static QString translatedTitle(const Pane &pane);

    // Every pane widget's constructor is (const PaneContext &, QWidget *parent).
    template<typename Widget>
    static Factory factory()
    {
        return [](const PaneContext &context, QWidget *parent) -> QWidget * {
            return new Widget(context, parent);
        };
    }

private:
    QList<Pane> m_panes;
};

// The console's panes. Pane ids used elsewhere: "sync", "audit".
void registerStandardPanes(PaneRegistry &registry);

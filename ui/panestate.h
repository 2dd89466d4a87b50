#pragma once

#include <QStringList>
#include <QVariantMap>

// What a pane carries over when the main window rebuilds it. Panes build their text once,
// in their constructors, so a language switch replaces every pane with a new one; a pane
// that implements this (beside QWidget) hands its tabs, filters, selection and unsaved
// edits to its successor, and names the work a rebuild would stop so the user is asked
// first. MainWindow finds it with dynamic_cast; a pane without it just starts afresh.
class PaneState
{
public:
    virtual ~PaneState() = default;

    // Everything the new pane needs to look and hold the same; values may be any type
    // QVariant carries (QVariant::fromValue), since they never leave the process.
    virtual QVariantMap saveState() const = 0;
    // Called on the freshly built pane, before it is shown.
    virtual void restoreState(const QVariantMap &state) = 0;
    // Work in progress that a rebuild would stop or lose (a running job), one short phrase
    // each in the current language; empty when the pane can be rebuilt at any time.
    virtual QStringList busyWork() const { return {}; }

protected:
    PaneState() = default;
    PaneState(const PaneState &) = default;
    PaneState &operator=(const PaneState &) = default;
};

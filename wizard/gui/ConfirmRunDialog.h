#pragma once

#include "procedure/Disruption.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace dceha {

/** @brief "Are you sure?" before what cannot be undone, as SMIT asks it and Anaconda's summary does: what
 * the run will destroy (disks that become a volume group with their PVID and size, logs logform formats,
 * filesystems and aggregates made) and interrupt (restarts, HACMP stopped or started, services stopped),
 * node by node, and a Begin button that is not the default: Enter and Escape go back. */
class ConfirmRunDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p heading says what is about to happen and where (the node and what it is); @p goText the
     * button that goes on ("&Begin", "&Restart the node"). */
    ConfirmRunDialog(const QString& heading, const QList<Disruption>& disruptions, const QString& goText,
                     QWidget* parent = nullptr);
    /** The same for lines already in words (a step the run reached: its disruptions as the engine said
     * them). */
    ConfirmRunDialog(const QString& heading, const QStringList& interrupting, const QString& goText,
                     QWidget* parent = nullptr);

    QPushButton* goButton() const { return m_go; }
    QPushButton* backButton() const { return m_back; }
    QTreeWidget* list() const { return m_list; }

private:
    void build(const QString& heading, const QString& goText);
    QLabel* m_heading = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_go = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace dceha

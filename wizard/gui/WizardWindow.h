#pragma once

#include "Pages.h"
#include "WizardModel.h"

#include <QWizard>

namespace dceha {

/** @brief The GUI: a QWizard over the engine. The pages ask and show; the engine (in a worker thread) works.
 */
class WizardWindow : public QWizard
{
    Q_OBJECT

public:
    explicit WizardWindow(const Options& options, QWidget* parent = nullptr);
    WizardModel& model() { return m_model; }

private:
    WizardModel m_model;
};

/** Starts the GUI. */
int runGui(const Options& options);

} // namespace dceha
